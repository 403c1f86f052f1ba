#include "DeliveryRepository.h"

#include "storage/Sql.h"

Status DeliveryRepository::moveAccount(PreparedStatements &sql, qint64 accountId, qint64 toProfile)
{
    Status status = Status::ok();
    sql.run(QStringLiteral("UPDATE deliveries SET profile_id = ? WHERE account_id = ?"),
            {toProfile, accountId}, &status);
    return status;
}

Status DeliveryRepository::followAllAccounts()
{
    return Sql::exec(m_db,
                     QStringLiteral("UPDATE deliveries SET profile_id = (SELECT profile_id FROM "
                                    "accounts WHERE accounts.id = deliveries.account_id)"));
}
