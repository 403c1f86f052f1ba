#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <optional>
#include <QDate>
#include <QList>

// Table `service_schedules`: the unattended work an admin sets for `wxops service` (issue 21),
// each a job of one app at a time of day in Beijing (WeChat's day, as its statistics and quotas
// count it). A schedule runs once a day, the first time a service looks at or after its time;
// a service that was down catches up once, not once per missed day. Several services may look
// at once: a run is claimed by a compare-and-set of the day on its row, so only one does it;
// a run a dead service left unfinished is taken over the same way (both jobs are idempotent).
class ServiceSchedules
{
public:
    enum class Job
    {
        Followers, // the follower sync of an Official Account
        Statistics // the statistics fetch (the year up to yesterday, days held skipped)
    };
    static QString jobName(Job job);                            // "followers", "statistics"
    static std::optional<Job> jobNamed(const QString &name);    // as the command line spells it
    static std::optional<int> minuteOfDay(const QString &hhmm); // "03:30" -> 210

    struct Schedule
    {
        qint64 id = 0;
        QString appid;
        Job job = Job::Followers;
        int atMinute = 0; // minutes after midnight in Beijing
        QDate lastDay;    // the Beijing day of the last run claimed; invalid: never
        qint64 lastStartedAt = 0;
        qint64 lastFinishedAt = 0; // 0 while it runs, or if its service died
        QString lastOutcome;
        bool lastOk = false;
        QString claimedBy;  // the service that ran it last
        QString at() const; // "03:30"
    };

    explicit ServiceSchedules(DbConnection db) : m_db(db) {}

    // The first run is the next time Beijing's clock reads `atMinute`: today if that is still
    // to come (or now), else tomorrow. The same job of an app at the same time is refused.
    Status add(const QString &appid, Job job, int atMinute, qint64 nowMsecs, qint64 *id);
    Status remove(qint64 id, bool *removed);
    StatusOr<QList<Schedule>> list() const;

    // Claims for `service` (its heartbeat's id) the next schedule due at `nowMsecs` that no
    // service has run today, or whose run today another service left unfinished and that
    // service has gone silent (ServiceHeartbeats: a crash loses no day); nothing when none is
    // due or another service claimed it first.
    StatusOr<std::optional<Schedule>> claimDue(qint64 nowMsecs, const QString &service);
    Status finish(qint64 id, bool ok, const QString &outcome, qint64 nowMsecs);

    static QDate beijingDay(qint64 msecs);
    static int beijingMinute(qint64 msecs);

private:
    DbConnection m_db;
};
