// The Analytics page on followers synced from wxemu and Mini Program users imported from its
// export: statistics fetched in the background, the cards against the period before, the
// charts (legend toggles, CSV equal to the numbers held, PNG), and the days WeChat has not
// published shown as such. With WXOPS_SCREENSHOT_DIR set it saves what marketing sees.
#include "analytics/AnalyticsPage.h"
#include "analytics/DayChart.h"
#include "analytics/StatsCalendar.h"
#include "ConsoleFixture.h"
#include "Emulator.h"
#include "ingest/Importer.h"
#include "MainWindow.h"
#include "storage/AppRepository.h"
#include "storage/Sql.h"
#include "users/UsersPage.h"
#include "util/Clock.h"

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
        QVERIFY(!page()->overview().newFollowersTotal.known); // nothing fetched yet
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
        QCOMPARE(QString::fromUtf8(file.readAll()), followers->csv());
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
