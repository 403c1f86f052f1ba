#pragma once

#include "analytics/Funnel.h"
#include "ConsoleContext.h"

#include <QWidget>

class BarChart;
class JobBar;
class MessageBanner;
class QComboBox;
class QGridLayout;
class QPushButton;
class QSpinBox;
class SegmentPicker;

// The Analytics page's Funnel tab: steps across both apps (an event on either app or one of
// them, an OA follow, a message received) within a window of hours, over everyone or a saved
// segment, for the page's range of days; counted in the background and shown as bars with the
// share of the first step reaching each. The definition saves as JSON for
// `wxops funnel --definition`.
class FunnelPanel : public QWidget
{
    Q_OBJECT
public:
    FunnelPanel(const ConsoleContext &context, MessageBanner *banner, QWidget *parent = nullptr);

    // Event names and saved segments may have changed (an import, the Segments page).
    void reload();
    void setRange(const QDate &from, const QDate &to);
    // Steps as {"event": NAME} / {"event": NAME, "kind": "mp"} / {"follow": {}} / {"message": {}}.
    void setSteps(const QList<FunnelStep> &steps);
    void setWithinHours(int hours);
    // The definition as the editor holds it, in wxops' JSON.
    QByteArray definitionJson() const;
    // Counts the funnel in the background; countFinished tells when.
    void count();
    const FunnelResult &result() const { return m_result; }
    BarChart *chart() const { return m_chart; }

signals:
    void countFinished(bool ok);

private:
    struct StepRow
    {
        QComboBox *kind;
        QComboBox *event;
        QPushButton *remove;
    };
    void addStep();
    void removeStep(int index);
    void layoutSteps();
    void saveJson();

    ConsoleContext m_context; // a copy: the one given may be a temporary
    JobBar *m_jobs;
    MessageBanner *m_banner;
    QDate m_from;
    QDate m_to;
    QStringList m_eventNames;
    QList<StepRow> m_steps;
    QGridLayout *m_stepGrid;
    QPushButton *m_addButton;
    QSpinBox *m_hours;
    SegmentPicker *m_segment;
    QPushButton *m_countButton;
    BarChart *m_chart;
    FunnelDefinition m_counted; // what the bars show
    FunnelResult m_result;
};
