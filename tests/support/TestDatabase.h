#pragma once

#include "storage/DatabaseSpec.h"

#include <memory>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A fresh, empty database for one test, on the backend the test run asks for:
// WXOPS_TEST_BACKEND=sqlite (a file in a temporary directory) or postgresql (a new database
// in the throwaway cluster that CTest's fixture started; WXOPS_TEST_PG_HOST / _PORT).
// The same test code runs against both, which is the point.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    // Empty when the database could be created; otherwise why not (the test should fail).
    const QString &error() const { return m_error; }
    const DatabaseSpec &spec() const { return m_spec; }
    bool isPostgres() const { return !m_spec.isSqlite(); }

    static QString backendName(); // "sqlite" or "postgresql"
    // A PostgreSQL connection to this database as `login` (the test cluster trusts local
    // logins): how the team tests act as each member.
    QSqlDatabase connectAs(const QString &login) const;
    // This database's URL with `login` as the user, for the binary or a window as that member.
    QString urlAs(const QString &login) const;

private:
    QString adminConnectionName() const;
    bool runAdmin(const QString &sql);

    QTemporaryDir m_dir;
    DatabaseSpec m_spec;
    QString m_pgName;
    mutable QStringList m_loginConnections; // connectAs's, closed before the drop
    QString m_error;
};
