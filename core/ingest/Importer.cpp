#include "Importer.h"

#include "ImportWriter.h"
#include "logging/LogCategories.h"
#include "ReadAhead.h"
#include "storage/BulkWriteSettings.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>

namespace {
const int kKeptBadRows = 1000;
const int kRowsPerProgress = 5000;
const qint64 kImportCacheKiB = 256 * 1024;

Status openSource(ReadAhead &reader, ImportWriter &writer)
{
    WX_TRY(reader.open());
    return writer.loadApps();
}

// Why a row cannot be imported (unreadable, or for an app that is not configured); empty when
// it can. Both passes ask the same question.
QString badRowReason(const ImportReader::Entry &entry, const ImportWriter &writer)
{
    if (!entry.ok)
        return entry.error;
    if (!writer.knowsApp(entry.row.appid))
        return Importer::tr("unknown appid %1 (add the app in Settings → Accounts)")
            .arg(entry.row.appid);
    return QString();
}
} // namespace

QString Importer::Report::summary() const
{
    // A stable, untranslated line for scripts (the issue fixes its wording).
    return QStringLiteral("imported %1 users, %2 events (%3 duplicates, %4 bad rows)")
        .arg(users)
        .arg(events)
        .arg(duplicates)
        .arg(badRows);
}

Importer::Importer(DbConnection db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock)
{
}

void Importer::noteBadRow(qint64 line, const QString &reason, const Options &options,
                          Report *report)
{
    ++report->badRows;
    if (report->firstBadRows.size() < kKeptBadRows)
        report->firstBadRows.append({line, reason});
    if (options.report)
        options.report->write(tr("line %1: %2\n").arg(line).arg(reason).toUtf8());
}

Importer::Report Importer::run(const QString &path, const Options &options)
{
    m_cancel = false;
    QElapsedTimer timer;
    timer.start();
    Report report;
    {
        // A big import inserts into large indexes in random order: a larger page cache for
        // its duration saves reading the same index pages again.
        const BulkWriteSettings bulk(m_db, kImportCacheKiB);
        if (options.skipBadRows || validate(path, options, &report))
            importRows(path, options, &report);
    }
    report.elapsedMsecs = timer.elapsed();
    qCInfo(lcIngest).noquote() << path << report.summary();
    return report;
}

// The first pass of a strict import: reads the whole file and imports nothing if a row is bad.
bool Importer::validate(const QString &path, const Options &options, Report *report)
{
    ImportWriter writer(m_db, m_clock);
    ReadAhead reader(path);
    report->status = openSource(reader, writer);
    if (!report->status.isOk())
        return false;
    ImportReader::Entry entry;
    qint64 rows = 0;
    while (reader.next(&entry)) {
        if (m_cancel) {
            report->cancelled = true;
            return false;
        }
        if (const QString why = badRowReason(entry, writer); !why.isEmpty())
            noteBadRow(entry.line, why, options, report);
        if (++rows % (4 * kRowsPerProgress) == 0)
            emit progressed(rows, SyncProgress{reader.bytesRead() / 2, reader.size(), 0});
    }
    if (report->badRows > 0) {
        report->refused = true;
        return false;
    }
    return true;
}

void Importer::importRows(const QString &path, const Options &options, Report *report)
{
    ImportWriter writer(m_db, m_clock);
    ReadAhead reader(path);
    report->status = openSource(reader, writer);
    if (report->status.isOk())
        report->status = writer.beginBatch();
    QElapsedTimer timer;
    timer.start();
    // The strict import already read the file once: its progress starts half way.
    const qint64 offset = options.skipBadRows ? 0 : reader.size();
    const qint64 total = options.skipBadRows ? reader.size() : reader.size() * 2;
    ImportReader::Entry entry;
    qint64 rows = 0;
    int inBatch = 0;
    qint64 queuedEvents = 0;
    // Events are written with their batch: the counts come from the commit.
    auto commit = [&] {
        qint64 added = 0;
        const Status status = writer.commitBatch(&added);
        if (status.isOk()) {
            report->events += added;
            report->duplicates += queuedEvents - added;
        }
        queuedEvents = 0;
        return status;
    };
    while (report->status.isOk() && reader.next(&entry)) {
        if (m_cancel) {
            report->cancelled = true;
            break;
        }
        ++rows;
        if (const QString why = badRowReason(entry, writer); !why.isEmpty()) {
            noteBadRow(entry.line, why, options, report);
            continue;
        }
        if (entry.row.kind == ImportRow::Kind::User) {
            report->status = writer.writeUser(entry.row);
            ++report->users;
        } else {
            report->status = writer.writeEvent(entry.row);
            ++queuedEvents;
        }
        if (++inBatch >= options.batchRows && report->status.isOk()) {
            report->status = commit();
            if (report->status.isOk())
                report->status = writer.beginBatch();
            inBatch = 0;
        }
        if (rows % kRowsPerProgress == 0)
            emit progressed(rows,
                            SyncProgress{offset + reader.bytesRead(), total, timer.elapsed()});
    }
    // What was read before a cancel is kept: importing the file again adds only the rest.
    if (report->status.isOk())
        report->status = commit();
    emit progressed(rows, SyncProgress{offset + reader.bytesRead(), total, timer.elapsed()});
}
