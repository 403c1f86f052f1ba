#pragma once

#include "BackgroundJob.h"
#include "ConditionEditor.h"
#include "ConsoleContext.h"
#include "segments/SegmentStore.h"

#include <QWidget>

class BackgroundJob;
class ConditionTree;
class JobBar;
class LiveCount;
class MessageBanner;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QPushButton;
class QTableWidget;
class SizeChart;
class DayChart;

// Marketing's segments: the saved list (size, last refresh, size over time) on the left, the
// builder on the right (condition tree, the selected condition's editor, a live count and a
// sample of matching people). Refresh and export run off the GUI thread with progress.
class SegmentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentsPage(const ConsoleContext &context, QWidget *parent = nullptr);

    ConditionTree *tree() const { return m_tree; }
    ConditionEditor *conditionEditor() const { return m_editor; }
    QTableWidget *savedList() const { return m_list; }
    QTableWidget *sample() const { return m_sample; }
    SizeChart *sizeChart() const { return m_chart; }
    DayChart *trendChart() const { return m_trend; }
    LiveCount *liveCount() const { return m_count; }
    QString countText() const;
    qint64 lastCount() const { return m_lastCount; } // -1 while counting or on an error
    QString messageText() const;
    bool isJobRunning() const;

public slots:
    void reload();
    void newSegment();
    void openSegment(const QString &name);
    bool save();
    void saveAsNew();
    void duplicateSegment();
    void renameSegment();
    void deleteSegment();
    void refreshSegment();
    void exportSegment();               // asks for a file
    void exportTo(const QString &path); // the export itself
    // Tags (or untags) the open segment's followers on an Official Account.
    void pushAsTag(bool tagged = true);

signals:
    void openProfileRequested(qint64 profileId);
    void jobFinished(bool ok);
    // The open segment's last 30 days were read (or could not be) and drawn.
    void trendShown(bool ok);

protected:
    // Tags, event names and segments may have changed on other pages (a sync, an import).
    void showEvent(QShowEvent *event) override;

private:
    void buildList(QWidget *parent);
    void buildBuilder(QWidget *parent);
    void loadChoices();
    void definitionEdited();
    void showTrend(qint64 segmentId);
    void currentItemChanged();
    void showMessage(const QString &text, bool ok);
    void showCount(qint64 profiles, const QList<SegmentStore::Match> &sample, qint64 msecs);
    SegmentStore store() const; // on the GUI thread's connection
    void runJob(const BackgroundJob::Work &work, const QString &text, bool cancellable);
    QString selectedName() const;
    void selectRowOf(const QString &name);
    qint64 selectedId() const;

    ConsoleContext m_context;
    ConditionEditor::Choices m_choices;
    qint64 m_openId = 0; // the saved segment in the builder; 0 for a new one
    QString m_openName;  // its name as saved
    qint64 m_lastCount = -1;

    QTableWidget *m_list;
    SizeChart *m_chart;
    DayChart *m_trend;
    QLineEdit *m_name;
    ConditionTree *m_tree;
    ConditionEditor *m_editor;
    QLabel *m_editorHint;
    QStackedWidget *m_editorStack;
    LiveCount *m_count;
    QLabel *m_countLabel;
    QLabel *m_sampleTitle;
    QTableWidget *m_sample;
    MessageBanner *m_message;
    JobBar *m_jobs;
};
