#include "Database.h"

#include "Migrator.h"

Database::Database(const DatabaseSpec &spec)
    : m_connections(std::make_unique<ConnectionFactory>(spec))
{
}

Status Database::open()
{
    Status status = Status::ok();
    QSqlDatabase db = m_connections->connection(&status);
    if (!status.isOk())
        return status;
    return Migrator(db, m_connections->dialect()).migrate();
}
