#include "ScheduleCommand.h"

#include "CommandLine.h"
#include "CommandOutput.h"
#include "CommandRegistry.h"
#include "service/ServiceSchedules.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace CommandOutput;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)
};

// In Beijing time, as the schedules' times are.
QString timeText(qint64 msecs)
{
    return msecs > 0
               ? QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone(8 * 3600)).toString(Qt::ISODate)
               : QString();
}

int add(const CommandLine &cl, ServiceSchedules &schedules)
{
    const auto job = ServiceSchedules::jobNamed(cl.value(QStringLiteral("job")));
    if (!job)
        return fail(Text::tr("schedule add needs --job followers or --job statistics."), 64);
    const QString appid = cl.value(QStringLiteral("appid"));
    if (appid.isEmpty())
        return fail(Text::tr("schedule add needs --appid."), 64);
    const auto minute = ServiceSchedules::minuteOfDay(cl.value(QStringLiteral("at")));
    if (!minute)
        return fail(Text::tr("schedule add needs --at HH:MM (Beijing time, 00:00 to 23:59), not "
                             "\"%1\".")
                        .arg(cl.value(QStringLiteral("at"))),
                    64);
    qint64 id = 0;
    const qint64 now = Clock::system().nowMsecs();
    if (const Status added = schedules.add(appid, *job, *minute, now, &id); !added.isOk())
        return fail(added.message(), 65);
    const bool today = *minute >= ServiceSchedules::beijingMinute(now);
    out() << (today ? Text::tr("Schedule %1: the service runs the %2 of %3 every day at %4 "
                               "Beijing time, first today.")
                    : Text::tr("Schedule %1: the service runs the %2 of %3 every day at %4 "
                               "Beijing time, first tomorrow."))
                 .arg(id)
                 .arg(ServiceSchedules::jobName(*job), appid, cl.value(QStringLiteral("at")))
          << Qt::endl;
    return 0;
}

int list(const CommandLine &cl, const ServiceSchedules &schedules)
{
    const auto all = schedules.list();
    if (!all.isOk())
        return fail(all.status().message());
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray json;
        for (const ServiceSchedules::Schedule &s : all.value()) {
            QJsonObject row{{QStringLiteral("id"), s.id},
                            {QStringLiteral("appid"), s.appid},
                            {QStringLiteral("job"), ServiceSchedules::jobName(s.job)},
                            {QStringLiteral("at"), s.at()}};
            if (s.lastStartedAt > 0) {
                row.insert(QStringLiteral("last_started_at"), timeText(s.lastStartedAt));
                row.insert(QStringLiteral("last_finished_at"), timeText(s.lastFinishedAt));
                row.insert(QStringLiteral("last_ok"), s.lastOk);
                row.insert(QStringLiteral("last_outcome"), s.lastOutcome);
            }
            json.append(row);
        }
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (all.value().isEmpty())
        err() << Text::tr("Nothing is scheduled: add a job with wxops schedule add --job "
                          "followers --appid ID --at HH:MM.")
              << Qt::endl;
    for (const ServiceSchedules::Schedule &s : all.value()) {
        QString last = Text::tr("not run yet");
        if (s.lastStartedAt > 0 && s.lastFinishedAt == 0)
            last = Text::tr("running since %1 (or its service stopped)")
                       .arg(timeText(s.lastStartedAt));
        else if (s.lastStartedAt > 0)
            last = (s.lastOk ? Text::tr("last run %1: %2") : Text::tr("last run %1 failed: %2"))
                       .arg(timeText(s.lastStartedAt), s.lastOutcome);
        out() << s.id << '\t' << s.at() << '\t' << ServiceSchedules::jobName(s.job) << '\t'
              << s.appid << '\t' << last << Qt::endl;
    }
    return 0;
}
} // namespace

int runScheduleCommand(const QStringList &arguments, const CommandLine &cl, Database &database)
{
    const QString what = arguments.value(1);
    ServiceSchedules schedules(database.connections().connection());
    if (what == QStringLiteral("add"))
        return add(cl, schedules);
    if (what == QStringLiteral("list"))
        return list(cl, schedules);
    if (what == QStringLiteral("remove")) {
        bool isNumber = false;
        const qint64 id = arguments.value(2).toLongLong(&isNumber);
        if (!isNumber)
            return fail(Text::tr("schedule remove needs the schedule's number (wxops schedule "
                                 "list shows them)."),
                        64);
        bool removed = false;
        if (const Status done = schedules.remove(id, &removed); !done.isOk())
            return fail(done.message(), 65);
        if (!removed)
            return fail(
                Text::tr("There is no schedule %1 (wxops schedule list shows them).").arg(id), 65);
        out() << Text::tr("Schedule %1 removed.").arg(id) << Qt::endl;
        return 0;
    }
    return fail(Text::tr("schedule needs add, list or remove."), 64);
}

Command scheduleCommand()
{
    auto tr = [](const char *text) { return QCoreApplication::translate("CommandLine", text); };
    return {QStringLiteral("schedule"),
            tr("Set the times the service syncs followers or fetches statistics (docs/team.md)."),
            QStringLiteral("schedule add --job followers|statistics --appid ID --at HH:MM\n"
                           "schedule list [--json]\nschedule remove ID"),
            {
                QCommandLineOption(QStringLiteral("job"),
                                   tr("schedule add: followers (the follower sync) or statistics "
                                      "(the statistics fetch)."),
                                   QStringLiteral("job")),
                CommonOptions::appid(),
                QCommandLineOption(QStringLiteral("at"),
                                   tr("schedule add: the time of day, HH:MM in Beijing time."),
                                   QStringLiteral("HH:MM")),
                CommonOptions::json(),
            },
            &runScheduleCommand};
}
