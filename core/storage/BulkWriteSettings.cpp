#include "BulkWriteSettings.h"

#include "Sql.h"
#include "SqlDialect.h"

namespace {
const int kCheckpointPages = 50000; // 4 KiB pages: 200 MB of WAL
}

BulkWriteSettings::BulkWriteSettings(QSqlDatabase db, qint64 cacheKiB) : m_db(db)
{
    if (SqlDialect::of(m_db).backend() != DatabaseSpec::Backend::Sqlite)
        return;
    m_checkpointBefore = Sql::scalar(m_db, QStringLiteral("PRAGMA wal_autocheckpoint"))
                             .value(); // invalid when unreadable: then nothing is put back
    Sql::warnIfFailed(
        Sql::exec(m_db, QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(kCheckpointPages)),
        "bulk-write setting");
    if (cacheKiB > 0) {
        m_cacheBefore = Sql::scalar(m_db, QStringLiteral("PRAGMA cache_size"))
                            .value(); // invalid when unreadable: then nothing is put back
        Sql::warnIfFailed(Sql::exec(m_db, QStringLiteral("PRAGMA cache_size=-%1").arg(cacheKiB)),
                          "bulk-write setting");
    }
}

BulkWriteSettings::~BulkWriteSettings()
{
    if (m_checkpointBefore.isValid())
        Sql::warnIfFailed(Sql::exec(m_db, QStringLiteral("PRAGMA wal_autocheckpoint=%1")
                                              .arg(m_checkpointBefore.toLongLong())),
                          "bulk-write setting");
    if (m_cacheBefore.isValid())
        Sql::warnIfFailed(
            Sql::exec(m_db, QStringLiteral("PRAGMA cache_size=%1").arg(m_cacheBefore.toLongLong())),
            "bulk-write setting");
}
