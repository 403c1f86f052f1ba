#pragma once

#include "util/StatusOr.h"

#include <functional>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantList>

class PreparedStatements;
struct FollowerInfo;

// Table `accounts`: the openids of both apps, as the follower sync, the import and the identity
// rules write them. Runs on its caller's prepared statements, inside its caller's transaction:
// these statements run once per page, batch or moved account.
class AccountRepository
{
public:
    // What the identity rules read of an account.
    struct Identity
    {
        qint64 id = 0;
        qint64 profileId = 0; // 0: none yet
        QString unionid;
        QString memberId;
    };

    explicit AccountRepository(PreparedStatements &sql) : m_sql(sql) {}

    // Follower sync. A follower who left between the listing and the details: the ids changed.
    StatusOr<QList<qint64>> markUnfollowed(qint64 app, const QString &openid, qint64 now);
    // Writes the subscribed followers of one page; only rows that differ are written, and
    // `onWritten` sees each of them.
    Status upsertFollowers(qint64 app, qint64 run, qint64 now,
                           const QList<const FollowerInfo *> &infos,
                           const std::function<void(qint64 id, const QString &openid)> &onWritten);
    // At the end of a complete listing: subscribed followers this run neither wrote nor listed
    // are unsubscribed. Returns how many.
    StatusOr<qint64> unsubscribeUnlisted(qint64 app, qint64 run, qint64 now);

    // Housekeeping done in wxops and accepted by WeChat, written without waiting for a sync.
    // Both return how many accounts changed.
    StatusOr<qint64> setRemark(qint64 app, const QString &openid, const QString &remark);
    StatusOr<qint64> setBlocked(qint64 app, const QStringList &openids, bool blocked);
    // The whole blacklist as WeChat listed it: these openids blocked, every other one not.
    Status replaceBlocked(qint64 app, const QStringList &openids);

    // Import. Values left out keep what is known; returns the id of a written row, 0 when the
    // row changed nothing.
    StatusOr<qint64> upsertImported(qint64 app, const QString &openid, const QString &unionid,
                                    const QString &memberId, qint64 seenAt);
    // The account of (app, openid) and its profile; id 0 when there is none.
    StatusOr<Identity> find(qint64 app, const QString &openid);
    // An account first seen through an event.
    StatusOr<qint64> createSeen(qint64 app, const QString &openid, qint64 now);

    // Identity rules.
    Status identities(const QVariantList &ids, const std::function<void(const Identity &)> &onRow);
    StatusOr<Identity> identity(qint64 accountId); // id 0 when there is no such account
    // Of these unionids, those more than one account holds.
    StatusOr<QSet<QString>> sharedUnionids(const QVariantList &unionids);
    // The lowest profile of another, unpinned account with this unionid (0: none).
    StatusOr<qint64> profileHoldingUnionid(const QString &unionid, qint64 exceptAccount);
    StatusOr<QStringList> unionidsIn(qint64 profileId);
    // Unpinned accounts of a profile, in id order.
    StatusOr<QList<qint64>> unpinnedIn(qint64 profileId);
    StatusOr<bool> anyIn(qint64 profileId);
    Status assignProfiles(const QList<QPair<qint64, qint64>> &accountToProfile);
    Status setProfile(qint64 accountId, qint64 profileId); // 0: none
    // For a rebuild: every unpinned account loses its profile; the ids without one, in order.
    Status clearUnpinnedProfiles();
    StatusOr<QList<qint64>> withoutProfile();

private:
    PreparedStatements &m_sql;
};
