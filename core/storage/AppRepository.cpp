#include "AppRepository.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AppRepository)
};

const QString kColumns = QStringLiteral("appid, kind, name, api_base, proxy");

AppConfig fromRow(const QSqlQuery &query)
{
    AppConfig app;
    app.appid = query.value(0).toString();
    AppConfig::kindFromCode(query.value(1).toString(), &app.kind);
    app.name = query.value(2).toString();
    app.apiBase = QUrl(query.value(3).toString());
    app.proxy = QUrl(query.value(4).toString());
    return app;
}

// QUrl().toString() is a null QString, which would bind as SQL NULL.
QString text(const QUrl &url)
{
    return url.isEmpty() ? QStringLiteral("") : url.toString();
}

Status failed(const QSqlQuery &query)
{
    return Sql::failure(query);
}
} // namespace

QList<AppConfig> AppRepository::all(Status *status) const
{
    QList<AppConfig> apps;
    QSqlQuery query(m_db);
    const bool ok =
        query.exec(QStringLiteral("SELECT %1 FROM apps ORDER BY kind, name").arg(kColumns));
    if (status)
        *status = ok ? Status::ok() : failed(query);
    while (ok && query.next())
        apps.append(fromRow(query));
    return apps;
}

qint64 AppRepository::rowId(const QString &appid, Status *status) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM apps WHERE appid = ?"));
    query.addBindValue(appid);
    const bool ok = query.exec();
    if (status)
        *status = ok ? Status::ok() : failed(query);
    return ok && query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<AppConfig> AppRepository::find(const QString &appid, Status *status) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM apps WHERE appid = ?").arg(kColumns));
    query.addBindValue(appid);
    const bool ok = query.exec();
    if (status)
        *status = ok ? Status::ok() : failed(query);
    if (ok && query.next())
        return fromRow(query);
    return std::nullopt;
}

Status AppRepository::insert(const AppConfig &app)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO apps (%1, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .arg(kColumns));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    query.addBindValue(app.appid);
    query.addBindValue(AppConfig::kindCode(app.kind));
    query.addBindValue(app.name);
    query.addBindValue(text(app.apiBase));
    query.addBindValue(text(app.proxy));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        if (find(app.appid))
            return Status::failure(Text::tr("The AppID %1 is already configured.").arg(app.appid));
        return failed(query);
    }
    return Status::ok();
}

Status AppRepository::update(const AppConfig &app)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE apps SET kind = ?, name = ?, api_base = ?, proxy = ?, "
                                 "updated_at = ? WHERE appid = ?"));
    query.addBindValue(AppConfig::kindCode(app.kind));
    query.addBindValue(app.name);
    query.addBindValue(text(app.apiBase));
    query.addBindValue(text(app.proxy));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(app.appid);
    if (!query.exec())
        return failed(query);
    if (query.numRowsAffected() == 0)
        return Status::failure(Text::tr("No app with AppID %1 is configured.").arg(app.appid));
    return Status::ok();
}

Status AppRepository::remove(const QString &appid)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM apps WHERE appid = ?"));
    query.addBindValue(appid);
    if (!query.exec())
        return failed(query);
    if (query.numRowsAffected() == 0)
        return Status::failure(Text::tr("No app with AppID %1 is configured.").arg(appid));
    return Status::ok();
}
