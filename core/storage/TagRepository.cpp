#include "TagRepository.h"

#include "Sql.h"

#include <QSqlQuery>

StatusOr<QStringList> TagRepository::names() const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("SELECT DISTINCT name FROM tags ORDER BY name")))
        return Sql::failure(q);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

StatusOr<QList<QPair<qint64, QString>>> TagRepository::ofApp(const QString &appid) const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT g.tag_id, g.name FROM tags g JOIN apps p ON p.id = "
                                 "g.app_id WHERE p.appid = ? ORDER BY g.name"),
                  {appid}))
        return Sql::failure(q);
    QList<QPair<qint64, QString>> tags;
    while (q.next())
        tags.append({q.value(0).toLongLong(), q.value(1).toString()});
    return tags;
}

StatusOr<bool> TagRepository::exists(qint64 appRowId, qint64 tagId) const
{
    const StatusOr<QVariant> found =
        Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM tags WHERE app_id = ? AND tag_id = ?"),
                    {appRowId, tagId});
    WX_TRY(found.status());
    return found.value().isValid();
}
