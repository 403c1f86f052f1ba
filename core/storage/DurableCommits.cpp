#include "DurableCommits.h"

#include "Sql.h"
#include "SqlDialect.h"

DurableCommits::DurableCommits(QSqlDatabase db) : m_db(db)
{
    if (SqlDialect::of(m_db).backend() == DatabaseSpec::Backend::Sqlite) {
        m_synchronousBefore = Sql::scalar(m_db, QStringLiteral("PRAGMA synchronous"));
        Sql::exec(m_db, QStringLiteral("PRAGMA synchronous=FULL"));
    } else {
        Sql::exec(m_db, QStringLiteral("SET synchronous_commit = on"));
    }
}

DurableCommits::~DurableCommits()
{
    if (m_synchronousBefore.isValid())
        Sql::exec(m_db,
                  QStringLiteral("PRAGMA synchronous=%1").arg(m_synchronousBefore.toLongLong()));
}
