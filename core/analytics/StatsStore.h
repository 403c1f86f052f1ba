#pragma once

#include "StatsReports.h"
#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <QMap>
#include <QSet>

// Tables `wechat_stats` (the numbers WeChat published, one row per app, report, day, span,
// dimension and metric) and `wechat_stats_fetched` (which days were asked for, when, and
// whether WeChat had published them). Saving a span replaces what was held for it, so a
// fetch repeated or resumed holds each day once.
class StatsStore
{
public:
    explicit StatsStore(DbConnection db) : m_db(db) {}

    // Replaces the values held for `span` with `values`, marking its days fetched on `today`.
    Status save(qint64 appRowId, const StatsReport &report, const DateSpan &span,
                const QList<StatValue> &values, const QDate &today);
    // WeChat answered 61503 for `span`: its days are shown as not published, and asked again.
    Status markUnpublished(qint64 appRowId, const StatsReport &report, const DateSpan &span,
                           const QDate &today);

    // The days (span starts, for weekly, monthly and portrait reports) held for good: published
    // and fetched after WeChat stopped revising them.
    StatusOr<QSet<QDate>> settledDays(qint64 appRowId, const StatsReport &report, const QDate &from,
                                      const QDate &to) const;
    // Day (span start) -> published, for every day asked for in [from, to].
    StatusOr<QMap<QDate, bool>> fetchedDays(qint64 appRowId, const QString &report,
                                            const QDate &from, const QDate &to) const;
    // The values of `report` whose day lies in [from, to], by day, dimension and metric.
    StatusOr<QList<StatValue>> values(qint64 appRowId, const QString &report, const QDate &from,
                                      const QDate &to) const;

private:
    Status writeFetched(qint64 appRowId, const StatsReport &report, const DateSpan &span,
                        bool published, const QDate &today);

    DbConnection m_db;
};
