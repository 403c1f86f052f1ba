#include "DbConnection.h"

#include <QSqlDatabase>

DbConnection::DbConnection(const QSqlDatabase &db) : m_db(std::make_unique<QSqlDatabase>(db)) {}

DbConnection::~DbConnection() = default;

DbConnection::DbConnection(const DbConnection &other)
    : m_db(std::make_unique<QSqlDatabase>(*other.m_db))
{
}

DbConnection &DbConnection::operator=(const DbConnection &other)
{
    *m_db = *other.m_db;
    return *this;
}

DbConnection::operator QSqlDatabase() const
{
    return *m_db;
}
