#pragma once

#include "storage/DbConnection.h"
#include "util/Status.h"

#include <atomic>
#include <functional>

class QIODevice;

// Writes a saved segment's stored members as CSV: profile id, member ID, unionid, and one
// openid column per configured app. Reads a page of members at a time, so a segment of any
// size exports in flat memory; progress after each page, cancel from any thread.
class SegmentExport
{
public:
    explicit SegmentExport(DbConnection db) : m_db(db) {}

    using Progress = std::function<void(qint64 done, qint64 total)>;

    // `progress(done, total)` after each page; `rows` (when given) says how many were written.
    Status run(qint64 segmentId, QIODevice &out, const Progress &progress = {},
               qint64 *rows = nullptr);
    // The same into a file that appears only when the export completes (a cancelled or failed
    // export leaves nothing half-written).
    Status toFile(qint64 segmentId, const QString &path, const Progress &progress = {},
                  qint64 *rows = nullptr);
    void cancel() { m_cancel = true; }

private:
    DbConnection m_db;
    std::atomic<bool> m_cancel{false};
};
