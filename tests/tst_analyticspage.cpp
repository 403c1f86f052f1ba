// The Analytics page on followers synced from wxemu and Mini Program users imported from its
// export: statistics fetched in the background, the cards against the period before, the
// charts (legend toggles, CSV equal to the numbers held, PNG), and the days WeChat has not
// published shown as such. With WXOPS_SCREENSHOT_DIR set it saves what marketing sees.
#include "analytics/AnalyticsPage.h"
#include "analytics/BarChart.h"
#include "analytics/DayChart.h"
#include "analytics/FunnelPanel.h"
#include "analytics/MiniProgramPanel.h"
#include "analytics/NumbersTable.h"
#include "analytics/SegmentTrendPanel.h"
#include "analytics/StatsCalendar.h"
#include "analytics/StatsStore.h"
#include "ConsoleFixture.h"
#include "Emulator.h"
#include "ingest/Importer.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "segments/SegmentStore.h"
#include "storage/AppRepository.h"
#include "storage/Sql.h"
#include "users/UsersPage.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QtTest>

class TestAnalyticsPage : public QObject
{
    Q_OBJECT

    AnalyticsPage *page() { return m_window->analyticsPage(); }

    bool fetch()
    {
        QSignalSpy done(page(), &AnalyticsPage::fetchFinished);
        page()->fetch();
        if (!page()->isFetching() || !done.wait(120000))
            return false;
        return done.constFirst().constFirst().toBool();
    }

    // The page reads its numbers in the background: waits until what is chosen now is shown.
    bool numbersShown()
    {
        QSignalSpy shown(page(), &AnalyticsPage::overviewShown);
        return !page()->isReadingNumbers() ||
               (shown.wait(60000) && shown.constLast().constFirst().toBool());
    }

private slots:
    void initTestCase()
    {
        installTestLanguage();
        QVERIFY2(m_fixture.openStatus.isOk(), qPrintable(m_fixture.openStatus.message()));
        QVERIFY2(m_emu.isRunning(), qPrintable(m_emu.error()));
        QSqlDatabase db = m_fixture.database.connections().connection();
        const QList<AppConfig> apps{{Emulator::oaAppid(),
                                     AppConfig::Kind::OfficialAccount,
                                     QStringLiteral("服务号"),
                                     m_emu.baseUrl(),
                                     {}},
                                    {Emulator::mpAppid(),
                                     AppConfig::Kind::MiniProgram,
                                     QStringLiteral("商城小程序"),
                                     m_emu.baseUrl(),
                                     {}}};
        for (const AppConfig &app : apps)
            QVERIFY(AppRepository(db).insert(app).isOk());
        QVERIFY(
            m_fixture.secrets
                .writeAndWait(SecretStore::appSecretKey(Emulator::oaAppid()), Emulator::oaSecret())
                .ok());
        QVERIFY(
            m_fixture.secrets
                .writeAndWait(SecretStore::appSecretKey(Emulator::mpAppid()), Emulator::mpSecret())
                .ok());
        m_window = std::make_unique<MainWindow>(m_fixture.context());
        m_window->resize(1400, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy synced(m_window->usersPage(), &UsersPage::jobFinished);
        m_window->usersPage()->syncFollowers();
        QVERIFY(synced.wait(60000));
        const QString exportPath = m_dir.filePath(QStringLiteral("mp.jsonl"));
        QCOMPARE(Emulator::exportMp(exportPath, m_population, 3), QString());
        Importer importer(db, Clock::system());
        const Importer::Report imported = importer.run(exportPath, {});
        QVERIFY2(imported.status.isOk(), qPrintable(imported.status.message()));
        m_window->showPage(MainWindow::Analytics);
    }

    void fetchesAndShowsTheNumbers()
    {
        page()->setRange(StatsCalendar::lastDay(
                             StatsCalendar::todayInBeijing(QDateTime::currentMSecsSinceEpoch()))
                             .addDays(-29),
                         StatsCalendar::lastDay(
                             StatsCalendar::todayInBeijing(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(numbersShown());
        QVERIFY(!page()->overview().newFollowersTotal.known); // nothing fetched yet
        QVERIFY(page()->cardText(0).contains(
            QCoreApplication::translate("AnalyticsPage", "not fetched")));
        QVERIFY(fetch());
        const AnalyticsOverview &o = page()->overview();
        QVERIFY(o.newFollowersTotal.known && o.newFollowersTotal.previousKnown);
        QCOMPARE(o.newFollowersTotal.missingDays, 0);
        QVERIFY(o.newFollowersTotal.value > 0);
        QVERIFY(o.followersAtEnd.known);
        // The cumulative count of the last day is wxemu's followers; the card shows it.
        QCOMPARE(o.followersAtEnd.value, m_emu.get(QStringLiteral("/_emu/population"))
                                             .value(QStringLiteral("subscribed"))
                                             .toDouble());
        QVERIFY2(page()->cardText(1).contains(QLocale().toString(qRound64(o.followersAtEnd.value))),
                 qPrintable(page()->cardText(1)));
        QVERIFY(o.visitorsTotal.known && o.visitorsTotal.value > 0);
        QCOMPARE(o.audience.size(), 30);
        QVERIFY(o.audience.constLast().both > 0);
        QVERIFY(o.followersUsingMp.value > 0 && o.followersUsingMp.value < 1);
        saveScreenshot(*m_window, QStringLiteral("analytics"));
    }

    // The Mini Program tab shows what was fetched: retention as shares of each day's new users
    // (days not come yet left blank), pages by views, the portrait of the span chosen.
    void miniProgramTab()
    {
        page()->showTab(AnalyticsPage::MiniProgramTab);
        const AnalyticsOverview &o = page()->overview();
        QSqlDatabase db = m_fixture.database.connections().connection();
        const qint64 mp = AppRepository(db).rowId(Emulator::mpAppid());
        const StatsStore store(db);
        QMap<QDate, QMap<int, double>> retained;
        const auto retentionHeld = store.values(mp, QStringLiteral("retention"), o.from, o.to);
        QVERIFY(retentionHeld.isOk());
        for (const StatValue &v : retentionHeld.value())
            if (v.metric == QStringLiteral("visit_uv_new"))
                retained[v.day][v.dimension.toInt()] = v.value;
        NumbersTable *retention = page()->miniProgramPanel()->retentionTable();
        QCOMPARE(retention->rowCount(), 30);
        const auto cell = [&](int row, int column) {
            return retention->item(row, column)->data(Qt::UserRole);
        };
        // Row 0 is the last day: its new users, and no day later has come yet.
        QCOMPARE(cell(0, 1).toDouble(), retained.value(o.to).value(0));
        QVERIFY(!retained.value(o.to).contains(1));
        QVERIFY(!cell(0, 2).isValid());
        QCOMPARE(retention->item(0, 2)->text(), QStringLiteral("–"));
        // Eight to thirteen days before: a week back is known, 14 and 30 days are not.
        int row = 8;
        while (row < 14 && retained.value(o.to.addDays(-row)).value(0) <= 0)
            ++row;
        QVERIFY2(row < 14, "no new users 8 to 13 days ago to tell");
        const QMap<int, double> cohort = retained.value(o.to.addDays(-row));
        QCOMPARE(cell(row, 8).toDouble(), cohort.value(7) / cohort.value(0));
        QVERIFY(!cell(row, 9).isValid() && !cell(row, 10).isValid());
        QVERIFY(cell(29, 10).isValid() == retained.value(o.from).contains(30));
        const QStringList csv = retention->csv().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 31);
        QCOMPARE(csv.at(1).split(u',').at(1).toDouble(), retained.value(o.to).value(0));

        QHash<QString, double> views;
        const auto pagesHeld = store.values(mp, QStringLiteral("visit_page"), o.from, o.to);
        QVERIFY(pagesHeld.isOk());
        for (const StatValue &v : pagesHeld.value())
            if (v.metric == QStringLiteral("page_visit_pv"))
                views[v.dimension] += v.value;
        NumbersTable *pages = page()->miniProgramPanel()->pagesTable();
        QCOMPARE(pages->rowCount(), views.size());
        for (int row = 0; row < pages->rowCount(); ++row) {
            QCOMPARE(pages->item(row, 1)->data(Qt::UserRole).toDouble(),
                     views.value(pages->item(row, 0)->text()));
            if (row > 0)
                QVERIFY(pages->item(row, 1)->data(Qt::UserRole).toDouble() <=
                        pages->item(row - 1, 1)->data(Qt::UserRole).toDouble());
        }

        // The 30-day portrait ending on the last day, then the 7-day one.
        for (const int days : {30, 7}) {
            auto *span = page()->miniProgramPanel()->findChild<QComboBox *>(
                QStringLiteral("portraitSpanBox"));
            span->setCurrentIndex(days == 30 ? 2 : 1);
            QVERIFY(numbersShown());
            QCOMPARE(page()->miniProgramPanel()->portraitDays(), days);
            QHash<QString, double> provinces;
            const auto held = store.values(mp, QStringLiteral("portrait_%1d").arg(days),
                                           o.to.addDays(1 - days), o.to.addDays(1 - days));
            QVERIFY(held.isOk());
            for (const StatValue &v : held.value())
                if (v.metric == QStringLiteral("visit_uv") &&
                    v.dimension.startsWith(QStringLiteral("province/")))
                    provinces.insert(v.dimension.mid(9), v.value);
            const BarChart *chart =
                page()->miniProgramPanel()->portraitChart(QStringLiteral("province"));
            QCOMPARE(chart->bars().size(), provinces.size());
            QVERIFY(provinces.size() >= 5);
            for (const BarChart::Bar &bar : chart->bars())
                QCOMPARE(bar.value, provinces.value(bar.category));
            QVERIFY(chart->bars().at(0).value >= chart->bars().at(1).value);
        }
        saveScreenshot(*m_window, QStringLiteral("analytics-miniprogram"));
    }

    // The funnel built in the tab is counted in the background as the command line counts it,
    // and drawn as bars with each step's share of the first.
    void funnelTab()
    {
        page()->showTab(AnalyticsPage::FunnelTab);
        FunnelPanel *panel = page()->funnelPanel();
        FunnelStep open;
        open.eventName = QStringLiteral("app_open");
        open.appKind = QStringLiteral("mp");
        // wxemu's export gives some people app_open, purchase, app_open, seven hours apart.
        FunnelStep purchase;
        purchase.eventName = QStringLiteral("purchase");
        panel->setSteps({open, purchase, open});
        panel->setWithinHours(24 * 30);
        FunnelDefinition expected;
        QVERIFY(FunnelDefinition::parse(panel->definitionJson(), page()->overview().to, &expected)
                    .isOk());
        QCOMPARE(expected.steps.size(), 3);
        QCOMPARE(expected.from, page()->overview().from);
        const auto counted = Funnel(m_fixture.database.connections()).count(expected);
        QVERIFY(counted.isOk());
        QVERIFY2(counted.value().people.at(2) > 0, "nobody came back in 30 days to tell");

        QSignalSpy done(panel, &FunnelPanel::countFinished);
        panel->count();
        QVERIFY(done.wait(60000));
        QVERIFY(done.constFirst().constFirst().toBool());
        QCOMPARE(panel->result().people, counted.value().people);
        const BarChart *chart = panel->chart();
        QCOMPARE(chart->bars().size(), 3);
        QCOMPARE(chart->bars().at(2).value, double(counted.value().people.at(2)));
        const QString share = QLocale().toString(100.0 * double(counted.value().people.at(1)) /
                                                     double(counted.value().people.at(0)),
                                                 'f', 1);
        QVERIFY2(chart->barText(1).contains(share), qPrintable(chart->barText(1)));
        saveScreenshot(*m_window, QStringLiteral("analytics-funnel"));

        // A step without an event name is refused with the reader's words, and nothing is lost.
        FunnelStep unnamed;
        panel->setSteps({open, unnamed});
        done.clear();
        panel->count();
        QCOMPARE(done.size(), 1);
        QVERIFY(!done.constFirst().constFirst().toBool());
        QCOMPARE(panel->result().people, counted.value().people);
        auto *banner = page()->findChild<MessageBanner *>();
        QVERIFY2(banner->shown().contains(QStringLiteral("steps[1]")), qPrintable(banner->shown()));
        page()->showTab(AnalyticsPage::OverviewTab);
    }

    // The Segments tab: a saved segment over the page's range, run to today (our own data is
    // live), equal to SegmentTrend's days; today's size is the refresh's count, and a segment
    // never refreshed says so instead of showing a size of zero.
    void segmentTab()
    {
        QSqlDatabase db = m_fixture.database.connections().connection();
        SegmentStore store(db, Clock::system());
        qint64 users = 0;
        qint64 idle = 0;
        QVERIFY(store
                    .create(QStringLiteral("小程序用户 MP users"),
                            R"({"all": [{"account": {"kind": "mp"}}]})", &users)
                    .isOk());
        QVERIFY(store.create(QStringLiteral("never refreshed"), "{\"all\": []}", &idle).isOk());
        SegmentStore::Refresh refreshed;
        QVERIFY(store.refresh(users, &refreshed).isOk());
        QVERIFY(refreshed.size > 0);

        page()->reload(); // as the main window does when the page is opened again
        SegmentTrendPanel *panel = page()->segmentTrendPanel();
        QVERIFY(panel->chooseSegment(QStringLiteral("小程序用户 MP users")));
        QSignalSpy shown(panel, &SegmentTrendPanel::shown);
        page()->showTab(AnalyticsPage::SegmentTab);
        QVERIFY(shown.wait(30000));
        QVERIFY(shown.constLast().constFirst().toBool());
        const QDate today = StatsCalendar::todayInBeijing(QDateTime::currentMSecsSinceEpoch());
        const auto expected = SegmentTrend(db).load(users, page()->overview().from, today);
        QVERIFY(expected.isOk());
        QCOMPARE(panel->days().size(), expected.value().size());
        QCOMPARE(panel->days().constLast().day, today);
        QCOMPARE(panel->days().constLast().size, refreshed.size);
        QVERIFY(panel->days().constLast().activeOnMp7 > 0);
        const QStringList rows = panel->membersChart()->csv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), expected.value().size() + 1);
        for (int i = 0; i < expected.value().size(); ++i) {
            const SegmentTrendDay &day = expected.value().at(i);
            const QStringList cells = rows.at(i + 1).split(u',');
            QCOMPARE(cells.at(0), day.day.toString(Qt::ISODate));
            QCOMPARE(cells.at(1), day.size >= 0 ? QString::number(day.size) : QString());
            QCOMPARE(cells.at(2).toLongLong(), day.activeOnMp7);
            QCOMPARE(panel->days().at(i).messagesSent, day.messagesSent);
        }
        QCOMPARE(panel->messagesChart()->seriesCount(), 1);
        QVERIFY2(panel->summary().contains(QLocale().toString(refreshed.size)),
                 qPrintable(panel->summary()));
        saveScreenshot(*m_window, QStringLiteral("analytics-segment"));

        shown.clear();
        QVERIFY(panel->chooseSegment(QStringLiteral("never refreshed")));
        QVERIFY(shown.wait(30000));
        QVERIFY(panel->days().constLast().size < 0);
        QVERIFY2(panel->summary().contains(QStringLiteral("never refreshed")),
                 qPrintable(panel->summary()));
        QVERIFY(panel->membersChart()->csv().split(u'\n').at(1).split(u',').at(1).isEmpty());
        page()->showTab(AnalyticsPage::OverviewTab);
    }

    void chartsToggleAndExport()
    {
        DayChart *followers = page()->followersChart();
        QCOMPARE(followers->seriesCount(), 2);
        QCOMPARE(followers->visibleSeries(), 2);
        followers->toggleSeries(1);
        QCOMPARE(followers->visibleSeries(), 1);
        followers->toggleSeries(1);
        QCOMPARE(followers->visibleSeries(), 2);
        QCOMPARE(page()->audienceChart()->seriesCount(), 3);

        const QStringList lines = followers->csv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 31); // a header and thirty days
        const AnalyticsOverview &o = page()->overview();
        const QStringList last = lines.constLast().split(u',');
        QCOMPARE(last.at(0), o.to.toString(Qt::ISODate));
        QCOMPARE(last.at(1).toDouble(), o.newFollowers.value(o.to));
        QCOMPARE(last.at(2).toDouble(), o.unfollows.value(o.to));

        const QString png = m_dir.filePath(QStringLiteral("followers.png"));
        QVERIFY(followers->savePng(png));
        QImage image(png);
        QVERIFY(!image.isNull() && image.width() > 200);
        QString error;
        const QString csv = m_dir.filePath(QStringLiteral("followers.csv"));
        QVERIFY2(followers->saveCsv(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBF") + followers->csv().toUtf8());
    }

    // The numbers are read in the background; ranges chosen while a read runs end in the last
    // one shown, read once more, not in the first one's numbers.
    void theLastRangeChosenIsShown()
    {
        const QDate to = StatsCalendar::lastDay(
            StatsCalendar::todayInBeijing(QDateTime::currentMSecsSinceEpoch()));
        page()->setRange(to.addDays(-89), to);
        QVERIFY(page()->isReadingNumbers());
        page()->setRange(to.addDays(-20), to);
        page()->setRange(to.addDays(-13), to);
        QVERIFY(numbersShown());
        QCOMPARE(page()->overview().from, to.addDays(-13));
        QCOMPARE(page()->followersChart()->csv().split(u'\n', Qt::SkipEmptyParts).size(), 15);
        QVERIFY(!page()->findChild<QLabel *>(QStringLiteral("readingLabel"))->isVisible());
    }

    // WeChat has not published the last two days: they are said to be missing, not zero.
    void unpublishedDaysAreShownAsSuch()
    {
        m_emu.configure({{QStringLiteral("stats_unpublished_days"), 2}});
        const QDate to = StatsCalendar::lastDay(
            StatsCalendar::todayInBeijing(QDateTime::currentMSecsSinceEpoch()));
        // A range of days never fetched yet, so the two are asked for (and refused).
        page()->setRange(to.addDays(-6), to);
        QSqlDatabase db = m_fixture.database.connections().connection();
        for (const QString &table :
             {QStringLiteral("wechat_stats"), QStringLiteral("wechat_stats_fetched")})
            QVERIFY(Sql::exec(db, QStringLiteral("DELETE FROM %1 WHERE day >= ?").arg(table),
                              {to.addDays(-1).toString(Qt::ISODate)})
                        .isOk());
        QVERIFY(fetch());
        m_emu.configure({{QStringLiteral("stats_unpublished_days"), 0}});
        const AnalyticsOverview &o = page()->overview();
        QCOMPARE(o.unpublished.size(), 2);
        // The card sums the days there are and says how many are missing.
        QCOMPARE(o.visitorsTotal.missingDays, 2);
        QVERIFY(o.visitorsTotal.known);
        QVERIFY(!o.visitors.contains(to));
        auto *label = page()->findChild<QLabel *>(QStringLiteral("unpublishedLabel"));
        QVERIFY(label && label->isVisible());
        // The CSV leaves the day empty rather than writing a zero.
        const QStringList lastRow =
            page()->visitorsChart()->csv().split(u'\n', Qt::SkipEmptyParts).constLast().split(u',');
        QCOMPARE(lastRow.at(0), to.toString(Qt::ISODate));
        QVERIFY(lastRow.at(1).isEmpty());
        saveScreenshot(*m_window, QStringLiteral("analytics-unpublished"));
    }

private:
    QStringList m_population{QStringLiteral("--followers"), QStringLiteral("2000"),
                             QStringLiteral("--mp-users"), QStringLiteral("1500")};
    ConsoleFixture m_fixture;
    Emulator m_emu{m_population};
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestAnalyticsPage)
#include "tst_analyticspage.moc"
