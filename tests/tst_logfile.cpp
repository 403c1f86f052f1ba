#include "logging/LogCategories.h"
#include "logging/LogFile.h"

#include <QtTest>

class TestLogFile : public QObject
{
    Q_OBJECT
private slots:
    void rotatesAndKeepsLimit()
    {
        QTemporaryDir dir;
        LogFile log(dir.path(), /*maxBytes=*/200, /*keepFiles=*/2);
        for (int i = 0; i < 40; ++i)
            log.write(QStringLiteral("line %1 with some padding to fill the file").arg(i));
        const QStringList files =
            QDir(dir.path()).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
        QCOMPARE(files, QStringList({QStringLiteral("wxops.1.log"), QStringLiteral("wxops.2.log"),
                                     QStringLiteral("wxops.log")}));
        for (const QString &name : files)
            QVERIFY(QFileInfo(dir.filePath(name)).size() < 400);
        QFile newest(dir.filePath(QStringLiteral("wxops.log")));
        QVERIFY(newest.open(QIODevice::ReadOnly));
        QFile previous(dir.filePath(QStringLiteral("wxops.1.log")));
        QVERIFY(previous.open(QIODevice::ReadOnly));
        QVERIFY(previous.readAll().contains("line 3"));
    }

    void installedHandlerRedacts()
    {
        QTemporaryDir dir;
        {
            LogFile log(dir.path());
            log.install(/*alsoToStderr=*/false);
            qCWarning(lcWechat) << "POST https://h/cgi-bin/stable_token body"
                                << R"({"appid":"wx1","secret":"TOPSECRET"})";
            qCInfo(lcWechat) << "GET /cgi-bin/user/get?access_token=TOKEN123";
        }
        QFile file(dir.filePath(QStringLiteral("wxops.log")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("wxops.wechat"));
        QVERIFY(text.contains("stable_token"));
        QVERIFY2(!text.contains("TOPSECRET"), text.constData());
        QVERIFY2(!text.contains("TOKEN123"), text.constData());
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
