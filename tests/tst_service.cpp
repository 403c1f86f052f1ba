// `wxops service --once` as a team runs it: a console with no AppSecret starts a campaign, and
// the service, holding the secret as a systemd credential file, sends it to every recipient
// exactly once. Without the credential (and none in the keychain) it says why and sends nothing.
#include "credentials/CredentialSecrets.h"
#include "credentials/SecretStore.h"
#include "messaging/CampaignStore.h"
#include "PointsCampaign.h"
#include "segments/SegmentStore.h"
#include "service/CampaignWakeups.h"
#include "service/ServiceHeartbeats.h"
#include "storage/Sql.h"
#include "SyncTarget.h"
#include "WxopsCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTimeZone>
#include <QtTest>

class TestService : public QObject
{
    Q_OBJECT

    WxopsCli::Run serviceOnce(const QString &credentialsDir)
    {
        qputenv("CREDENTIALS_DIRECTORY", credentialsDir.toUtf8());
        WxopsCli cli(m_home, m_target->testDb.spec().toUrl());
        const WxopsCli::Run run =
            cli.run({QStringLiteral("service"), QStringLiteral("--once")}, {}, 120000);
        qunsetenv("CREDENTIALS_DIRECTORY");
        return run;
    }
    qint64 countIn(const QString &state)
    {
        return Sql::scalar(m_target->db(),
                           QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE campaign_id = ? "
                                          "AND state = ?"),
                           {m_campaign, state})
            .value()
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_credentials.isValid());
        QVERIFY2(m_emu.isRunning(), qPrintable(m_emu.error()));
        m_target = std::make_unique<SyncTarget>(m_emu);
        QVERIFY2(m_target->opened.isOk(), qPrintable(m_target->opened.message()));
        QVERIFY(m_target->sync().ok());
        qint64 segment = 0;
        QVERIFY(SegmentStore(m_target->db(), Clock::system())
                    .create(QStringLiteral("everyone"), "{\"all\": []}", &segment)
                    .isOk());
        const CampaignDefinition d = pointsCampaign(
            {{QStringLiteral("fields"),
              QJsonObject{{QStringLiteral("character_string1"), QStringLiteral("{{profile_id}}")},
                          {QStringLiteral("amount2"), QStringLiteral("+100")}}}});
        QVERIFY(!d.name.isEmpty());
        // The console's part: create and start. Neither needs the AppSecret.
        CampaignStore store(m_target->db(), Clock::system());
        QVERIFY(store.create(d, QStringLiteral("li_na"), &m_campaign).isOk());
        const Status started = store.start(m_campaign, QStringLiteral("li_na"));
        QVERIFY2(started.isOk(), qPrintable(started.message()));
        QVERIFY(countIn(QStringLiteral("pending")) > 50);
    }

    void withoutTheSecretNothingIsSent()
    {
        // Nothing in the keychain either (this test holds the keychain's lock in CTest).
        SecretStore().removeAndWait(SecretStore::appSecretKey(Emulator::oaAppid()));
        QTemporaryDir empty;
        const WxopsCli::Run run = serviceOnce(empty.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The campaign pauses with the reason, for staff to see on the Campaigns page.
        QVERIFY2(run.err.contains(QStringLiteral("campaign %1 paused").arg(m_campaign)) &&
                     run.err.contains(QStringLiteral("secret")),
                 qPrintable(run.err));
        QCOMPARE(countIn(QStringLiteral("sent")), 0);
        CampaignStore::Campaign campaign;
        QVERIFY(CampaignStore(m_target->db(), Clock::system()).load(m_campaign, &campaign).isOk());
        QCOMPARE(campaign.state, CampaignState::Paused);
    }

    void theServiceSendsWhatTheConsoleStarted()
    {
        const qint64 pending = countIn(QStringLiteral("pending"));
        // The admin gives the service the secret; marketing resumes at their console.
        QVERIFY(CampaignStore(m_target->db(), Clock::system())
                    .resume(m_campaign, QStringLiteral("li_na"))
                    .isOk());
        QFile secret(m_credentials.filePath(CredentialSecrets::fileName(Emulator::oaAppid())));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(Emulator::oaSecret().toUtf8() + '\n');
        secret.close();
        const WxopsCli::Run run = serviceOnce(m_credentials.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(countIn(QStringLiteral("sent")), pending);
        QCOMPARE(countIn(QStringLiteral("pending")), 0);
        QCOMPARE(Sql::scalar(m_target->db(),
                             QStringLiteral("SELECT state FROM campaigns WHERE id = ?"),
                             {m_campaign})
                     .value()
                     .toString(),
                 QStringLiteral("finished"));
        // Each recipient was asked for once: wxemu counts the valid send requests per openid.
        const QJsonObject requests = m_emu.get(QStringLiteral("/_emu/messages"))
                                         .value(QStringLiteral("send_requests"))
                                         .toObject();
        QCOMPARE(qint64(requests.size()), pending);
        for (const QJsonValue &count : requests)
            QCOMPARE(count.toInt(), 1);
        // It said it was alive, with the host it runs on.
        const auto seen = ServiceHeartbeats(m_target->db()).newest();
        QVERIFY(seen.isOk() && seen.value().has_value());
        QCOMPARE(seen.value()->host, QSysInfo::machineHostName());
        QVERIFY(QDateTime::currentMSecsSinceEpoch() - seen.value()->seenAt <
                ServiceHeartbeats::kSilenceMsecs);
        // A second round finds nothing to do.
        const WxopsCli::Run again = serviceOnce(m_credentials.path());
        QVERIFY2(again.exitCode == 0 && !again.err.contains(QStringLiteral("sent")),
                 qPrintable(again.err));
        QVERIFY2(!again.err.contains(Emulator::oaSecret()) &&
                     !run.err.contains(Emulator::oaSecret()),
                 "the secret reached the log");
    }

    // The admin schedules a follower sync and a statistics fetch for now; the service's round
    // runs both with the secret it holds, once today.
    void theServiceRunsWhatTheAdminScheduled()
    {
        const auto beijingNow = [] {
            return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600));
        };
        if (beijingNow().time().second() >= 55) // "now" must still be now when it is added
            QTest::qWait(6000);
        const QString now = beijingNow().toString(QStringLiteral("HH:mm"));
        WxopsCli cli(m_home, m_target->testDb.spec().toUrl());
        for (const QString &job : {QStringLiteral("followers"), QStringLiteral("statistics")}) {
            const WxopsCli::Run added = cli.run(
                {QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("--job"), job,
                 QStringLiteral("--appid"), Emulator::oaAppid(), QStringLiteral("--at"), now});
            QVERIFY2(added.exitCode == 0 && added.out.contains(QStringLiteral("first today")),
                     qPrintable(added.out + added.err));
        }
        const qint64 statsBefore =
            Sql::scalar(m_target->db(), QStringLiteral("SELECT COUNT(*) FROM wechat_stats"))
                .value()
                .toLongLong();
        QCOMPARE(statsBefore, 0);
        const WxopsCli::Run run = serviceOnce(m_credentials.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QRegularExpression(
                     QStringLiteral("\\(followers of %1 at %2\\): synced [1-9][0-9] followers")
                         .arg(Emulator::oaAppid(), now))),
                 qPrintable(run.err.right(2000)));
        QVERIFY2(
            run.err.contains(
                QStringLiteral("(statistics of %1 at %2): fetched ").arg(Emulator::oaAppid(), now)),
            qPrintable(run.err));
        QVERIFY(Sql::scalar(m_target->db(), QStringLiteral("SELECT COUNT(*) FROM wechat_stats"))
                    .value()
                    .toLongLong() > 100);
        // `schedule list` says how each went.
        const WxopsCli::Run listed =
            cli.run({QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray schedules = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(schedules.size(), 2);
        for (const QJsonValue &s : schedules)
            QVERIFY2(s[QStringLiteral("last_ok")].toBool() &&
                         !s[QStringLiteral("last_finished_at")].toString().isEmpty(),
                     qPrintable(listed.out));
        // Once a day: the next round leaves them alone.
        const WxopsCli::Run again = serviceOnce(m_credentials.path());
        QVERIFY2(again.exitCode == 0 && !again.err.contains(QStringLiteral("schedule ")),
                 qPrintable(again.err));
        QVERIFY2(!run.err.contains(Emulator::oaSecret()), "the secret reached the log");
    }

    // Left running, it polls; SIGTERM stops it cleanly and it says it is gone.
    void sigtermStopsItCleanly()
    {
        QProcess service;
        WxopsCli(m_home, m_target->testDb.spec().toUrl())
            .start(service, {QStringLiteral("service")});
        QVERIFY(service.waitForStarted());
        ServiceHeartbeats heartbeats(m_target->db());
        const auto ownBeat = [&] {
            const auto seen = heartbeats.newest();
            return seen.isOk() && seen.value() &&
                   seen.value()->service.endsWith(u':' + QString::number(service.processId()));
        };
        QTRY_VERIFY_WITH_TIMEOUT(ownBeat(), 20000);
        service.terminate(); // SIGTERM
        QVERIFY(service.waitForFinished(20000));
        QCOMPARE(service.exitStatus(), QProcess::NormalExit);
        QCOMPARE(service.exitCode(), 0);
        QVERIFY(!ownBeat());
    }

    // On PostgreSQL a campaign that starts running wakes the listening services at once.
    void aStartWakesTheServices()
    {
        CampaignWakeups wakeups(m_target->testDb.isPostgres()
                                    ? m_target->testDb.connectAs(QStringLiteral("postgres"))
                                    : m_target->db());
        QCOMPARE(wakeups.isListening(), m_target->testDb.isPostgres());
        if (!wakeups.isListening())
            return; // SQLite: the service polls
        QSignalSpy woken(&wakeups, &CampaignWakeups::campaignStarted);
        CampaignStore store(m_target->db(), Clock::system());
        CampaignStore::Campaign first;
        QVERIFY(store.load(m_campaign, &first).isOk());
        qint64 id = 0;
        QVERIFY(store.create(first.definition, QStringLiteral("li_na"), &id).isOk());
        QVERIFY(store.start(id, QStringLiteral("li_na")).isOk());
        QVERIFY(woken.wait(5000));
        QCOMPARE(woken.constFirst().constFirst().toLongLong(), id);
    }

private:
    QTemporaryDir m_home;
    QTemporaryDir m_credentials;
    Emulator m_emu{{QStringLiteral("--followers"), QStringLiteral("80"), QStringLiteral("--seed"),
                    QStringLiteral("11")}};
    std::unique_ptr<SyncTarget> m_target;
    qint64 m_campaign = 0;
};

QTEST_GUILESS_MAIN(TestService)
#include "tst_service.moc"
