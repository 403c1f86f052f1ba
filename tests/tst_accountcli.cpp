// `wxops account ...` as an admin runs it: real binary, real keychain, real wxemu, real SQLite.
#include "credentials/SecretStore.h"
#include "Emulator.h"
#include "WxopsCli.h"

#include <QProcess>
#include <QtTest>

using Run = WxopsCli::Run;

class TestAccountCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_database = QStringLiteral("sqlite:") + m_home.filePath(QStringLiteral("console.db"));
    }

    void addListTestReplaceRemove()
    {
        Emulator emu;
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        const QString appid = Emulator::oaAppid();

        Run run =
            wxops({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kind"),
                   QStringLiteral("oa"), QStringLiteral("--appid"), appid, QStringLiteral("--name"),
                   QStringLiteral("品牌服务号"), QStringLiteral("--api-base"),
                   emu.baseUrl().toString(), QStringLiteral("--secret-stdin")},
                  Emulator::oaSecret());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // The secret is in the keychain and nowhere on the command line.
        SecretStore keychain;
        QCOMPARE(keychain.readAndWait(SecretStore::appSecretKey(appid)).secret,
                 Emulator::oaSecret());

        run = wxops({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray apps = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(apps.size(), 1);
        QCOMPARE(apps.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("品牌服务号"));
        QCOMPARE(apps.at(0).toObject().value(QStringLiteral("secret")).toString(),
                 QStringLiteral("stored"));

        run = wxops(
            {QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("--appid"), appid});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("connected")));

        // Replace the secret with a wrong one: the test now fails with the admin's message.
        run = wxops({QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("--appid"),
                     appid, QStringLiteral("--secret-stdin")},
                    QStringLiteral("a-wrong-secret-123"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(keychain.readAndWait(SecretStore::appSecretKey(appid)).secret,
                 QStringLiteral("a-wrong-secret-123"));
        run = wxops(
            {QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("--appid"), appid});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("AppSecret")), qPrintable(run.err));

        run = wxops({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("--appid"),
                     appid});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(int(keychain.readAndWait(SecretStore::appSecretKey(appid)).outcome),
                 int(SecretStore::Outcome::NotFound));
        run = wxops({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);
    }

    void deniedIpMessage()
    {
        Emulator emu({QStringLiteral("--deny-ip")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        const QString appid = QStringLiteral("wxdenied000000000ip");
        QCOMPARE(
            wxops({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kind"),
                   QStringLiteral("oa"), QStringLiteral("--appid"), appid, QStringLiteral("--name"),
                   QStringLiteral("Denied"), QStringLiteral("--api-base"), emu.baseUrl().toString(),
                   QStringLiteral("--secret-stdin")},
                  QStringLiteral("whatever-secret"))
                .exitCode,
            0);
        const Run run = wxops(
            {QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("--appid"), appid});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("127.0.0.1")) &&
                     run.err.contains(QStringLiteral("whitelist")),
                 qPrintable(run.err));
        wxops({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("--appid"),
               appid});
    }

    void badInputIsRefusedClearly()
    {
        Run run =
            wxops({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kind"),
                   QStringLiteral("oa"), QStringLiteral("--appid"), QStringLiteral("not-an-appid"),
                   QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--secret-stdin")},
                  QStringLiteral("s"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("does not look like a WeChat AppID")),
                 qPrintable(run.err));
        run = wxops({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kind"),
                     QStringLiteral("web"), QStringLiteral("--appid"),
                     QStringLiteral("wx1234567890abcdef")});
        QCOMPARE(run.exitCode, 64);
        run = wxops({QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("--appid"),
                     QStringLiteral("wxnot0configured00")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("No app with AppID")));
    }

    void noSecretOrTokenOnDisk()
    {
        // The database, the settings and the log written by the runs above.
        QByteArray everything;
        QDirIterator it(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            everything += file.readAll();
            ++files;
        }
        QVERIFY(files >= 2);                               // at least the database and the log
        QVERIFY(everything.contains("wxoa0000000000emu")); // the AppID is not secret
        QVERIFY(!everything.contains(Emulator::oaSecret().toUtf8()));
        QVERIFY(!everything.contains("a-wrong-secret-123"));
        QVERIFY(!everything.contains("whatever-secret"));
        QVERIFY(!QRegularExpression(QStringLiteral("access_token=[A-Za-z0-9_-]{20,}"))
                     .match(QString::fromLatin1(everything))
                     .hasMatch());
    }

private:
    Run wxops(const QStringList &args, const QString &stdinText = QString())
    {
        WxopsCli cli(m_home, m_database);
        const Run run = cli.run(args, stdinText);
        // --verbose logs to stderr too: the stderr of the run must be as clean as the files.
        m_stderr += run.err;
        return run;
    }

    QTemporaryDir m_home;
    QString m_database;
    QString m_stderr;
};

QTEST_GUILESS_MAIN(TestAccountCli)
#include "tst_accountcli.moc"
