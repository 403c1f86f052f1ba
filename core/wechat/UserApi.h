#pragma once

#include "ApiResult.h"
#include "ApiTypes.h"

#include <functional>

class QObject;
class WechatClient;

// Official Account followers, tags and quotas. Requests over a documented limit are split
// (batchget: 100 openids, tagging: 50) or refused before sending.
class UserApi
{
public:
    explicit UserApi(WechatClient &client) : m_client(client) {}

    static constexpr int kUserInfoBatch = 100;
    static constexpr int kTaggingBatch = 50;

    void followers(const QString &nextOpenid, QObject *context,
                   std::function<void(const Result<FollowerPage> &)> done);
    void followerInfos(const QStringList &openids, QObject *context,
                       std::function<void(const Result<QList<FollowerInfo>> &)> done);
    void tags(QObject *context, std::function<void(const Result<QList<WechatTag>> &)> done);
    void createTag(const QString &name, QObject *context,
                   std::function<void(const Result<WechatTag> &)> done);
    void tagFollowers(int tagId, const QStringList &openids, bool tag, QObject *context,
                      std::function<void(const Result<int> &)> done);
    void followersWithTag(int tagId, const QString &nextOpenid, QObject *context,
                          std::function<void(const Result<FollowerPage> &)> done);
    void quota(const QString &cgiPath, QObject *context,
               std::function<void(const Result<Quota> &)> done);

    static bool parseFollowerPage(const QJsonObject &json, FollowerPage *page);
    static FollowerInfo parseFollowerInfo(const QJsonObject &json);

private:
    WechatClient &m_client;
};
