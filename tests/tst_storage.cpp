// Storage on the backend chosen by WXOPS_TEST_BACKEND: the same code proves SQLite and PostgreSQL.
#include "storage/BulkWriteSettings.h"
#include "storage/ConnectionFactory.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SortingQuerySettings.h"
#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

namespace {
// Migrates to every known version and then `extra`, numbered after them; `version` gets the
// version reached.
Status migrateWithOneMore(ConnectionFactory &factory, Migration extra, int *version = nullptr)
{
    extra.version = Schema::latestVersion() + 1;
    QList<Migration> migrations = Schema::migrations();
    migrations.append(extra);
    Migrator migrator(factory.connection(), factory.dialect(), migrations);
    const Status status = migrator.migrate();
    if (version)
        *version = migrator.currentVersion();
    return status;
}

int scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

const QStringList kProductTables{QStringLiteral("apps"),
                                 QStringLiteral("profiles"),
                                 QStringLiteral("accounts"),
                                 QStringLiteral("identity_links"),
                                 QStringLiteral("identity_history"),
                                 QStringLiteral("identity_conflicts"),
                                 QStringLiteral("tags"),
                                 QStringLiteral("account_tags"),
                                 QStringLiteral("events"),
                                 QStringLiteral("segments"),
                                 QStringLiteral("segment_members"),
                                 QStringLiteral("segment_sizes"),
                                 QStringLiteral("campaigns"),
                                 QStringLiteral("deliveries"),
                                 QStringLiteral("opt_outs"),
                                 QStringLiteral("audit_log"),
                                 QStringLiteral("sync_state"),
                                 QStringLiteral("schema_version")};
} // namespace

class TestStorage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qInfo() << "backend:" << TestDatabase::backendName(); }

    void migratesFreshDatabase()
    {
        TestDatabase test;
        QVERIFY2(test.error().isEmpty(), qPrintable(test.error()));
        Database database(test.spec());
        const Status status = database.open();
        QVERIFY2(status.isOk(), qPrintable(status.message()));

        QSqlDatabase db = database.connections().connection();
        const QStringList tables = db.tables();
        for (const QString &table : kProductTables)
            QVERIFY2(tables.contains(table), qPrintable(table + QStringLiteral(" missing")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT MAX(version) FROM schema_version")),
                 Schema::latestVersion());
    }

    void migrationIsIdempotent()
    {
        TestDatabase test;
        QVERIFY2(test.error().isEmpty(), qPrintable(test.error()));
        Database database(test.spec());
        QVERIFY(database.open().isOk());
        QSqlDatabase db = database.connections().connection();
        const int rows = scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        Migrator again(db, database.connections().dialect());
        const Status status = again.migrate();
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")), rows);
        // A second Database on the same store opens it without changes, too.
        Database second(test.spec());
        QVERIFY(second.open().isOk());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")), rows);
    }

    void refusesNewerSchemaAndLeavesItUntouched()
    {
        TestDatabase test;
        QVERIFY2(test.error().isEmpty(), qPrintable(test.error()));
        ConnectionFactory factory(test.spec());
        QSqlDatabase db = factory.connection();
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY "
                           "KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'future', 0)")));
        const QStringList before = db.tables();

        Database database(test.spec());
        const Status status = database.open();
        QVERIFY(!status.isOk());
        QVERIFY2(status.message().contains(QStringLiteral("newer version of wxops")),
                 qPrintable(status.message()));
        QVERIFY(status.message().contains(QStringLiteral("999")));
        QVERIFY(status.message().contains(QStringLiteral("has not been changed")));
        QCOMPARE(db.tables(), before);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")), 1);
    }

    void failedMigrationRollsBack()
    {
        TestDatabase test;
        QVERIFY2(test.error().isEmpty(), qPrintable(test.error()));
        ConnectionFactory factory(test.spec());
        QSqlDatabase db = factory.connection();
        Migration broken;
        broken.description = QStringLiteral("broken");
        broken.statements = {QStringLiteral("CREATE TABLE half_done (id {{PK}})"),
                             QStringLiteral("CREATE TABLE oops (")};
        int version = 0;
        const Status status = migrateWithOneMore(factory, broken, &version);
        QVERIFY(!status.isOk());
        QVERIFY2(status.message().contains(QStringLiteral("rolled back")),
                 qPrintable(status.message()));
        QCOMPARE(version, Schema::latestVersion());
        QVERIFY(!db.tables().contains(QStringLiteral("half_done")));
    }

    void engineStatementsRunOnTheirEngineOnly()
    {
        TestDatabase test;
        QVERIFY2(test.error().isEmpty(), qPrintable(test.error()));
        ConnectionFactory factory(test.spec());
        QSqlDatabase db = factory.connection();
        Migration engineSpecific;
        engineSpecific.description = QStringLiteral("engine specific");
        engineSpecific.statements = {QStringLiteral("CREATE TABLE everywhere (id {{PK}})")};
        engineSpecific.sqliteStatements = {
            QStringLiteral("CREATE TABLE only_on_sqlite (id {{PK}})")};
        engineSpecific.postgresStatements = {QStringLiteral("CREATE TABLE only_on_pg (id {{PK}})")};
        const Status status = migrateWithOneMore(factory, engineSpecific);
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        QVERIFY(db.tables().contains(QStringLiteral("everywhere")));
        QCOMPARE(db.tables().contains(QStringLiteral("only_on_sqlite")), !test.isPostgres());
        QCOMPARE(db.tables().contains(QStringLiteral("only_on_pg")), test.isPostgres());
    }

    void connectionSettings()
    {
        TestDatabase test;
        QVERIFY2(test.error().isEmpty(), qPrintable(test.error()));
        ConnectionFactory factory(test.spec());
        QSqlDatabase db = factory.connection();
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        if (test.isPostgres()) {
            QVERIFY(query.exec(QStringLiteral("SHOW TIME ZONE")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("UTC"));
        } else {
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), 1);
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")), 10000);
            QVERIFY(scalar(db, QStringLiteral("PRAGMA mmap_size")) > 0); // reads map the file
        }
    }

    void bulkWriteSettingsLastForTheRunOnly()
    {
        TestDatabase test;
        QVERIFY2(test.error().isEmpty(), qPrintable(test.error()));
        ConnectionFactory factory(test.spec());
        QSqlDatabase db = factory.connection();
        if (test.isPostgres()) { // nothing to change there, and nothing breaks
            const BulkWriteSettings bulk(db, 1024);
            QCOMPARE(scalar(db, QStringLiteral("SELECT 1")), 1);
            return;
        }
        const int checkpoint = scalar(db, QStringLiteral("PRAGMA wal_autocheckpoint"));
        const int cache = scalar(db, QStringLiteral("PRAGMA cache_size"));
        {
            const BulkWriteSettings bulk(db, 1024);
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA wal_autocheckpoint")), 50000);
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA cache_size")), -1024);
        }
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA wal_autocheckpoint")), checkpoint);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA cache_size")), cache);
        QVERIFY(checkpoint != 50000 && cache != -1024);
    }

    void sortingQuerySettingsShrinkTheCacheForTheQueryOnly()
    {
        TestDatabase test;
        QVERIFY2(test.error().isEmpty(), qPrintable(test.error()));
        ConnectionFactory factory(test.spec());
        QSqlDatabase db = factory.connection();
        if (test.isPostgres()) { // nothing to change there, and nothing breaks
            const SortingQuerySettings sorting(db);
            QCOMPARE(scalar(db, QStringLiteral("SELECT 1")), 1);
            return;
        }
        const int cache = scalar(db, QStringLiteral("PRAGMA cache_size"));
        {
            const SortingQuerySettings sorting(db);
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA cache_size")), -8192);
        }
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA cache_size")), cache);
        QVERIFY(cache != -8192);
    }

    void foreignKeysAndUniquenessEnforced()
    {
        TestDatabase test;
        QVERIFY2(test.error().isEmpty(), qPrintable(test.error()));
        Database database(test.spec());
        QVERIFY(database.open().isOk());
        QSqlDatabase db = database.connections().connection();
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO accounts (app_id, openid) VALUES (?, ?)"));
        query.addBindValue(12345);
        query.addBindValue(QStringLiteral("o-orphan"));
        QVERIFY2(!query.exec(), "an account without its app was accepted");

        query.prepare(QStringLiteral("INSERT INTO apps (appid, kind, name, created_at, updated_at) "
                                     "VALUES (?, ?, ?, 0, 0) RETURNING id"));
        query.addBindValue(QStringLiteral("wx0001"));
        query.addBindValue(QStringLiteral("oa"));
        query.addBindValue(QStringLiteral("Robert'); DROP TABLE apps;--"));
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        const qint64 appId = query.value(0).toLongLong();
        for (int i = 0; i < 2; ++i) {
            query.prepare(QStringLiteral("INSERT INTO accounts (app_id, openid) VALUES (?, ?)"));
            query.addBindValue(appId);
            query.addBindValue(QStringLiteral("o-same"));
            QCOMPARE(query.exec(), i == 0);
        }
        QVERIFY(db.tables().contains(QStringLiteral("apps")));
        query.prepare(QStringLiteral("INSERT INTO apps (appid, kind, name, created_at, updated_at) "
                                     "VALUES (?, 'web', 'x', 0, 0)"));
        query.addBindValue(QStringLiteral("wx0002"));
        QVERIFY2(!query.exec(), "the kind check let 'web' through");
    }

    void oneConnectionPerThread()
    {
        TestDatabase test;
        QVERIFY2(test.error().isEmpty(), qPrintable(test.error()));
        Database database(test.spec());
        QVERIFY(database.open().isOk());
        ConnectionFactory &factory = database.connections();
        const QString mainName = QSqlDatabase(factory.connection()).connectionName();
        QCOMPARE(QSqlDatabase(factory.connection()).connectionName(), mainName);

        QString workerName;
        bool workerOpen = false;
        int workerCount = -1;
        QThread *worker = QThread::create([&] {
            QSqlDatabase db = factory.connection();
            workerName = db.connectionName();
            workerOpen = db.isOpen();
            workerCount = scalar(db, QStringLiteral("SELECT COUNT(*) FROM apps"));
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY(workerOpen);
        QCOMPARE(workerCount, 0);
        QVERIFY(workerName != mainName);
        // The worker's connection went away with its thread.
        QVERIFY(!QSqlDatabase::contains(workerName));
        QVERIFY(QSqlDatabase::contains(mainName));
    }

    void unreachableDatabaseSaysWhy()
    {
        const DatabaseSpec spec =
            DatabaseSpec::sqliteFile(QStringLiteral("/proc/no-such-dir/x.db"));
        Database database(spec);
        const Status status = database.open();
        QVERIFY(!status.isOk());
        QVERIFY2(status.message().contains(spec.displayName()), qPrintable(status.message()));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
