#include "EventRepository.h"

#include "Sql.h"

#include <QSqlQuery>

StatusOr<QStringList> EventRepository::names(int limit) const
{
    // One index seek per distinct name (a skip scan): a plain SELECT DISTINCT reads the whole
    // index, 5 s at 10M events.
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("WITH RECURSIVE names(name) AS (SELECT MIN(name) FROM events "
                                 "UNION ALL SELECT (SELECT MIN(e.name) FROM events e WHERE "
                                 "e.name > names.name) FROM names WHERE names.name IS NOT NULL) "
                                 "SELECT name FROM names WHERE name IS NOT NULL LIMIT ?"),
                  {limit}))
        return Sql::failure(q);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Status EventRepository::followAccounts(PreparedStatements &sql, const QVariantList &accountIds)
{
    Status status = Status::ok();
    sql.run(QStringLiteral("UPDATE events SET profile_id = (SELECT a.profile_id FROM accounts a "
                           "WHERE a.id = events.account_id) WHERE account_id IN (%1)")
                .arg(Sql::placeholders(int(accountIds.size()))),
            accountIds, &status);
    return status;
}

Status EventRepository::moveAccount(PreparedStatements &sql, qint64 accountId, qint64 toProfile)
{
    Status status = Status::ok();
    sql.run(QStringLiteral("UPDATE events SET profile_id = ? WHERE account_id = ?"),
            {toProfile, accountId}, &status);
    return status;
}

Status EventRepository::followAllAccounts()
{
    return Sql::exec(m_db, QStringLiteral("UPDATE events SET profile_id = (SELECT profile_id FROM "
                                          "accounts WHERE accounts.id = events.account_id)"));
}

Status EventRepository::insertImported(PreparedStatements &sql, const QList<QVariantList> &rows,
                                       qint64 *added)
{
    return sql.runMany(QStringLiteral("INSERT INTO events (account_id, profile_id, app_id, name, "
                                      "occurred_at, props, source_id)"),
                       rows, QStringLiteral("ON CONFLICT (source_id) DO NOTHING RETURNING id"),
                       [added](const SqlRows &) { ++*added; });
}
