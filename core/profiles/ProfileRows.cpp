#include "ProfileRows.h"

#include "storage/Sql.h"

#include <QHash>
#include <QSqlQuery>

namespace {
const QString kSelect = QStringLiteral(
    "SELECT p.id, p.member_id, "
    "(SELECT COUNT(*) FROM accounts a JOIN apps x ON x.id = a.app_id WHERE a.profile_id = p.id "
    "AND x.kind = 'oa'), "
    "(SELECT COUNT(*) FROM accounts a JOIN apps x ON x.id = a.app_id WHERE a.profile_id = p.id "
    "AND x.kind = 'mp'), "
    "(SELECT MAX(a.subscribed) FROM accounts a WHERE a.profile_id = p.id), "
    "(SELECT MIN(a.unionid) FROM accounts a WHERE a.profile_id = p.id), "
    "(SELECT MIN(a.remark) FROM accounts a WHERE a.profile_id = p.id AND a.remark <> '') "
    "FROM profiles p");

QString direction(bool descending)
{
    return descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
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
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                     q.value(3).toInt(), q.value(4).toInt() == 1, q.value(5).toString(),
                     q.value(6).toString()});
    return rows;
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
