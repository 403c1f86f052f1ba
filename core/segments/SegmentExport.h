#pragma once

#include "util/Status.h"

#include <atomic>
#include <functional>
#include <QSqlDatabase>

class QIODevice;

// Writes a saved segment's stored members as CSV: profile id, member ID, unionid, and one
// openid column per configured app. Reads a page of members at a time, so a segment of any
// size exports in flat memory; progress after each page, cancel from any thread.
class SegmentExport
{
public:
    explicit SegmentExport(QSqlDatabase db) : m_db(db) {}

    // `progress(done, total)` after each page.
    Status run(qint64 segmentId, QIODevice &out,
               const std::function<void(qint64 done, qint64 total)> &progress = {});
    void cancel() { m_cancel = true; }

private:
    QSqlDatabase m_db;
    std::atomic<bool> m_cancel{false};
};
