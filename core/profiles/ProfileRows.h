#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

class QSqlQuery;

#include <functional>
#include <QList>
#include <QStringList>

// Profiles as the Users page lists them, a page at a time: each page reads only its own rows
// through indexes, so a million profiles cost what is on screen.
class ProfileRows
{
public:
    // One person as the list shows them: who they are, how they follow the Official Account(s)
    // and when they were last seen doing anything.
    struct Row
    {
        qint64 id = 0;
        QString memberId;
        QString remark; // the OA remark staff gave them (WeChat no longer gives nicknames)
        QStringList tags;
        int oaAccounts = 0;
        int mpAccounts = 0;
        bool subscribed = false;
        qint64 followedAt = 0;   // the newest follow of a followed OA (epoch ms, 0 unknown)
        qint64 unfollowedAt = 0; // the newest unfollow when no OA is followed now
        QString scene;           // subscribe_scene of that follow
        QString qrScene;         // the QR code's scene when the follow came through one
        qint64 lastActivity = 0; // newest event (epoch ms, 0 none)
        QString unionid;
    };

    explicit ProfileRows(DbConnection db) : m_db(db) {}

    StatusOr<qint64> count() const;
    // Keyset paging on the primary key: the page after profile `afterId` (0: the first page),
    // as fast on the last page as on the first.
    StatusOr<QList<Row>> pageById(qint64 afterId, bool descending, int limit) const;
    // Offset paging over the member ID index (member IDs repeat NULL), ties broken by id.
    StatusOr<QList<Row>> pageByMemberId(int offset, bool descending, int limit) const;
    // These profiles in this order; ids that no longer exist are left out.
    StatusOr<QList<Row>> byIds(const QList<qint64> &ids) const;

private:
    StatusOr<QList<Row>> fetch(const QString &tail, const QVariantList &values) const;
    // Adds each row's OA follow and tags: two queries for the page, not two per row.
    Status addFollows(QList<Row> *rows) const;
    Status addTags(QList<Row> *rows) const;
    // Runs `sql`, whose %1 takes the page's profile ids and whose first column is a profile
    // id, and hands each result to `onResult` with the page's row of that profile.
    Status forEachOfPage(QList<Row> *rows, const QString &sql,
                         const std::function<void(Row &row, const QSqlQuery &q)> &onResult) const;

    DbConnection m_db;
};
