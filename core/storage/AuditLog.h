#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <optional>
#include <QJsonObject>

// Appends who did what to which object (table `audit_log`).
class AuditLog
{
public:
    explicit AuditLog(DbConnection db) : m_db(db) {}

    Status record(const QString &actor, const QString &action, const QString &object,
                  const QJsonObject &details = {});

    // Whether `action` was ever recorded on `object`.
    StatusOr<bool> has(const QString &object, const QString &action) const;
    // The id of the newest such entry (ids grow with time), 0 when there is none.
    StatusOr<qint64> newest(const QString &object, const QString &action) const;

    struct Entry
    {
        qint64 id = 0;
        qint64 at = 0;
        QString actor;
        QJsonObject details;
    };
    // The newest such entry itself, if there is one.
    StatusOr<std::optional<Entry>> newestEntry(const QString &object, const QString &action) const;

    // On PostgreSQL (team mode): every row's actor becomes the login that wrote it
    // (session_user), whatever the client sent, and no row can be changed or deleted, not even
    // by the database owner short of dropping the triggers. Run by `wxops team init`.
    static Status enforceOnPostgres(DbConnection db);

    // The operating-system user running this console: the default actor.
    static QString currentActor();

private:
    DbConnection m_db;
};
