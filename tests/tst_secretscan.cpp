// The secrets scan: the demo flow as a new user runs it (two apps added with known AppSecrets,
// a follower sync, an import, a segment exported, a campaign sent through injected faults, all
// with --verbose), then every file it left is searched for the secrets and for every
// access_token wxemu issued: the database and its WAL, the QSettings files, the logs, the CSV
// exports, what the commands printed and, on PostgreSQL, a pg_dump of the database. Zero hits.
// A planted secret in a copy of the log proves the scan finds what it looks for.
#include "Emulator.h"
#include "TestDatabase.h"
#include "WxopsCli.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using Run = WxopsCli::Run;

namespace {

// Where `needle` occurs in `haystack`, as UTF-8 or as UTF-16 (how Qt or a database might
// write text), by file.
struct Hit
{
    QString where;
    QString what;
};

QList<Hit> scan(const QMap<QString, QByteArray> &files, const QStringList &needles)
{
    QList<Hit> hits;
    for (auto file = files.constBegin(); file != files.constEnd(); ++file)
        for (const QString &needle : needles) {
            const QByteArray utf8 = needle.toUtf8();
            const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()),
                                   needle.size() * 2);
            if (file.value().contains(utf8) || file.value().contains(utf16))
                hits.append({file.key(), needle});
        }
    return hits;
}

QMap<QString, QByteArray> filesUnder(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(path, file.readAll());
    }
    return files;
}

QString describe(const QList<Hit> &hits)
{
    QStringList lines;
    for (const Hit &hit : hits)
        lines << QStringLiteral("%1 holds %2…").arg(hit.where, hit.what.left(8));
    return lines.join(u'\n');
}

QString pgDump()
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    if (!onPath.isEmpty())
        return onPath;
    QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    return versions.isEmpty()
               ? QString()
               : QStringLiteral("/usr/lib/postgresql/%1/bin/pg_dump").arg(versions.constLast());
}

} // namespace

class TestSecretScan : public QObject
{
    Q_OBJECT
private slots:
    void theDemoFlowLeavesNoSecretBehind();

private:
    QString writeFile(const QString &name, const QByteArray &content)
    {
        return WxopsCli::writeFile(m_home, name, content);
    }
    QTemporaryDir m_home;
};

void TestSecretScan::theDemoFlowLeavesNoSecretBehind()
{
    Emulator emu({QStringLiteral("--followers"), QStringLiteral("400"),
                  QStringLiteral("--mp-users"), QStringLiteral("200")});
    QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
    TestDatabase database;
    QVERIFY2(database.error().isEmpty(), qPrintable(database.error()));
    WxopsCli cli(m_home, database.spec().toUrl());
    const QString api = emu.baseUrl().toString();

    // Two apps with their AppSecrets on standard input, a connection test, a sync.
    QCOMPARE(cli.addAccountAndSync(api, Emulator::oaAppid(), Emulator::oaSecret()), QString());
    const Run addMp =
        cli.run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kind"),
                 QStringLiteral("mp"), QStringLiteral("--appid"), Emulator::mpAppid(),
                 QStringLiteral("--name"), QStringLiteral("MP"), QStringLiteral("--api-base"), api,
                 QStringLiteral("--secret-stdin")},
                Emulator::mpSecret());
    QVERIFY2(addMp.exitCode == 0, qPrintable(addMp.err));
    const Run test = cli.run({QStringLiteral("account"), QStringLiteral("test"),
                              QStringLiteral("--appid"), Emulator::mpAppid()});
    QVERIFY2(test.exitCode == 0, qPrintable(test.err));

    // The Mini Program's users and events, a segment over both, its CSV export.
    const QString exportFile = m_home.filePath(QStringLiteral("mp.jsonl"));
    QCOMPARE(Emulator::exportMp(exportFile,
                                {QStringLiteral("--followers"), QStringLiteral("400"),
                                 QStringLiteral("--mp-users"), QStringLiteral("200")},
                                3),
             QString());
    const Run import = cli.run({QStringLiteral("import"), exportFile});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    const Run save = cli.run(
        {QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--name"),
         QStringLiteral("followers"), QStringLiteral("--definition"),
         writeFile(QStringLiteral("seg.json"), R"({"account":{"kind":"oa","subscribed":true}})")});
    QVERIFY2(save.exitCode == 0, qPrintable(save.err));
    const Run refresh = cli.run(
        {QStringLiteral("segment"), QStringLiteral("refresh"), QStringLiteral("followers")});
    QVERIFY2(refresh.exitCode == 0, qPrintable(refresh.err));
    const Run exported =
        cli.run({QStringLiteral("segment"), QStringLiteral("export"), QStringLiteral("followers"),
                 QStringLiteral("--csv"), m_home.filePath(QStringLiteral("followers.csv"))});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

    // A campaign through faults (busy, HTTP 500, resets, cut replies) and an expired token.
    emu.configure({{QStringLiteral("fault_rate"), 0.2},
                   {QStringLiteral("faults"),
                    QJsonArray{QStringLiteral("busy"), QStringLiteral("http500"),
                               QStringLiteral("reset"), QStringLiteral("cut-json")}}});
    const Run create = cli.run(
        {QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--definition"),
         writeFile(QStringLiteral("c.json"),
                   R"({"name":"scan","appid":"wxoa0000000000emu","segment":"followers",
                       "channel":"template","template_id":"TPL_points_change_0003",
                       "fields":{"character_string1":"{{profile_id}}","amount2":"+1"},
                       "rate_per_second":500,"concurrency":8})")});
    QVERIFY2(create.exitCode == 0, qPrintable(create.err));
    const Run start =
        cli.run({QStringLiteral("campaign"), QStringLiteral("start"), QStringLiteral("1")});
    QVERIFY2(start.exitCode == 0, qPrintable(start.err));
    emu.post(QStringLiteral("/_emu/expire-tokens"), {});
    const Run send = cli.run(
        {QStringLiteral("campaign"), QStringLiteral("run"), QStringLiteral("1")}, {}, 180000);
    QVERIFY2(send.out.contains(QStringLiteral("campaign 1 finished")), qPrintable(send.err));
    emu.configure({{QStringLiteral("fault_rate"), 0.0}});

    // What to look for: both AppSecrets and every token wxemu handed out.
    QStringList needles{Emulator::oaSecret(), Emulator::mpSecret()};
    const QJsonArray tokens =
        emu.get(QStringLiteral("/_emu/tokens"))[QStringLiteral("tokens")].toArray();
    QVERIFY2(tokens.size() >= 3, "the flow should have been issued tokens for both apps");
    for (const QJsonValue &token : tokens)
        needles << token.toString();

    // Where to look: the home (QSettings, logs, exports), the database, and stdout/stderr.
    QMap<QString, QByteArray> files = filesUnder(m_home.path());
    QVERIFY2(std::any_of(files.keyBegin(), files.keyEnd(),
                         [](const QString &path) { return path.endsWith(QStringLiteral(".log")); }),
             "the run wrote no log to scan");
    QVERIFY(files.contains(m_home.filePath(QStringLiteral("followers.csv"))));
    if (database.isPostgres()) {
        QProcess dump;
        dump.start(pgDump(), {QStringLiteral("--host"), database.spec().host(),
                              QStringLiteral("--port"), QString::number(database.spec().port()),
                              QStringLiteral("--username"), database.spec().user(),
                              QStringLiteral("--data-only"), database.spec().databaseName()});
        QVERIFY2(dump.waitForFinished(60000) && dump.exitCode() == 0,
                 qPrintable(dump.readAllStandardError()));
        const QByteArray dumped = dump.readAllStandardOutput();
        QVERIFY2(dumped.contains("wxoa0000000000emu"), "the dump holds no data to scan");
        files.insert(QStringLiteral("pg_dump"), dumped);
    } else {
        const QString folder = QFileInfo(database.spec().filePath()).absolutePath();
        const QMap<QString, QByteArray> dbFiles = filesUnder(folder);
        QVERIFY2(dbFiles.size() >= 1, qPrintable(folder));
        files.insert(dbFiles);
    }
    files.insert(QStringLiteral("stdout and stderr"), cli.stderrSoFar.toUtf8() + send.out.toUtf8());

    const QList<Hit> hits = scan(files, needles);
    QVERIFY2(hits.isEmpty(), qPrintable(describe(hits)));

    // The scan finds what it looks for: a log line carrying the secret, as a careless qDebug of
    // a request body would write it, is a hit.
    const QString logPath = *std::find_if(files.keyBegin(), files.keyEnd(), [](const QString &p) {
        return p.endsWith(QStringLiteral(".log"));
    });
    QMap<QString, QByteArray> planted{
        {logPath, files.value(logPath) +
                      QByteArray("debug wechat: body {\"appid\":\"wxoa0000000000emu\",\"sec") +
                      QByteArray("ret_copy\":\"") + Emulator::oaSecret().toUtf8() + "\"}\n"}};
    const QList<Hit> found = scan(planted, needles);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().what, Emulator::oaSecret());
}

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
