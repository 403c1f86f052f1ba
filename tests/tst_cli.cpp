// The wxops binary, run as a user would from a shell.
#include <QProcess>
#include <QtTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runWxops(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"),
               QDir::tempPath() + QStringLiteral("/wxops-cli-test"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WXOPS_BINARY), args);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    // A database path that cannot be used names the file and what to do, and makes nothing.
    void aDatabaseThatCannotBeUsedSaysWhich()
    {
        QTemporaryDir dir;
        const QString missingFolder = dir.filePath(QStringLiteral("typo/x.db"));
        Run run = runWxops({QStringLiteral("--database"), QStringLiteral("sqlite:") + missingFolder,
                            QStringLiteral("lookup"), QStringLiteral("o-1")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(dir.filePath(QStringLiteral("typo"))) &&
                     run.err.contains(QStringLiteral("does not exist")),
                 qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));

        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        run = runWxops({QStringLiteral("--database"), QStringLiteral("sqlite:") + text,
                        QStringLiteral("lookup"), QStringLiteral("o-1")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(text) &&
                     run.err.contains(QStringLiteral("not a SQLite database")),
                 qPrintable(run.err));
    }

    void version()
    {
        const Run run = runWxops({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("wxops " WXOPS_VERSION));
    }

    void helpListsOptions()
    {
        const Run run = runWxops({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--database", "--lang", "--verbose", "--version", "--help"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
    }

    void helpInChinese()
    {
        const Run run =
            runWxops({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("数据库")), qPrintable(run.out));
    }

    void unknownCommand()
    {
        const Run run = runWxops({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains(QStringLiteral("unknown command \"frobnicate\"")),
                 qPrintable(run.err));
    }

    void helpListsTheCommands()
    {
        const Run run = runWxops({QStringLiteral("help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *command :
             {"account", "sync", "import", "lookup", "identity", "segment", "campaign", "optout"})
            QVERIFY2(run.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))),
                     qPrintable(run.out));
    }

    void aCommandsHelpShowsItsOwnOptions()
    {
        for (const QStringList &args :
             {QStringList{QStringLiteral("segment"), QStringLiteral("--help")},
              QStringList{QStringLiteral("help"), QStringLiteral("segment")}}) {
            const Run run = runWxops(args);
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(QStringLiteral("--csv <file>")), qPrintable(run.out));
            QVERIFY2(run.out.contains(QStringLiteral("segment push-tag NAME")),
                     qPrintable(run.out));
            QVERIFY2(!run.out.contains(QStringLiteral("--kind")), qPrintable(run.out));
            QVERIFY2(!run.out.contains(QStringLiteral("--openid")), qPrintable(run.out));
        }
    }

    void helpForAnUnknownCommandIsAnError()
    {
        const Run run = runWxops({QStringLiteral("anything"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains(QStringLiteral("unknown command \"anything\"")),
                 qPrintable(run.err));
    }

    void anOptionOfAnotherCommandIsRefusedByName()
    {
        const Run run = runWxops({QStringLiteral("account"), QStringLiteral("list"),
                                  QStringLiteral("--csv"), QStringLiteral("out.csv")});
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains(QStringLiteral("--csv is not an option of \"account\"; it "
                                                 "belongs to \"segment\"")),
                 qPrintable(run.err));
        const Run bare = runWxops({QStringLiteral("--tag"), QStringLiteral("x")});
        QCOMPARE(bare.exitCode, 64);
        QVERIFY2(bare.err.contains(QStringLiteral("wxops segment --help")), qPrintable(bare.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
