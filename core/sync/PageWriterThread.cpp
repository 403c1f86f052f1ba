#include "PageWriterThread.h"

#include "storage/ConnectionFactory.h"

#include <QSqlDatabase>

PageWriterThread::PageWriterThread(ConnectionFactory &connections, qint64 appRowId,
                                   const Clock &clock)
    : m_worker(new QObject), m_connections(connections), m_app(appRowId), m_clock(clock)
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("follower writer"));
    m_thread.start();
}

PageWriterThread::~PageWriterThread()
{
    m_stopped = true;
    // The writer and its connection belong to the thread: let it drop them there.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_writer.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Status PageWriterThread::runBlocking(const std::function<Status(FollowerWriter &)> &step)
{
    Status status = Status::ok();
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            if (!m_writer) {
                Status connected = Status::ok();
                QSqlDatabase db = m_connections.connection(&connected);
                if (!connected.isOk()) {
                    status = connected;
                    return;
                }
                m_writer = std::make_unique<FollowerWriter>(db, m_app, m_clock);
            }
            status = step(*m_writer);
        },
        Qt::BlockingQueuedConnection);
    return status;
}

Status PageWriterThread::beginRun(FollowerWriter::State *state)
{
    return runBlocking([state](FollowerWriter &writer) { return writer.beginRun(state); });
}

Status PageWriterThread::writeTags(const QList<WechatTag> &tags)
{
    return runBlocking([&tags](FollowerWriter &writer) { return writer.writeTags(tags); });
}

Status PageWriterThread::finishRun(FollowerWriter::Finish *finish)
{
    return runBlocking([finish](FollowerWriter &writer) { return writer.finishRun(finish); });
}

void PageWriterThread::writePage(const Page &page)
{
    ++m_pending;
    QMetaObject::invokeMethod(
        m_worker,
        [this, page] {
            FollowerWriter::PageResult result;
            Status status = Status::ok();
            if (m_stopped)
                status = Status::failure(QStringLiteral("stopped"));
            else
                status = m_writer->writePage(page.infos, page.listed, page.nextCursor, page.total,
                                             &result);
            const int followers = int(page.listed.size());
            QMetaObject::invokeMethod(
                this,
                [this, followers, result, status] {
                    --m_pending;
                    emit pageWritten(followers, result.changed, status);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}
