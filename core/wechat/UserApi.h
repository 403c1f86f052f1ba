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
    static constexpr int kMaxTagNameBytes = 30;
    static constexpr int kMaxRemarkBytes = 30;

    void followers(const QString &nextOpenid, QObject *context,
                   std::function<void(const Result<FollowerPage> &)> done);
    void followerInfos(const QStringList &openids, QObject *context,
                       std::function<void(const Result<QList<FollowerInfo>> &)> done);
    void tags(QObject *context, std::function<void(const Result<QList<WechatTag>> &)> done);
    void createTag(const QString &name, QObject *context,
                   std::function<void(const Result<WechatTag> &)> done);
    void renameTag(int tagId, const QString &name, QObject *context,
                   std::function<void(const ApiError &)> done);
    // WeChat refuses to delete a tag with more than 100,000 followers (45057).
    void deleteTag(int tagId, QObject *context, std::function<void(const ApiError &)> done);
    // The name a follower is shown under in the account (an empty remark clears it).
    void updateRemark(const QString &openid, const QString &remark, QObject *context,
                      std::function<void(const ApiError &)> done);
    void tagFollowers(int tagId, const QStringList &openids, bool tag, QObject *context,
                      std::function<void(const Result<int> &)> done);
    void followersWithTag(int tagId, const QString &nextOpenid, QObject *context,
                          std::function<void(const Result<FollowerPage> &)> done);
    void quota(const QString &cgiPath, QObject *context,
               std::function<void(const Result<Quota> &)> done);

    // Why WeChat would refuse this tag name, or "" when it is fine.
    static QString tagNameProblem(const QString &name);
    static QString remarkProblem(const QString &remark);

    static bool parseFollowerPage(const QJsonObject &json, FollowerPage *page);
    static FollowerInfo parseFollowerInfo(const QJsonObject &json);

private:
    WechatClient &m_client;
};
