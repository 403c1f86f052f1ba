#pragma once

// Header-only helpers that read a database into plain values tests can compare.
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace DbSnapshot {

// Rows of a query as "v1|v2|…" strings, in the query's order.
inline QStringList rows(QSqlDatabase db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("query failed: ") + sql};
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < q.record().count(); ++c)
            cells << q.value(c).toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

// The accounts as a sync leaves them (without times that depend on when it ran).
inline QStringList accounts(QSqlDatabase db)
{
    return rows(db, QStringLiteral(
                        "SELECT p.appid, a.openid, COALESCE(a.unionid, ''), COALESCE(a.member_id, "
                        "''), a.subscribed, COALESCE(a.tagid_list, ''), COALESCE(a.remark, ''), "
                        "COALESCE(a.subscribe_scene, ''), COALESCE(a.subscribe_time, 0) FROM "
                        "accounts a JOIN apps p ON p.id = a.app_id ORDER BY p.appid, a.openid"));
}

// Which accounts share a profile, independent of the profile ids: one sorted line of
// "appid/openid" per profile, the lines sorted.
inline QStringList partition(QSqlDatabase db)
{
    QStringList groups;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT a.profile_id, p.appid, a.openid FROM accounts a JOIN apps p ON "
                          "p.id = a.app_id ORDER BY a.profile_id"));
    QHash<qint64, QStringList> byProfile;
    while (q.next())
        byProfile[q.value(0).isNull() ? -1 : q.value(0).toLongLong()]
            << q.value(1).toString() + QLatin1Char('/') + q.value(2).toString();
    for (QStringList members : std::as_const(byProfile)) {
        members.sort();
        groups << members.join(QLatin1Char(' '));
    }
    groups.sort();
    return groups;
}

inline qint64 count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace DbSnapshot
