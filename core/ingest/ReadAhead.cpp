#include "ReadAhead.h"

namespace {
const size_t kBatchRows = 1000;
const size_t kBatchesAhead = 4; // bounds memory: a few thousand parsed rows at most
} // namespace

ReadAhead::ReadAhead(const QString &path) : m_reader(path) {}

ReadAhead::~ReadAhead()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

Status ReadAhead::open()
{
    WX_TRY(m_reader.open());
    m_size = m_reader.size();
    m_thread = std::thread([this] { readAll(); });
    return Status::ok();
}

void ReadAhead::readAll()
{
    bool more = true;
    while (more) {
        Batch batch;
        batch.entries.reserve(kBatchRows);
        while (batch.entries.size() < kBatchRows) {
            ImportReader::Entry entry;
            more = m_reader.next(&entry);
            if (!more)
                break;
            batch.entries.push_back(std::move(entry));
        }
        batch.bytesRead = m_reader.bytesRead();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopping || m_ready.size() < kBatchesAhead; });
        if (m_stopping)
            return;
        m_ready.push_back(std::move(batch));
        m_finished = !more;
        m_changed.notify_all();
    }
}

bool ReadAhead::next(ImportReader::Entry *entry)
{
    while (m_taken >= m_current.entries.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty())
            return false;
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        m_taken = 0;
        m_bytesRead = m_current.bytesRead;
        m_changed.notify_all();
    }
    *entry = std::move(m_current.entries[m_taken++]);
    return true;
}
