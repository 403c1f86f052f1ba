#include "TestDatabase.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

QString TestDatabase::backendName()
{
    const QString backend = qEnvironmentVariable("WXOPS_TEST_BACKEND");
    return backend.isEmpty() ? QStringLiteral("sqlite") : backend;
}

TestDatabase::TestDatabase() : m_spec(DatabaseSpec::sqliteFile(QStringLiteral("/nonexistent")))
{
    const QString backend = backendName();
    if (backend == QStringLiteral("sqlite")) {
        m_spec = DatabaseSpec::sqliteFile(m_dir.filePath(QStringLiteral("test.db")));
        return;
    }
    if (backend != QStringLiteral("postgresql")) {
        m_error = QStringLiteral("unknown WXOPS_TEST_BACKEND %1").arg(backend);
        return;
    }
    const QString host = qEnvironmentVariable("WXOPS_TEST_PG_HOST");
    const QString port = qEnvironmentVariable("WXOPS_TEST_PG_PORT");
    if (host.isEmpty() || port.isEmpty()) {
        m_error = QStringLiteral("WXOPS_TEST_PG_HOST/PORT are not set: run through CTest, whose "
                                 "fixture starts the PostgreSQL cluster");
        return;
    }
    m_pgName = QStringLiteral("wxops_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    {
        QSqlDatabase admin =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), adminConnectionName());
        admin.setHostName(host);
        admin.setPort(port.toInt());
        admin.setUserName(QStringLiteral("postgres"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open()) {
            m_error =
                QStringLiteral("cannot reach the test cluster: %1").arg(admin.lastError().text());
            return;
        }
    }
    if (!runAdmin(QStringLiteral("CREATE DATABASE %1").arg(m_pgName)))
        return;
    QString parseError;
    const auto spec = DatabaseSpec::parse(
        QStringLiteral("postgresql://postgres@localhost:%1/%2?host=%3").arg(port, m_pgName, host),
        &parseError);
    if (!spec) {
        m_error = parseError;
        return;
    }
    m_spec = *spec;
}

TestDatabase::~TestDatabase()
{
    if (m_pgName.isEmpty())
        return;
    for (const QString &name : std::as_const(m_loginConnections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    // Other connections to it belong to the test and are gone by now; force the rest.
    runAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
    QSqlDatabase::removeDatabase(adminConnectionName());
}

QString TestDatabase::adminConnectionName() const
{
    return QStringLiteral("test-admin-%1").arg(reinterpret_cast<quintptr>(this));
}

bool TestDatabase::runAdmin(const QString &sql)
{
    QSqlDatabase admin = QSqlDatabase::database(adminConnectionName());
    QSqlQuery query(admin);
    if (query.exec(sql))
        return true;
    m_error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
    return false;
}

QSqlDatabase TestDatabase::connectAs(const QString &login) const
{
    const QString name = QStringLiteral("%1-as-%2").arg(m_pgName, login);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_spec.host());
    db.setPort(m_spec.port());
    db.setDatabaseName(m_spec.databaseName());
    db.setUserName(login);
    db.open();
    m_loginConnections << name;
    return db;
}

QString TestDatabase::urlAs(const QString &login) const
{
    QString url = m_spec.toUrl();
    return url.replace(QStringLiteral("postgresql://postgres@"),
                       QStringLiteral("postgresql://%1@").arg(login));
}
