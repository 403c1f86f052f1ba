#pragma once

#include "analytics/CampaignOutcome.h"
#include "ConsoleContext.h"

#include <QWidget>

class JobBar;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

// Below a started campaign: how many of its recipients did a chosen event (on either app or
// one of them) within N hours of their message, against the people of its audience the rules
// left out, counted in the background (CampaignOutcome).
class CampaignOutcomePanel : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignOutcomePanel(const ConsoleContext &context, QWidget *parent = nullptr);

    // The campaign shown (0 for none); `started` whether it has an outcome to count.
    void setCampaign(qint64 id, bool started);
    // Event names may have changed (an import).
    void reloadEventNames();
    void setEvent(const QString &name, const QString &appKind, int withinHours);
    void count();
    const CampaignOutcomeResult &result() const { return m_result; }
    QString resultText() const;

signals:
    void countFinished(bool ok);

private:
    ConsoleContext m_context; // a copy: the one given may be a temporary
    qint64 m_campaign = 0;
    QComboBox *m_event;
    QComboBox *m_kind;
    QSpinBox *m_hours;
    QPushButton *m_countButton;
    JobBar *m_jobs;
    QLabel *m_resultLabel;
    CampaignOutcomeResult m_result;
};
