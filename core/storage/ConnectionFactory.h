#pragma once

#include "DatabaseSpec.h"
#include "DbConnection.h"
#include "SqlDialect.h"
#include "util/Status.h"

#include <QString>
#include <QThreadStorage>

// Hands each thread its own named connection to one database, opened in that thread
// (QSqlDatabase connections must not cross threads). The connection is closed and
// removed when its thread ends or the factory goes away.
class ConnectionFactory
{
public:
    explicit ConnectionFactory(const DatabaseSpec &spec);
    ~ConnectionFactory();
    ConnectionFactory(const ConnectionFactory &) = delete;
    ConnectionFactory &operator=(const ConnectionFactory &) = delete;

    const DatabaseSpec &spec() const { return m_spec; }
    const SqlDialect &dialect() const { return m_dialect; }

    // The calling thread's connection, opened on first use. On failure the returned
    // connection is not open and `status` (when given) says why.
    DbConnection connection(Status *status = nullptr);

    // Opens this thread's connection and reports whether it worked.
    Status check();

private:
    // A failure to set up a SQLite connection, in words that name the file and what to do.
    Status explainSetupFailure(const Status &failure) const;
    QString connectionNameForThisThread() const;

    class ThreadConnection;
    DatabaseSpec m_spec;
    const SqlDialect &m_dialect;
    QString m_namePrefix;
    QThreadStorage<ThreadConnection *> m_perThread;
};
