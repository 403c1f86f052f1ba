#include "StatsCommand.h"

#include "analytics/StatsFetcher.h"
#include "analytics/StatsStore.h"
#include "CommandLine.h"
#include "CommandOutput.h"
#include "CommandRegistry.h"
#include "credentials/SecretStore.h"
#include "InterruptWatcher.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "wechat/WechatClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace CommandOutput;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)
};

// --from/--to as yyyy-MM-dd; `fallback` when not given. False (with the message printed)
// for a date that is not one.
bool dateOption(const CommandLine &cl, const QString &name, const QDate &fallback, QDate *date)
{
    if (!cl.isSet(name)) {
        *date = fallback;
        return true;
    }
    *date = QDate::fromString(cl.value(name), Qt::ISODate);
    if (date->isValid())
        return true;
    fail(Text::tr("--%1 takes a date as YYYY-MM-DD, not \"%2\".").arg(name, cl.value(name)), 64);
    return false;
}

int fetch(const CommandLine &cl, Database &database, const AppConfig &app, qint64 appRowId,
          const QDate &from, const QDate &to, const QDate &today)
{
    SecretStore secrets;
    WechatClient client(app, secrets);
    int calls = client.maxInFlight();
    int code = 0;
    if (!readMaxInFlight(cl, &calls, &code))
        return code;
    client.setMaxInFlight(calls);
    StatsFetcher fetcher(database.connections().connection(), client, appRowId);
    const Status planned = fetcher.plan(from, to, today, cl.values(QStringLiteral("report")));
    if (!planned.isOk())
        return fail(planned.message(), 64);
    QElapsedTimer sinceLastLine;
    sinceLastLine.start();
    QObject::connect(&fetcher, &StatsFetcher::progress, [&](int done, int total) {
        if (sinceLastLine.elapsed() < 1000 && done < total)
            return;
        sinceLastLine.restart();
        err() << Text::tr("statistics: %1 of %2 calls").arg(done).arg(total) << Qt::endl;
    });
    InterruptWatcher interrupt([&fetcher] { fetcher.cancel(); });
    StatsFetchSummary summary;
    waitUntil([&](std::function<void()> quit) {
        QObject::connect(&fetcher, &StatsFetcher::finished,
                         [&summary, quit](const StatsFetchSummary &s) {
                             summary = s;
                             quit();
                         });
        fetcher.start();
    });
    // The summary line is a stable, untranslated format for scripts.
    out() << QStringLiteral("fetched %1 spans in %2 calls; %3 days not published yet")
                 .arg(summary.spansSaved)
                 .arg(summary.calls)
                 .arg(summary.unpublishedDays())
          << Qt::endl;
    if (summary.cancelled)
        return fail(Text::tr("Stopped. Run the same command again to continue."), 130);
    for (const QString &failure : summary.failures)
        err() << failure << Qt::endl;
    if (!summary.failures.isEmpty())
        return fail(Text::tr("Some statistics were not fetched; what was fetched is kept. Run "
                             "the same command again to continue."),
                    2);
    return 0;
}

int show(const CommandLine &cl, Database &database, qint64 appRowId, const QDate &from,
         const QDate &to)
{
    const QString report = cl.value(QStringLiteral("report"));
    if (report.isEmpty() || !StatsReports::byName(report))
        return fail(Text::tr("stats show needs --report NAME, one of: %1.").arg([] {
            QStringList names;
            for (const StatsReport &r : StatsReports::all())
                names << r.name;
            return names.join(QStringLiteral(", "));
        }()),
                    64);
    StatsStore store(database.connections().connection());
    const auto values = store.values(appRowId, report, from, to);
    if (!values.isOk())
        return fail(values.status().message());
    const auto fetched = store.fetchedDays(appRowId, report, from, to);
    if (!fetched.isOk())
        return fail(fetched.status().message());
    QJsonArray rows;
    for (const StatValue &v : values.value()) {
        QJsonObject row{{QStringLiteral("day"), v.day.toString(Qt::ISODate)},
                        {QStringLiteral("span_days"), v.spanDays},
                        {QStringLiteral("dimension"), v.dimension},
                        {QStringLiteral("metric"), v.metric},
                        {QStringLiteral("value"), v.value}};
        if (!v.label.isEmpty())
            row.insert(QStringLiteral("label"), v.label);
        rows.append(row);
    }
    QJsonArray unpublished;
    for (auto it = fetched.value().cbegin(); it != fetched.value().cend(); ++it)
        if (!it.value())
            unpublished.append(it.key().toString(Qt::ISODate));
    out() << QJsonDocument(QJsonObject{{QStringLiteral("report"), report},
                                       {QStringLiteral("values"), rows},
                                       {QStringLiteral("unpublished_days"), unpublished}})
                 .toJson(QJsonDocument::Indented);
    return 0;
}
} // namespace

int runStatsCommand(const QStringList &arguments, const CommandLine &cl, Database &database)
{
    const QString what = arguments.value(1);
    if (what != QStringLiteral("fetch") && what != QStringLiteral("show"))
        return fail(Text::tr("stats needs fetch or show: wxops stats fetch --appid ID"), 64);
    const QString appid = cl.value(QStringLiteral("appid"));
    if (appid.isEmpty())
        return fail(Text::tr("stats %1 needs --appid.").arg(what), 64);
    AppRepository apps(database.connections().connection());
    const std::optional<AppConfig> app = apps.find(appid);
    if (!app)
        return fail(Text::tr("No app with AppID %1 is configured.").arg(appid));

    const QDate today = StatsCalendar::todayInBeijing(Clock::system().nowMsecs());
    QDate to;
    QDate from;
    // A year unless told otherwise: what the Analytics page's longest view shows.
    if (!dateOption(cl, QStringLiteral("to"), StatsCalendar::lastDay(today), &to) ||
        !dateOption(cl, QStringLiteral("from"), to.addDays(-364), &from))
        return 64;
    if (from > to)
        return fail(Text::tr("--from (%1) is after --to (%2).")
                        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                    64);
    const qint64 appRowId = apps.rowId(appid);
    if (what == QStringLiteral("show"))
        return show(cl, database, appRowId, from, to);
    return fetch(cl, database, *app, appRowId, from, to, today);
}

Command statsCommand()
{
    auto tr = [](const char *text) { return QCoreApplication::translate("CommandLine", text); };
    return {QStringLiteral("stats"),
            tr("Fetch WeChat's statistics of an app, or print those fetched."),
            QStringLiteral(
                "stats fetch --appid ID [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
                "[--report NAME]... [--max-in-flight N]\nstats show --appid ID --report NAME "
                "[--from YYYY-MM-DD] [--to YYYY-MM-DD]"),
            {
                CommonOptions::appid(),
                CommonOptions::maxInFlight(),
                QCommandLineOption(QStringLiteral("from"),
                                   tr("stats: the first day (default: a year before --to)."),
                                   QStringLiteral("date")),
                QCommandLineOption(QStringLiteral("to"),
                                   tr("stats: the last day (default: yesterday in Beijing)."),
                                   QStringLiteral("date")),
                QCommandLineOption(QStringLiteral("report"),
                                   tr("stats: one report (repeatable; default: every report of "
                                      "the app)."),
                                   QStringLiteral("name")),
            },
            &runStatsCommand};
}
