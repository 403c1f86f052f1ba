#include "SortingQuerySettings.h"

#include "Sql.h"
#include "SqlDialect.h"

namespace {
const int kSortingCacheKiB = 8 * 1024;
}

SortingQuerySettings::SortingQuerySettings(QSqlDatabase db) : m_db(db)
{
    if (SqlDialect::of(m_db).backend() != DatabaseSpec::Backend::Sqlite)
        return;
    m_cacheBefore = Sql::scalar(m_db, QStringLiteral("PRAGMA cache_size"))
                        .value(); // invalid when unreadable: then nothing is put back
    Sql::warnIfFailed(
        Sql::exec(m_db, QStringLiteral("PRAGMA cache_size=-%1").arg(kSortingCacheKiB)),
        "sorting cache setting");
}

SortingQuerySettings::~SortingQuerySettings()
{
    if (m_cacheBefore.isValid())
        Sql::warnIfFailed(
            Sql::exec(m_db, QStringLiteral("PRAGMA cache_size=%1").arg(m_cacheBefore.toLongLong())),
            "sorting cache setting");
}
