#include "Migrator.h"

#include "logging/LogCategories.h"
#include "SqlDialect.h"
#include "team/TeamGrants.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
};

const QString kVersionTable = QStringLiteral("schema_version");
} // namespace

Migrator::Migrator(QSqlDatabase db, const SqlDialect &dialect, const QList<Migration> &migrations)
    : m_db(db), m_dialect(dialect), m_migrations(migrations)
{
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int Migrator::currentVersion(Status *status) const
{
    if (status)
        *status = Status::ok();
    if (!m_db.tables().contains(kVersionTable))
        return 0;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) ||
        !query.next()) {
        if (status)
            *status = query.lastError().nativeErrorCode() == QLatin1String("42501")
                          ? Status::failure(Text::tr(
                                "Your database login has no wxops team role on this database, "
                                "so it may not read it. Ask the database's owner to run wxops "
                                "team add LOGIN --role ROLE (docs/team.md)."))
                          : Status::failure(Text::tr("Cannot read the schema version: %1")
                                                .arg(query.lastError().text()));
        return -1;
    }
    return query.value(0).toInt();
}

Status Migrator::ensureVersionTable()
{
    if (m_db.tables().contains(kVersionTable))
        return Status::ok();
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY "
                           "KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)")))
        return Status::failure(
            Text::tr("Cannot create the schema_version table: %1").arg(query.lastError().text()));
    return Status::ok();
}

Status Migrator::migrate()
{
    Status status = Status::ok();
    const int current = currentVersion(&status);
    if (!status.isOk())
        return status;
    if (current > latestVersion()) {
        return Status::failure(
            Text::tr(
                "This database was written by a newer version of wxops (schema %1; this program "
                "knows schema %2 at most). It has not been changed. Install the newer wxops, or "
                "open another database with --database.")
                .arg(current)
                .arg(latestVersion()));
    }
    if (current == latestVersion())
        return Status::ok();

    status = ensureVersionTable();
    if (!status.isOk())
        return status;
    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version <= current)
            continue;
        status = apply(migration);
        if (!status.isOk())
            return status;
    }
    return Status::ok();
}

Status Migrator::apply(const Migration &migration)
{
    Transaction transaction(m_db, m_dialect);
    if (!transaction.beginStatus().isOk())
        return transaction.beginStatus();

    QSqlQuery query(m_db);
    const QString lock = m_dialect.migrationLockStatement();
    if (!lock.isEmpty() && !query.exec(lock))
        return Status::failure(
            Text::tr("Cannot lock the schema for migration: %1").arg(query.lastError().text()));

    // Another console may have applied it while we waited for the lock.
    query.prepare(QStringLiteral("SELECT 1 FROM schema_version WHERE version = ?"));
    query.addBindValue(migration.version);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    if (query.next())
        return Status::ok();

    QStringList statements = migration.statements;
    statements += m_dialect.backend() == DatabaseSpec::Backend::Sqlite
                      ? migration.sqliteStatements
                      : migration.postgresStatements;
    for (const QString &statement : std::as_const(statements)) {
        const QString sql = m_dialect.expandSchema(statement);
        if (!query.exec(sql)) {
            return Status::failure(
                Text::tr("Schema migration %1 (%2) failed and was rolled back: %3")
                    .arg(migration.version)
                    .arg(migration.description, query.lastError().text()));
        }
    }

    if (const Status granted = grantToTeam(); !granted.isOk())
        return Status::failure(Text::tr("Schema migration %1 (%2) could not grant the team's "
                                        "roles their tables and was rolled back: %3")
                                   .arg(migration.version)
                                   .arg(migration.description, granted.message()));

    query.prepare(QStringLiteral(
        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"));
    query.addBindValue(migration.version);
    query.addBindValue(migration.description);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return Status::failure(query.lastError().text());

    Status committed = transaction.commit();
    if (committed.isOk())
        qCInfo(lcStorage) << "applied schema migration" << migration.version
                          << migration.description;
    return committed;
}

// On a team's PostgreSQL database a migration grants what it adds in its own transaction, so
// no table is ever there without its grants (docs/team.md).
Status Migrator::grantToTeam()
{
    if (m_dialect.backend() != DatabaseSpec::Backend::Postgres)
        return Status::ok();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM pg_trigger WHERE tgname = ?"));
    query.addBindValue(QLatin1String(TeamGrants::kTeamMarkerTrigger));
    if (!query.exec())
        return Status::failure(query.lastError().text());
    if (!query.next())
        return Status::ok();
    for (const QString &statement : TeamGrants::grantStatements(m_db.tables()))
        if (!query.exec(statement))
            return Status::failure(query.lastError().text());
    return Status::ok();
}
