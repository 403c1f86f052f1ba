#include "BackgroundJob.h"

#include <QMutexLocker>
#include <QThread>

BackgroundJob::BackgroundJob(Work work, QObject *parent) : QObject(parent), m_work(std::move(work))
{
}

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundJob::start()
{
    m_thread = QThread::create([this] {
        const Outcome outcome = m_work(*this);
        {
            QMutexLocker lock(&m_mutex); // what the hook reached is gone with the work
            m_cancelHook = nullptr;
        }
        QMetaObject::invokeMethod(
            this, [this, outcome] { emit finished(outcome.ok, outcome.message); },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

bool BackgroundJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundJob::setCancelHook(std::function<void()> hook)
{
    QMutexLocker lock(&m_mutex);
    m_cancelHook = std::move(hook);
    if (m_cancelled && m_cancelHook)
        m_cancelHook(); // Cancel came before the work was ready for it
}

void BackgroundJob::reportProgress(int percent, const QString &text)
{
    QMetaObject::invokeMethod(
        this, [this, percent, text] { emit progressed(percent, text); }, Qt::QueuedConnection);
}

void BackgroundJob::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    if (m_cancelHook)
        m_cancelHook();
}
