#pragma once

#include <functional>
#include <QMutex>
#include <QObject>

class QThread;

// Long work (a sync, an import) on a thread of its own, so the window stays responsive: the
// work reports progress and ends with a message; Cancel reaches it through a hook it sets.
class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;
        QString message;
    };
    // Runs in the worker thread. It may spin its own event loop.
    using Work = std::function<Outcome(BackgroundJob &job)>;

    explicit BackgroundJob(Work work, QObject *parent = nullptr);
    ~BackgroundJob() override;

    void start();
    bool isRunning() const;

    // From the worker: what to call when the person presses Cancel (called in the GUI thread,
    // so it must be thread-safe, e.g. a queued invocation or an atomic flag).
    void setCancelHook(std::function<void()> hook);
    // From the worker, thread-safe.
    void reportProgress(int percent, const QString &text);

public slots:
    void cancel();

signals:
    void progressed(int percent, const QString &text);
    void finished(bool ok, const QString &message);

private:
    Work m_work;
    QThread *m_thread = nullptr;
    QMutex m_mutex;
    std::function<void()> m_cancelHook;
    bool m_cancelled = false;
};
