#include "AccountRepository.h"

#include "IdentityRepository.h"
#include "storage/Sql.h"
#include "wechat/ApiTypes.h"

#include <algorithm>

namespace {
QString tagList(QList<int> tagIds)
{
    std::sort(tagIds.begin(), tagIds.end());
    QStringList parts;
    for (int id : tagIds)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

// The first column of every row, as ids.
StatusOr<QList<qint64>> ids(SqlRows &rows, const Status &status)
{
    if (!status.isOk())
        return status;
    QList<qint64> list;
    while (rows.next())
        list.append(rows.integer(0));
    return list;
}
} // namespace

StatusOr<QList<qint64>> AccountRepository::markUnfollowed(qint64 app, const QString &openid,
                                                          qint64 now)
{
    Status status = Status::ok();
    SqlRows &q =
        m_sql.run(QStringLiteral("UPDATE accounts SET subscribed = 0, unsubscribed_at = ?, "
                                 "last_seen = ? WHERE app_id = ? AND openid = ? AND subscribed = "
                                 "1 RETURNING id"),
                  {now, now, app, openid}, &status);
    return ids(q, status);
}

Status AccountRepository::upsertFollowers(
    qint64 app, qint64 run, qint64 now, const QList<const FollowerInfo *> &infos,
    const std::function<void(qint64 id, const QString &openid)> &onWritten)
{
    QList<QVariantList> rows;
    for (const FollowerInfo *info : infos)
        rows.append({app, info->openid, Sql::textOrNull(info->unionid), 1,
                     info->subscribeTime * 1000, Sql::text(info->subscribeScene),
                     Sql::textOrNull(info->qrScene), Sql::text(info->remark),
                     Sql::text(info->language), Sql::text(tagList(info->tagIds)), now, now, run});
    // Only a row that differs is written: a re-sync of an unchanged account changes nothing.
    return m_sql.runMany(
        QStringLiteral(
            "INSERT INTO accounts (app_id, openid, unionid, subscribed, subscribe_time, "
            "subscribe_scene, qr_scene, remark, language, tagid_list, first_seen, last_seen, "
            "synced_run)"),
        rows,
        QStringLiteral(
            "ON CONFLICT (app_id, openid) DO UPDATE SET unionid = excluded.unionid, subscribed = "
            "1, unsubscribed_at = NULL, subscribe_time = excluded.subscribe_time, subscribe_scene "
            "= excluded.subscribe_scene, qr_scene = excluded.qr_scene, remark = excluded.remark, "
            "language = excluded.language, "
            "tagid_list = excluded.tagid_list, last_seen = excluded.last_seen, synced_run = "
            "excluded.synced_run "
            "WHERE accounts.unionid IS DISTINCT FROM excluded.unionid OR accounts.subscribed <> 1 "
            "OR accounts.subscribe_time IS DISTINCT FROM excluded.subscribe_time "
            "OR accounts.subscribe_scene IS DISTINCT FROM excluded.subscribe_scene "
            "OR accounts.qr_scene IS DISTINCT FROM excluded.qr_scene "
            "OR accounts.remark IS DISTINCT FROM excluded.remark "
            "OR accounts.language IS DISTINCT FROM excluded.language "
            "OR accounts.tagid_list IS DISTINCT FROM excluded.tagid_list "
            "RETURNING id, openid"),
        [&](const SqlRows &q) { onWritten(q.integer(0), q.value(1).toString()); });
}

StatusOr<qint64> AccountRepository::unsubscribeUnlisted(qint64 app, qint64 run, qint64 now)
{
    Status status = Status::ok();
    SqlRows &q = m_sql.run(
        QStringLiteral("UPDATE accounts SET subscribed = 0, unsubscribed_at = ? WHERE app_id = ? "
                       "AND subscribed = 1 AND synced_run IS DISTINCT FROM ? AND NOT EXISTS "
                       "(SELECT 1 FROM sync_listing l WHERE l.app_id = accounts.app_id AND "
                       "l.openid = accounts.openid) RETURNING id"),
        {now, app, run}, &status);
    WX_TRY(status);
    qint64 gone = 0; // counted as they come: the ids themselves are not needed
    while (q.next())
        ++gone;
    WX_TRY(q.endStatus());
    return gone;
}

StatusOr<qint64> AccountRepository::setRemark(qint64 app, const QString &openid,
                                              const QString &remark)
{
    Status status = Status::ok();
    SqlRows &q = m_sql.run(QStringLiteral("UPDATE accounts SET remark = ? WHERE app_id = ? AND "
                                          "openid = ? AND remark IS DISTINCT FROM ? RETURNING id"),
                           {Sql::text(remark), app, openid, Sql::text(remark)}, &status);
    WX_TRY(status);
    qint64 changed = 0;
    while (q.next())
        ++changed;
    WX_TRY(q.endStatus());
    return changed;
}

StatusOr<qint64> AccountRepository::setBlocked(qint64 app, const QStringList &openids, bool blocked)
{
    const QVariantList values = Sql::values(openids);
    qint64 changed = 0;
    const int flag = blocked ? 1 : 0;
    WX_TRY(m_sql.runIn(QStringLiteral("UPDATE accounts SET blocked = ? WHERE app_id = ? AND "
                                      "blocked <> ? AND openid IN (%1) RETURNING id"),
                       values, [&changed](const SqlRows &) { ++changed; }, {flag, app, flag}));
    return changed;
}

Status AccountRepository::replaceBlocked(qint64 app, const QStringList &openids)
{
    Status status = Status::ok();
    m_sql
        .run(QStringLiteral("UPDATE accounts SET blocked = 0 WHERE app_id = ? AND blocked = 1"),
             {app}, &status)
        .finish();
    WX_TRY(status);
    return setBlocked(app, openids, true).status();
}

StatusOr<qint64> AccountRepository::upsertImported(qint64 app, const QString &openid,
                                                   const QString &unionid, const QString &memberId,
                                                   qint64 seenAt)
{
    Status status = Status::ok();
    SqlRows &q = m_sql.run(
        QStringLiteral(
            "INSERT INTO accounts (app_id, openid, unionid, member_id, first_seen, last_seen) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (app_id, openid) DO UPDATE SET "
            "unionid = COALESCE(excluded.unionid, accounts.unionid), "
            "member_id = COALESCE(excluded.member_id, accounts.member_id), "
            "first_seen = CASE WHEN accounts.first_seen IS NULL OR excluded.first_seen < "
            "accounts.first_seen THEN excluded.first_seen ELSE accounts.first_seen END, "
            "last_seen = CASE WHEN accounts.last_seen IS NULL OR excluded.last_seen > "
            "accounts.last_seen THEN excluded.last_seen ELSE accounts.last_seen END "
            "WHERE (excluded.unionid IS NOT NULL AND accounts.unionid IS DISTINCT FROM "
            "excluded.unionid) OR (excluded.member_id IS NOT NULL AND accounts.member_id IS "
            "DISTINCT FROM excluded.member_id) OR accounts.first_seen IS NULL OR "
            "excluded.first_seen < accounts.first_seen OR accounts.last_seen IS NULL OR "
            "excluded.last_seen > accounts.last_seen RETURNING id"),
        {app, openid, Sql::textOrNull(unionid), Sql::textOrNull(memberId), seenAt, seenAt},
        &status);
    WX_TRY(status);
    const qint64 id = q.next() ? q.integer(0) : 0;
    q.finish();
    return id;
}

StatusOr<AccountRepository::Identity> AccountRepository::find(qint64 app, const QString &openid)
{
    Status status = Status::ok();
    SqlRows &q = m_sql.run(
        QStringLiteral("SELECT id, profile_id FROM accounts WHERE app_id = ? AND openid = ?"),
        {app, openid}, &status);
    WX_TRY(status);
    Identity found;
    if (q.next()) {
        found.id = q.integer(0);
        found.profileId = q.integer(1);
    }
    q.finish();
    return found;
}

StatusOr<qint64> AccountRepository::createSeen(qint64 app, const QString &openid, qint64 now)
{
    Status status = Status::ok();
    const qint64 id = m_sql
                          .scalar(QStringLiteral("INSERT INTO accounts (app_id, openid, "
                                                 "first_seen, last_seen) VALUES (?, ?, ?, ?) "
                                                 "RETURNING id"),
                                  {app, openid, now, now}, &status)
                          .toLongLong();
    WX_TRY(status);
    return id;
}

Status AccountRepository::identities(const QVariantList &ids,
                                     const std::function<void(const Identity &)> &onRow)
{
    return m_sql.runIn(
        QStringLiteral("SELECT id, profile_id, unionid, member_id FROM accounts WHERE id IN (%1)"),
        ids, [&](const SqlRows &q) {
            onRow({q.integer(0), q.integer(1), q.value(2).toString(), q.value(3).toString()});
        });
}

StatusOr<AccountRepository::Identity> AccountRepository::identity(qint64 accountId)
{
    Status status = Status::ok();
    SqlRows &q = m_sql.run(
        QStringLiteral("SELECT profile_id, unionid, member_id FROM accounts WHERE id = ?"),
        {accountId}, &status);
    WX_TRY(status);
    Identity found;
    if (q.next())
        found = {accountId, q.integer(0), q.value(1).toString(), q.value(2).toString()};
    q.finish();
    return found;
}

StatusOr<QSet<QString>> AccountRepository::sharedUnionids(const QVariantList &unionids)
{
    // Read from the index alone.
    QSet<QString> shared;
    WX_TRY(m_sql.runIn(QStringLiteral("SELECT unionid FROM accounts WHERE unionid IN (%1) GROUP "
                                      "BY unionid HAVING COUNT(*) > 1"),
                       unionids, [&](const SqlRows &q) { shared.insert(q.value(0).toString()); }));
    return shared;
}

StatusOr<qint64> AccountRepository::profileHoldingUnionid(const QString &unionid,
                                                          qint64 exceptAccount)
{
    Status status = Status::ok();
    const qint64 profile =
        m_sql
            .scalar(QStringLiteral("SELECT MIN(a.profile_id) FROM accounts a WHERE a.unionid = ? "
                                   "AND a.id <> ? AND a.profile_id IS NOT NULL AND NOT EXISTS "
                                   "(SELECT 1 FROM identity_links l WHERE l.account_id = a.id "
                                   "AND %1)")
                        .arg(IdentityRepository::livePin(QStringLiteral("l."))),
                    {unionid, exceptAccount}, &status)
            .toLongLong();
    WX_TRY(status);
    return profile;
}

StatusOr<QStringList> AccountRepository::unionidsIn(qint64 profileId)
{
    Status status = Status::ok();
    SqlRows &q = m_sql.run(QStringLiteral("SELECT DISTINCT unionid FROM accounts WHERE "
                                          "profile_id = ? AND unionid IS NOT NULL"),
                           {profileId}, &status);
    WX_TRY(status);
    QStringList unionids;
    while (q.next())
        unionids << q.value(0).toString();
    WX_TRY(q.endStatus());
    return unionids;
}

StatusOr<QList<qint64>> AccountRepository::unpinnedIn(qint64 profileId)
{
    Status status = Status::ok();
    SqlRows &q = m_sql.run(
        QStringLiteral("SELECT id FROM accounts WHERE profile_id = ? AND id NOT IN (%1) ORDER BY "
                       "id")
            .arg(IdentityRepository::pinnedAccounts()),
        {profileId}, &status);
    return ids(q, status);
}

StatusOr<bool> AccountRepository::anyIn(qint64 profileId)
{
    Status status = Status::ok();
    const bool any =
        m_sql
            .scalar(QStringLiteral("SELECT 1 FROM accounts WHERE profile_id = ? LIMIT 1"),
                    {profileId}, &status)
            .isValid();
    WX_TRY(status);
    return any;
}

Status AccountRepository::assignProfiles(const QList<QPair<qint64, qint64>> &accountToProfile)
{
    // One UPDATE … FROM a list of (account, profile) pairs per chunk (a CASE with a branch per
    // account costs a comparison per branch and row).
    const int chunk = 200;
    for (qsizetype start = 0; start < accountToProfile.size(); start += chunk) {
        QStringList pairs;
        QVariantList values;
        for (const auto &[account, profile] : accountToProfile.mid(start, chunk)) {
            pairs << QStringLiteral("(CAST(? AS BIGINT), CAST(? AS BIGINT))"); // typed for PG
            values << account << profile;
        }
        Status status = Status::ok();
        m_sql.run(QStringLiteral("WITH assigned (account_id, profile_id) AS (VALUES %1) UPDATE "
                                 "accounts SET profile_id = assigned.profile_id FROM assigned "
                                 "WHERE accounts.id = assigned.account_id")
                      .arg(pairs.join(QStringLiteral(", "))),
                  values, &status);
        WX_TRY(status);
    }
    return Status::ok();
}

Status AccountRepository::setProfile(qint64 accountId, qint64 profileId)
{
    Status status = Status::ok();
    m_sql.run(
        QStringLiteral("UPDATE accounts SET profile_id = ? WHERE id = ?"),
        {profileId ? QVariant(profileId) : QVariant(QMetaType(QMetaType::LongLong)), accountId},
        &status);
    return status;
}

Status AccountRepository::clearUnpinnedProfiles()
{
    Status status = Status::ok();
    m_sql.run(QStringLiteral("UPDATE accounts SET profile_id = NULL WHERE id NOT IN (%1)")
                  .arg(IdentityRepository::pinnedAccounts()),
              {}, &status);
    return status;
}

StatusOr<QList<qint64>> AccountRepository::withoutProfile()
{
    Status status = Status::ok();
    SqlRows &q =
        m_sql.run(QStringLiteral("SELECT id FROM accounts WHERE profile_id IS NULL ORDER BY id"),
                  {}, &status);
    return ids(q, status);
}
