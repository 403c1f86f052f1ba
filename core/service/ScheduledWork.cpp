#include "ScheduledWork.h"

#include "analytics/StatsCalendar.h"
#include "analytics/StatsFetcher.h"
#include "storage/AppRepository.h"
#include "storage/ConnectionFactory.h"
#include "sync/FollowerSync.h"
#include "util/Clock.h"
#include "wechat/WechatClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScheduledWork)
};

// Runs `start` and the event loop until `finished` fires; `cancel` once `stopping` says so.
template <typename Job, typename Signal>
void runToEnd(Job &job, Signal finished, const std::function<void()> &start,
              const std::function<void()> &cancel, const std::function<bool()> &stopping)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &loop, [&] {
        if (stopping && stopping()) {
            stopCheck.stop();
            cancel();
        }
    });
    stopCheck.start(200);
    start();
    if (!done)
        loop.exec();
}
} // namespace

ScheduledWork::ScheduledWork(ConnectionFactory &connections, SecretSource &secrets,
                             const Clock &clock, const QString &service)
    : m_connections(connections), m_secrets(secrets), m_clock(clock), m_service(service)
{
}

StatusOr<QList<ScheduledWork::Result>> ScheduledWork::runDue(const std::function<bool()> &stopping)
{
    ServiceSchedules schedules(m_connections.connection());
    QList<Result> results;
    while (!(stopping && stopping())) {
        const auto claimed = schedules.claimDue(m_clock.nowMsecs(), m_service);
        WX_TRY(claimed.status());
        if (!claimed.value())
            break;
        Result result = run(*claimed.value(), stopping);
        WX_TRY(schedules.finish(result.schedule.id, result.ok, result.outcome, m_clock.nowMsecs()));
        results.append(result);
    }
    return results;
}

ScheduledWork::Result ScheduledWork::run(const ServiceSchedules::Schedule &schedule,
                                         const std::function<bool()> &stopping)
{
    Result result{schedule, false, {}};
    Status status = Status::ok();
    const AppRepository apps(m_connections.connection());
    const std::optional<AppConfig> app = apps.find(schedule.appid, &status);
    const qint64 appRow = app ? apps.rowId(schedule.appid, &status) : 0;
    if (!status.isOk() || !app) {
        result.outcome =
            status.isOk() ? Text::tr("the app is no longer configured") : status.message();
        return result;
    }
    WechatClient client(*app, m_secrets);
    if (schedule.job == ServiceSchedules::Job::Followers) {
        FollowerSync sync(m_connections, appRow, client, m_clock);
        FollowerSync::Report report;
        QObject::connect(&sync, &FollowerSync::finished,
                         [&report](const FollowerSync::Report &r) { report = r; });
        runToEnd(
            sync, &FollowerSync::finished, [&] { sync.start(); }, [&] { sync.cancel(); }, stopping);
        result.ok = report.ok();
        switch (report.end()) {
        case FollowerSync::Report::End::Completed:
            result.outcome = Text::tr("synced %1 followers (%2 subscribed, %3 unsubscribed)")
                                 .arg(report.followers)
                                 .arg(report.subscribed)
                                 .arg(report.unsubscribed);
            break;
        case FollowerSync::Report::End::Cancelled:
            result.outcome = Text::tr("stopped with the service after %1 followers; the next "
                                      "sync continues")
                                 .arg(report.followers);
            break;
        case FollowerSync::Report::End::StoppedByWechat:
            result.outcome = report.apiError.userMessage(*app);
            break;
        case FollowerSync::Report::End::StoppedByDatabase:
            result.outcome = report.status.message();
            break;
        }
        return result;
    }
    const QDate today = StatsCalendar::todayInBeijing(m_clock.nowMsecs());
    const QDate last = StatsCalendar::lastDay(today);
    StatsFetcher fetcher(m_connections.connection(), client, appRow);
    if (const Status planned = fetcher.plan(last.addDays(-364), last, today); !planned.isOk()) {
        result.outcome = planned.message();
        return result;
    }
    StatsFetchSummary summary;
    QObject::connect(&fetcher, &StatsFetcher::finished,
                     [&summary](const StatsFetchSummary &s) { summary = s; });
    runToEnd(
        fetcher, &StatsFetcher::finished, [&] { fetcher.start(); }, [&] { fetcher.cancel(); },
        stopping);
    result.ok = summary.ok();
    result.outcome = Text::tr("fetched %1 spans in %2 calls; %3 days not published yet")
                         .arg(summary.spansSaved)
                         .arg(summary.calls)
                         .arg(summary.unpublishedDays());
    if (summary.cancelled)
        result.outcome += Text::tr("; stopped with the service, the next fetch continues");
    if (!summary.failures.isEmpty())
        result.outcome += QStringLiteral("; ") + summary.failures.join(QStringLiteral("; "));
    return result;
}
