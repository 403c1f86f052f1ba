#pragma once

#include "Migration.h"
#include "util/Status.h"

#include <QSqlDatabase>

class SqlDialect;

// Brings a database up to the newest schema this program knows: each pending migration runs
// in its own transaction and records itself in `schema_version`. Running it again is a no-op.
// A database from a newer wxops (a higher version than we know) is refused and left untouched.
class Migrator
{
public:
    Migrator(QSqlDatabase db, const SqlDialect &dialect,
             const QList<Migration> &migrations = Schema::migrations());

    Status migrate();

    // The version recorded in the database (0 for an empty database); -1 on error.
    int currentVersion(Status *status = nullptr) const;
    int latestVersion() const;

private:
    Status apply(const Migration &migration);
    Status ensureVersionTable();
    Status grantToTeam();

    QSqlDatabase m_db;
    const SqlDialect &m_dialect;
    QList<Migration> m_migrations;
};
