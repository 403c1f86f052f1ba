#include "LiveCount.h"

#include "SegmentStore.h"
#include "storage/ConnectionFactory.h"
#include "storage/SqliteStatement.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <sqlite3.h>

namespace {
const int kSampleSize = 50;
}

LiveCount::LiveCount(ConnectionFactory &connections, QObject *parent)
    : QObject(parent), m_worker(new QObject)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(400);
    connect(&m_delay, &QTimer::timeout, this,
            [this] { emit runOnWorker(++m_generation, m_pending); });
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(
        this, &LiveCount::runOnWorker, m_worker,
        [this, &connections](quint64 generation, const QByteArray &definition) {
            if (generation != m_generation)
                return; // a newer edit is already queued
            const QSqlDatabase db = connections.connection();
            sqlite3 *handle = SqliteStatement::handleOf(db);
            m_runningHandle = handle;
            if (generation != m_generation) { // an edit came in between: do not start
                m_runningHandle = nullptr;
                return;
            }
            QElapsedTimer timer;
            timer.start();
            SegmentStore store(db, Clock::system());
            qint64 profiles = 0;
            QList<SegmentStore::Match> sample;
            const Status status = store.preview(definition, kSampleSize, &profiles, &sample);
            m_runningHandle = nullptr;
            const qint64 msecs = timer.elapsed();
            QMetaObject::invokeMethod(this, [=, this] {
                deliver(generation, status.isOk(), profiles, sample, status.message(), msecs);
            });
        },
        Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("segment count"));
    m_thread.start();
}

LiveCount::~LiveCount()
{
    ++m_generation;
    if (void *handle = m_runningHandle.load())
        sqlite3_interrupt(static_cast<sqlite3 *>(handle));
    m_thread.quit();
    m_thread.wait();
}

void LiveCount::request(const QByteArray &definition)
{
    m_pending = definition;
    ++m_generation; // whatever runs now is stale
    if (void *handle = m_runningHandle.load())
        sqlite3_interrupt(static_cast<sqlite3 *>(handle)); // thread-safe by SQLite's design
    emit counting();
    m_delay.start();
}

void LiveCount::deliver(quint64 generation, bool ok, qint64 profiles,
                        const QList<SegmentStore::Match> &sample, const QString &message,
                        qint64 msecs)
{
    if (generation != m_generation)
        return; // stale: an edit came after it started
    if (ok)
        emit counted(profiles, sample, msecs);
    else
        emit failed(message);
}
