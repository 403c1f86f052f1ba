#pragma once

#include "FollowerWriter.h"

#include <atomic>
#include <functional>
#include <memory>
#include <QObject>
#include <QThread>

class ConnectionFactory;

// Runs a FollowerWriter on a thread of its own, with that thread's database connection, so the
// next page is fetched from WeChat while this one is written. Pages are written in the order
// they are queued; after stop() the queued ones are dropped (what was written stays written).
class PageWriterThread : public QObject
{
    Q_OBJECT
public:
    struct Page
    {
        QList<FollowerInfo> infos;
        QStringList listed;
        QString nextCursor;
        qint64 total = 0;
    };

    PageWriterThread(ConnectionFactory &connections, qint64 appRowId, const Clock &clock);
    ~PageWriterThread() override;

    // Run on the writer thread and wait for it (short steps at the start and the end).
    Status beginRun(FollowerWriter::State *state);
    Status writeTags(const QList<WechatTag> &tags);
    Status finishRun(FollowerWriter::Finish *finish);

    // Queues a page; pageWritten() reports it, in order.
    void writePage(const Page &page);
    int pending() const { return m_pending; }
    void stop() { m_stopped = true; }

signals:
    void pageWritten(int followers, int changed, const Status &status);

private:
    Status runBlocking(const std::function<Status(FollowerWriter &)> &step);

    QThread m_thread;
    QObject *m_worker; // lives in m_thread; owns nothing but the thread affinity
    std::unique_ptr<FollowerWriter> m_writer; // created and used in m_thread only
    ConnectionFactory &m_connections;
    qint64 m_app;
    const Clock &m_clock;
    int m_pending = 0;
    std::atomic<bool> m_stopped{false};
};
