#pragma once

#include <QWidget>

class BackgroundJob;
class QLabel;
class QProgressBar;
class QPushButton;

// The one way a page shows long work: a row with what the job is doing, its progress and
// Cancel, shown while a BackgroundJob runs and hidden when it ends. The bar owns the job.
class JobBar : public QWidget
{
    Q_OBJECT
public:
    explicit JobBar(QWidget *parent = nullptr);

    // Starts `job` with `text` shown until its first progress report. Without `cancellable`
    // the bar shows a busy indicator and no Cancel (work that cannot stop halfway).
    void run(BackgroundJob *job, const QString &text, bool cancellable = true);
    bool isBusy() const { return m_job != nullptr; }
    // Asks the job to stop at its next safe point.
    void cancel();

signals:
    void finished(bool ok, const QString &message);

private:
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    BackgroundJob *m_job = nullptr;
};
