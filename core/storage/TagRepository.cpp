#include "TagRepository.h"

#include "Sql.h"
#include "SqlDialect.h"
#include "Transaction.h"

#include <QSqlQuery>

StatusOr<QStringList> TagRepository::names() const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("SELECT DISTINCT name FROM tags ORDER BY name")))
        return Sql::failure(q);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

StatusOr<QList<QPair<qint64, QString>>> TagRepository::ofApp(const QString &appid) const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT g.tag_id, g.name FROM tags g JOIN apps p ON p.id = "
                                 "g.app_id WHERE p.appid = ? ORDER BY g.name"),
                  {appid}))
        return Sql::failure(q);
    QList<QPair<qint64, QString>> tags;
    while (q.next())
        tags.append({q.value(0).toLongLong(), q.value(1).toString()});
    return tags;
}

StatusOr<bool> TagRepository::exists(qint64 appRowId, qint64 tagId) const
{
    const StatusOr<QVariant> found =
        Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM tags WHERE app_id = ? AND tag_id = ?"),
                    {appRowId, tagId});
    WX_TRY(found.status());
    return found.value().isValid();
}

StatusOr<QList<WechatTag>> TagRepository::withCounts(qint64 appRowId) const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT tag_id, name, follower_count FROM tags WHERE app_id = ? "
                                 "ORDER BY name"),
                  {appRowId}))
        return Sql::failure(q);
    QList<WechatTag> tags;
    while (q.next())
        tags.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt()});
    return tags;
}

StatusOr<QHash<int, qint64>> TagRepository::replaceAppTags(qint64 appRowId,
                                                           const QList<WechatTag> &tags)
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
            {appRowId, tag.id, tag.name, tag.count}));
        keep << tag.id;
    }
    // Tags deleted in WeChat go here too (their account_tags rows with them).
    QString deleteGone = QStringLiteral("DELETE FROM tags WHERE app_id = ?");
    if (!keep.isEmpty())
        deleteGone += QStringLiteral(" AND tag_id NOT IN (%1)").arg(Sql::placeholders(keep.size()));
    WX_TRY(Sql::exec(m_db, deleteGone, QVariantList{appRowId} + keep));
    WX_TRY(transaction.commit());

    QHash<int, qint64> refs;
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("SELECT tag_id, id FROM tags WHERE app_id = ?"), {appRowId}))
        return Sql::failure(q);
    while (q.next())
        refs.insert(q.value(0).toInt(), q.value(1).toLongLong());
    return refs;
}

Status TagRepository::replaceAccountTags(PreparedStatements &sql, const QVariantList &accountIds,
                                         const QList<QVariantList> &rows)
{
    WX_TRY(
        sql.runIn(QStringLiteral("DELETE FROM account_tags WHERE account_id IN (%1)"), accountIds));
    return sql.runMany(QStringLiteral("INSERT INTO account_tags (account_id, tag_ref)"), rows,
                       QStringLiteral("ON CONFLICT DO NOTHING"));
}

Status TagRepository::addTag(qint64 appRowId, const WechatTag &tag)
{
    return Sql::exec(m_db,
                     QStringLiteral("INSERT INTO tags (app_id, tag_id, name, follower_count) "
                                    "VALUES (?, ?, ?, ?) ON CONFLICT (app_id, tag_id) DO UPDATE "
                                    "SET name = excluded.name"),
                     {appRowId, tag.id, tag.name, tag.count});
}

Status TagRepository::renameTag(qint64 appRowId, int tagId, const QString &name)
{
    return Sql::exec(m_db,
                     QStringLiteral("UPDATE tags SET name = ? WHERE app_id = ? AND tag_id = ?"),
                     {name, appRowId, tagId});
}

Status TagRepository::removeTag(qint64 appRowId, int tagId)
{
    // Its account_tags rows go with it (ON DELETE CASCADE).
    return Sql::exec(m_db, QStringLiteral("DELETE FROM tags WHERE app_id = ? AND tag_id = ?"),
                     {appRowId, tagId});
}

StatusOr<qint64> TagRepository::setTagged(qint64 appRowId, int tagId, const QStringList &openids,
                                          bool tagged)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    qint64 changed = 0;
    const QString sql =
        tagged ? QStringLiteral("INSERT INTO account_tags (account_id, tag_ref) SELECT a.id, g.id "
                                "FROM accounts a JOIN tags g ON g.app_id = a.app_id WHERE "
                                "a.app_id = ? AND g.tag_id = ? AND a.openid IN (%1) "
                                "ON CONFLICT DO NOTHING RETURNING account_id")
               : QStringLiteral("DELETE FROM account_tags WHERE tag_ref = (SELECT id FROM tags "
                                "WHERE app_id = ? AND tag_id = ?) AND account_id IN (SELECT id "
                                "FROM accounts WHERE app_id = ? AND openid IN (%1)) "
                                "RETURNING account_id");
    const QVariantList values = Sql::values(openids);
    const QVariantList leading =
        tagged ? QVariantList{appRowId, tagId} : QVariantList{appRowId, tagId, appRowId};
    PreparedStatements statements(m_db);
    WX_TRY(statements.runIn(
        sql, values, [&changed](const SqlRows &) { ++changed; }, leading));
    WX_TRY(Sql::exec(m_db,
                     QStringLiteral("UPDATE tags SET follower_count = follower_count + ? WHERE "
                                    "app_id = ? AND tag_id = ?"),
                     {tagged ? changed : -changed, appRowId, tagId}));
    WX_TRY(transaction.commit());
    return changed;
}
