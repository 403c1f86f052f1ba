#pragma once

#include "analytics/AnalyticsOverview.h"
#include "analytics/MiniProgramDetails.h"
#include "wechat/AppConfig.h"

#include <QWidget>

#include "ConsoleContext.h"
class BackgroundJob;
class DayChart;
class FunnelPanel;
class MiniProgramPanel;
class SegmentTrendPanel;
class QTabWidget;
class EmptyState;
class JobBar;
class MessageBanner;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;

// The numbers page: an Official Account's followers, a Mini Program's visitors and the two
// audiences as one, over a range of days, with headline numbers against the period before;
// WeChat's statistics fetched in the background (progress, Cancel).
class AnalyticsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AnalyticsPage(const ConsoleContext &context, QWidget *parent = nullptr);

    // Reads the apps and what is held again, and shows it.
    void reload();
    // Fetches the chosen apps' statistics for the shown range (F5).
    void fetch();
    void setRange(const QDate &from, const QDate &to);
    const AnalyticsOverview &overview() const { return m_overview; }
    DayChart *followersChart() const { return m_followersChart; }
    DayChart *visitorsChart() const { return m_visitorsChart; }
    DayChart *audienceChart() const { return m_audienceChart; }
    MiniProgramPanel *miniProgramPanel() const { return m_mpPanel; }
    FunnelPanel *funnelPanel() const { return m_funnel; }
    SegmentTrendPanel *segmentTrendPanel() const { return m_segmentTrend; }
    enum Tab
    {
        OverviewTab,
        MiniProgramTab,
        FunnelTab,
        SegmentTab
    };
    void showTab(Tab tab);
    QString cardText(int index) const;
    bool isFetching() const;
    // Whether the numbers of the chosen apps and range are being read (in the background).
    bool isReadingNumbers() const { return m_reading != nullptr; }

signals:
    // A fetch ended and the page shows what it brought.
    void fetchFinished(bool ok);
    // The numbers of the chosen apps and range were read and shown, or could not be read.
    void overviewShown(bool ok);

private:
    // The fetch writes WeChat's statistics: an admin's work (shown disabled to the rest).
    void enableFetch();
    void buildLayout();
    void readApps();
    // Reads the numbers in the background (the audience count walks every account) and shows
    // them when they arrive; `overview` false re-reads only the Mini Program tab's details.
    void readNumbers(bool overview = true);
    void showOverview();
    void rangeChosen(int index);
    QWidget *chartBox(DayChart *chart, const QString &name);
    QString rangeStem() const; // "2026-11-01-2026-11-30", for file names
    std::optional<AppConfig> chosen(QComboBox *box) const;

    ConsoleContext m_context; // a copy: the one given may be a temporary
    QList<AppConfig> m_apps;
    bool m_preparingFetch = false; // reading the AppSecrets before the job starts
    AnalyticsOverview m_overview;
    BackgroundJob *m_reading = nullptr;
    enum class ReadAgain
    {
        No,
        Details,
        All
    } m_readAgain = ReadAgain::No; // what changed while a read was running
    std::optional<bool> m_fetched; // a fetch's outcome, told once its numbers are shown
    QLabel *m_readingLabel = nullptr;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QComboBox *m_oaBox;
    QComboBox *m_mpBox;
    QComboBox *m_rangeBox;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QPushButton *m_fetchButton;
    JobBar *m_jobs;
    MessageBanner *m_message;
    QList<QLabel *> m_cards;
    QLabel *m_unpublished;
    DayChart *m_followersChart;
    DayChart *m_visitorsChart;
    DayChart *m_audienceChart;
    QTabWidget *m_tabs;
    MiniProgramPanel *m_mpPanel;
    FunnelPanel *m_funnel;
    SegmentTrendPanel *m_segmentTrend;
};
