#include "JobBar.h"

#include "BackgroundJob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

JobBar::JobBar(QWidget *parent)
    : QWidget(parent), m_text(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_text->setTextFormat(Qt::PlainText); // job texts quote names from WeChat and imports
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &JobBar::cancel);
    hide();
}

void JobBar::run(BackgroundJob *job, const QString &text, bool cancellable)
{
    m_job = job;
    m_text->setText(text);
    m_cancel->setVisible(cancellable);
    m_cancel->setEnabled(cancellable);
    m_progress->setRange(0, cancellable ? 100 : 0);
    m_progress->setValue(0);
    show();
    connect(job, &BackgroundJob::progressed, this, [this](int percent, const QString &text) {
        m_progress->setValue(percent);
        if (m_cancel->isEnabled()) // after Cancel the bar keeps saying it is stopping
            m_text->setText(text);
    });
    connect(job, &BackgroundJob::finished, this, [this, job](bool ok, const QString &message) {
        hide();
        job->deleteLater();
        m_job = nullptr;
        emit finished(ok, message);
    });
    job->setParent(this);
    job->start();
}

void JobBar::cancel()
{
    if (!m_job || !m_cancel->isEnabled())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_text->setText(tr("Stopping at the next safe point…"));
}
