#pragma once

#include "storage/DbConnection.h"
#include "util/Status.h"
#include "wechat/ApiTypes.h"

#include <functional>
#include <QObject>
#include <QStringList>

class WechatClient;

// What the Official Account team used to do in mp.weixin.qq.com, done through WeChat's API:
// a follower's remark, the account's tags and who carries them, and its blacklist. Each
// change is made in WeChat first; once WeChat accepts it, it is written to the database
// (no re-sync needed) and recorded in the audit log.
class FollowerHousekeeping : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Status &)>;

    FollowerHousekeeping(DbConnection db, const QString &appid, WechatClient &client,
                         QObject *parent = nullptr);

    void setRemark(const QString &openid, const QString &remark, Done done);
    void createTag(const QString &name, std::function<void(const Status &, int tagId)> done);
    void renameTag(int tagId, const QString &name, Done done);
    void deleteTag(int tagId, Done done);
    // Tags (or untags) followers, 50 a request; `done` gets how many accounts changed here.
    void setTagged(int tagId, const QStringList &openids, bool tagged,
                   std::function<void(const Status &, qint64 changed)> done);
    void setBlocked(const QStringList &openids, bool blocked, Done done);
    // Reads the whole blacklist from WeChat and marks exactly those followers blocked;
    // `done` gets how many are blocked.
    void refreshBlacklist(std::function<void(const Status &, qint64 blocked)> done);

private:
    Status record(const QString &action, const QString &object, const QJsonObject &details);
    Status failure(const struct ApiError &error) const;
    void readBlacklistPage(const QString &begin, QStringList collected,
                           std::function<void(const Status &, qint64)> done);

    DbConnection m_db;
    QString m_appid;
    qint64 m_appRow = 0;
    Status m_appStatus = Status::ok();
    WechatClient &m_client;
};
