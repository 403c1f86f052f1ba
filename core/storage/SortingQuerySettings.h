#pragma once

#include <QSqlDatabase>
#include <QVariant>

// For a query that groups or sorts millions of rows on SQLite (a segment's count or refresh):
// an 8 MB page cache instead of the connection's 64 MB while it runs, put back afterwards.
// SQLite's sorter keeps runs as large as the page cache in memory, and one large run sorts
// slower than smaller ones merged ("view_item at least 3 times" at 10M events: 1.35 s with
// 64 MB, 0.96 s with 8 MB). Nothing changes on PostgreSQL.
class SortingQuerySettings
{
public:
    explicit SortingQuerySettings(QSqlDatabase db);
    ~SortingQuerySettings();
    SortingQuerySettings(const SortingQuerySettings &) = delete;
    SortingQuerySettings &operator=(const SortingQuerySettings &) = delete;

private:
    QSqlDatabase m_db;
    QVariant m_cacheBefore; // invalid when nothing was changed
};
