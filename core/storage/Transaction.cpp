#include "Transaction.h"

#include "Sql.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
Status execute(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return Status::ok();
    return Status::failure(QCoreApplication::translate("Transaction", "%1 failed: %2")
                               .arg(sql, query.lastError().text()));
}
} // namespace

Transaction::Transaction(QSqlDatabase db, const SqlDialect &dialect)
    : m_db(db), m_begin(execute(m_db, dialect.beginWriteStatement()))
{
    m_open = m_begin.isOk();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return Status::failure(QCoreApplication::translate("Transaction", "No open transaction."));
    m_open = false;
    Status status = execute(m_db, QStringLiteral("COMMIT"));
    if (!status.isOk()) // the commit's failure is what the caller hears of
        Sql::warnIfFailed(execute(m_db, QStringLiteral("ROLLBACK")),
                          "rollback after a failed commit");
    return status;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    Sql::warnIfFailed(execute(m_db, QStringLiteral("ROLLBACK")), "rollback");
}
