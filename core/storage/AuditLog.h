#pragma once

#include "util/Status.h"

#include <QJsonObject>
#include <QSqlDatabase>

// Appends who did what to which object (table `audit_log`).
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db) : m_db(db) {}

    Status record(const QString &actor, const QString &action, const QString &object,
                  const QJsonObject &details = {});

    // The operating-system user running this console: the default actor.
    static QString currentActor();

private:
    QSqlDatabase m_db;
};
