#include "ReplyReader.h"

#include "logging/Redaction.h"

#include <QJsonDocument>

namespace ReplyReader {

ApiResult read(const RawReply &reply, bool binaryReply, int transferTimeoutMs)
{
    ApiResult result;
    ApiError &error = result.error;
    error.requestSent = reply.requestSent;
    error.httpStatus = reply.httpStatus;
    result.contentType = reply.contentType;
    result.body = reply.body;

    if (reply.tooLarge) {
        error.kind = ApiError::Kind::BadReply;
        error.errmsg = QStringLiteral("a reply larger than %1 MB, stopped")
                           .arg(kMaxReplyBytes / (1024 * 1024));
        result.body.clear();
        return result;
    }
    const QNetworkReply::NetworkError netError = reply.networkError;
    if (netError == QNetworkReply::OperationCanceledError ||
        netError == QNetworkReply::TimeoutError) {
        error.kind = ApiError::Kind::Timeout;
        error.networkError = netError;
        error.errmsg = QStringLiteral("no reply within %1 ms").arg(transferTimeoutMs);
        return result;
    }
    const bool success = error.httpStatus >= 200 && error.httpStatus < 300;
    if (netError != QNetworkReply::NoError && (error.httpStatus == 0 || success)) {
        // No reply, or a success cut off mid-body (the connection dropped): both may go again.
        error.kind = ApiError::Kind::Network;
        error.networkError = netError;
        error.errmsg = reply.errorString.isEmpty()
                           ? QStringLiteral("network error %1").arg(int(netError))
                           : Redaction::redact(reply.errorString);
        return result;
    }
    if (!success) {
        error.kind = ApiError::Kind::Http;
        error.networkError = netError;
        error.errmsg = QStringLiteral("HTTP %1").arg(error.httpStatus);
        return result;
    }
    if (binaryReply && !result.contentType.contains("json"))
        return result; // e.g. a PNG
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        error.kind = ApiError::Kind::BadReply;
        error.errmsg = parseError.error != QJsonParseError::NoError
                           ? QStringLiteral("not a JSON object (%1 at byte %2 of %3)")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset)
                                 .arg(result.body.size())
                           : QStringLiteral("not a JSON object");
        return result;
    }
    result.json = doc.object();
    const int errcode = result.json.value(QStringLiteral("errcode")).toInt(0);
    if (errcode != 0) {
        error = ApiError::wechat(errcode, result.json.value(QStringLiteral("errmsg")).toString());
        error.httpStatus = reply.httpStatus;
        error.requestSent = reply.requestSent;
    }
    if (binaryReply)
        result.body.clear();
    return result;
}

} // namespace ReplyReader
