#include "CampaignJobs.h"

#include "credentials/MemorySecrets.h"
#include "DeliveryText.h"
#include "messaging/CampaignRun.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignsPage)
};
} // namespace

namespace CampaignJobs {

BackgroundJob::Work send(Database &database, const std::shared_ptr<MemorySecrets> &secrets,
                         qint64 campaignId)
{
    return [&database, secrets, campaignId](BackgroundJob &job) -> BackgroundJob::Outcome {
        CampaignRun run(database.connections().connection(), campaignId, *secrets, Clock::system());
        job.setCancelHook([&run] { run.interrupt(); });
        const OutboxRunner::Report report = run.run([&job](const OutboxRunner::Progress &p) {
            const qint64 all = p.done + p.pending;
            const int percent = all ? int(p.done * 100 / all) : 100;
            if (p.waitingUntil)
                return job.reportProgress(
                    percent,
                    Text::tr("Waiting until %1 (scheduled start, quiet hours or the daily "
                             "quota's reset).")
                        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(p.waitingUntil),
                                                QLocale::ShortFormat)));
            job.reportProgress(percent, Text::tr("%1 done, %2 to go").arg(p.done).arg(p.pending));
        });
        job.setCancelHook({}); // before the run goes
        if (!report.status.isOk())
            return {false, report.status.message()};
        QString text = Text::tr("Sent %1, failed %2, not sent %3, unknown %4; the campaign is %5.")
                           .arg(report.sent)
                           .arg(report.failed)
                           .arg(report.skipped)
                           .arg(report.unknown)
                           .arg(DeliveryText::campaignState(report.state));
        if (!report.reason.isEmpty())
            text += QLatin1Char(' ') + report.reason;
        return {report.state != CampaignState::Stopped, text};
    };
}

} // namespace CampaignJobs
