#pragma once

#include "util/Status.h"

#include <QSqlDatabase>

class PreparedStatements;

// The outbox rows (table `deliveries`) as far as identity changes touch them: a delivery
// counts for the person its account belongs to (frequency cap, segments), so it follows the
// account through merges and rebuilds.
class DeliveryRepository
{
public:
    explicit DeliveryRepository(QSqlDatabase db) : m_db(db) {}

    // On the linker's prepared statements: runs once per moved account.
    static Status moveAccount(PreparedStatements &sql, qint64 accountId, qint64 toProfile);
    // After a rebuild: every delivery to its account's profile again.
    Status followAllAccounts();

private:
    QSqlDatabase m_db;
};
