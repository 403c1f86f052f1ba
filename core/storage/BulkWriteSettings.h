#pragma once

#include <QSqlDatabase>
#include <QVariant>

// SQLite settings for a long run of large write transactions (a follower sync, an import) on
// one connection, put back when the run ends. Nothing changes on PostgreSQL.
//  - The WAL is checkpointed every 200 MB instead of every 4 MB: a checkpoint copies each
//    changed page once however often it changed since the last one, so rarer checkpoints
//    write the hot index pages fewer times (and sync the disk fewer times).
//  - Optionally a larger page cache, for inserts into big indexes in random order.
class BulkWriteSettings
{
public:
    explicit BulkWriteSettings(QSqlDatabase db, qint64 cacheKiB = 0);
    ~BulkWriteSettings();
    BulkWriteSettings(const BulkWriteSettings &) = delete;
    BulkWriteSettings &operator=(const BulkWriteSettings &) = delete;

private:
    QSqlDatabase m_db;
    QVariant m_checkpointBefore; // invalid when nothing was changed
    QVariant m_cacheBefore;
};
