// `wxops sync`, `wxops import`, `wxops lookup`, `wxops identity rebuild` as support and admins run
// them: the real binary against wxemu and a SQLite file, including a sync killed mid-run.
#include "DbSnapshot.h"
#include "Emulator.h"
#include "WxopsCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTcpServer>
#include <QtTest>

using Run = WxopsCli::Run;

class TestSyncCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(m_emu.isRunning(), qPrintable(m_emu.error()));
        m_dbFile = m_home.filePath(QStringLiteral("console.db"));
        m_cli = std::make_unique<WxopsCli>(m_home, QStringLiteral("sqlite:") + m_dbFile);
        for (const auto &[kind, appid, secret] :
             {std::tuple{QStringLiteral("oa"), Emulator::oaAppid(), Emulator::oaSecret()},
              std::tuple{QStringLiteral("mp"), Emulator::mpAppid(), Emulator::mpSecret()}}) {
            const Run run =
                m_cli->run({QStringLiteral("account"), QStringLiteral("add"),
                            QStringLiteral("--kind"), kind, QStringLiteral("--appid"), appid,
                            QStringLiteral("--name"), kind, QStringLiteral("--api-base"),
                            m_emu.baseUrl().toString(), QStringLiteral("--secret-stdin")},
                           secret);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
    }

    void syncKilledMidRunResumes()
    {
        // Slow the emulator so the first run is surely in the middle when it is killed.
        m_emu.configure({{QStringLiteral("latency_ms"), 15}});
        QProcess first;
        m_cli->start(first, {QStringLiteral("sync"), QStringLiteral("followers"),
                             QStringLiteral("--appid"), Emulator::oaAppid()});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(listedSoFar() > 0, 30000);
        first.kill(); // no chance to clean up: like a crash or a power cut
        first.waitForFinished();
        const qint64 listedBeforeKill = listedSoFar();
        m_emu.configure({{QStringLiteral("latency_ms"), 0}});

        const Run run = m_cli->run({QStringLiteral("sync"), QStringLiteral("followers"),
                                    QStringLiteral("--appid"), Emulator::oaAppid()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const qint64 subscribed = m_emu.get(QStringLiteral("/_emu/population"))
                                      .value(QStringLiteral("subscribed"))
                                      .toInt();
        const QRegularExpression summary(
            QStringLiteral("^synced (\\d+) followers \\((\\d+) subscribed, (\\d+) unsubscribed\\) "
                           "in [0-9.]+ s\\n$"));
        const QRegularExpressionMatch match = summary.match(run.out);
        QVERIFY2(match.hasMatch(), qPrintable(run.out));
        QCOMPARE(match.captured(1).toLongLong(), subscribed);
        QCOMPARE(match.captured(2).toLongLong(), subscribed);
        QCOMPARE(match.captured(3).toLongLong(), 0);
        QVERIFY2(run.err.contains(
                     QStringLiteral("resuming follower sync after %1").arg(listedBeforeKill)),
                 qPrintable(run.err.left(2000)));
        // Progress went to stderr with done / total, rate and time left.
        QVERIFY2(run.err.contains(QRegularExpression(
                     QStringLiteral("followers: [0-9,]+ / [0-9,]+ \\([0-9.]+%\\), [0-9,]+/s"))),
                 qPrintable(run.err.left(2000)));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE subscribed = 1")),
                 subscribed);

        const Run tags = m_cli->run({QStringLiteral("sync"), QStringLiteral("tags"),
                                     QStringLiteral("--appid"), Emulator::oaAppid()});
        QVERIFY2(tags.exitCode == 0, qPrintable(tags.err));
    }

    // WeChat out of reach: on the command line the advice is the command that fixes the app.
    void anUnreachableApiNamesTheCommandThatFixesIt()
    {
        const auto apiBase = [this](const QString &url) {
            return m_cli->run({QStringLiteral("account"), QStringLiteral("edit"),
                               QStringLiteral("--appid"), Emulator::oaAppid(),
                               QStringLiteral("--api-base"), url});
        };
        QTcpServer closed; // a port nobody listens on once closed
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString gone = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        QVERIFY(apiBase(gone).exitCode == 0);
        const Run run = m_cli->run({QStringLiteral("sync"), QStringLiteral("tags"),
                                    QStringLiteral("--appid"), Emulator::oaAppid()});
        QVERIFY(apiBase(m_emu.baseUrl().toString()).exitCode == 0);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("wxops account edit --appid %1 --api-base")
                                      .arg(Emulator::oaAppid())),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("Settings → Accounts")), qPrintable(run.err));
    }

    void importAndLookup()
    {
        const QString file = m_home.filePath(QStringLiteral("mp.jsonl"));
        const QString exported =
            Emulator::exportMp(file,
                               {QStringLiteral("--followers"), QStringLiteral("15000"),
                                QStringLiteral("--mp-users"), QStringLiteral("800")},
                               3);
        QVERIFY2(exported.isEmpty(), qPrintable(exported));
        Run run = m_cli->run({QStringLiteral("import"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out,
                 QStringLiteral("imported 800 users, 2400 events (0 duplicates, 0 bad rows)\n"));
        run = m_cli->run({QStringLiteral("import"), file});
        QCOMPARE(run.out,
                 QStringLiteral("imported 800 users, 0 events (2400 duplicates, 0 bad rows)\n"));

        // An OA follower whose unionid an MP user shares: one profile, two accounts.
        const QString unionid =
            DbSnapshot::rows(db(), QStringLiteral("SELECT a.unionid FROM accounts a JOIN "
                                                  "accounts b ON b.unionid = a.unionid "
                                                  "AND b.app_id <> a.app_id ORDER BY "
                                                  "a.unionid LIMIT 1"))
                .value(0);
        QVERIFY(!unionid.isEmpty());
        run = m_cli->run({QStringLiteral("lookup"), unionid, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray profiles = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(profiles.size(), 1);
        const QJsonObject profile = profiles.at(0).toObject();
        const QJsonArray accounts = profile.value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 2);
        QStringList kinds;
        for (const QJsonValue &a : accounts) {
            QCOMPARE(a.toObject().value(QStringLiteral("unionid")).toString(), unionid);
            kinds << a.toObject().value(QStringLiteral("kind")).toString();
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("mp"), QStringLiteral("oa")}));
        QCOMPARE(profile.value(QStringLiteral("event_count")).toInt(), 3);
        // The same person by its MP openid.
        const QString mpOpenid = [&] {
            for (const QJsonValue &a : accounts)
                if (a.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("mp"))
                    return a.toObject().value(QStringLiteral("openid")).toString();
            return QString();
        }();
        run = m_cli->run({QStringLiteral("lookup"), mpOpenid, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array(), profiles);

        run = m_cli->run({QStringLiteral("lookup"), QStringLiteral("no-such-person")});
        QCOMPARE(run.exitCode, 1);

        const QStringList partition = DbSnapshot::partition(db());
        run = m_cli->run({QStringLiteral("identity"), QStringLiteral("rebuild")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(DbSnapshot::partition(db()), partition);
    }

    void badImportSaysWhatToDo()
    {
        const QString file = m_home.filePath(QStringLiteral("bad.jsonl"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"kind\":\"user\",\"appid\":\"wxmp0000000000emu\",\"openid\":\"new-1\"}\n"
                "{\"kind\":\"user\",\"appid\":\"wxmp0000000000emu\"}\n");
        f.close();
        const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM accounts"));
        Run run = m_cli->run({QStringLiteral("import"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("line 2: missing required field \"openid\"")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("--skip-bad-rows")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM accounts")), before);

        const QString report = m_home.filePath(QStringLiteral("report.txt"));
        run = m_cli->run({QStringLiteral("import"), file, QStringLiteral("--skip-bad-rows"),
                          QStringLiteral("--report"), report});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 QStringLiteral("imported 1 users, 0 events (0 duplicates, 1 bad rows)\n"));
        QFile written(report);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("line 2: missing required field \"openid\"\n"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM accounts")), before + 1);
    }

    void cleanupTestCase()
    {
        // Nothing the runs printed or logged holds a secret or a token.
        QVERIFY(!m_cli->stderrSoFar.contains(Emulator::oaSecret()));
        QVERIFY(!m_cli->stderrSoFar.contains(Emulator::mpSecret()));
        QVERIFY(!m_cli->stderrSoFar.contains(QStringLiteral("access_token=E")));
    }

private:
    QSqlDatabase db()
    {
        if (!QSqlDatabase::contains(QStringLiteral("check"))) {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_dbFile);
            db.open();
        }
        return QSqlDatabase::database(QStringLiteral("check"));
    }
    qint64 count(const QString &sql) { return DbSnapshot::count(db(), sql); }
    qint64 listedSoFar()
    {
        const QString progress =
            DbSnapshot::rows(db(), QStringLiteral("SELECT progress FROM sync_state WHERE kind = "
                                                  "'followers'"))
                .value(0);
        return QJsonDocument::fromJson(progress.toUtf8())
            .object()
            .value(QStringLiteral("listed"))
            .toInteger();
    }

    QTemporaryDir m_home;
    QString m_dbFile;
    Emulator m_emu{{QStringLiteral("--followers"), QStringLiteral("15000"),
                    QStringLiteral("--mp-users"), QStringLiteral("800")}};
    std::unique_ptr<WxopsCli> m_cli;
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
