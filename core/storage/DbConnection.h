#pragma once

#include <memory>

class QSqlDatabase;

// One thread's database connection as a value core's services take. Outside core (ui/ does
// not link Qt::Sql) it can only be handed on: the SQL stays in core, behind the services.
class DbConnection
{
public:
    // Implicit on purpose: core and the tests pass a QSqlDatabase wherever one is taken.
    DbConnection(const QSqlDatabase &db);
    ~DbConnection();
    DbConnection(const DbConnection &other);
    DbConnection &operator=(const DbConnection &other);

    operator QSqlDatabase() const;

private:
    std::unique_ptr<QSqlDatabase> m_db;
};
