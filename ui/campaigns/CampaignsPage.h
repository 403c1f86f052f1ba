#pragma once

#include "ConsoleContext.h"
#include "messaging/CampaignStore.h"
#include "service/ServiceHeartbeats.h"

#include <functional>
#include <memory>
#include <QThread>
#include <QTimer>
#include <QWidget>

class BackgroundJob;
struct CampaignSnapshot;
class MemorySecrets;
class QChartView;
class MessageBanner;
class ComposerDialog;
class PhonePreview;
class CampaignOutcomePanel;
class QLabel;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Campaigns: the list on the left; on the right the selected campaign's counters, progress,
// rate and time left while it sends, a chart of sends over time, and the report by state,
// reason and errcode (exportable to CSV). New campaigns come from the ComposerDialog; a start
// is confirmed with the number of people who will receive what. Sending runs off the GUI
// thread and can be paused or cancelled at any time.
class CampaignsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignsPage(const ConsoleContext &context, QWidget *parent = nullptr);
    ~CampaignsPage() override;

    QTableWidget *list() const { return m_list; }
    QTableWidget *report() const { return m_report; }
    QString countersText() const;
    QString messageText() const;
    bool isSending() const { return m_job != nullptr; }
    qint64 selectedId() const;
    int plottedPoints() const;

public slots:
    void reload();
    void newCampaign();
    // The account's template library (add by short ID, delete).
    void manageTemplates();
    // Opens the selected draft in the composer; saving replaces its definition.
    void editSelected();
    void startSelected();
    void sendSelected();
    void pauseSelected();
    void cancelSelected();
    void resendUnknown();
    // A team member other than its author approves or rejects the selected draft, with a
    // comment, after seeing its audience (docs/team.md).
    void approveSelected();
    void rejectSelected();
    void exportReport();
    void exportReportTo(const QString &path);
    void select(qint64 id);
    CampaignOutcomePanel *outcomePanel() const { return m_outcome; }

signals:
    // The template library dialog closed (or could not open).
    void templatesClosed();
    void sendingFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // "template message \"TPL_…\"", "mass message \"Our December news\"": what a campaign sends.
    static QString messageSummary(const CampaignDefinition &definition);
    void buildList(QWidget *parent);
    void buildDetail(QWidget *parent);
    void showDetail();
    // While sending: the same, read off the GUI thread, shown when it is ready.
    void refreshDetailInBackground();
    void render(const CampaignSnapshot &snapshot);
    void showChart(const CampaignSnapshot &snapshot);
    void showMessage(const QString &text, bool ok);
    // After a create or an edit: records the composer's test send, selects the campaign and
    // says `done` (or that the test was not recorded).
    void showSaved(qint64 id, const ComposerDialog &composer, const QString &done);
    void updateButtons();
    void decideSelected(CampaignApprovals::Decision decision);
    // The line about the draft's approval; whether the approval lets it start.
    bool showApproval(const CampaignStore::Campaign &campaign);
    // Who sends a running campaign: the service seen last, or a warning that none was seen.
    void showSender(const CampaignStore::Campaign &campaign,
                    const std::optional<ServiceHeartbeats::Beat> &newestService);
    // The service seen last, and the one seen within the last minute (it sends what runs).
    std::optional<ServiceHeartbeats::Beat> newestService() const;
    std::optional<ServiceHeartbeats::Beat> liveService() const;
    // The message as its people read it (the segment's first person), for any campaign.
    void showContent(const CampaignStore::Campaign &campaign);
    void startSending(qint64 id, const std::shared_ptr<MemorySecrets> &secrets);
    CampaignStore store() const;

    ConsoleContext m_context;
    QTableWidget *m_list;
    QLabel *m_title;
    QLabel *m_counters;
    QProgressBar *m_progress;
    QLabel *m_pace;
    QLabel *m_reason;
    QTableWidget *m_report;
    QChartView *m_chartView;
    QLineSeries *m_sends;
    MessageBanner *m_message;
    PhonePreview *m_preview;
    CampaignOutcomePanel *m_outcome = nullptr;
    qint64 m_previewed = -1; // the campaign the preview shows (it does not change while sending)
    QPushButton *m_edit;
    QPushButton *m_start;
    QPushButton *m_send;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_resend;
    QPushButton *m_export;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLabel *m_approval;
    QLabel *m_sender;
    QPushButton *m_create = nullptr;
    QPushButton *m_templates = nullptr;
    BackgroundJob *m_job = nullptr;
    QTimer m_liveRefresh;
    QThread m_detailThread;
    QObject m_detailLoader; // lives in m_detailThread
    bool m_detailLoading = false;
    // What a draft's approval needs, read on the detail thread (on a team database it counts
    // the audience, which at a million people takes a while): the last read, for the campaign
    // and version it was read for.
    struct ApprovalRead
    {
        qint64 campaignId = 0;
        int revision = 0;
        Status status = Status::ok();
        CampaignApprovals::Need need = CampaignApprovals::Need::None;
        CampaignApprovals::Entry newest;
    };
    void readApprovalInBackground(const CampaignStore::Campaign &campaign);
    std::optional<ApprovalRead> m_approvalRead;
    qint64 m_approvalReading = 0; // the campaign being read, 0 for none
};
