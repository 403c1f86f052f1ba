#pragma once

#include "ApiResult.h"
#include "ApiTypes.h"

#include <functional>

class QObject;
class WechatClient;

// The Official Account's blacklist: followers the account blocked. A blocked follower receives
// none of the account's messages. Requests over WeChat's 20 openids are split.
class BlacklistApi
{
public:
    static constexpr int kBatch = 20;

    explicit BlacklistApi(WechatClient &client) : m_client(client) {}

    // One page of the blacklist from `beginOpenid` ("" for the start).
    void page(const QString &beginOpenid, QObject *context,
              std::function<void(const Result<FollowerPage> &)> done);
    void setBlocked(const QStringList &openids, bool blocked, QObject *context,
                    std::function<void(const ApiError &)> done);

private:
    WechatClient &m_client;
};
