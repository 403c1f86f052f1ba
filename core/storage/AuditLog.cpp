#include "AuditLog.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include "Sql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

Status AuditLog::record(const QString &actor, const QString &action, const QString &object,
                        const QJsonObject &details)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO audit_log (at, actor, action, object, details) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(actor);
    query.addBindValue(action);
    query.addBindValue(object);
    query.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return Sql::failure(query);
    return Status::ok();
}

StatusOr<bool> AuditLog::has(const QString &object, const QString &action) const
{
    const StatusOr<QVariant> found = Sql::scalar(
        m_db, QStringLiteral("SELECT 1 FROM audit_log WHERE object = ? AND action = ? LIMIT 1"),
        {object, action});
    WX_TRY(found.status());
    return found.value().isValid();
}

StatusOr<qint64> AuditLog::newest(const QString &object, const QString &action) const
{
    const StatusOr<QVariant> found = Sql::scalar(
        m_db, QStringLiteral("SELECT MAX(id) FROM audit_log WHERE object = ? AND action = ?"),
        {object, action});
    WX_TRY(found.status());
    return found.value().toLongLong();
}

StatusOr<std::optional<AuditLog::Entry>> AuditLog::newestEntry(const QString &object,
                                                               const QString &action) const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT id, at, actor, details FROM audit_log WHERE object = ? "
                                 "AND action = ? ORDER BY id DESC LIMIT 1"),
                  {object, action}))
        return Sql::failure(q);
    if (!q.next())
        return std::optional<Entry>();
    return std::optional<Entry>(
        Entry{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
              QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()});
}

QString AuditLog::currentActor()
{
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
#ifdef Q_OS_UNIX
    if (user.isEmpty()) // services and containers often run without $USER
        if (const passwd *entry = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
#endif
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Status AuditLog::enforceOnPostgres(DbConnection db)
{
    const QStringList statements{
        QStringLiteral("CREATE OR REPLACE FUNCTION wxops_audit_actor() RETURNS trigger "
                       "LANGUAGE plpgsql AS $$ BEGIN NEW.actor := session_user; RETURN NEW; "
                       "END $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION wxops_audit_unchangeable() RETURNS trigger "
                       "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit log is "
                       "insert-only: its rows cannot be changed or deleted' USING ERRCODE = "
                       "'42501'; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS audit_log_actor ON audit_log"),
        QStringLiteral("CREATE TRIGGER audit_log_actor BEFORE INSERT ON audit_log FOR EACH ROW "
                       "EXECUTE FUNCTION wxops_audit_actor()"),
        QStringLiteral("DROP TRIGGER IF EXISTS audit_log_unchangeable ON audit_log"),
        QStringLiteral("CREATE TRIGGER audit_log_unchangeable BEFORE UPDATE OR DELETE ON "
                       "audit_log FOR EACH ROW EXECUTE FUNCTION wxops_audit_unchangeable()"),
        QStringLiteral("DROP TRIGGER IF EXISTS audit_log_untruncatable ON audit_log"),
        QStringLiteral("CREATE TRIGGER audit_log_untruncatable BEFORE TRUNCATE ON audit_log "
                       "FOR EACH STATEMENT EXECUTE FUNCTION wxops_audit_unchangeable()"),
    };
    for (const QString &sql : statements)
        WX_TRY(Sql::execUnprepared(db, sql));
    return Status::ok();
}
