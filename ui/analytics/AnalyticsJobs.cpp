#include "AnalyticsJobs.h"

#include "analytics/StatsFetcher.h"
#include "credentials/MemorySecrets.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "wechat/WechatClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsJobs)
};
} // namespace

namespace AnalyticsJobs {

BackgroundJob::Work fetchStatistics(Database &database,
                                    const std::shared_ptr<MemorySecrets> &secrets,
                                    const QList<AppConfig> &apps, const QDate &from,
                                    const QDate &to)
{
    return [&database, secrets, apps, from, to](BackgroundJob &job) -> BackgroundJob::Outcome {
        DbConnection db = database.connections().connection();
        const QDate today = StatsCalendar::todayInBeijing(Clock::system().nowMsecs());
        int saved = 0;
        QSet<QDate> unpublished;
        QStringList failures;
        for (const AppConfig &app : apps) {
            WechatClient client(app, *secrets);
            StatsFetcher fetcher(db, client, AppRepository(db).rowId(app.appid));
            const Status planned = fetcher.plan(from, to, today);
            if (!planned.isOk())
                return {false, planned.message()};
            QObject::connect(&fetcher, &StatsFetcher::progress, [&job, app](int done, int total) {
                job.reportProgress(total ? 100 * done / total : 100,
                                   Text::tr("Fetching the statistics of %1: %2 of %3 calls")
                                       .arg(app.name)
                                       .arg(done)
                                       .arg(total));
            });
            StatsFetchSummary summary;
            bool finished = false;
            QEventLoop loop;
            QObject::connect(&fetcher, &StatsFetcher::finished, &loop,
                             [&](const StatsFetchSummary &s) {
                                 summary = s;
                                 finished = true;
                                 loop.quit();
                             });
            job.setCancelHook([&fetcher] {
                QMetaObject::invokeMethod(&fetcher, &StatsFetcher::cancel, Qt::QueuedConnection);
            });
            fetcher.start();
            if (!finished) // nothing to fetch finishes at once
                loop.exec();
            job.setCancelHook({});
            saved += summary.spansSaved;
            unpublished += summary.unpublished;
            for (const QString &failure : summary.failures)
                failures << app.name + QStringLiteral(": ") + failure;
            if (summary.cancelled)
                return {false, Text::tr("Stopped; what arrived is kept. Fetch again to continue.")};
        }
        if (!failures.isEmpty())
            return {false, Text::tr("Some statistics were not fetched (what arrived is kept): %1")
                               .arg(failures.join(QStringLiteral("; ")))};
        return {true,
                !unpublished.isEmpty()
                    ? Text::tr("Statistics are up to date; WeChat has not published %n "
                               "day(s) yet.",
                               nullptr, int(unpublished.size()))
                    : Text::tr("Statistics are up to date (%n new span(s)).", nullptr, saved)};
    };
}

} // namespace AnalyticsJobs
