#include "CampaignsPage.h"

#include "AccountChoice.h"
#include "AppSession.h"
#include "CampaignOutcomePanel.h"
#include "campaigns/TemplatesDialog.h"

#include "BackgroundJob.h"
#include "CampaignJobs.h"
#include "campaigns/PhonePreview.h"
#include "ComposerDialog.h"
#include "credentials/MemorySecrets.h"
#include "credentials/SecretStore.h"
#include "DeliveryText.h"
#include "DialogRunner.h"
#include "MessageBanner.h"
#include "MessageTone.h"
#include "messaging/CampaignAudience.h"
#include "messaging/CampaignReport.h"
#include "messaging/CampaignRun.h"
#include "messaging/CampaignSnapshot.h"
#include "messaging/DeliveryRepository.h"
#include "RoleGate.h"
#include "service/ServiceHeartbeats.h"
#include "storage/AppRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "users/PlainItem.h"
#include "users/ReasonDialog.h"
#include "util/Clock.h"
#include "WorkerSecrets.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QValueAxis>
#include <QVBoxLayout>

CampaignsPage::CampaignsPage(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *right = new QWidget(splitter);
    buildList(left);
    buildDetail(right);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({440, 760}); // the list's names readable from the first look
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &CampaignsPage::newCampaign);
    m_liveRefresh.setInterval(1000);
    // While sending, only the selected campaign's detail follows (the list, which counts every
    // campaign, is reloaded when the run ends).
    connect(&m_liveRefresh, &QTimer::timeout, this, &CampaignsPage::refreshDetailInBackground);
    // The live refresh reads on a thread (and database connection) of its own: at a million
    // deliveries its GROUP BYs take a good part of a second.
    m_detailLoader.moveToThread(&m_detailThread);
    m_detailThread.start();
    reload();
}

CampaignsPage::~CampaignsPage()
{
    m_detailThread.quit();
    m_detailThread.wait(); // a load in progress ends first; what it posts back is dropped
}

CampaignStore CampaignsPage::store() const
{
    return CampaignStore(m_context.database.connections().connection(), Clock::system());
}

void CampaignsPage::buildList(QWidget *parent)
{
    m_list = new QTableWidget(parent);
    m_list->setObjectName(QStringLiteral("campaignList"));
    m_list->setColumnCount(5);
    m_list->setHorizontalHeaderLabels({tr("ID"), tr("Name"), tr("State"), tr("Sent"), tr("Total")});
    m_list->verticalHeader()->hide();
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The name takes the room; the other columns are as wide as their header and numbers.
    for (int column : {0, 2, 3, 4})
        m_list->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setMinimumWidth(240);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        showDetail();
        updateButtons();
    });
    auto *create = m_create = new QPushButton(tr("&New campaign…"), parent);
    create->setObjectName(QStringLiteral("newCampaign"));
    connect(create, &QPushButton::clicked, this, &CampaignsPage::newCampaign);
    auto *templates = m_templates = new QPushButton(tr("Message &templates…"), parent);
    templates->setObjectName(QStringLiteral("templates"));
    connect(templates, &QPushButton::clicked, this, &CampaignsPage::manageTemplates);
    auto *layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Campaigns"), parent));
    layout->addWidget(m_list, 1);
    layout->addWidget(create);
    layout->addWidget(templates);
}

void CampaignsPage::buildDetail(QWidget *parent)
{
    m_title = new QLabel(parent);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_counters = new QLabel(parent);
    m_counters->setObjectName(QStringLiteral("counters"));
    m_progress = new QProgressBar(parent);
    m_pace = new QLabel(parent);
    m_reason = new QLabel(parent);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    setTone(m_reason, Tone::Warning);
    m_message = new MessageBanner(parent);

    auto makeButton = [parent, this](const QString &text, const char *name, auto slot) {
        auto *button = new QPushButton(text, parent);
        button->setObjectName(QLatin1String(name));
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    m_edit = makeButton(tr("E&dit…"), "editCampaign", &CampaignsPage::editSelected);
    m_start = makeButton(tr("&Start…"), "start", &CampaignsPage::startSelected);
    m_send = makeButton(tr("S&end"), "send", &CampaignsPage::sendSelected);
    m_pause = makeButton(tr("&Pause"), "pause", &CampaignsPage::pauseSelected);
    m_cancel = makeButton(tr("Cancel campaign…"), "cancelCampaign", &CampaignsPage::cancelSelected);
    m_resend = makeButton(tr("&Re-send unknown…"), "resendUnknown", &CampaignsPage::resendUnknown);
    m_export = makeButton(tr("E&xport report…"), "exportReport", &CampaignsPage::exportReport);
    m_approve = makeButton(tr("Appro&ve…"), "approve", &CampaignsPage::approveSelected);
    m_reject = makeButton(tr("Re&ject…"), "reject", &CampaignsPage::rejectSelected);
    // Approvals exist where there is a team; a single desk has nobody else to ask.
    const bool team = m_context.access.mode() == TeamAccess::Mode::Team;
    m_approve->setVisible(team);
    m_reject->setVisible(team);
    m_approval = new QLabel(parent);
    m_approval->setObjectName(QStringLiteral("approval"));
    m_approval->setTextFormat(Qt::PlainText);
    m_approval->setWordWrap(true);
    m_sender = new QLabel(parent);
    m_sender->setObjectName(QStringLiteral("sender"));
    m_sender->setTextFormat(Qt::PlainText);
    m_sender->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b :
         {m_edit, m_start, m_approve, m_reject, m_send, m_pause, m_cancel, m_resend, m_export})
        buttons->addWidget(b);
    buttons->addStretch();

    m_report = new QTableWidget(parent);
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setColumnCount(4);
    m_report->setHorizontalHeaderLabels({tr("State"), tr("Reason"), tr("Errcode"), tr("People")});
    m_report->verticalHeader()->hide();
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->horizontalHeader()->setStretchLastSection(true);

    auto *chart = new QChart;
    chart->legend()->hide();
    m_sends = new QLineSeries(chart);
    m_sends->setPointsVisible(true); // a short campaign fills one bucket: a point, not a line
    chart->addSeries(m_sends);
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("HH:mm:ss"));
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    m_sends->attachAxis(x);
    m_sends->attachAxis(y);
    m_chartView = new QChartView(chart, parent);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);

    auto *layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_approval);
    layout->addWidget(m_sender);
    layout->addWidget(m_counters);
    layout->addWidget(m_progress);
    layout->addWidget(m_pace);
    layout->addWidget(m_reason);
    m_preview = new PhonePreview(parent);
    auto *numbers = new QVBoxLayout;
    numbers->addWidget(m_chartView, 1);
    numbers->addWidget(m_report, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(numbers, 3);
    columns->addWidget(m_preview, 2);
    layout->addLayout(columns, 1);
    m_outcome = new CampaignOutcomePanel(m_context, parent);
    m_outcome->setObjectName(QStringLiteral("outcomePanel"));
    layout->addWidget(m_outcome);
    layout->addWidget(m_message);
    updateButtons();
}

void CampaignsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_outcome->reloadEventNames(); // an import may have brought new ones
    reload();
}

void CampaignsPage::reload()
{
    const qint64 selected = selectedId();
    QList<CampaignStore::Campaign> campaigns;
    CampaignStore campaignStore = store();
    if (const Status status = campaignStore.list(&campaigns); !status.isOk())
        return showMessage(status.message(), false);
    const QSignalBlocker blocker(m_list);
    m_list->setRowCount(0);
    const QLocale locale;
    for (const CampaignStore::Campaign &c : std::as_const(campaigns)) {
        CampaignStore::Counts counts;
        if (const Status counted = campaignStore.counts(c.id, &counts); !counted.isOk())
            return showMessage(counted.message(), false);
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        auto *id = plainItem(QString::number(c.id));
        id->setData(Qt::UserRole, c.id);
        m_list->setItem(row, 0, id);
        m_list->setItem(row, 1, plainItem(c.definition.name));
        m_list->setItem(row, 2, plainItem(DeliveryText::campaignState(c.state)));
        m_list->setItem(row, 3, plainItem(locale.toString(counts.count(DeliveryState::Sent))));
        m_list->setItem(row, 4, plainItem(locale.toString(counts.total())));
        if (c.id == selected)
            m_list->selectRow(row);
    }
    if (!selected && m_list->rowCount() > 0)
        m_list->selectRow(0);
    showDetail();
    updateButtons();
}

qint64 CampaignsPage::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? 0
                           : m_list->item(items.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

void CampaignsPage::select(qint64 id)
{
    for (int row = 0; row < m_list->rowCount(); ++row)
        if (m_list->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
            m_list->selectRow(row);
}

void CampaignsPage::showDetail()
{
    CampaignSnapshot snapshot;
    const qint64 id = selectedId();
    if (!id || !CampaignSnapshot::load(m_context.database.connections().connection(),
                                       Clock::system(), id, &snapshot)
                    .isOk()) {
        m_title->setText(tr("No campaign selected"));
        m_counters->clear();
        m_reason->clear();
        m_report->setRowCount(0);
        m_sends->clear();
        m_chartView->hide();
        return;
    }
    render(snapshot);
}

void CampaignsPage::refreshDetailInBackground()
{
    const qint64 id = selectedId();
    if (!id || m_detailLoading)
        return; // the last load is still running: skip a beat rather than queue up
    m_detailLoading = true;
    Database *database = &m_context.database;
    QMetaObject::invokeMethod(
        &m_detailLoader,
        [this, id, database] {
            CampaignSnapshot snapshot;
            const Status loaded = CampaignSnapshot::load(database->connections().connection(),
                                                         Clock::system(), id, &snapshot);
            QMetaObject::invokeMethod(
                this,
                [this, id, loaded, snapshot] {
                    m_detailLoading = false;
                    if (loaded.isOk() && id == selectedId())
                        render(snapshot);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CampaignsPage::showContent(const CampaignStore::Campaign &campaign)
{
    if (campaign.id == m_previewed)
        return;
    m_previewed = campaign.id;
    const CampaignDefinition &d = campaign.definition;
    const StatusOr<MessageRenderer::Recipient> sample =
        CampaignAudience(m_context.database.connections().connection(), Clock::system())
            .sample(d.appid, d.segment, 0);
    const std::optional<AppConfig> app =
        AppRepository(m_context.database.connections().connection()).find(d.appid);
    m_preview->setSender(app ? app->name : d.appid);
    m_preview->show(d, MessageTemplate{}, sample.value());
}

void CampaignsPage::render(const CampaignSnapshot &snapshot)
{
    const CampaignStore::Campaign &campaign = snapshot.campaign;
    showContent(campaign);
    const CampaignStore::Counts &counts = snapshot.counts;
    const QLocale locale;
    m_title->setText(tr("%1 · %2 · segment \"%3\" · %4")
                         .arg(campaign.definition.name, DeliveryText::campaignState(campaign.state),
                              campaign.definition.segment, messageSummary(campaign.definition)));
    QStringList parts;
    for (DeliveryState state : {DeliveryState::Sent, DeliveryState::Pending, DeliveryState::Failed,
                                DeliveryState::Skipped, DeliveryState::Unknown})
        parts << QStringLiteral("%1 %2").arg(DeliveryText::state(state),
                                             locale.toString(counts.count(state)));
    m_counters->setText(parts.join(QStringLiteral(" · ")));
    const qint64 total = counts.total();
    const qint64 done =
        total - counts.count(DeliveryState::Pending) - counts.count(DeliveryState::Sending);
    m_progress->setRange(0, int(qMax<qint64>(1, total)));
    m_progress->setValue(int(done));
    m_reason->setText(
        campaign.resumeAt
            ? tr("%1\nIt goes on by itself at %2 (Beijing time) while Send is running.")
                  .arg(campaign.pausedReason,
                       QDateTime::fromMSecsSinceEpoch(campaign.resumeAt,
                                                      QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
                           .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            : campaign.pausedReason);

    // The pace: messages over the time from the first to the last send so far.
    showChart(snapshot);
    const qint64 sent = counts.count(DeliveryState::Sent);
    const qint64 first = snapshot.firstSent;
    const qint64 last = snapshot.lastSent;
    if (sent > 1 && last > first) {
        const double rate = (sent - 1) * 1000.0 / double(last - first);
        const qint64 left = counts.count(DeliveryState::Pending);
        m_pace->setText(left > 0 ? tr("%1 a second · about %n minute(s) left", nullptr,
                                      int(left / rate / 60) + 1)
                                       .arg(locale.toString(rate, 'f', 1))
                                 : tr("%1 a second").arg(locale.toString(rate, 'f', 1)));
    } else {
        m_pace->clear();
    }

    m_report->setRowCount(0);
    for (const CampaignStore::ReportRow &r : std::as_const(counts.rows)) {
        const int row = m_report->rowCount();
        m_report->insertRow(row);
        m_report->setItem(row, 0, plainItem(DeliveryText::state(r.state)));
        m_report->setItem(
            row, 1, plainItem(r.reason.isEmpty() ? QString() : DeliveryText::reason(r.reason)));
        m_report->setItem(row, 2, plainItem(r.errcode ? QString::number(r.errcode) : QString()));
        m_report->setItem(row, 3, plainItem(locale.toString(r.deliveries)));
    }
    const qint64 noAccount = counts.byReason.value(QStringLiteral("no_account"));
    if (noAccount > 0) {
        const int row = m_report->rowCount();
        m_report->insertRow(row);
        m_report->setItem(row, 0, plainItem(tr("left out")));
        m_report->setItem(row, 1, plainItem(DeliveryText::reason(QStringLiteral("no_account"))));
        m_report->setItem(row, 3, plainItem(locale.toString(noAccount)));
    }
}

void CampaignsPage::showChart(const CampaignSnapshot &snapshot)
{
    m_sends->clear();
    const QList<QPair<qint64, qint64>> &points = snapshot.sendsOverTime;
    m_chartView->setVisible(!points.isEmpty());
    if (points.isEmpty())
        return;
    qint64 most = 1;
    for (const auto &[at, sent] : points) {
        m_sends->append(double(at), double(sent));
        most = qMax(most, sent);
    }
    const qint64 bucket = snapshot.bucketMsecs;
    QChart *chart = m_chartView->chart();
    chart->setTitle(tr("Messages sent per %n second(s)", nullptr, int(bucket / 1000)));
    const auto axes = chart->axes();
    axes.at(0)->setRange(QDateTime::fromMSecsSinceEpoch(points.first().first),
                         QDateTime::fromMSecsSinceEpoch(points.last().first + bucket));
    axes.at(1)->setRange(0, double(most));
}

void CampaignsPage::readApprovalInBackground(const CampaignStore::Campaign &campaign)
{
    if (m_approvalReading == campaign.id)
        return; // already on its way
    m_approvalReading = campaign.id;
    Database *database = &m_context.database;
    QMetaObject::invokeMethod(
        &m_detailLoader,
        [this, campaign, database] {
            ApprovalRead read;
            read.campaignId = campaign.id;
            read.revision = campaign.revision;
            const StatusOr<CampaignApprovals::Need> need =
                CampaignStore(database->connections().connection(), Clock::system())
                    .approvalNeed(campaign, &read.newest);
            read.status = need.status();
            read.need = need.valueOr(CampaignApprovals::Need::None);
            QMetaObject::invokeMethod(
                this,
                [this, read] {
                    m_approvalReading = 0;
                    m_approvalRead = read;
                    if (read.campaignId == selectedId())
                        updateButtons();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

bool CampaignsPage::showApproval(const CampaignStore::Campaign &c)
{
    // Without a team nobody else is asked: nothing to read.
    if (m_context.access.mode() != TeamAccess::Mode::Team) {
        m_approval->hide();
        return true;
    }
    if (!m_approvalRead || m_approvalRead->campaignId != c.id ||
        m_approvalRead->revision != c.revision) {
        readApprovalInBackground(c);
        m_approval->show();
        m_approval->setText(tr("Checking whether this version needs another member's approval…"));
        return false; // until it is known
    }
    const ApprovalRead &read = *m_approvalRead;
    const CampaignApprovals::Entry &newest = read.newest;
    m_approval->setVisible(!read.status.isOk() || read.need != CampaignApprovals::Need::None);
    if (!read.status.isOk()) {
        m_approval->setText(read.status.message());
        return true; // the database decides at the start
    }
    switch (read.need) {
    case CampaignApprovals::Need::None:
        m_approval->clear();
        return true;
    case CampaignApprovals::Need::Waiting:
        m_approval->setText(tr("Waiting for approval: a mass send, or one to more recipients "
                               "than the team's threshold, starts only once another member (an "
                               "admin or approver) approves this version."));
        return false;
    case CampaignApprovals::Need::Approved:
        m_approval->setText(tr("Approved by %1 on %2: %3")
                                .arg(newest.actor,
                                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(newest.at),
                                                        QLocale::ShortFormat),
                                     newest.comment));
        return true;
    case CampaignApprovals::Need::Rejected:
        m_approval->setText(tr("Rejected by %1: %2. Edit the campaign, then ask again.")
                                .arg(newest.actor, newest.comment));
        return false;
    }
    return true;
}

std::optional<ServiceHeartbeats::Beat> CampaignsPage::newestService() const
{
    const auto newest = ServiceHeartbeats(m_context.database.connections().connection()).newest();
    return newest.isOk() ? newest.value() : std::nullopt;
}

std::optional<ServiceHeartbeats::Beat> CampaignsPage::liveService() const
{
    const std::optional<ServiceHeartbeats::Beat> beat = newestService();
    if (beat && beat->aliveAt(QDateTime::currentMSecsSinceEpoch()))
        return beat;
    return std::nullopt;
}

void CampaignsPage::showSender(const CampaignStore::Campaign &c,
                               const std::optional<ServiceHeartbeats::Beat> &beat)
{
    const bool waitsForASender =
        c.state == CampaignState::Running || (c.state == CampaignState::Paused && c.resumeAt);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 silentFor = beat ? now - beat->seenAt : 0;
    const bool team = m_context.access.mode() == TeamAccess::Mode::Team;
    if (!waitsForASender || m_job || (!beat && !team)) {
        m_sender->hide(); // this console sends, or a single desk that never ran a service
        return;
    }
    m_sender->show();
    if (beat && beat->aliveAt(now)) {
        setTone(m_sender, Tone::Plain);
        m_sender->setText(tr("Sent by the service on %1 (as %2), last seen %n second(s) ago.",
                             nullptr, int(silentFor / 1000))
                              .arg(beat->host, beat->login));
        return;
    }
    setTone(m_sender, Tone::Warning);
    m_sender->setText(tr("No service has been seen for a minute: this campaign waits until one "
                         "runs (wxops service, docs/team.md), or until someone whose keychain "
                         "holds the app's secret presses Send."));
}

void CampaignsPage::updateButtons()
{
    CampaignStore::Campaign c;
    const bool has = selectedId() && store().load(selectedId(), &c).isOk();
    const bool sending = m_job != nullptr;
    const bool draft = has && c.state == CampaignState::Draft;
    const bool mayStart = draft ? showApproval(c) : (m_approval->hide(), true);
    // One read of the heartbeats serves the sender line and Send.
    const std::optional<ServiceHeartbeats::Beat> beat =
        has ? newestService() : std::optional<ServiceHeartbeats::Beat>();
    if (has)
        showSender(c, beat);
    else
        m_sender->hide();
    const RoleGate gate(m_context.access);
    using Work = TeamAccess::Work;
    gate.setEnabled(m_create, Work::SendCampaigns, true,
                    tr("Compose a template message for a segment (Ctrl+N)"));
    gate.setEnabled(m_templates, Work::SendCampaigns, true,
                    tr("The Official Account's template message templates: add from WeChat's "
                       "industry library, delete"));
    gate.setEnabled(m_start, Work::SendCampaigns, draft && mayStart,
                    draft && !mayStart ? tr("Waits for another member's approval") : QString());
    // A running campaign that a live service sends needs no second sender (nor the secret
    // here); a paused one may still be resumed from this desk.
    const bool serviceSends = has && c.state == CampaignState::Running && !sending && beat &&
                              beat->aliveAt(QDateTime::currentMSecsSinceEpoch());
    const auto service = serviceSends ? beat : std::nullopt;
    gate.setEnabled(m_send, Work::SendCampaigns,
                    has && !sending && !service &&
                        (c.state == CampaignState::Running || c.state == CampaignState::Paused ||
                         c.state == CampaignState::Stopped),
                    service ? tr("The service on %1 is sending this campaign.").arg(service->host)
                            : QString());
    m_send->setText(has && c.state != CampaignState::Running ? tr("R&esume") : tr("S&end"));
    // A campaign waiting for the quota's reset can be paused too: then it waits for staff.
    gate.setEnabled(m_pause, Work::SendCampaigns,
                    has && (c.state == CampaignState::Running ||
                            (c.state == CampaignState::Paused && c.resumeAt)));
    gate.setEnabled(m_cancel, Work::SendCampaigns, has && !States::isFinal(c.state));
    gate.setEnabled(m_edit, Work::SendCampaigns, draft,
                    tr("Change the draft's message, audience or pace"));
    // The author cannot approve their own campaign (PostgreSQL refuses it too).
    const bool someoneElses = has && c.createdBy != m_context.access.login();
    const QString ownTip = has && !someoneElses ? tr("You wrote this campaign: another member "
                                                     "approves it.")
                                                : QString();
    gate.setEnabled(m_approve, Work::ApproveCampaigns, draft && someoneElses && !mayStart, ownTip);
    gate.setEnabled(m_reject, Work::ApproveCampaigns, draft && someoneElses, ownTip);
    const qint64 unknown = DeliveryRepository(m_context.database.connections().connection())
                               .countIn(c.id, {DeliveryState::Unknown})
                               .valueOr(0);
    gate.setEnabled(m_resend, Work::SendCampaigns, has && !sending && unknown > 0);
    m_export->setEnabled(has && c.state != CampaignState::Draft);
    if (m_outcome)
        m_outcome->setCampaign(has ? c.id : 0, has && c.state != CampaignState::Draft);
}

void CampaignsPage::approveSelected()
{
    decideSelected(CampaignApprovals::Decision::Approved);
}

void CampaignsPage::rejectSelected()
{
    decideSelected(CampaignApprovals::Decision::Rejected);
}

void CampaignsPage::decideSelected(CampaignApprovals::Decision decision)
{
    const qint64 id = selectedId();
    CampaignStore::Campaign c;
    if (!id || !store().load(id, &c).isOk())
        return;
    CampaignStore::Counts audience;
    if (const Status counted = store().audience(c.definition, &audience); !counted.isOk())
        return showMessage(counted.message(), false);
    const auto tested = store().testSendOfThisVersion(id);
    if (!tested.isOk())
        return showMessage(tested.status().message(), false);
    const QLocale locale;
    const std::optional<CampaignStore::TestSend> &test = tested.value();
    const QString testLine =
        test ? tr("sent by %1 on %2 to %3")
                   .arg(test->actor,
                        locale.toString(QDateTime::fromMSecsSinceEpoch(test->at),
                                        QLocale::ShortFormat),
                        test->openid)
             : tr("none of this version yet");
    const bool approve = decision == CampaignApprovals::Decision::Approved;
    ReasonDialog dialog(
        approve ? tr("Approve campaign %1").arg(id) : tr("Reject campaign %1").arg(id),
        tr("%1 by %2, version %3: the %4 to %5 people. Left out by the rules: %6. Test send: %7. "
           "The preview beside shows the message as its first recipient reads it. Your comment "
           "is kept with the decision and shown to the author.")
            .arg(c.definition.name, c.createdBy)
            .arg(c.revision)
            .arg(messageSummary(c.definition),
                 locale.toString(audience.count(DeliveryState::Pending)),
                 DeliveryText::leftOut(audience.byReason), testLine),
        false, this);
    dialog.setObjectName(QStringLiteral("decisionDialog"));
    if (m_context.dialogs.exec(dialog) != QDialog::Accepted)
        return;
    const Status decided =
        store().decide(id, c.revision, decision, dialog.reason(), AuditLog::currentActor());
    m_approvalRead.reset(); // the decision is read again
    reload();
    select(id);
    if (!decided.isOk())
        return showMessage(decided.message(), false);
    showMessage(approve ? tr("Approved: the author can start it now.")
                        : tr("Rejected: the author sees your comment."),
                true);
}

void CampaignsPage::showMessage(const QString &text, bool ok)
{
    m_message->sayOutcome(text, ok);
}

QString CampaignsPage::countersText() const
{
    return m_counters->text();
}

QString CampaignsPage::messageText() const
{
    return m_message->text();
}

int CampaignsPage::plottedPoints() const
{
    return int(m_sends->count());
}

QString CampaignsPage::messageSummary(const CampaignDefinition &d)
{
    QString what = !d.templateId.isEmpty()      ? d.templateId
                   : !d.cardTitle.isEmpty()     ? d.cardTitle
                   : !d.mpnewsMediaId.isEmpty() ? d.mpnewsMediaId
                                                : d.text.simplified();
    if (what.size() > 40)
        what = what.left(39) + QChar(0x2026);
    return tr("%1 \"%2\"").arg(DeliveryText::channel(d.channel), what);
}

void CampaignsPage::showSaved(qint64 id, const ComposerDialog &composer, const QString &done)
{
    // The composer's test send counts for the message as saved.
    const Status recorded =
        composer.testedOpenid().isEmpty()
            ? Status::ok()
            : store().recordPreview(id, composer.testedOpenid(), AuditLog::currentActor());
    m_previewed = -1; // the message may have changed
    reload();
    select(id);
    if (!recorded.isOk())
        return showMessage(tr("Campaign %1 was saved, but its test send was not recorded (%2): "
                              "send a test again before starting it.")
                               .arg(id)
                               .arg(recorded.message()),
                           false);
    showMessage(done, true);
}

void CampaignsPage::manageTemplates()
{
    QString problem;
    const std::optional<AppConfig> app = chooseOfficialAccount(m_context, this, &problem);
    if (!app) {
        if (!problem.isEmpty())
            showMessage(problem, false);
        return;
    }
    AppSession::open(
        m_context, *app, this,
        [this](const std::shared_ptr<AppSession> &session) {
            TemplatesDialog dialog(session, m_context.database.connections().connection(),
                                   m_context.dialogs, this);
            m_context.dialogs.exec(dialog);
            emit templatesClosed();
        },
        [this, app](const QString &message) {
            showMessage(tr("Cannot reach %1: %2").arg(app->name, message), false);
            emit templatesClosed();
        });
}

void CampaignsPage::newCampaign()
{
    ComposerDialog composer(m_context.database.connections().connection(), m_context.secrets,
                            m_context.dialogs, this);
    if (m_context.dialogs.exec(composer) != QDialog::Accepted)
        return;
    const CampaignDefinition definition = composer.definition();
    qint64 id = 0;
    const Status created = store().create(definition, AuditLog::currentActor(), &id);
    if (!created.isOk())
        return m_context.dialogs.showError(this, tr("Cannot create the campaign"),
                                           created.message());
    showSaved(id, composer,
              tr("Campaign \"%1\" is a draft: Start it when it is ready.").arg(definition.name));
}

void CampaignsPage::editSelected()
{
    const qint64 id = selectedId();
    CampaignStore::Campaign campaign;
    if (!id || !store().load(id, &campaign).isOk() || campaign.state != CampaignState::Draft)
        return;
    ComposerDialog composer(m_context.database.connections().connection(), m_context.secrets,
                            m_context.dialogs, this);
    composer.setDefinition(campaign.definition);
    if (m_context.dialogs.exec(composer) != QDialog::Accepted)
        return;
    const Status edited = store().edit(id, composer.definition(), AuditLog::currentActor());
    if (!edited.isOk())
        return m_context.dialogs.showError(this, tr("Cannot save the campaign"), edited.message());
    showSaved(id, composer, tr("Campaign \"%1\" saved.").arg(composer.definition().name));
}

void CampaignsPage::startSelected()
{
    const qint64 id = selectedId();
    CampaignStore::Campaign c;
    if (!id || !store().load(id, &c).isOk())
        return;
    CampaignStore::Counts audience;
    if (const Status counted = store().audience(c.definition, &audience); !counted.isOk())
        return showMessage(tr("The audience cannot be counted, so the campaign was not started: "
                              "%1")
                               .arg(counted.message()),
                           false);
    const QLocale locale;
    if (!m_context.dialogs.confirm(
            this, tr("Start campaign"),
            tr("%1 people will receive the %2 from %3, at most %4 a second. %5 are left out "
               "(see the composer's audience for why). Sent messages cannot be taken back. "
               "Start?")
                .arg(locale.toString(audience.count(DeliveryState::Pending)),
                     messageSummary(c.definition), c.definition.appid,
                     locale.toString(c.definition.ratePerSecond),
                     locale.toString(audience.leftOut()))))
        return;
    CampaignStore::Counts counts;
    const Status started = store().start(id, AuditLog::currentActor(), &counts);
    if (!started.isOk())
        return showMessage(started.message(), false);
    reload();
    // With a service alive the console's part is done: the start woke it (LISTEN/NOTIFY).
    if (const auto service = liveService())
        return showMessage(
            tr("Started: the service on %1 sends the %2 messages; nothing more "
               "to do here.")
                .arg(service->host, locale.toString(counts.count(DeliveryState::Pending))),
            true);
    showMessage(tr("Started: %1 messages to send. Press Send.")
                    .arg(locale.toString(counts.count(DeliveryState::Pending))),
                true);
}

void CampaignsPage::sendSelected()
{
    const qint64 id = selectedId();
    CampaignStore::Campaign c;
    if (!id || m_job || !store().load(id, &c).isOk())
        return;
    // A campaign paused for the daily quota is taken up as it is: the run waits for the reset.
    const bool waitsForReset = c.state == CampaignState::Paused && c.resumeAt;
    if (c.state != CampaignState::Running && !waitsForReset) {
        if (const Status resumed = store().resume(id, AuditLog::currentActor()); !resumed.isOk())
            return showMessage(resumed.message(), false);
    }
    m_send->setEnabled(false);
    readSecretsForWorker(
        m_context.secrets, {c.definition.appid}, this,
        [this, id](const std::shared_ptr<MemorySecrets> &secrets) { startSending(id, secrets); },
        [this](const QString &, const QString &message) {
            updateButtons();
            showMessage(message, false);
        });
}

void CampaignsPage::startSending(qint64 id, const std::shared_ptr<MemorySecrets> &secrets)
{
    m_job = new BackgroundJob(CampaignJobs::send(m_context.database, secrets, id), this);
    connect(m_job, &BackgroundJob::finished, this, [this](bool ok, const QString &message) {
        m_liveRefresh.stop();
        m_job->deleteLater();
        m_job = nullptr;
        reload();
        showMessage(message, ok);
        emit sendingFinished();
    });
    connect(m_job, &BackgroundJob::progressed, this,
            [this](int, const QString &text) { showMessage(text, true); });
    showMessage(tr("Sending…"), true);
    m_liveRefresh.start();
    m_job->start();
    updateButtons();
}

void CampaignsPage::pauseSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    // A runner (here or in another console) sees the state within half a second and stops
    // taking rows; what is on the wire finishes.
    if (const Status paused = store().pause(id, AuditLog::currentActor()); !paused.isOk())
        return showMessage(paused.message(), false);
    reload();
}

void CampaignsPage::cancelSelected()
{
    const qint64 id = selectedId();
    if (!id || !m_context.dialogs.confirm(this, tr("Cancel campaign"),
                                          tr("Nobody else will receive this campaign; what was "
                                             "sent stays sent. Cancel it?")))
        return;
    if (const Status cancelled = store().cancel(id, AuditLog::currentActor()); !cancelled.isOk())
        return showMessage(cancelled.message(), false);
    reload();
}

void CampaignsPage::resendUnknown()
{
    const qint64 id = selectedId();
    CampaignStore::Counts counts;
    if (!id || !store().counts(id, &counts).isOk())
        return;
    const qint64 unknown = counts.count(DeliveryState::Unknown);
    if (unknown == 0)
        return showMessage(tr("No message of this campaign is unknown."), true);
    if (!m_context.dialogs.confirm(
            this, tr("Re-send unknown messages"),
            tr("%Ln message(s) may or may not have reached WeChat (the run stopped before the "
               "answer came). Re-sending within ten minutes is de-duplicated by WeChat; later, "
               "people may get them twice. Re-send?",
               nullptr, int(unknown))))
        return;
    qint64 rows = 0;
    if (const Status s = store().resendUnknown(id, AuditLog::currentActor(), &rows); !s.isOk())
        return showMessage(s.message(), false);
    reload();
    showMessage(tr("%Ln message(s) back in the queue: press Send.", nullptr, int(rows)), true);
}

void CampaignsPage::exportReport()
{
    if (!selectedId())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export campaign report"), QStringLiteral("campaign-%1.csv").arg(selectedId()),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportReportTo(path);
}

void CampaignsPage::exportReportTo(const QString &path)
{
    qint64 rows = 0;
    const Status status = CampaignReport(m_context.database.connections().connection())
                              .toFile(selectedId(), path, &rows);
    showMessage(status.isOk() ? tr("Exported %1 deliveries to %2.").arg(rows).arg(path)
                              : status.message(),
                status.isOk());
}
