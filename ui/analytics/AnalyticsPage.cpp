#include "AnalyticsPage.h"

#include "RoleGate.h"

#include "analytics/StatsCalendar.h"
#include "AnalyticsJobs.h"
#include "BackgroundJob.h"
#include "ConsoleContext.h"
#include "credentials/MemorySecrets.h"
#include "credentials/SecretStore.h"
#include "DayChart.h"
#include "EmptyState.h"
#include "ExportBox.h"
#include "FunnelPanel.h"
#include "JobBar.h"
#include "MessageBanner.h"
#include "MiniProgramPanel.h"
#include "SegmentTrendPanel.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "WorkerSecrets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>

namespace {
enum Range
{
    Last7,
    Last30,
    Last90,
    Custom
};
const int kRangeDays[] = {7, 30, 90};

QDate lastDay()
{
    return StatsCalendar::lastDay(StatsCalendar::todayInBeijing(Clock::system().nowMsecs()));
}
} // namespace

AnalyticsPage::AnalyticsPage(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(this)), m_oaBox(new QComboBox(this)), m_mpBox(new QComboBox(this)),
      m_rangeBox(new QComboBox(this)), m_fromEdit(new QDateEdit(this)),
      m_toEdit(new QDateEdit(this)), m_fetchButton(new QPushButton(tr("&Fetch from WeChat"), this)),
      m_jobs(new JobBar(this)), m_message(new MessageBanner(this)), m_unpublished(new QLabel(this)),

      m_followersChart(new DayChart(this)), m_visitorsChart(new DayChart(this)),
      m_audienceChart(new DayChart(this)), m_tabs(new QTabWidget(this)),
      m_mpPanel(new MiniProgramPanel(m_message, this)),
      m_funnel(new FunnelPanel(m_context, m_message, this)),
      m_segmentTrend(new SegmentTrendPanel(m_context, m_message, this))
{
    m_readingLabel = new QLabel(tr("Reading the numbers…"), this);
    buildLayout();
    connect(m_jobs, &JobBar::finished, this, [this](bool ok, const QString &message) {
        m_message->sayOutcome(message, ok);
        enableFetch();
        m_fetched = ok;
        readNumbers();
    });
    reload();
}

void AnalyticsPage::buildLayout()
{
    m_empty->setTitle(tr("No statistics yet"));
    m_empty->setHint(tr("Follower growth and Mini Program visits appear here once an account is "
                        "configured in Settings and its statistics are fetched."));

    m_oaBox->setObjectName(QStringLiteral("officialAccountBox"));
    m_mpBox->setObjectName(QStringLiteral("miniProgramBox"));
    m_rangeBox->setObjectName(QStringLiteral("rangeBox"));
    m_rangeBox->addItems(
        {tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"), tr("Custom range")});
    m_rangeBox->setCurrentIndex(Last30);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(StatsCalendar::firstDay());
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_rangeBox->currentIndex() == Custom && m_fromEdit->date() <= m_toEdit->date())
                readNumbers();
        });
    }
    m_fetchButton->setObjectName(QStringLiteral("fetchButton"));
    enableFetch();
    auto *fetchKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(fetchKey, &QShortcut::activated, this, &AnalyticsPage::fetch);
    connect(m_fetchButton, &QPushButton::clicked, this, &AnalyticsPage::fetch);
    connect(m_rangeBox, &QComboBox::currentIndexChanged, this, &AnalyticsPage::rangeChosen);
    connect(m_oaBox, &QComboBox::currentIndexChanged, this, [this] { readNumbers(); });
    connect(m_mpBox, &QComboBox::currentIndexChanged, this, [this] { readNumbers(); });
    m_readingLabel->setObjectName(QStringLiteral("readingLabel"));
    m_readingLabel->setVisible(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Official Account:"), this));
    bar->addWidget(m_oaBox);
    bar->addWidget(new QLabel(tr("Mini Program:"), this));
    bar->addWidget(m_mpBox);
    bar->addSpacing(12);
    bar->addWidget(m_rangeBox);
    bar->addWidget(m_fromEdit);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_toEdit);
    bar->addStretch(1);
    bar->addWidget(m_readingLabel);
    bar->addWidget(m_fetchButton);

    auto *cards = new QHBoxLayout;
    for (int i = 0; i < 4; ++i) {
        auto *card = new QLabel(this);
        card->setObjectName(QStringLiteral("card%1").arg(i));
        card->setTextFormat(Qt::RichText); // our own numbers and words only
        card->setFrameShape(QFrame::StyledPanel);
        card->setMargin(8);
        card->setMinimumWidth(160);
        cards->addWidget(card, 1);
        m_cards.append(card);
    }
    m_unpublished->setObjectName(QStringLiteral("unpublishedLabel"));
    m_unpublished->setTextFormat(Qt::PlainText);
    m_unpublished->setWordWrap(true);

    m_followersChart->setObjectName(QStringLiteral("followersChart"));
    m_visitorsChart->setObjectName(QStringLiteral("visitorsChart"));
    m_audienceChart->setObjectName(QStringLiteral("audienceChart"));
    auto *grid = new QGridLayout;
    grid->addWidget(chartBox(m_followersChart, QStringLiteral("followers")), 0, 0);
    grid->addWidget(chartBox(m_visitorsChart, QStringLiteral("visitors")), 0, 1);
    grid->addWidget(chartBox(m_audienceChart, QStringLiteral("audience")), 1, 0, 1, 2);

    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->addLayout(cards);
    column->addWidget(m_unpublished);
    column->addLayout(grid, 1);
    const auto scrolled = [this](QWidget *inside) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(inside);
        return scroll;
    };
    m_tabs->setObjectName(QStringLiteral("analyticsTabs"));
    m_tabs->addTab(scrolled(content), tr("&Overview"));
    m_tabs->addTab(scrolled(m_mpPanel), tr("&Mini Program"));
    m_tabs->addTab(scrolled(m_funnel), tr("F&unnel"));
    m_tabs->addTab(scrolled(m_segmentTrend), tr("&Segments"));
    connect(m_mpPanel, &MiniProgramPanel::portraitDaysChanged, this,
            [this] { readNumbers(false); });

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_jobs);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
}

QWidget *AnalyticsPage::chartBox(DayChart *chart, const QString &name)
{
    return exportBox(
        chart, chart, name, [this] { return rangeStem(); }, m_message);
}

QString AnalyticsPage::rangeStem() const
{
    return m_overview.from.toString(Qt::ISODate) + u'-' + m_overview.to.toString(Qt::ISODate);
}

void AnalyticsPage::readApps()
{
    Status status = Status::ok();
    m_apps = AppRepository(m_context.database.connections().connection()).all(&status);
    if (!status.isOk())
        m_message->sayOutcome(status.message(), false);
    for (QComboBox *box : {m_oaBox, m_mpBox}) {
        const QSignalBlocker quiet(box);
        const QString current = box->currentData().toString();
        box->clear();
        const auto kind =
            box == m_oaBox ? AppConfig::Kind::OfficialAccount : AppConfig::Kind::MiniProgram;
        for (const AppConfig &app : m_apps)
            if (app.kind == kind)
                box->addItem(app.name, app.appid);
        if (box->count() == 0)
            box->addItem(tr("none"), QString());
        const int keep = box->findData(current);
        box->setCurrentIndex(keep >= 0 ? keep : 0);
    }
}

std::optional<AppConfig> AnalyticsPage::chosen(QComboBox *box) const
{
    for (const AppConfig &app : m_apps)
        if (app.appid == box->currentData().toString())
            return app;
    return std::nullopt;
}

void AnalyticsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void AnalyticsPage::reload()
{
    readApps();
    m_funnel->reload();
    m_segmentTrend->reload();
    rangeChosen(m_rangeBox->currentIndex());
}

void AnalyticsPage::rangeChosen(int index)
{
    const bool custom = index == Custom;
    m_fromEdit->setEnabled(custom);
    m_toEdit->setEnabled(custom);
    if (!custom) {
        const QSignalBlocker a(m_fromEdit);
        const QSignalBlocker b(m_toEdit);
        m_toEdit->setDate(lastDay());
        m_fromEdit->setDate(lastDay().addDays(1 - kRangeDays[index]));
    }
    readNumbers();
}

void AnalyticsPage::setRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker quiet(m_rangeBox);
        m_rangeBox->setCurrentIndex(Custom);
    }
    const QSignalBlocker a(m_fromEdit);
    const QSignalBlocker b(m_toEdit);
    m_fromEdit->setEnabled(true);
    m_toEdit->setEnabled(true);
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    readNumbers();
}

bool AnalyticsPage::isFetching() const
{
    return m_preparingFetch || m_jobs->isBusy();
}

void AnalyticsPage::enableFetch()
{
    RoleGate(m_context.access)
        .setEnabled(m_fetchButton, TeamAccess::Work::SyncAndImport, true,
                    tr("Fetch WeChat's statistics of the chosen apps for these days (F5); days "
                       "already held are not asked again"));
}

void AnalyticsPage::fetch()
{
    if (isFetching() || !m_fetchButton->isEnabled())
        return;
    QList<AppConfig> apps;
    for (QComboBox *box : {m_oaBox, m_mpBox})
        if (const auto app = chosen(box))
            apps.append(*app);
    if (apps.isEmpty()) {
        m_message->sayOutcome(tr("Add an Official Account or a Mini Program in Settings → "
                                 "Accounts first."),
                              false);
        return;
    }
    m_fetchButton->setEnabled(false);
    m_preparingFetch = true;
    QStringList appids;
    for (const AppConfig &app : apps)
        appids << app.appid;
    // The period before too: the cards compare with it.
    const QDate to = m_toEdit->date();
    const QDate from = m_fromEdit->date().addDays(-(m_fromEdit->date().daysTo(to) + 1));
    readSecretsForWorker(
        m_context.secrets, appids, this,
        [this, apps, from, to](const std::shared_ptr<MemorySecrets> &secrets) {
            m_preparingFetch = false;
            m_jobs->run(new BackgroundJob(AnalyticsJobs::fetchStatistics(m_context.database,
                                                                         secrets, apps, from, to)),
                        tr("Fetching statistics from WeChat…"));
        },
        [this, apps](const QString &appid, const QString &message) {
            m_preparingFetch = false;
            enableFetch();
            QString name = appid;
            for (const AppConfig &app : apps)
                if (app.appid == appid)
                    name = app.name;
            m_message->sayOutcome(tr("Cannot fetch the statistics of %1: %2").arg(name, message),
                                  false);
            emit fetchFinished(false);
        });
}

QString AnalyticsPage::cardText(int index) const
{
    return m_cards.value(index) ? m_cards.value(index)->text() : QString();
}

void AnalyticsPage::readNumbers(bool overview)
{
    if (m_apps.isEmpty()) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentIndex(1);
    // Hidden, nothing is read: the main window reloads the page when it is opened.
    if (!isVisible() && !m_fetched)
        return;
    if (m_reading) { // read again when it ends, with what is chosen then
        m_readAgain = overview ? ReadAgain::All : std::max(m_readAgain, ReadAgain::Details);
        return;
    }
    DbConnection db = m_context.database.connections().connection();
    AppRepository apps(db);
    const auto oa = chosen(m_oaBox);
    const auto mp = chosen(m_mpBox);
    const qint64 oaRow = oa ? apps.rowId(oa->appid) : 0;
    const qint64 mpRow = mp ? apps.rowId(mp->appid) : 0;
    const QDate from = m_fromEdit->date();
    const QDate to = m_toEdit->date();
    const int portraitDays = m_mpPanel->portraitDays();
    auto read = std::make_shared<std::pair<AnalyticsOverview, MiniProgramDetails>>();
    Database &database = m_context.database;
    m_reading = new BackgroundJob(
        [&database, overview, oaRow, mpRow, from, to, portraitDays, read](BackgroundJob &) {
            DbConnection db = database.connections().connection();
            if (overview) {
                auto loaded = AnalyticsOverview::load(db, oaRow, mpRow, from, to);
                if (!loaded.isOk())
                    return BackgroundJob::Outcome{false, loaded.status().message()};
                read->first = std::move(loaded.value());
            }
            auto details = MiniProgramDetails::load(db, mpRow, from, to, portraitDays);
            if (!details.isOk())
                return BackgroundJob::Outcome{false, details.status().message()};
            read->second = std::move(details.value());
            return BackgroundJob::Outcome{true, QString()};
        },
        this);
    m_readingLabel->setVisible(true);
    connect(m_reading, &BackgroundJob::finished, this,
            [this, overview, read](bool ok, const QString &message) {
                m_reading->deleteLater();
                m_reading = nullptr;
                m_readingLabel->setVisible(false);
                if (!ok) {
                    m_message->sayOutcome(message, false);
                } else {
                    if (overview) {
                        m_overview = read->first;
                        showOverview();
                    }
                    m_mpPanel->show(read->second, m_overview.from, m_overview.to);
                }
                const ReadAgain again = std::exchange(m_readAgain, ReadAgain::No);
                if (again != ReadAgain::No) {
                    readNumbers(again == ReadAgain::All);
                    return;
                }
                emit overviewShown(ok);
                if (m_fetched)
                    emit fetchFinished(*std::exchange(m_fetched, std::nullopt) && ok);
            });
    m_reading->start();
}

// Shows m_overview: the cards, the days WeChat has not published, the charts.
void AnalyticsPage::showOverview()
{
    const QDate from = m_overview.from;
    const QDate to = m_overview.to;
    m_funnel->setRange(from, to);
    m_segmentTrend->setRange(from, to);
    const QLocale locale;
    auto card = [&](int index, const QString &title, const AnalyticsOverview::Headline &h,
                    bool share) {
        const auto text = [&](double v) {
            return share ? locale.toString(100.0 * v, 'f', 1) + QStringLiteral(" %")
                         : locale.toString(qRound64(v));
        };
        QString value = h.known                               ? text(h.value)
                        : m_overview.unpublished.contains(to) ? tr("not published yet")
                                                              : tr("not fetched");
        QString change;
        if (h.known && h.missingDays > 0) {
            change = tr("%n day(s) without numbers yet", nullptr, h.missingDays);
        } else if (h.known && h.previousKnown) {
            const double delta = h.value - h.previous;
            const QString sign = delta > 0 ? QStringLiteral("+") : QString();
            change = share ? tr("%1 points against the period before")
                                 .arg(sign + locale.toString(100.0 * delta, 'f', 1))
                           : tr("%1 against the period before")
                                 .arg(sign + locale.toString(qRound64(delta)));
        } else if (h.known) {
            change = tr("the period before is not fetched");
        }
        m_cards[index]->setText(
            QStringLiteral("<div>%1</div><div style='font-size:18pt; "
                           "font-weight:600'>%2</div><div>%3</div>")
                .arg(title.toHtmlEscaped(), value.toHtmlEscaped(), change.toHtmlEscaped()));
    };
    card(0, tr("New followers"), m_overview.newFollowersTotal, false);
    card(1, tr("Followers at the end"), m_overview.followersAtEnd, false);
    card(2, tr("Mini Program visitors (daily, summed)"), m_overview.visitorsTotal, false);
    card(3, tr("Followers who also use the Mini Program"), m_overview.followersUsingMp, true);

    QStringList days;
    for (const QDate &d : m_overview.unpublished)
        days << locale.toString(d, QLocale::ShortFormat);
    std::sort(days.begin(), days.end());
    m_unpublished->setVisible(!days.isEmpty());
    m_unpublished->setText(tr("WeChat has not published %n day(s) yet: %1. They are left out "
                              "of the charts, not shown as zero; fetch again later.",
                              nullptr, int(days.size()))
                               .arg(days.join(QStringLiteral(", "))));

    m_followersChart->showSeries(
        tr("Official Account followers per day"), from, to,
        {{tr("New"), m_overview.newFollowers}, {tr("Unfollowed"), m_overview.unfollows}},
        DayChart::Style::Lines);
    m_visitorsChart->showSeries(
        tr("Mini Program visitors per day"), from, to,
        {{tr("Visitors"), m_overview.visitors}, {tr("New visitors"), m_overview.newVisitors}},
        DayChart::Style::Lines);
    QMap<QDate, double> oaOnly;
    QMap<QDate, double> both;
    QMap<QDate, double> mpOnly;
    for (const AudienceDay &d : m_overview.audience) {
        oaOnly.insert(d.day, double(d.oaOnly));
        both.insert(d.day, double(d.both));
        mpOnly.insert(d.day, double(d.mpOnly));
    }
    m_audienceChart->showSeries(tr("One audience: people by where they are"), from, to,
                                {{tr("Official Account only"), oaOnly},
                                 {tr("Both"), both},
                                 {tr("Mini Program only"), mpOnly}},
                                DayChart::Style::StackedAreas);
}
