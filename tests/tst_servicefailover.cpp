// Issue 21's availability promise, end to end on a real PostgreSQL: two `wxops service`
// processes and a console share one database; the console starts a 5,000-recipient campaign
// while wxemu fails a tenth of the calls; one service is SIGKILLed in the middle of its sends.
// The other takes over the rows the dead one had in flight (as unknown, never re-sent blind),
// finishes the campaign, and after the console's "re-send unknown" everyone has the message
// exactly once: WeChat's de-duplication of the same client_msg_id is all a re-send relies on.
#include "credentials/CredentialSecrets.h"
#include "DbSnapshot.h"
#include "messaging/CampaignStore.h"
#include "PointsCampaign.h"
#include "segments/SegmentStore.h"
#include "storage/Sql.h"
#include "SyncTarget.h"
#include "WxopsCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {
constexpr int kFollowers = 5000;
const QString kConsole = QStringLiteral("li_na");
} // namespace

class TestServiceFailover : public QObject
{
    Q_OBJECT

    // One `wxops service`, with the AppSecret as a systemd credential file and its own home.
    void startService(QProcess &service, const QTemporaryDir &home)
    {
        qputenv("CREDENTIALS_DIRECTORY", m_credentials.path().toUtf8());
        WxopsCli(home, m_target->testDb.spec().toUrl()).start(service, {QStringLiteral("service")});
        qunsetenv("CREDENTIALS_DIRECTORY");
    }
    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        const auto value = Sql::scalar(m_target->db(), sql, values);
        return value.isOk() ? value.value().toLongLong() : -1;
    }
    qint64 rowsIn(const QString &state)
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE campaign_id = ? AND "
                                     "state = ?"),
                      {m_campaign, state});
    }
    // Rows a service's runs stamped: runner ids are "host/machine:pid:n".
    qint64 rowsOfProcess(qint64 pid, const QString &state)
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE campaign_id = ? AND "
                                     "state = ? AND claimed_by LIKE ?"),
                      {m_campaign, state, QStringLiteral("%:%1:%").arg(pid)});
    }
    QString campaignState()
    {
        const auto value =
            Sql::scalar(m_target->db(), QStringLiteral("SELECT state FROM campaigns WHERE id = ?"),
                        {m_campaign});
        return value.isOk() ? value.value().toString() : value.status().message();
    }
    // What wxemu accepted as messages (its de-duplication applied), per openid.
    QHash<QString, int> delivered()
    {
        QHash<QString, int> byOpenid;
        for (const QJsonValue &m : m_emu.get(QStringLiteral("/_emu/messages"))
                                       .value(QStringLiteral("messages"))
                                       .toArray())
            ++byOpenid[m.toObject().value(QStringLiteral("touser")).toString()];
        return byOpenid;
    }
    static QString tail(QProcess &process)
    {
        return QString::fromUtf8(process.readAllStandardError().right(3000));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(TestDatabase::backendName() == QStringLiteral("postgresql"),
                 "registered for PostgreSQL only: SKIP LOCKED is the services' coordination");
        QVERIFY(m_homeA.isValid() && m_homeB.isValid() && m_credentials.isValid());
        QVERIFY2(m_emu.isRunning(), qPrintable(m_emu.error()));
        m_target = std::make_unique<SyncTarget>(m_emu);
        QVERIFY2(m_target->opened.isOk(), qPrintable(m_target->opened.message()));
        QVERIFY(m_target->sync().ok());
        QFile secret(m_credentials.filePath(CredentialSecrets::fileName(Emulator::oaAppid())));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(Emulator::oaSecret().toUtf8() + '\n');
        secret.close();
    }

    void aKilledServicesCampaignFinishesOnTheOtherWithNobodyTwice()
    {
        // The console's part: a segment and a campaign, started. It holds no secret.
        qint64 segment = 0;
        QVERIFY(SegmentStore(m_target->db(), Clock::system())
                    .create(QStringLiteral("everyone"), "{\"all\": []}", &segment)
                    .isOk());
        const CampaignDefinition d = pointsCampaign(
            {{QStringLiteral("rate_per_second"), 250}, {QStringLiteral("concurrency"), 32}});
        QVERIFY(!d.name.isEmpty());
        CampaignStore store(m_target->db(), Clock::system());
        QVERIFY(store.create(d, kConsole, &m_campaign).isOk());

        // From here on WeChat fails a tenth of the calls, each call taking 20 ms, so a service
        // always has sends on the wire.
        m_emu.configure(
            {{QStringLiteral("fault_rate"), 0.1},
             {QStringLiteral("latency_ms"), 20},
             {QStringLiteral("faults"),
              QJsonArray{QStringLiteral("busy"), QStringLiteral("http500"), QStringLiteral("reset"),
                         QStringLiteral("minute-limit"), QStringLiteral("lost-reply")}}});
        QProcess first;
        QProcess second;
        startService(first, m_homeA);
        startService(second, m_homeB);
        QVERIFY(first.waitForStarted() && second.waitForStarted());
        const Status started = store.start(m_campaign, kConsole);
        QVERIFY2(started.isOk(), qPrintable(started.message()));
        const qint64 recipients = rowsIn(QStringLiteral("pending"));
        QVERIFY2(recipients >= kFollowers * 9 / 10, qPrintable(QString::number(recipients)));

        // Both work the campaign; the first dies without a word once a fifth has gone out.
        QTRY_VERIFY2_WITH_TIMEOUT(rowsOfProcess(first.processId(), QStringLiteral("sent")) > 0 &&
                                      rowsOfProcess(second.processId(), QStringLiteral("sent")) >
                                          0 &&
                                      rowsIn(QStringLiteral("sent")) >= recipients / 5,
                                  qPrintable(tail(first) + tail(second)), 60000);
        const qint64 deadPid = first.processId();
        first.kill(); // SIGKILL: no release of its lease, its sends cut mid-flight
        QVERIFY(first.waitForFinished(10000));
        const qint64 leftInFlight = rowsOfProcess(deadPid, QStringLiteral("sending"));
        QVERIFY2(leftInFlight > 0, "the service died with nothing in flight: the test proves less");
        QVERIFY2(rowsIn(QStringLiteral("pending")) > 0, "the campaign was over before the kill");
        const qint64 sentByTheDead = rowsOfProcess(deadPid, QStringLiteral("sent"));

        // The other service finishes it, the dead one's rows in flight taken over as unknown.
        QTRY_VERIFY2_WITH_TIMEOUT(campaignState() == QStringLiteral("finished"),
                                  qPrintable(campaignState() + u'\n' + tail(second)), 120000);
        QCOMPARE(rowsOfProcess(deadPid, QStringLiteral("sending")), 0);
        QCOMPARE(rowsOfProcess(deadPid, QStringLiteral("sent")), sentByTheDead);
        QVERIFY(rowsIn(QStringLiteral("unknown")) >= leftInFlight);

        // The console re-sends the unknown rows; the live service takes them up (LISTEN) and
        // WeChat's de-duplication keeps each to one message. Every attempt of a row may go
        // unanswered again at 10 %, hence a few rounds.
        for (int round = 0; round < 5 && rowsIn(QStringLiteral("unknown")) > 0; ++round) {
            qint64 requeued = 0;
            QVERIFY(store.resendUnknown(m_campaign, kConsole, &requeued).isOk());
            QTRY_VERIFY2_WITH_TIMEOUT(rowsIn(QStringLiteral("pending")) == 0 &&
                                          rowsIn(QStringLiteral("sending")) == 0 &&
                                          campaignState() == QStringLiteral("finished"),
                                      qPrintable(campaignState() + u'\n' + tail(second)), 60000);
        }
        QCOMPARE(rowsIn(QStringLiteral("unknown")), 0);
        qInfo("%lld recipients; the killed service had sent %lld and left %lld in flight; the "
              "other sent %lld",
              recipients, sentByTheDead, leftInFlight,
              rowsIn(QStringLiteral("sent")) - sentByTheDead);
        QCOMPARE(rowsIn(QStringLiteral("pending")), 0);
        QCOMPARE(rowsIn(QStringLiteral("sending")), 0);

        // Nobody twice; everyone marked sent has the message, nobody else has one.
        const QHash<QString, int> messages = delivered();
        for (auto it = messages.cbegin(); it != messages.cend(); ++it)
            QVERIFY2(
                it.value() == 1,
                qPrintable(it.key() + QStringLiteral(" received %1 messages").arg(it.value())));
        const QStringList sentTo = DbSnapshot::rows(
            m_target->db(),
            QStringLiteral("SELECT a.openid FROM deliveries d JOIN accounts a ON a.id = "
                           "d.account_id WHERE d.campaign_id = %1 AND d.state = 'sent' ORDER BY "
                           "a.openid")
                .arg(m_campaign));
        QStringList receivers = messages.keys();
        receivers.sort();
        QCOMPARE(receivers, sentTo);
        // A row fails for good only after five refusals in a row (10^-5 each): almost everyone
        // is sent.
        QVERIFY2(sentTo.size() >= recipients - 5, qPrintable(QString::number(sentTo.size())));

        second.terminate();
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 0);
    }

private:
    QTemporaryDir m_homeA;
    QTemporaryDir m_homeB;
    QTemporaryDir m_credentials;
    Emulator m_emu{{QStringLiteral("--followers"), QString::number(kFollowers),
                    QStringLiteral("--seed"), QStringLiteral("21")}};
    std::unique_ptr<SyncTarget> m_target;
    qint64 m_campaign = 0;
};

QTEST_GUILESS_MAIN(TestServiceFailover)
#include "tst_servicefailover.moc"
