#pragma once

#include "SegmentStore.h"

#include <atomic>
#include <QObject>
#include <QThread>
#include <QTimer>

class ConnectionFactory;

// Counts a definition's profiles off the GUI thread while it is edited: a short pause after the
// last edit starts the count, and a newer edit interrupts the running one (SQLite; on
// PostgreSQL its result is dropped when it comes). Also returns a sample of matching profiles.
class LiveCount : public QObject
{
    Q_OBJECT
public:
    explicit LiveCount(ConnectionFactory &connections, QObject *parent = nullptr);
    ~LiveCount() override;

    // Schedules a count of `definition` (JSON text) after the pause.
    void request(const QByteArray &definition);
    void setDelay(int msecs) { m_delay.setInterval(msecs); }

signals:
    void counting();
    // Only for the latest request: the count and up to 50 matching profiles, or an error.
    void counted(qint64 profiles, const QList<SegmentStore::Match> &sample, qint64 msecs);
    void failed(const QString &message);
    void runOnWorker(quint64 generation, const QByteArray &definition); // internal

private:
    void deliver(quint64 generation, bool ok, qint64 profiles,
                 const QList<SegmentStore::Match> &sample, const QString &message, qint64 msecs);

    QThread m_thread;
    QObject *m_worker;
    QTimer m_delay;
    QByteArray m_pending;
    std::atomic<quint64> m_generation{0};
    std::atomic<void *> m_runningHandle{nullptr}; // the worker's sqlite3 while it counts
};
