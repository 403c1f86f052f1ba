#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <QList>

// Profiles as the Users page lists them, a page at a time: each page reads only its own rows
// through indexes, so a million profiles cost what is on screen.
class ProfileRows
{
public:
    struct Row
    {
        qint64 id = 0;
        QString memberId;
        int oaAccounts = 0;
        int mpAccounts = 0;
        bool subscribed = false;
        QString unionid;
        QString remark;
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

    DbConnection m_db;
};
