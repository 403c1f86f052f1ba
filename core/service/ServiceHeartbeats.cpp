#include "ServiceHeartbeats.h"

#include "storage/Sql.h"

#include <QSqlQuery>

Status ServiceHeartbeats::beat(const Beat &beat)
{
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("UPDATE service_heartbeats SET seen_at = ? WHERE service = ?"),
                  {beat.seenAt, beat.service}))
        return Sql::failure(q);
    if (q.numRowsAffected() > 0)
        return Status::ok();
    return Sql::exec(m_db,
                     QStringLiteral("INSERT INTO service_heartbeats (service, host, login, "
                                    "started_at, seen_at) VALUES (?, ?, ?, ?, ?)"),
                     {beat.service, beat.host, beat.login, beat.startedAt, beat.seenAt});
}

Status ServiceHeartbeats::stopped(const QString &service)
{
    return Sql::exec(m_db, QStringLiteral("DELETE FROM service_heartbeats WHERE service = ?"),
                     {service});
}

StatusOr<std::optional<ServiceHeartbeats::Beat>> ServiceHeartbeats::newest() const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("SELECT service, host, login, started_at, seen_at FROM "
                                    "service_heartbeats ORDER BY seen_at DESC LIMIT 1")))
        return Sql::failure(q);
    if (!q.next())
        return std::optional<Beat>();
    return std::optional<Beat>(Beat{q.value(0).toString(), q.value(1).toString(),
                                    q.value(2).toString(), q.value(3).toLongLong(),
                                    q.value(4).toLongLong()});
}
