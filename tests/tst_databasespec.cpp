#include "storage/DatabaseSpec.h"

#include <QtTest>

class TestDatabaseSpec : public QObject
{
    Q_OBJECT
private slots:
    void sqlitePath()
    {
        QString error;
        const auto spec = DatabaseSpec::parse(QStringLiteral("sqlite:/tmp/x/../wx.db"), &error);
        QVERIFY2(spec, qPrintable(error));
        QVERIFY(spec->isSqlite());
        QCOMPARE(spec->filePath(), QStringLiteral("/tmp/wx.db"));
        QCOMPARE(spec->qtDriver(), QStringLiteral("QSQLITE"));
        QCOMPARE(spec->displayName(), QStringLiteral("SQLite /tmp/wx.db"));
        QCOMPARE(spec->toUrl(), QStringLiteral("sqlite:/tmp/wx.db"));
    }

    void sqliteTripleSlash()
    {
        QString error;
        const auto spec = DatabaseSpec::parse(QStringLiteral("sqlite:///var/lib/wx.db"), &error);
        QVERIFY(spec);
        QCOMPARE(spec->filePath(), QStringLiteral("/var/lib/wx.db"));
    }

    void postgresUrl()
    {
        QString error;
        const auto spec = DatabaseSpec::parse(
            QStringLiteral("postgresql://ops@db.example.com:6543/wxops?sslmode=require"), &error);
        QVERIFY2(spec, qPrintable(error));
        QVERIFY(!spec->isSqlite());
        QCOMPARE(spec->qtDriver(), QStringLiteral("QPSQL"));
        QCOMPARE(spec->host(), QStringLiteral("db.example.com"));
        QCOMPARE(spec->port(), 6543);
        QCOMPARE(spec->user(), QStringLiteral("ops"));
        QCOMPARE(spec->databaseName(), QStringLiteral("wxops"));
        QCOMPARE(spec->connectOptions(), QStringLiteral("sslmode=require"));
        QCOMPARE(spec->displayName(), QStringLiteral("PostgreSQL ops@db.example.com:6543/wxops"));
    }

    void postgresDefaultsAndSocket()
    {
        QString error;
        auto spec = DatabaseSpec::parse(QStringLiteral("postgres://me@dbhost/crm"), &error);
        QVERIFY(spec);
        QCOMPARE(spec->port(), 5432);
        spec =
            DatabaseSpec::parse(QStringLiteral("postgresql://me@x:5433/crm?host=/run/pg"), &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->host(), QStringLiteral("/run/pg"));
        const auto again = DatabaseSpec::parse(spec->toUrl(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->host(), QStringLiteral("/run/pg"));
        QCOMPARE(again->port(), 5433);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("password") << QStringLiteral("postgresql://u:hunter2@h/db")
                                  << QStringLiteral("pgpass");
        QTest::newRow("no db") << QStringLiteral("postgresql://u@h")
                               << QStringLiteral("database name");
        QTest::newRow("empty sqlite") << QStringLiteral("sqlite:") << QStringLiteral("file path");
        QTest::newRow("unknown scheme")
            << QStringLiteral("mysql://u@h/db") << QStringLiteral("sqlite:/path");
        QTest::newRow("unknown option") << QStringLiteral("postgresql://u@h/db?password=x")
                                        << QStringLiteral("Unknown PostgreSQL option");
        // Found by fuzz_database_url (tests/fuzz/regressions/database_url):
        QTest::newRow("option smuggling another")
            << QStringLiteral("postgresql://u@h/db?sslmode=require%20password=x")
            << QStringLiteral("may hold only letters");
        QTest::newRow("host that is not a folder")
            << QStringLiteral("postgres://me@/wxops?host=run/postgresql")
            << QStringLiteral("socket folder");
        QTest::newRow("a folder") << QStringLiteral("sqlite:/tmp/")
                                  << QStringLiteral("is a folder");
        QTest::newRow("line break in a path")
            << QStringLiteral("sqlite:\n//") << QStringLiteral("control character");
        // QUrl writes a noncharacter back as a lone surrogate: the name would not read back.
        QTest::newRow("noncharacter in a database name")
            << QString::fromUtf8("postgresql://h/d[\xf1\xbf\xbf\xbf::1]x")
            << QStringLiteral("noncharacter");
        QTest::newRow("a resource path")
            << QStringLiteral("sqlite::/..//h/db") << QStringLiteral("starts with ':'");
        QTest::newRow("in memory")
            << QStringLiteral("sqlite::memory:") << QStringLiteral("starts with ':'");
        QTest::newRow("control character in a user name")
            << QStringLiteral("postgresql://a%07b@h/db") << QStringLiteral("control character");
        QTest::newRow("noncharacter in a socket folder")
            << QString::fromUtf8("postgresql://h/d?host=/run\xf1\xbf\xbf\xbfp")
            << QStringLiteral("noncharacter");
    }

    // Written back (as the status bar and `wxops` messages show it) and read again: the same.
    void roundTripsEncodedNames()
    {
        QString error;
        const auto spec = DatabaseSpec::parse(
            QStringLiteral("postgresql://u@h:5433/wx%20ops?sslmode=require"), &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->databaseName(), QStringLiteral("wx ops"));
        const auto again = DatabaseSpec::parse(spec->toUrl(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->databaseName(), QStringLiteral("wx ops"));
        QCOMPARE(again->connectOptions(), QStringLiteral("sslmode=require"));
        QCOMPARE(again->port(), 5433);

        const QString emoji = QString::fromUtf8("wx\xf0\x9f\x98\x80ops");
        const auto wide = DatabaseSpec::parse(QStringLiteral("postgresql://h/") + emoji, &error);
        QVERIFY2(wide, qPrintable(error));
        const auto wideAgain = DatabaseSpec::parse(wide->toUrl(), &error);
        QVERIFY2(wideAgain, qPrintable(error));
        QCOMPARE(wideAgain->databaseName(), emoji);
    }

    void refusesBadInput()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!DatabaseSpec::parse(text, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("hunter2")), "the error repeats the password");
    }
};

QTEST_GUILESS_MAIN(TestDatabaseSpec)
#include "tst_databasespec.moc"
