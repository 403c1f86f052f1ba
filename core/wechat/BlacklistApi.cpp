#include "BlacklistApi.h"

#include "BatchCall.h"
#include "UserApi.h"
#include "WechatClient.h"

void BlacklistApi::page(const QString &beginOpenid, QObject *context,
                        std::function<void(const Result<FollowerPage> &)> done)
{
    callTyped<FollowerPage>(
        m_client,
        ApiRequest::post(QStringLiteral("/cgi-bin/tags/members/getblacklist"),
                         {{QStringLiteral("begin_openid"), beginOpenid}}),
        context,
        [](const ApiResult &r, FollowerPage *page) {
            return UserApi::parseFollowerPage(r.json, page);
        },
        done);
}

void BlacklistApi::setBlocked(const QStringList &openids, bool blocked, QObject *context,
                              std::function<void(const ApiError &)> done)
{
    const QString path = blocked ? QStringLiteral("/cgi-bin/tags/members/batchblacklist")
                                 : QStringLiteral("/cgi-bin/tags/members/batchunblacklist");
    QList<ApiRequest> requests;
    for (const QStringList &chunk : chunked(openids, kBatch))
        requests.append(ApiRequest::post(
            path, {{QStringLiteral("openid_list"), QJsonArray::fromStringList(chunk)}}));
    runBatch(m_client, requests, context,
             [done](const QList<ApiResult> &, const ApiError &error) { done(error); });
}
