#pragma once

#include "ApiResult.h"

#include <QNetworkReply>

// What came back for one request, as plain values: everything ReplyReader decides on.
struct RawReply
{
    int httpStatus = 0; // 0: no HTTP reply at all
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString; // the network layer's words, for Network errors
    QByteArray body;
    QByteArray contentType;
    bool requestSent = false;
    bool tooLarge = false; // the download was stopped at kMaxReplyBytes
};

// Turns a raw reply into a typed ApiResult: network failure, timeout, HTTP error, a body that
// is not a JSON object, WeChat's errcode, or success. Pure, so it can be fuzzed on any bytes.
namespace ReplyReader {

// WeChat's largest JSON reply (a follower page of 10,000 openids) is about 0.3 MB and its
// largest binary one (a permanent image) 10 MB: anything past this is not WeChat.
inline constexpr qint64 kMaxReplyBytes = 32 * 1024 * 1024;

ApiResult read(const RawReply &reply, bool binaryReply, int transferTimeoutMs);

} // namespace ReplyReader
