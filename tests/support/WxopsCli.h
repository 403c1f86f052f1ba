#pragma once

// Header-only: runs the real wxops binary as a person would, for the CLI tests.
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

class WxopsCli
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // `home` holds the app-data and config folders; `database` is a --database URL.
    WxopsCli(const QTemporaryDir &home, const QString &database)
        : m_home(home.path()), m_database(database)
    {
    }

    // Starts wxops and leaves it running (for tests that interrupt it).
    void start(QProcess &process, const QStringList &args, const QString &stdinText = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(WXOPS_BINARY),
                      args + QStringList{QStringLiteral("--verbose"), QStringLiteral("--database"),
                                         m_database});
        process.write(stdinText.toUtf8() + '\n');
        process.closeWriteChannel();
    }

    Run run(const QStringList &args, const QString &stdinText = {}, int timeoutMs = 60000)
    {
        QProcess process;
        start(process, args, stdinText);
        Run run;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            run.err = QStringLiteral("timed out");
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        stderrSoFar += run.err;
        return run;
    }

    // Writes a file for a command to read (a definition, an import) and returns its path.
    static QString writeFile(const QTemporaryDir &dir, const QString &name,
                             const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

    // `account add` of an Official Account at `apiBase`, then `sync followers`: where most CLI
    // tests start. Returns what went wrong, or an empty text.
    QString addAccountAndSync(const QString &apiBase, const QString &appid, const QString &secret)
    {
        const Run add =
            run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--kind"),
                 QStringLiteral("oa"), QStringLiteral("--appid"), appid, QStringLiteral("--name"),
                 QStringLiteral("OA"), QStringLiteral("--api-base"), apiBase,
                 QStringLiteral("--secret-stdin")},
                secret);
        if (add.exitCode != 0)
            return QStringLiteral("account add: ") + add.err;
        const Run sync = run({QStringLiteral("sync"), QStringLiteral("followers"),
                              QStringLiteral("--appid"), appid});
        return sync.exitCode == 0 ? QString() : QStringLiteral("sync: ") + sync.err;
    }

    // Everything the runs wrote on stderr (with --verbose, the log too): scanned for secrets.
    QString stderrSoFar;

private:
    QString m_home;
    QString m_database;
};
