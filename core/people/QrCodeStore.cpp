#include "QrCodeStore.h"

#include "storage/Sql.h"

#include <QSqlQuery>

StatusOr<bool> QrCodeStore::hasScene(qint64 appRowId, const QString &scene) const
{
    const StatusOr<QVariant> found =
        Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM qr_codes WHERE app_id = ? AND scene = ?"),
                    {appRowId, scene});
    WX_TRY(found.status());
    return found.value().isValid();
}

Status QrCodeStore::add(qint64 appRowId, StoredQrCode *code)
{
    QSqlQuery q(m_db); // UNIQUE (app_id, scene) refuses a second code with the same scene
    if (!Sql::run(q,
                  QStringLiteral("INSERT INTO qr_codes (app_id, scene, name, permanent, ticket, "
                                 "url, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?) RETURNING id"),
                  {appRowId, code->scene, code->name, code->permanent ? 1 : 0, code->ticket,
                   code->url, code->createdBy, code->createdAt,
                   code->permanent ? QVariant(QMetaType(QMetaType::LongLong))
                                   : QVariant(code->expiresAt)}) ||
        !q.next())
        return Sql::failure(q);
    code->id = q.value(0).toLongLong();
    return Status::ok();
}

Status QrCodeStore::rename(qint64 appRowId, const QString &scene, const QString &name)
{
    return Sql::exec(m_db,
                     QStringLiteral("UPDATE qr_codes SET name = ? WHERE app_id = ? AND scene = ?"),
                     {name, appRowId, scene});
}

StatusOr<QList<StoredQrCode>> QrCodeStore::ofApp(qint64 appRowId) const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT c.id, c.scene, c.name, c.permanent, c.ticket, c.url, "
                                 "c.created_by, c.created_at, COALESCE(c.expires_at, 0), "
                                 "(SELECT COUNT(*) FROM accounts a WHERE a.app_id = c.app_id AND "
                                 "a.subscribed = 1 AND a.qr_scene = c.scene) FROM qr_codes c "
                                 "WHERE c.app_id = ? ORDER BY c.created_at DESC, c.id DESC"),
                  {appRowId}))
        return Sql::failure(q);
    QList<StoredQrCode> codes;
    while (q.next()) {
        StoredQrCode c;
        c.id = q.value(0).toLongLong();
        c.scene = q.value(1).toString();
        c.name = q.value(2).toString();
        c.permanent = q.value(3).toInt() == 1;
        c.ticket = q.value(4).toString();
        c.url = q.value(5).toString();
        c.createdBy = q.value(6).toString();
        c.createdAt = q.value(7).toLongLong();
        c.expiresAt = q.value(8).toLongLong();
        c.followers = q.value(9).toLongLong();
        codes.append(c);
    }
    return codes;
}

StatusOr<QHash<QString, QString>> QrCodeStore::namesByScene() const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("SELECT scene, name FROM qr_codes ORDER BY id")))
        return Sql::failure(q);
    QHash<QString, QString> names;
    while (q.next())
        names.insert(q.value(0).toString(), q.value(1).toString());
    return names;
}
