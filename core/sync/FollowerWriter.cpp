#include "FollowerWriter.h"

#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString kKind = QStringLiteral("followers");

QString tagList(QList<int> tagIds)
{
    std::sort(tagIds.begin(), tagIds.end());
    QStringList parts;
    for (int id : tagIds)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

} // namespace

FollowerWriter::FollowerWriter(QSqlDatabase db, qint64 appRowId, const Clock &clock)
    : m_db(db), m_sql(db), m_app(appRowId), m_clock(clock), m_linker(db, clock)
{
}

Status FollowerWriter::beginRun(State *state)
{
    Status status = Status::ok();
    QSqlQuery &q = m_sql.run(QStringLiteral("SELECT cursor, progress, started_at, completed_at "
                                            "FROM sync_state WHERE app_id = ? AND kind = ?"),
                             {m_app, kKind}, &status);
    WX_TRY(status);
    if (q.next() && q.value(3).isNull()) { // an unfinished run: continue it
        m_state.cursor = q.value(0).toString();
        m_state.listed = QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                             .object()
                             .value(QStringLiteral("listed"))
                             .toInteger();
        m_state.startedAt = q.value(2).toLongLong();
        q.finish();
        *state = m_state;
        return Status::ok();
    }
    q.finish();
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    WX_TRY(Sql::exec(m_db, QStringLiteral("DELETE FROM sync_listing WHERE app_id = ?"), {m_app}));
    m_state = State{QString(), 0, m_clock.nowMsecs()};
    WX_TRY(saveState(QString(), 0, 0, m_state.startedAt, false));
    WX_TRY(transaction.commit());
    *state = m_state;
    return Status::ok();
}

Status FollowerWriter::writeTags(const QList<WechatTag> &tags)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    QVariantList keep;
    for (const WechatTag &tag : tags) {
        WX_TRY(Sql::exec(
            m_db,
            QStringLiteral("INSERT INTO tags (app_id, tag_id, name, follower_count) VALUES (?, ?, "
                           "?, ?) ON CONFLICT (app_id, tag_id) DO UPDATE SET name = "
                           "excluded.name, follower_count = excluded.follower_count WHERE "
                           "tags.name <> excluded.name OR tags.follower_count <> "
                           "excluded.follower_count"),
            {m_app, tag.id, tag.name, tag.count}));
        keep << tag.id;
    }
    // Tags deleted in WeChat go here too (their account_tags rows with them).
    QString deleteGone = QStringLiteral("DELETE FROM tags WHERE app_id = ?");
    if (!keep.isEmpty())
        deleteGone += QStringLiteral(" AND tag_id NOT IN (%1)").arg(Sql::placeholders(keep.size()));
    WX_TRY(Sql::exec(m_db, deleteGone, QVariantList{m_app} + keep));
    WX_TRY(transaction.commit());

    m_tagRefs.clear();
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("SELECT tag_id, id FROM tags WHERE app_id = ?"), {m_app}))
        return Sql::failure(q);
    while (q.next())
        m_tagRefs.insert(q.value(0).toInt(), q.value(1).toLongLong());
    return Status::ok();
}

Status FollowerWriter::writePage(const QList<FollowerInfo> &infos, const QStringList &listed,
                                 const QString &nextCursor, qint64 total, PageResult *result)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    const qint64 now = m_clock.nowMsecs();
    QList<qint64> changed;
    for (const FollowerInfo &info : infos)
        WX_TRY(upsertFollower(info, now, &changed));
    Status status = Status::ok();
    for (const QString &openid : listed) {
        m_sql.run(QStringLiteral("INSERT INTO sync_listing (app_id, openid) VALUES (?, ?) ON "
                                 "CONFLICT DO NOTHING"),
                  {m_app, openid}, &status);
        WX_TRY(status);
    }
    WX_TRY(m_linker.linkAccounts(changed));
    const qint64 listedSoFar = m_state.listed + listed.size();
    WX_TRY(saveState(nextCursor, listedSoFar, total, m_state.startedAt, false));
    WX_TRY(transaction.commit());
    m_state.cursor = nextCursor;
    m_state.listed = listedSoFar;
    result->changed = int(changed.size());
    return Status::ok();
}

Status FollowerWriter::upsertFollower(const FollowerInfo &info, qint64 now, QList<qint64> *changed)
{
    Status status = Status::ok();
    if (!info.subscribed) {
        // Unfollowed between the listing and the details: WeChat returns only the openid.
        QSqlQuery &q = m_sql.run(
            QStringLiteral("UPDATE accounts SET subscribed = 0, unsubscribed_at = ?, last_seen = ? "
                           "WHERE app_id = ? AND openid = ? AND subscribed = 1 RETURNING id"),
            {now, now, m_app, info.openid}, &status);
        WX_TRY(status);
        while (q.next())
            changed->append(q.value(0).toLongLong());
        q.finish();
        return Status::ok();
    }
    const QString tags = tagList(info.tagIds);
    // Only a row that differs is written: a re-sync of an unchanged account changes nothing.
    QSqlQuery &q = m_sql.run(
        QStringLiteral(
            "INSERT INTO accounts (app_id, openid, unionid, subscribed, subscribe_time, "
            "subscribe_scene, remark, language, tagid_list, first_seen, last_seen) "
            "VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (app_id, openid) DO UPDATE SET unionid = excluded.unionid, subscribed = "
            "1, unsubscribed_at = NULL, subscribe_time = excluded.subscribe_time, subscribe_scene "
            "= excluded.subscribe_scene, remark = excluded.remark, language = excluded.language, "
            "tagid_list = excluded.tagid_list, last_seen = excluded.last_seen "
            "WHERE accounts.unionid IS DISTINCT FROM excluded.unionid OR accounts.subscribed <> 1 "
            "OR accounts.subscribe_time IS DISTINCT FROM excluded.subscribe_time "
            "OR accounts.subscribe_scene IS DISTINCT FROM excluded.subscribe_scene "
            "OR accounts.remark IS DISTINCT FROM excluded.remark "
            "OR accounts.language IS DISTINCT FROM excluded.language "
            "OR accounts.tagid_list IS DISTINCT FROM excluded.tagid_list "
            "RETURNING id"),
        {m_app, info.openid, Sql::textOrNull(info.unionid), info.subscribeTime * 1000,
         Sql::text(info.subscribeScene), Sql::text(info.remark), Sql::text(info.language),
         Sql::text(tags), now, now},
        &status);
    WX_TRY(status);
    qint64 accountId = 0;
    if (q.next())
        accountId = q.value(0).toLongLong();
    q.finish();
    if (!accountId)
        return Status::ok(); // unchanged
    changed->append(accountId);
    return replaceAccountTags(accountId, info.tagIds);
}

Status FollowerWriter::replaceAccountTags(qint64 accountId, const QList<int> &tagIds)
{
    Status status = Status::ok();
    m_sql.run(QStringLiteral("DELETE FROM account_tags WHERE account_id = ?"), {accountId},
              &status);
    WX_TRY(status);
    for (int tagId : tagIds) {
        const qint64 ref = m_tagRefs.value(tagId);
        if (!ref)
            continue; // a tag created after the tag list was read: the next sync has it
        m_sql.run(QStringLiteral("INSERT INTO account_tags (account_id, tag_ref) VALUES (?, ?) ON "
                                 "CONFLICT DO NOTHING"),
                  {accountId, ref}, &status);
        WX_TRY(status);
    }
    return Status::ok();
}

Status FollowerWriter::finishRun(Finish *finish)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    const qint64 now = m_clock.nowMsecs();
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("UPDATE accounts SET subscribed = 0, unsubscribed_at = ? WHERE "
                                 "app_id = ? AND subscribed = 1 AND NOT EXISTS (SELECT 1 FROM "
                                 "sync_listing l WHERE l.app_id = accounts.app_id AND l.openid = "
                                 "accounts.openid)"),
                  {now, m_app}))
        return Sql::failure(q);
    finish->unsubscribed = q.numRowsAffected();
    WX_TRY(Sql::exec(m_db, QStringLiteral("DELETE FROM sync_listing WHERE app_id = ?"), {m_app}));
    WX_TRY(saveState(QString(), m_state.listed, m_state.listed, m_state.startedAt, true));
    return transaction.commit();
}

Status FollowerWriter::saveState(const QString &cursor, qint64 listed, qint64 total,
                                 qint64 startedAt, bool completed)
{
    const qint64 now = m_clock.nowMsecs();
    const QString progress =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("listed"), listed},
                                                    {QStringLiteral("total"), total}})
                              .toJson(QJsonDocument::Compact));
    return Sql::exec(
        m_db,
        QStringLiteral("INSERT INTO sync_state (app_id, kind, cursor, progress, started_at, "
                       "updated_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                       "(app_id, kind) DO UPDATE SET cursor = excluded.cursor, progress = "
                       "excluded.progress, started_at = excluded.started_at, updated_at = "
                       "excluded.updated_at, completed_at = excluded.completed_at"),
        {m_app, kKind, Sql::text(cursor), progress, startedAt, now,
         completed ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong))});
}
