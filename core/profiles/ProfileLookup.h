#pragma once

#include "storage/DbConnection.h"
#include "util/Status.h"
#include "util/StatusOr.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// One account of a person, as support sees it.
struct AccountSummary
{
    qint64 id = 0;
    QString appid;
    QString appName;
    QString kind; // "oa" or "mp"
    QString openid;
    QString unionid;
    QString memberId;
    QString remark;
    QString language;
    bool subscribed = false;
    qint64 subscribeTime = 0;  // epoch ms, 0 unknown
    qint64 unsubscribedAt = 0; // epoch ms, 0 not unsubscribed
    qint64 firstSeen = 0;
    bool blocked = false; // on the Official Account's blacklist
    qint64 profileId = 0; // set where the account is listed apart from its profile
    QStringList tags;
};

struct ProfileSummary
{
    qint64 id = 0;
    QString memberId;
    QList<AccountSummary> accounts;
    qint64 eventCount = 0;
    QJsonObject toJson() const;
};

// Support's lookup: any identifier a person gives (an OA or MP openid, a unionid, a member ID,
// a remark or a profile id), whole or its beginning, finds the profiles it belongs to: whole
// matches first. Each way in is one indexed query.
class ProfileLookup
{
public:
    // The shortest start of an openid, unionid or member ID that is searched for.
    static constexpr int kMinimumPrefix = 4;

    explicit ProfileLookup(DbConnection db) : m_db(db) {}

    QList<qint64> find(const QString &text, int limit, Status *status) const;
    bool load(qint64 profileId, ProfileSummary *profile, Status *status) const;
    // The account with this OpenID on any configured app (0: none).
    StatusOr<qint64> accountByOpenid(const QString &openid) const;
    // The subscribed followers of `appid` among these profiles: whom a tag or block reaches.
    StatusOr<QStringList> followerOpenids(const QList<qint64> &profileIds,
                                          const QString &appid) const;
    // The app's followers on its blacklist, by OpenID.
    StatusOr<QList<AccountSummary>> blockedFollowers(const QString &appid) const;

private:
    DbConnection m_db;
};
