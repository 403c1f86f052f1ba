#pragma once

#include "ImportReader.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

// Reads and parses an export file on a thread of its own, a few batches ahead of the caller, so
// parsing one batch overlaps writing the one before (an import has two cores' worth of work).
// Rows come out in file order, exactly as ImportReader gives them.
class ReadAhead
{
public:
    explicit ReadAhead(const QString &path);
    ~ReadAhead(); // stops the thread; rows not taken are dropped

    Status open();                         // opens the file, then starts reading ahead
    bool next(ImportReader::Entry *entry); // false at the end of the file
    // Bytes of the file read for the rows taken so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 size() const { return m_size; }

private:
    struct Batch
    {
        std::vector<ImportReader::Entry> entries;
        qint64 bytesRead = 0;
    };
    void readAll(); // the reading thread

    ImportReader m_reader; // used by the reading thread only, once open() has returned
    qint64 m_size = 0;
    qint64 m_bytesRead = 0;
    Batch m_current;
    size_t m_taken = 0;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    bool m_finished = false; // the reading thread has queued its last batch
    bool m_stopping = false;
    std::thread m_thread;
};
