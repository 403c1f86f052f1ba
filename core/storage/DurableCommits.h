#pragma once

#include <QSqlDatabase>
#include <QVariant>

// Every commit on this connection reaches the disk before it returns, for as long as this
// object lives: SQLite's WAL with synchronous=NORMAL (the default here) can lose the last
// commits on power loss, which an outbox must not (a row marked `sending` has to stay marked).
// On PostgreSQL synchronous_commit is set on for the session.
class DurableCommits
{
public:
    explicit DurableCommits(QSqlDatabase db);
    ~DurableCommits();
    DurableCommits(const DurableCommits &) = delete;
    DurableCommits &operator=(const DurableCommits &) = delete;

private:
    QSqlDatabase m_db;
    QVariant m_synchronousBefore; // SQLite only
};
