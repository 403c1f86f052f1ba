#include "ProfileRows.h"

#include "storage/Sql.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace {
// Per profile: its accounts by kind, and its newest event through (profile_id, occurred_at).
const QString kSelect = QStringLiteral(
    "SELECT p.id, p.member_id, "
    "(SELECT COUNT(*) FROM accounts a JOIN apps x ON x.id = a.app_id WHERE a.profile_id = p.id "
    "AND x.kind = 'oa'), "
    "(SELECT COUNT(*) FROM accounts a JOIN apps x ON x.id = a.app_id WHERE a.profile_id = p.id "
    "AND x.kind = 'mp'), "
    "(SELECT MIN(a.unionid) FROM accounts a WHERE a.profile_id = p.id), "
    "(SELECT MAX(e.occurred_at) FROM events e WHERE e.profile_id = p.id) "
    "FROM profiles p");

QString direction(bool descending)
{
    return descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
}

QVariantList idsOf(const QList<ProfileRows::Row> &rows)
{
    QVariantList ids;
    for (const ProfileRows::Row &row : rows)
        ids << row.id;
    return ids;
}

// The OA account the list speaks of: one followed now (the newest follow) before one that
// unfollowed (the newest unfollow).
bool speaksFor(const ProfileRows::Row &row, bool subscribed, qint64 followedAt, qint64 unfollowedAt)
{
    if (subscribed != row.subscribed)
        return subscribed;
    return subscribed ? followedAt > row.followedAt : unfollowedAt > row.unfollowedAt;
}
} // namespace

StatusOr<QList<ProfileRows::Row>> ProfileRows::fetch(const QString &tail,
                                                     const QVariantList &values) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::run(q, kSelect + tail, values))
        return Sql::failure(q);
    QList<Row> rows;
    while (q.next()) {
        Row row;
        row.id = q.value(0).toLongLong();
        row.memberId = q.value(1).toString();
        row.oaAccounts = q.value(2).toInt();
        row.mpAccounts = q.value(3).toInt();
        row.unionid = q.value(4).toString();
        row.lastActivity = q.value(5).toLongLong();
        rows.append(row);
    }
    if (rows.isEmpty())
        return rows;
    WX_TRY(addFollows(&rows));
    WX_TRY(addTags(&rows));
    return rows;
}

Status
ProfileRows::forEachOfPage(QList<Row> *rows, const QString &sql,
                           const std::function<void(Row &row, const QSqlQuery &q)> &onResult) const
{
    QHash<qint64, Row *> byId;
    for (Row &row : *rows)
        byId.insert(row.id, &row);
    const QVariantList ids = idsOf(*rows);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::run(q, sql.arg(Sql::placeholders(int(ids.size()))), ids))
        return Sql::failure(q);
    while (q.next())
        onResult(*byId.value(q.value(0).toLongLong()), q);
    return Status::ok();
}

Status ProfileRows::addFollows(QList<Row> *rows) const
{
    QSet<qint64> seen;
    return forEachOfPage(
        rows,
        QStringLiteral("SELECT a.profile_id, a.subscribed, a.subscribe_time, a.unsubscribed_at, "
                       "a.subscribe_scene, a.qr_scene, a.remark FROM accounts a JOIN apps x ON "
                       "x.id = a.app_id WHERE x.kind = 'oa' AND a.profile_id IN (%1)"),
        [&seen](Row &row, const QSqlQuery &q) {
            const bool first = !seen.contains(row.id);
            seen.insert(row.id);
            const bool subscribed = q.value(1).toInt() == 1;
            const qint64 followedAt = q.value(2).toLongLong();
            const qint64 unfollowedAt = q.value(3).toLongLong();
            if (row.remark.isEmpty())
                row.remark = q.value(6).toString();
            if (!first && !speaksFor(row, subscribed, followedAt, unfollowedAt))
                return;
            row.subscribed = subscribed;
            row.followedAt = followedAt;
            row.unfollowedAt = subscribed ? 0 : unfollowedAt;
            row.scene = q.value(4).toString();
            row.qrScene = q.value(5).toString();
        });
}

Status ProfileRows::addTags(QList<Row> *rows) const
{
    return forEachOfPage(
        rows,
        QStringLiteral("SELECT DISTINCT a.profile_id, t.name FROM account_tags x JOIN tags t ON "
                       "t.id = x.tag_ref JOIN accounts a ON a.id = x.account_id WHERE "
                       "a.profile_id IN (%1) ORDER BY t.name"),
        [](Row &row, const QSqlQuery &q) { row.tags << q.value(1).toString(); });
}

StatusOr<qint64> ProfileRows::count() const
{
    const StatusOr<QVariant> counted =
        Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM profiles"));
    if (!counted.isOk())
        return counted.status();
    return counted.value().toLongLong();
}

StatusOr<QList<ProfileRows::Row>> ProfileRows::pageById(qint64 afterId, bool descending,
                                                        int limit) const
{
    QString where;
    QVariantList values;
    if (afterId > 0) {
        where = descending ? QStringLiteral(" WHERE p.id < ?") : QStringLiteral(" WHERE p.id > ?");
        values << afterId;
    }
    values << limit;
    return fetch(where + QStringLiteral(" ORDER BY p.id %1 LIMIT ?").arg(direction(descending)),
                 values);
}

StatusOr<QList<ProfileRows::Row>> ProfileRows::pageByMemberId(int offset, bool descending,
                                                              int limit) const
{
    return fetch(QStringLiteral(" ORDER BY p.member_id %1, p.id LIMIT ? OFFSET ?")
                     .arg(direction(descending)),
                 {limit, offset});
}

StatusOr<QList<ProfileRows::Row>> ProfileRows::byIds(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return QList<Row>{};
    QVariantList values;
    for (qint64 id : ids)
        values << id;
    // One query; then back into the order asked for.
    const StatusOr<QList<Row>> found = fetch(
        QStringLiteral(" WHERE p.id IN (%1)").arg(Sql::placeholders(int(values.size()))), values);
    if (!found.isOk())
        return found;
    QHash<qint64, Row> byId;
    for (const Row &row : found.value())
        byId.insert(row.id, row);
    QList<Row> rows;
    for (qint64 id : ids)
        if (byId.contains(id))
            rows.append(byId.value(id));
    return rows;
}
