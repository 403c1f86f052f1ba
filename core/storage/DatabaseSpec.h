#pragma once

#include "util/Status.h"

#include <optional>
#include <QString>

// Which database wxops works on: a SQLite file, or a PostgreSQL database shared by a team.
// Parsed from `--database`: "sqlite:/path/file.db" or
// "postgresql://user@host:port/db?sslmode=require&host=/socket/dir".
// A password in the URL is refused: it would sit in shell history and the process list.
class DatabaseSpec
{
public:
    enum class Backend
    {
        Sqlite,
        Postgres
    };

    // `createFolder`: the file's folder is made when missing (the default database in the
    // application data folder). A path someone typed must be in a folder that exists: a typo
    // would otherwise open an empty console.
    static DatabaseSpec sqliteFile(const QString &path, bool createFolder = false);
    static std::optional<DatabaseSpec> parse(const QString &text, QString *error);

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }
    QString qtDriver() const;

    const QString &filePath() const { return m_filePath; }
    bool createsFolder() const { return m_createFolder; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &user() const { return m_user; }
    const QString &databaseName() const { return m_databaseName; }
    const QString &connectOptions() const { return m_connectOptions; }

    // What the status bar and messages show; never contains a password.
    QString displayName() const;
    // The same spec written back in `--database` syntax.
    QString toUrl() const;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_filePath;
    bool m_createFolder = false;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_databaseName;
    QString m_connectOptions;
};
