#pragma once

#include "storage/DbConnection.h"
#include "sync/SyncProgress.h"
#include "util/Status.h"

#include <atomic>
#include <QObject>

class Clock;
class QIODevice;

// Imports a Mini Program backend export (docs/import-format.md) into the database.
// By default a file with any bad row imports nothing and says which rows are bad; with
// skipBadRows the good rows go in and the bad ones are reported. Runs synchronously in the
// calling thread (the UI calls it from a worker); cancel() may come from any thread.
class Importer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool skipBadRows = false;
        // Rows a transaction: SQLite's commit and WAL checkpoint cost as much as the writes
        // themselves at a few thousand rows (bench/README.md).
        int batchRows = 100000;
        QIODevice *report = nullptr; // "line N: reason" for every bad row, when given
    };
    struct BadRow
    {
        qint64 line = 0;
        QString reason;
    };
    struct Report
    {
        Status status = Status::ok();
        bool refused = false; // bad rows and no skipBadRows: nothing was imported
        bool cancelled = false;
        qint64 users = 0;
        qint64 events = 0;
        qint64 duplicates = 0;
        qint64 badRows = 0;
        QList<BadRow> firstBadRows; // the first 1,000, for display
        qint64 elapsedMsecs = 0;
        bool ok() const { return status.isOk() && !refused && !cancelled; }
        // "imported U users, E events (D duplicates, B bad rows)"
        QString summary() const;
    };

    Importer(DbConnection db, const Clock &clock, QObject *parent = nullptr);

    Report run(const QString &path, const Options &options);
    void cancel() { m_cancel = true; }

signals:
    // `rows` read so far; `bytes` has done/total in bytes of the file, for percent and time left.
    void progressed(qint64 rows, const SyncProgress &bytes);

private:
    bool validate(const QString &path, const Options &options, Report *report);
    void importRows(const QString &path, const Options &options, Report *report);
    void noteBadRow(qint64 line, const QString &reason, const Options &options, Report *report);

    DbConnection m_db;
    const Clock &m_clock;
    std::atomic<bool> m_cancel{false};
};
