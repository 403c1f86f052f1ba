#include "DurableCommits.h"

#include "Sql.h"
#include "SqlDialect.h"

DurableCommits::DurableCommits(QSqlDatabase db) : m_db(db)
{
    if (SqlDialect::of(m_db).backend() == DatabaseSpec::Backend::Sqlite) {
        m_synchronousBefore = Sql::scalar(m_db, QStringLiteral("PRAGMA synchronous"))
                                  .value(); // invalid when unreadable: then nothing is put back
        Sql::warnIfFailed(Sql::exec(m_db, QStringLiteral("PRAGMA synchronous=FULL")),
                          "durable-commit setting");
    } else {
        // SET cannot be a prepared statement on PostgreSQL (it failed, warned, and left the
        // setting as it was until this ran unprepared).
        Sql::warnIfFailed(Sql::execUnprepared(m_db, QStringLiteral("SET synchronous_commit = on")),
                          "durable-commit setting");
    }
}

DurableCommits::~DurableCommits()
{
    if (m_synchronousBefore.isValid())
        Sql::warnIfFailed(Sql::exec(m_db, QStringLiteral("PRAGMA synchronous=%1")
                                              .arg(m_synchronousBefore.toLongLong())),
                          "durable-commit setting");
}
