// The times an admin sets for the service's unattended work (issue 21): a schedule runs once a
// day at or after its Beijing time, a service that was down catches up once, and of several
// services looking at once only one runs it.
#include "service/HeartbeatTicker.h"
#include "service/ServiceHeartbeats.h"
#include "service/ServiceSchedules.h"
#include "storage/Sql.h"
#include "SyncTarget.h"
#include "util/Clock.h"

#include <QtTest>

namespace {
qint64 at(const QString &when)
{
    return QDateTime::fromString(when + QStringLiteral("+08:00"), Qt::ISODate).toMSecsSinceEpoch();
}
} // namespace

class TestSchedules : public QObject
{
    Q_OBJECT

    // What `service` claims at `when` (Beijing time): the schedule's id, or 0 for nothing.
    qint64 claimAt(ServiceSchedules &schedules, const QString &when,
                   const QString &service = QStringLiteral("host:1"))
    {
        const auto claimed = schedules.claimDue(at(when), service);
        if (!claimed.isOk())
            qWarning("%s", qPrintable(claimed.status().message()));
        return claimed.isOk() && claimed.value() ? claimed.value()->id : 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_emu.isRunning(), qPrintable(m_emu.error()));
        m_target = std::make_unique<SyncTarget>(m_emu);
        QVERIFY2(m_target->opened.isOk(), qPrintable(m_target->opened.message()));
        AppConfig mp;
        mp.appid = Emulator::mpAppid();
        mp.name = QStringLiteral("MP");
        mp.kind = AppConfig::Kind::MiniProgram;
        mp.apiBase = m_emu.baseUrl();
        QVERIFY(AppRepository(m_target->db()).insert(mp).isOk());
    }

    void theTimeOfDayIsParsedStrictly()
    {
        QCOMPARE(ServiceSchedules::minuteOfDay(QStringLiteral("00:00")), 0);
        QCOMPARE(ServiceSchedules::minuteOfDay(QStringLiteral("03:30")), 210);
        QCOMPARE(ServiceSchedules::minuteOfDay(QStringLiteral("23:59")), 1439);
        for (const char *bad : {"24:00", "3:30", "03:60", "0330", "", "03:30 ", "-1:00"})
            QVERIFY2(!ServiceSchedules::minuteOfDay(QString::fromLatin1(bad)), bad);
    }

    void aScheduleRunsOnceADayAtItsTime()
    {
        ServiceSchedules schedules(m_target->db());
        qint64 id = 0;
        QVERIFY(schedules
                    .add(Emulator::oaAppid(), ServiceSchedules::Job::Followers, 3 * 60,
                         at(QStringLiteral("2026-12-01T02:00:00")), &id)
                    .isOk());
        QCOMPARE(claimAt(schedules, QStringLiteral("2026-12-01T02:59:59")), 0);
        QCOMPARE(claimAt(schedules, QStringLiteral("2026-12-01T03:00:00")), id);
        QCOMPARE(claimAt(schedules, QStringLiteral("2026-12-01T03:00:01")), 0); // done today
        QCOMPARE(claimAt(schedules, QStringLiteral("2026-12-01T23:59:59")), 0);
        QVERIFY(schedules
                    .finish(id, true, QStringLiteral("synced"),
                            at(QStringLiteral("2026-12-01T03:01:00")))
                    .isOk());
        // The next day at the same time, again; Beijing's day, not UTC's (19:00 UTC is 03:00).
        QCOMPARE(claimAt(schedules, QStringLiteral("2026-12-02T02:59:00")), 0);
        const auto utcEvening = schedules.claimDue(
            QDateTime::fromString(QStringLiteral("2026-12-01T19:00:00Z"), Qt::ISODate)
                .toMSecsSinceEpoch(),
            QStringLiteral("host:1"));
        QVERIFY(utcEvening.isOk() && utcEvening.value());
        QCOMPARE(utcEvening.value()->id, id);
        // A service down for three days catches up once, not three times.
        QCOMPARE(claimAt(schedules, QStringLiteral("2026-12-05T10:00:00")), id);
        QCOMPARE(claimAt(schedules, QStringLiteral("2026-12-05T10:00:01")), 0);
        const auto listed = schedules.list();
        QVERIFY(listed.isOk() && listed.value().size() == 1);
        QCOMPARE(listed.value().constFirst().lastDay, QDate(2026, 12, 5));
        QCOMPARE(listed.value().constFirst().lastFinishedAt, 0); // running now
        QCOMPARE(listed.value().constFirst().at(), QStringLiteral("03:00"));
        bool removed = false;
        QVERIFY(schedules.remove(id, &removed).isOk() && removed);
        QVERIFY(schedules.remove(id, &removed).isOk() && !removed);
    }

    void aTimeAlreadyPastTodayFirstComesTomorrow()
    {
        ServiceSchedules schedules(m_target->db());
        qint64 id = 0;
        QVERIFY(schedules
                    .add(Emulator::oaAppid(), ServiceSchedules::Job::Statistics, 60,
                         at(QStringLiteral("2026-12-01T02:00:00")), &id)
                    .isOk());
        QCOMPARE(claimAt(schedules, QStringLiteral("2026-12-01T02:00:01")), 0);
        QCOMPARE(claimAt(schedules, QStringLiteral("2026-12-02T01:00:00")), id);
        bool removed = false;
        QVERIFY(schedules.remove(id, &removed).isOk() && removed);
    }

    // Two services (two connections) look at the same moment: one claims, the other finds the
    // day taken.
    void ofTwoServicesOnlyOneRunsIt()
    {
        ServiceSchedules first(m_target->db());
        Database otherService(m_target->testDb.spec());
        QVERIFY(otherService.open().isOk());
        ServiceSchedules second(otherService.connections().connection());
        qint64 id = 0;
        QVERIFY(first
                    .add(Emulator::oaAppid(), ServiceSchedules::Job::Followers, 4 * 60,
                         at(QStringLiteral("2026-12-01T02:00:00")), &id)
                    .isOk());
        // The second service is alive (its heartbeat is fresh) while it runs the job.
        const qint64 now = at(QStringLiteral("2026-12-01T04:00:00"));
        QVERIFY(ServiceHeartbeats(m_target->db())
                    .beat({QStringLiteral("host:2"), QStringLiteral("host"), QStringLiteral("svc"),
                           now, now})
                    .isOk());
        QCOMPARE(claimAt(second, QStringLiteral("2026-12-01T04:00:00"), QStringLiteral("host:2")),
                 id);
        QCOMPARE(claimAt(first, QStringLiteral("2026-12-01T04:00:00"), QStringLiteral("host:1")),
                 0);
        // It dies mid-run: once its heartbeat is a minute old, the first takes the run over,
        // and only one of two services looking does.
        QCOMPARE(claimAt(first, QStringLiteral("2026-12-01T04:00:59"), QStringLiteral("host:1")),
                 0);
        const qint64 later = at(QStringLiteral("2026-12-01T04:01:00"));
        QVERIFY(ServiceHeartbeats(m_target->db())
                    .beat({QStringLiteral("host:1"), QStringLiteral("host"), QStringLiteral("svc"),
                           later, later})
                    .isOk());
        QCOMPARE(claimAt(first, QStringLiteral("2026-12-01T04:01:01"), QStringLiteral("host:1")),
                 id);
        QCOMPARE(claimAt(second, QStringLiteral("2026-12-01T04:01:02"), QStringLiteral("host:3")),
                 0); // host:1 is alive and runs it
        const auto listed = first.list();
        QVERIFY(listed.isOk() && listed.value().size() == 1);
        QCOMPARE(listed.value().constFirst().claimedBy, QStringLiteral("host:1"));
        // A finished run is never taken over, whoever is silent.
        QVERIFY(first
                    .finish(id, true, QStringLiteral("synced"),
                            at(QStringLiteral("2026-12-01T04:02:00")))
                    .isOk());
        QCOMPARE(claimAt(second, QStringLiteral("2026-12-01T05:00:00"), QStringLiteral("host:3")),
                 0);
        bool removed = false;
        QVERIFY(first.remove(id, &removed).isOk() && removed);
    }

    // The service's heartbeat comes from a thread of its own: a caller busy for longer than the
    // interval (a round sending for minutes) does not let it fall silent; once the ticker is
    // gone nothing beats in the service's name (a clean stop's row stays deleted).
    void aBusyServiceKeepsItsHeartbeat()
    {
        Database service(m_target->testDb.spec());
        QVERIFY(service.open().isOk());
        ServiceHeartbeats heartbeats(m_target->db());
        const qint64 started = Clock::system().nowMsecs();
        QStringList failures;
        const auto newestSeen = [&heartbeats] {
            const auto newest = heartbeats.newest();
            return newest.isOk() && newest.value() &&
                           newest.value()->service == QStringLiteral("host:9")
                       ? newest.value()->seenAt
                       : qint64(-1);
        };
        {
            HeartbeatTicker ticker(
                service.connections(),
                {QStringLiteral("host:9"), QStringLiteral("host"), QStringLiteral("svc"), started,
                 started},
                Clock::system(), [&failures](const QString &why) { failures << why; }, 50);
            QThread::msleep(600); // busy: no event loop, no beat from this thread
            QVERIFY2(newestSeen() >= started + 300, "no beat while the caller was busy");
        }
        const qint64 last = newestSeen();
        QVERIFY(last >= started);
        QThread::msleep(300);
        QCOMPARE(newestSeen(), last);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY(heartbeats.stopped(QStringLiteral("host:9")).isOk());
    }

    void whatCannotBeScheduledIsRefusedWithAReason()
    {
        ServiceSchedules schedules(m_target->db());
        const qint64 now = at(QStringLiteral("2026-12-01T02:00:00"));
        qint64 id = 0;
        Status refused = schedules.add(QStringLiteral("wxnosuchapp000000"),
                                       ServiceSchedules::Job::Followers, 60, now, &id);
        QVERIFY2(refused.message().contains(QStringLiteral("No app with AppID wxnosuchapp000000")),
                 qPrintable(refused.message()));
        refused =
            schedules.add(Emulator::mpAppid(), ServiceSchedules::Job::Followers, 60, now, &id);
        QVERIFY2(refused.message().contains(QStringLiteral("Mini Program")),
                 qPrintable(refused.message()));
        // A Mini Program's statistics may be fetched.
        QVERIFY(schedules.add(Emulator::mpAppid(), ServiceSchedules::Job::Statistics, 60, now, &id)
                    .isOk());
        refused =
            schedules.add(Emulator::mpAppid(), ServiceSchedules::Job::Statistics, 60, now, &id);
        QVERIFY2(refused.message().contains(QStringLiteral("already has this schedule")),
                 qPrintable(refused.message()));
        // The same job at another time is another schedule.
        qint64 evening = 0;
        QVERIFY(
            schedules
                .add(Emulator::mpAppid(), ServiceSchedules::Job::Statistics, 20 * 60, now, &evening)
                .isOk());
        QVERIFY(evening != id);
    }

private:
    Emulator m_emu{{QStringLiteral("--followers"), QStringLiteral("10")}};
    std::unique_ptr<SyncTarget> m_target;
};

QTEST_GUILESS_MAIN(TestSchedules)
#include "tst_schedules.moc"
