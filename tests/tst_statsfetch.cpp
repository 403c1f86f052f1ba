// WeChat's statistics fetched from wxemu over real HTTP into SQLite and PostgreSQL: every
// report's rows equal what wxemu serves, spans split at the edges of weeks and months, a fetch
// cut off and resumed holds each day once, days held for good are not asked again, 61503
// leaves a day for later, and an error stops only its own report.
#include "analytics/StatsFetcher.h"
#include "analytics/StatsStore.h"
#include "SyncTarget.h"
#include "WxopsCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
using Rule = StatsCalendar::Rule;

QDate today()
{
    return StatsCalendar::todayInBeijing(QDateTime::currentMSecsSinceEpoch());
}

QDate yesterday()
{
    return today().addDays(-1);
}
} // namespace

class TestStatsFetch : public QObject
{
    Q_OBJECT

    // Fetches [from, to] of `reports` for `app`; `cancelAfter` calls, if set, cancels.
    StatsFetchSummary fetch(SyncTarget &target, const AppConfig &app, const QDate &from,
                            const QDate &to, const QStringList &reports = {}, int cancelAfter = -1,
                            int *planned = nullptr)
    {
        WechatClient client(app, target.secrets, Clock::system(), testPolicy());
        StatsFetcher fetcher(target.db(), client, AppRepository(target.db()).rowId(app.appid));
        const Status status = fetcher.plan(from, to, today(), reports);
        if (!status.isOk()) {
            StatsFetchSummary failed;
            failed.failures << status.message();
            return failed;
        }
        if (planned)
            *planned = int(fetcher.calls().size());
        if (cancelAfter >= 0)
            connect(&fetcher, &StatsFetcher::progress, &fetcher, [&fetcher, cancelAfter](int done) {
                if (done >= cancelAfter)
                    fetcher.cancel();
            });
        QSignalSpy finished(&fetcher, &StatsFetcher::finished);
        fetcher.start();
        if (finished.isEmpty() && !finished.wait(120000)) {
            StatsFetchSummary timedOut;
            timedOut.failures << QStringLiteral("timed out");
            return timedOut;
        }
        return finished.constFirst().constFirst().value<StatsFetchSummary>();
    }

    // What wxemu serves for `span` of `report`, read as the fetch reads it.
    QList<StatValue> served(const StatsReport &report, const DateSpan &span, const QString &token)
    {
        const QString format = report.dateFormat();
        const QJsonObject reply =
            m_emu->post(report.path + QStringLiteral("?access_token=") + token,
                        {{QStringLiteral("begin_date"), span.begin.toString(format)},
                         {QStringLiteral("end_date"), span.end.toString(format)}});
        QList<StatValue> values;
        QString error;
        if (!report.read(reply, span, format, &values, &error))
            qWarning() << report.name << error << reply;
        return values;
    }

    static void sortValues(QList<StatValue> *values)
    {
        std::sort(values->begin(), values->end(), [](const StatValue &a, const StatValue &b) {
            return std::tie(a.day, a.spanDays, a.dimension, a.metric) <
                   std::tie(b.day, b.spanDays, b.dimension, b.metric);
        });
    }

    // Every report of `app` holds, for [from, to], exactly what wxemu serves for it.
    void compareWithWxemu(const AppConfig &app, const QString &secret, const QDate &from,
                          const QDate &to, const QStringList &only = {})
    {
        const QString token = m_emu->accessToken(app.appid, secret);
        QVERIFY(!token.isEmpty());
        StatsStore store(m_target->db());
        const qint64 row = AppRepository(m_target->db()).rowId(app.appid);
        for (const StatsReport &report : StatsReports::of(app.kind)) {
            if (!only.isEmpty() && !only.contains(report.name))
                continue;
            QList<StatValue> expected;
            for (const DateSpan &span : StatsCalendar::spans(report.rule, report.days, from, to))
                expected += served(report, span, token);
            QList<StatValue> held = store.values(row, report.name, from, to).value();
            if (report.rule == Rule::Trailing) // other spans held from other days' fetches
                held.removeIf([&](const StatValue &v) { return v.spanDays != report.days; });
            sortValues(&expected);
            sortValues(&held);
            QVERIFY2(!expected.isEmpty(), qPrintable(report.name));
            QCOMPARE(held.size(), expected.size());
            QVERIFY2(held == expected, qPrintable(report.name));
        }
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<StatsFetchSummary>();
        m_emu.reset(new Emulator({QStringLiteral("--followers"), QStringLiteral("3000"),
                                  QStringLiteral("--mp-users"), QStringLiteral("2000")}));
        QVERIFY2(m_emu->isRunning(), qPrintable(m_emu->error()));
    }

    void init()
    {
        m_emu->post(QStringLiteral("/_emu/reset"), {});
        m_emu->configure(
            {{QStringLiteral("stats_unpublished_days"), 0}, {QStringLiteral("fault_rate"), 0}});
        m_target.reset(new SyncTarget(*m_emu));
        QVERIFY2(m_target->opened.isOk(), qPrintable(m_target->opened.message()));
        m_mp = AppConfig{Emulator::mpAppid(),
                         AppConfig::Kind::MiniProgram,
                         QStringLiteral("MP"),
                         m_emu->baseUrl(),
                         {}};
        QVERIFY(AppRepository(m_target->db()).insert(m_mp).isOk());
        m_target->secrets.set(m_mp.appid, Emulator::mpSecret());
    }

    void everyReportHoldsWhatWxemuServed()
    {
        const QDate from = yesterday().addDays(-44);
        const StatsFetchSummary oa = fetch(*m_target, m_target->app, from, yesterday());
        QVERIFY2(oa.ok(), qPrintable(oa.failures.join(u'\n')));
        const StatsFetchSummary mp = fetch(*m_target, m_mp, from, yesterday());
        QVERIFY2(mp.ok(), qPrintable(mp.failures.join(u'\n')));
        compareWithWxemu(m_target->app, Emulator::oaSecret(), from, yesterday());
        compareWithWxemu(m_mp, Emulator::mpSecret(), from, yesterday());
    }

    // wxemu's follower numbers agree with its followers, and the fetch keeps them so: the
    // cumulative count of yesterday is the followers listed now, and each day's new minus
    // cancelled is the change in the cumulative count.
    void followerNumbersAgreeWithTheFollowers()
    {
        const QDate from = yesterday().addDays(-20);
        QVERIFY(fetch(*m_target, m_target->app, from, yesterday(),
                      {QStringLiteral("user_summary"), QStringLiteral("user_cumulate")})
                    .ok());
        StatsStore store(m_target->db());
        const qint64 row = m_target->appRow();
        QMap<QDate, double> cumulative;
        const QList<StatValue> cumulate =
            store.values(row, QStringLiteral("user_cumulate"), from, yesterday()).value();
        for (const StatValue &v : cumulate)
            cumulative[v.day] += v.value;
        QMap<QDate, double> change;
        const QList<StatValue> summary =
            store.values(row, QStringLiteral("user_summary"), from, yesterday()).value();
        for (const StatValue &v : summary)
            change[v.day] += v.metric == QStringLiteral("new_user") ? v.value : -v.value;
        QCOMPARE(cumulative.size(), 21);
        QCOMPARE(cumulative.value(yesterday()), m_emu->get(QStringLiteral("/_emu/population"))
                                                    .value(QStringLiteral("subscribed"))
                                                    .toDouble());
        int daysWithFollows = 0;
        for (QDate d = from.addDays(1); d <= yesterday(); d = d.addDays(1)) {
            QCOMPARE(cumulative.value(d) - cumulative.value(d.addDays(-1)), change.value(d));
            daysWithFollows += change.contains(d);
        }
        QVERIFY(daysWithFollows > 10); // recent days have follows: the charts are not empty
    }

    // Weeks across a year boundary, a 31-day month, and the OA's 3-day spans over it.
    void spansSplitAtTheEdges()
    {
        const QDate from(2020, 12, 1);
        const QDate to(2021, 1, 31);
        int planned = 0;
        const StatsFetchSummary mp =
            fetch(*m_target, m_mp, from, to,
                  {QStringLiteral("visit_trend_weekly"), QStringLiteral("visit_trend_monthly")}, -1,
                  &planned);
        QVERIFY2(mp.ok(), qPrintable(mp.failures.join(u'\n')));
        QCOMPARE(planned, 8 + 2); // weeks starting 2020-12-07 .. 2021-01-25; Dec and Jan
        StatsStore store(m_target->db());
        const qint64 mpRow = AppRepository(m_target->db()).rowId(m_mp.appid);
        const auto weeks =
            store.fetchedDays(mpRow, QStringLiteral("visit_trend_weekly"), from, to).value();
        QVERIFY(weeks.contains(QDate(2020, 12, 28))); // Monday 28 Dec to Sunday 3 Jan
        QVERIFY(!weeks.contains(QDate(2020, 11, 30)));
        QCOMPARE(weeks.size(), 8);
        const auto months =
            store.values(mpRow, QStringLiteral("visit_trend_monthly"), from, to).value();
        QVERIFY(!months.isEmpty());
        for (const StatValue &v : months)
            QCOMPARE(v.spanDays, 31);
        compareWithWxemu(
            m_mp, Emulator::mpSecret(), from, to,
            {QStringLiteral("visit_trend_weekly"), QStringLiteral("visit_trend_monthly")});

        const StatsFetchSummary oa =
            fetch(*m_target, m_target->app, QDate(2021, 1, 1), QDate(2021, 1, 31),
                  {QStringLiteral("user_read")}, -1, &planned);
        QVERIFY(oa.ok());
        QCOMPARE(planned, 11); // ten spans of 3 days and one of 1
        QCOMPARE(store
                     .fetchedDays(m_target->appRow(), QStringLiteral("user_read"),
                                  QDate(2021, 1, 1), QDate(2021, 1, 31))
                     .value()
                     .size(),
                 31);
    }

    void aFetchCutOffResumesAndHoldsEachDayOnce()
    {
        const QDate from = yesterday().addDays(-59);
        int planned = 0;
        const StatsFetchSummary cut = fetch(*m_target, m_mp, from, yesterday(),
                                            {QStringLiteral("visit_trend")}, 20, &planned);
        QVERIFY(cut.cancelled);
        QCOMPARE(planned, 60);
        QVERIFY(cut.spansSaved >= 20 && cut.spansSaved < 60);
        int resumedCalls = 0;
        const StatsFetchSummary resumed = fetch(*m_target, m_mp, from, yesterday(),
                                                {QStringLiteral("visit_trend")}, -1, &resumedCalls);
        QVERIFY(resumed.ok());
        // Only what the first fetch did not save: it went oldest first and was cut off before
        // the last days.
        QCOMPARE(resumedCalls, 60 - cut.spansSaved);
        StatsStore store(m_target->db());
        const qint64 mpRow = AppRepository(m_target->db()).rowId(m_mp.appid);
        QCOMPARE(store.fetchedDays(mpRow, QStringLiteral("visit_trend"), from, yesterday())
                     .value()
                     .size(),
                 60);
        const auto values =
            store.values(mpRow, QStringLiteral("visit_trend"), from, yesterday()).value();
        QCOMPARE(values.size(), 60 * 7); // seven metrics a day, each once
    }

    void daysHeldForGoodAreNotAskedAgain()
    {
        const QDate from = yesterday().addDays(-29);
        QVERIFY(fetch(*m_target, m_target->app, from, yesterday()).ok());
        const int before = m_emu->count(QStringLiteral("/datacube/getusersummary"));
        int planned = 0;
        const StatsFetchSummary again =
            fetch(*m_target, m_target->app, from, yesterday(), {}, -1, &planned);
        QVERIFY(again.ok());
        // Per report, the last 3 days (7 for article totals) in the spans the endpoint takes.
        QCOMPARE(planned, 1 + 1 + 3 + 7 + 1 + 1 + 1 + 1 + 1);
        QCOMPARE(m_emu->count(QStringLiteral("/datacube/getusersummary")) - before, 1);
    }

    void notPublishedYetIsLeftForLater()
    {
        m_emu->configure({{QStringLiteral("stats_unpublished_days"), 2}});
        const QDate from = yesterday().addDays(-9);
        const StatsFetchSummary first =
            fetch(*m_target, m_mp, from, yesterday(), {QStringLiteral("visit_trend")});
        QVERIFY2(first.ok(), qPrintable(first.failures.join(u'\n')));
        QCOMPARE(first.unpublishedDays(), 2);
        QCOMPARE(first.spansSaved, 8);
        StatsStore store(m_target->db());
        const qint64 mpRow = AppRepository(m_target->db()).rowId(m_mp.appid);
        auto days =
            store.fetchedDays(mpRow, QStringLiteral("visit_trend"), from, yesterday()).value();
        QCOMPARE(days.value(yesterday(), true), false);
        QCOMPARE(days.value(yesterday().addDays(-1), true), false);
        QCOMPARE(days.value(yesterday().addDays(-2), false), true);

        // A 7-day span with an unpublished day is refused whole: its days are asked one by one.
        const StatsFetchSummary summary =
            fetch(*m_target, m_target->app, from, yesterday(), {QStringLiteral("user_summary")});
        QVERIFY2(summary.ok(), qPrintable(summary.failures.join(u'\n')));
        QCOMPARE(summary.unpublishedDays(), 2);
        const auto oaDays =
            store.fetchedDays(m_target->appRow(), QStringLiteral("user_summary"), from, yesterday())
                .value();
        QCOMPARE(oaDays.size(), 10);
        QCOMPARE(std::count(oaDays.cbegin(), oaDays.cend(), true), 8);

        m_emu->configure({{QStringLiteral("stats_unpublished_days"), 0}});
        const StatsFetchSummary later =
            fetch(*m_target, m_mp, from, yesterday(), {QStringLiteral("visit_trend")});
        QVERIFY(later.ok());
        QCOMPARE(later.unpublishedDays(), 0);
        days = store.fetchedDays(mpRow, QStringLiteral("visit_trend"), from, yesterday()).value();
        QCOMPARE(days.value(yesterday(), false), true);
        QCOMPARE(store.values(mpRow, QStringLiteral("visit_trend"), yesterday(), yesterday())
                     .value()
                     .size(),
                 7);
    }

    // A report WeChat refuses (here: its daily quota used up) stops; the others finish.
    void anErrorStopsOnlyItsReport()
    {
        m_emu->configure({{QStringLiteral("quota"),
                           QJsonObject{{QStringLiteral("/datacube/getusershare"), 0}}}});
        const QDate from = yesterday().addDays(-13);
        const StatsFetchSummary summary = fetch(*m_target, m_target->app, from, yesterday());
        m_emu->configure({{QStringLiteral("quota"),
                           QJsonObject{{QStringLiteral("/datacube/getusershare"), 100000}}}});
        QCOMPARE(summary.failures.size(), 1);
        QVERIFY2(summary.failures.constFirst().startsWith(QStringLiteral("user_share: ")),
                 qPrintable(summary.failures.constFirst()));
        StatsStore store(m_target->db());
        QVERIFY(store.values(m_target->appRow(), QStringLiteral("user_share"), from, yesterday())
                    .value()
                    .isEmpty());
        QCOMPARE(
            store.fetchedDays(m_target->appRow(), QStringLiteral("user_summary"), from, yesterday())
                .value()
                .size(),
            14);
    }

    void faultsAreRetriedAndTheNumbersStayRight()
    {
        // 5 %: about 900 calls, each given six attempts, none failing all six in practice.
        m_emu->configure({{QStringLiteral("fault_rate"), 0.05},
                          {QStringLiteral("faults"),
                           QJsonArray{QStringLiteral("busy"), QStringLiteral("http500"),
                                      QStringLiteral("reset")}}});
        const QDate from = yesterday().addDays(-44); // a whole month and several weeks
        const StatsFetchSummary summary = fetch(*m_target, m_mp, from, yesterday());
        m_emu->configure({{QStringLiteral("fault_rate"), 0}});
        QVERIFY2(summary.ok(), qPrintable(summary.failures.join(u'\n')));
        compareWithWxemu(m_mp, Emulator::mpSecret(), from, yesterday());
    }

    void theCommandLine()
    {
        QTemporaryDir home;
        WxopsCli cli(home, m_target->testDb.spec().toUrl());
        const auto secret =
            cli.run({QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("--appid"),
                     Emulator::oaAppid(), QStringLiteral("--secret-stdin")},
                    Emulator::oaSecret());
        QVERIFY2(secret.exitCode == 0, qPrintable(secret.err));
        const auto fetched =
            cli.run({QStringLiteral("stats"), QStringLiteral("fetch"), QStringLiteral("--appid"),
                     Emulator::oaAppid(), QStringLiteral("--from"),
                     yesterday().addDays(-6).toString(Qt::ISODate), QStringLiteral("--report"),
                     QStringLiteral("user_summary")});
        QVERIFY2(fetched.exitCode == 0, qPrintable(fetched.err));
        QVERIFY2(fetched.out.startsWith(QStringLiteral("fetched 1 spans in 1 calls")),
                 qPrintable(fetched.out));
        const auto shown = cli.run(
            {QStringLiteral("stats"), QStringLiteral("show"), QStringLiteral("--appid"),
             Emulator::oaAppid(), QStringLiteral("--report"), QStringLiteral("user_summary"),
             QStringLiteral("--from"), yesterday().addDays(-6).toString(Qt::ISODate)});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QVERIFY(!json.value(QStringLiteral("values")).toArray().isEmpty());

        const auto unknown = cli.run({QStringLiteral("stats"), QStringLiteral("fetch"),
                                      QStringLiteral("--appid"), Emulator::oaAppid(),
                                      QStringLiteral("--report"), QStringLiteral("visit_page")});
        QCOMPARE(unknown.exitCode, 64);
        QVERIFY2(unknown.err.contains(QStringLiteral("user_summary")), qPrintable(unknown.err));
        const auto badDate =
            cli.run({QStringLiteral("stats"), QStringLiteral("fetch"), QStringLiteral("--appid"),
                     Emulator::oaAppid(), QStringLiteral("--from"), QStringLiteral("1/2/2026")});
        QCOMPARE(badDate.exitCode, 64);
        QVERIFY2(badDate.err.contains(QStringLiteral("YYYY-MM-DD")), qPrintable(badDate.err));
    }

private:
    std::unique_ptr<Emulator> m_emu;
    std::unique_ptr<SyncTarget> m_target;
    AppConfig m_mp;
};

QTEST_GUILESS_MAIN(TestStatsFetch)
#include "tst_statsfetch.moc"
