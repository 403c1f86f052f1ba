#include "ServiceSchedules.h"

#include "ServiceHeartbeats.h"
#include "storage/AppRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServiceSchedules)
};

QDateTime inBeijing(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone(8 * 3600));
}

const QString kColumns = QStringLiteral(
    "s.id, a.appid, s.job, s.at_minute, s.last_day, s.last_started_at, s.last_finished_at, "
    "s.last_outcome, s.last_ok, s.claimed_by");

ServiceSchedules::Schedule read(const QSqlQuery &q)
{
    ServiceSchedules::Schedule s;
    s.id = q.value(0).toLongLong();
    s.appid = q.value(1).toString();
    s.job = ServiceSchedules::jobNamed(q.value(2).toString())
                .value_or(ServiceSchedules::Job::Followers);
    s.atMinute = q.value(3).toInt();
    s.lastDay = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    s.lastStartedAt = q.value(5).toLongLong();
    s.lastFinishedAt = q.value(6).toLongLong();
    s.lastOutcome = q.value(7).toString();
    s.lastOk = q.value(8).toInt() != 0;
    s.claimedBy = q.value(9).toString();
    return s;
}
} // namespace

QString ServiceSchedules::jobName(Job job)
{
    return job == Job::Followers ? QStringLiteral("followers") : QStringLiteral("statistics");
}

std::optional<ServiceSchedules::Job> ServiceSchedules::jobNamed(const QString &name)
{
    if (name == QStringLiteral("followers"))
        return Job::Followers;
    if (name == QStringLiteral("statistics"))
        return Job::Statistics;
    return std::nullopt;
}

std::optional<int> ServiceSchedules::minuteOfDay(const QString &hhmm)
{
    static const QRegularExpression pattern(QStringLiteral("^([01][0-9]|2[0-3]):([0-5][0-9])$"));
    const QRegularExpressionMatch match = pattern.match(hhmm);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt() * 60 + match.captured(2).toInt();
}

QString ServiceSchedules::Schedule::at() const
{
    return QStringLiteral("%1:%2")
        .arg(atMinute / 60, 2, 10, QLatin1Char('0'))
        .arg(atMinute % 60, 2, 10, QLatin1Char('0'));
}

QDate ServiceSchedules::beijingDay(qint64 msecs)
{
    return inBeijing(msecs).date();
}

int ServiceSchedules::beijingMinute(qint64 msecs)
{
    const QTime time = inBeijing(msecs).time();
    return time.hour() * 60 + time.minute();
}

Status ServiceSchedules::add(const QString &appid, Job job, int atMinute, qint64 nowMsecs,
                             qint64 *id)
{
    Status status = Status::ok();
    const AppRepository apps(m_db);
    const std::optional<AppConfig> app = apps.find(appid, &status);
    WX_TRY(status);
    if (!app)
        return Status::failure(Text::tr("No app with AppID %1 is configured.").arg(appid));
    const qint64 appRow = apps.rowId(appid, &status);
    WX_TRY(status);
    if (job == Job::Followers && app->kind != AppConfig::Kind::OfficialAccount)
        return Status::failure(Text::tr("%1 is a Mini Program: only an Official Account has "
                                        "followers to sync.")
                                   .arg(appid));
    const auto existing = Sql::scalar(m_db,
                                      QStringLiteral("SELECT id FROM service_schedules WHERE "
                                                     "app_id = ? AND job = ? AND at_minute = ?"),
                                      {appRow, jobName(job), atMinute});
    WX_TRY(existing.status());
    if (!existing.value().isNull())
        return Status::failure(
            Text::tr("%1 already has this schedule (%2). wxops schedule list shows them all.")
                .arg(appid)
                .arg(existing.value().toLongLong()));
    // A time already past today first comes round tomorrow: as if today's run were done.
    const QVariant lastDay = atMinute < beijingMinute(nowMsecs)
                                 ? QVariant(beijingDay(nowMsecs).toString(Qt::ISODate))
                                 : QVariant(QMetaType(QMetaType::QString));
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("INSERT INTO service_schedules (app_id, job, at_minute, "
                                 "last_day) VALUES (?, ?, ?, ?) RETURNING id"),
                  {appRow, jobName(job), atMinute, lastDay}) ||
        !q.next())
        return Sql::failure(q);
    *id = q.value(0).toLongLong();
    return Status::ok();
}

Status ServiceSchedules::remove(qint64 id, bool *removed)
{
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("DELETE FROM service_schedules WHERE id = ?"), {id}))
        return Sql::failure(q);
    *removed = q.numRowsAffected() > 0;
    return Status::ok();
}

StatusOr<QList<ServiceSchedules::Schedule>> ServiceSchedules::list() const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("SELECT %1 FROM service_schedules s JOIN apps a ON a.id = "
                                    "s.app_id ORDER BY s.at_minute, a.appid, s.job")
                         .arg(kColumns)))
        return Sql::failure(q);
    QList<Schedule> schedules;
    while (q.next())
        schedules.append(read(q));
    return schedules;
}

StatusOr<std::optional<ServiceSchedules::Schedule>>
ServiceSchedules::claimDue(qint64 nowMsecs, const QString &service)
{
    const QString today = beijingDay(nowMsecs).toString(Qt::ISODate);
    const qint64 aliveSince = nowMsecs - ServiceHeartbeats::kSilenceMsecs;
    QSqlQuery due(m_db);
    if (!Sql::run(due,
                  QStringLiteral("SELECT %1 FROM service_schedules s JOIN apps a ON a.id = "
                                 "s.app_id WHERE s.at_minute <= ? AND (s.last_day IS NULL OR "
                                 "s.last_day < ? OR (s.last_finished_at IS NULL AND "
                                 "s.claimed_by <> ? AND NOT EXISTS (SELECT 1 FROM "
                                 "service_heartbeats h WHERE h.service = s.claimed_by AND "
                                 "h.seen_at >= ?))) ORDER BY s.at_minute, s.id")
                      .arg(kColumns),
                  {beijingMinute(nowMsecs), today, service, aliveSince}))
        return Sql::failure(due);
    QList<Schedule> candidates;
    while (due.next())
        candidates.append(read(due));
    due.finish(); // no read left open: SQLite could not turn it into the claim's write
    for (Schedule &schedule : candidates) {
        // Whoever moves the day (or the dead service's claim) first runs it; the others see
        // no row changed.
        const bool takeover =
            schedule.lastDay.isValid() && schedule.lastDay.toString(Qt::ISODate) >= today;
        QSqlQuery claim(m_db);
        if (!Sql::run(claim,
                      QStringLiteral("UPDATE service_schedules SET last_day = ?, "
                                     "last_started_at = ?, last_finished_at = NULL, "
                                     "last_outcome = NULL, claimed_by = ? WHERE id = ? AND %1")
                          .arg(takeover ? QStringLiteral("last_finished_at IS NULL AND "
                                                         "claimed_by = ?")
                                        : QStringLiteral("(last_day IS NULL OR last_day < ?)")),
                      {today, nowMsecs, service, schedule.id,
                       takeover ? QVariant(schedule.claimedBy) : QVariant(today)}))
            return Sql::failure(claim);
        if (claim.numRowsAffected() == 1) {
            schedule.lastDay = beijingDay(nowMsecs);
            schedule.lastStartedAt = nowMsecs;
            schedule.lastFinishedAt = 0;
            schedule.lastOutcome.clear();
            schedule.claimedBy = service;
            return std::optional<Schedule>(schedule);
        }
    }
    return std::optional<Schedule>();
}

Status ServiceSchedules::finish(qint64 id, bool ok, const QString &outcome, qint64 nowMsecs)
{
    return Sql::exec(m_db,
                     QStringLiteral("UPDATE service_schedules SET last_finished_at = ?, "
                                    "last_outcome = ?, last_ok = ? WHERE id = ?"),
                     {nowMsecs, outcome, ok ? 1 : 0, id});
}
