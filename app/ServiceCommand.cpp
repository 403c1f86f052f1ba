#include "ServiceCommand.h"

#include "CommandLine.h"
#include "CommandOutput.h"
#include "CommandRegistry.h"
#include "credentials/CredentialSecrets.h"
#include "credentials/SecretStore.h"
#include "InterruptWatcher.h"
#include "logging/LogCategories.h"
#include "messaging/CampaignStates.h"
#include "ScheduleLoop.h"
#include "service/CampaignWakeups.h"
#include "service/HeartbeatTicker.h"
#include "service/ServiceHeartbeats.h"
#include "service/ServiceRound.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "team/TeamAccess.h"
#include "util/Clock.h"

#include <atomic>
#include <memory>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QMutex>
#include <QSysInfo>
#include <QTimer>

using namespace CommandOutput;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCommand)
};

// The campaigns and the schedules report from two threads: a line at a time.
void say(const QString &line)
{
    static QMutex lines;
    const QMutexLocker locked(&lines);
    err() << line << Qt::endl;
}

// One line per campaign worked, on stderr (the journal under systemd).
void report(const QList<ServiceRound::CampaignResult> &results)
{
    for (const ServiceRound::CampaignResult &r : results) {
        if (!r.report.status.isOk()) {
            say(Text::tr("campaign %1 not sent: %2")
                    .arg(r.campaignId)
                    .arg(r.report.status.message()));
            continue;
        }
        say(QStringLiteral("campaign %1 %2: sent %3, failed %4, unknown %5%6")
                .arg(r.campaignId)
                .arg(States::text(r.report.state))
                .arg(r.report.sent)
                .arg(r.report.failed)
                .arg(r.report.unknown)
                .arg(r.report.reason.isEmpty() ? QString()
                                               : QStringLiteral(" (") + r.report.reason + u')'));
    }
}

} // namespace

int runServiceCommand(const QStringList &, const CommandLine &cl, Database &database)
{
    SecretStore keychain;
    CredentialSecrets secrets(qEnvironmentVariable("CREDENTIALS_DIRECTORY"), keychain);
    std::atomic_bool stopping = false;
    InterruptWatcher interrupt([&stopping] { stopping = true; });
    const auto stop = [&stopping] { return stopping.load(); };
    const bool once = cl.isSet(QStringLiteral("once"));
    bool failedRound = false;
    ServiceHeartbeats heartbeats(database.connections().connection());
    ServiceHeartbeats::Beat beat;
    beat.host = QSysInfo::machineHostName();
    beat.service = beat.host + u':' + QString::number(QCoreApplication::applicationPid());
    const auto access = TeamAccess::read(database.connections().connection());
    beat.login = access.isOk() && !access.value().login().isEmpty() ? access.value().login()
                                                                    : AuditLog::currentActor();
    beat.startedAt = QDateTime::currentMSecsSinceEpoch();
    // A start wakes the service at once on PostgreSQL; the poll is the fallback.
    CampaignWakeups wakeups(database.connections().connection());
    const int pollMsecs = wakeups.isListening() ? 5000 : 1000;
    const auto cannotBeat = [](const QString &why) {
        say(Text::tr("cannot record this service's heartbeat: %1").arg(why));
    };
    beat.seenAt = beat.startedAt; // before a schedule is claimed in its name: alive, so nobody
    if (const Status beaten = heartbeats.beat(beat); !beaten.isOk()) // takes it over
        cannotBeat(beaten.message());
    auto ticker = std::make_unique<HeartbeatTicker>(database.connections(), beat, Clock::system(),
                                                    cannotBeat);
    ScheduleLoop schedules(database.connections(), beat.service, once, stopping, say);
    do {
        ServiceRound round(database.connections().connection(), secrets, Clock::system());
        const auto results = round.run(stop);
        if (!results.isOk()) {
            say(Text::tr("the round failed: %1").arg(results.status().message()));
            failedRound = true;
        } else {
            report(results.value());
            for (const ServiceRound::CampaignResult &r : results.value())
                failedRound = failedRound || !r.report.status.isOk();
        }
        if (once || stopping)
            break;
        QEventLoop wait;
        QTimer::singleShot(pollMsecs, &wait, &QEventLoop::quit);
        QObject::connect(&wakeups, &CampaignWakeups::campaignStarted, &wait, &QEventLoop::quit);
        QTimer stopCheck; // SIGTERM arrives as a flag: look at it while waiting
        QObject::connect(&stopCheck, &QTimer::timeout, &wait, [&] {
            if (stopping)
                wait.quit();
        });
        stopCheck.start(200);
        wait.exec();
    } while (!stopping);
    schedules.wait(); // --once: its schedules too; SIGTERM: what runs stops and keeps its part
    failedRound = failedRound || schedules.failed();
    ticker.reset(); // no beat after the stop below
    if (stopping)   // a clean stop: consoles need not wait a minute to see it gone
        if (const Status gone = heartbeats.stopped(beat.service); !gone.isOk())
            say(Text::tr("cannot record this service's stop: %1").arg(gone.message()));
    return stopping ? 0 : (failedRound ? 1 : 0);
}

Command serviceCommand()
{
    return {QStringLiteral("service"),
            QCoreApplication::translate("CommandLine",
                                        "Run the team's worker: send running campaigns and run the "
                                        "schedules with the secrets it holds (docs/team.md)."),
            QStringLiteral("service [--once]"),
            {
                QCommandLineOption(
                    QStringLiteral("once"),
                    QCoreApplication::translate("CommandLine", "service: one round, then exit.")),
            },
            &runServiceCommand};
}
