#pragma once

#include "util/Status.h"

#include <QSqlDatabase>

class SqlDialect;

// A write transaction that rolls back unless committed (RAII). Starts with the dialect's
// write-lock BEGIN so read-then-write sequences inside it are safe between consoles.
class Transaction
{
public:
    Transaction(QSqlDatabase db, const SqlDialect &dialect);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &beginStatus() const { return m_begin; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Status m_begin;
    bool m_open = false;
};
