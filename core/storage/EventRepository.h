#pragma once

#include "util/StatusOr.h"

class PreparedStatements;

#include <QSqlDatabase>
#include <QStringList>

// Behaviour events across both apps (table `events`), as far as staff pick from them.
class EventRepository
{
public:
    explicit EventRepository(QSqlDatabase db) : m_db(db) {}

    // The distinct event names in the data, sorted, at most `limit`.
    StatusOr<QStringList> names(int limit) const;

    // Events follow their account's person. On the linker's prepared statements: these run
    // once per linked batch or moved account.
    static Status followAccounts(PreparedStatements &sql, const QVariantList &accountIds);
    static Status moveAccount(PreparedStatements &sql, qint64 accountId, qint64 toProfile);
    // After a rebuild: every event to its account's profile again.
    Status followAllAccounts();

private:
    QSqlDatabase m_db;
};
