#include "StatsStore.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace {
QString dayText(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// The rows a span's days are kept under: each day for daily reports, the span's first day
// for the others.
QList<QDate> keptDays(const StatsReport &report, const DateSpan &span)
{
    if (report.storedSpan(span) != 1)
        return {span.begin};
    QList<QDate> days;
    for (QDate d = span.begin; d <= span.end; d = d.addDays(1))
        days.append(d);
    return days;
}
} // namespace

Status StatsStore::writeFetched(qint64 appRowId, const StatsReport &report, const DateSpan &span,
                                bool published, const QDate &today)
{
    const int spanDays = report.storedSpan(span);
    WX_TRY(Sql::exec(m_db,
                     QStringLiteral("DELETE FROM wechat_stats_fetched WHERE app_id = ? AND "
                                    "report = ? AND span_days = ? AND day BETWEEN ? AND ?"),
                     {appRowId, report.name, spanDays, dayText(span.begin), dayText(span.end)}));
    QList<QVariantList> rows;
    for (const QDate &day : keptDays(report, span))
        rows.append(
            {appRowId, report.name, dayText(day), spanDays, published ? 1 : 0, dayText(today)});
    PreparedStatements statements(m_db);
    return statements.runMany(QStringLiteral("INSERT INTO wechat_stats_fetched (app_id, report, "
                                             "day, span_days, published, fetched_on)"),
                              rows, QString());
}

Status StatsStore::save(qint64 appRowId, const StatsReport &report, const DateSpan &span,
                        const QList<StatValue> &values, const QDate &today)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    const int spanDays = report.storedSpan(span);
    WX_TRY(Sql::exec(m_db,
                     QStringLiteral("DELETE FROM wechat_stats WHERE app_id = ? AND report = ? AND "
                                    "span_days = ? AND day BETWEEN ? AND ?"),
                     {appRowId, report.name, spanDays, dayText(span.begin), dayText(span.end)}));
    // One row per key: a reply naming a (day, dimension, metric) twice keeps the last.
    QMap<std::tuple<QDate, int, QString, QString>, StatValue> unique;
    for (const StatValue &v : values)
        unique.insert({v.day, v.spanDays, v.dimension, v.metric}, v);
    QList<QVariantList> rows;
    for (const StatValue &v : unique)
        rows.append({appRowId, report.name, dayText(v.day), v.spanDays, Sql::text(v.dimension),
                     v.metric, v.value, Sql::textOrNull(v.label)});
    PreparedStatements statements(m_db);
    WX_TRY(statements.runMany(QStringLiteral("INSERT INTO wechat_stats (app_id, report, day, "
                                             "span_days, dimension, metric, value, label)"),
                              rows, QString()));
    WX_TRY(writeFetched(appRowId, report, span, true, today));
    return transaction.commit();
}

Status StatsStore::markUnpublished(qint64 appRowId, const StatsReport &report, const DateSpan &span,
                                   const QDate &today)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    WX_TRY(writeFetched(appRowId, report, span, false, today));
    return transaction.commit();
}

StatusOr<QSet<QDate>> StatsStore::settledDays(qint64 appRowId, const StatsReport &report,
                                              const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT day, span_days, fetched_on FROM wechat_stats_fetched "
                                 "WHERE app_id = ? AND report = ? AND published = 1 AND day "
                                 "BETWEEN ? AND ?"),
                  {appRowId, report.name, dayText(from), dayText(to)}))
        return Sql::failure(q);
    QSet<QDate> settled;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const QDate lastDay = day.addDays(q.value(1).toInt() - 1);
        const QDate fetchedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        // WeChat revises a day for `revisedDays` after it: fetched later, it is final.
        if (lastDay.daysTo(fetchedOn) > report.revisedDays)
            settled.insert(day);
    }
    return settled;
}

StatusOr<QMap<QDate, bool>> StatsStore::fetchedDays(qint64 appRowId, const QString &report,
                                                    const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT day, published FROM wechat_stats_fetched WHERE app_id "
                                 "= ? AND report = ? AND day BETWEEN ? AND ?"),
                  {appRowId, report, dayText(from), dayText(to)}))
        return Sql::failure(q);
    QMap<QDate, bool> days;
    while (q.next())
        days.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt() == 1);
    return days;
}

StatusOr<QList<StatValue>> StatsStore::values(qint64 appRowId, const QString &report,
                                              const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::run(q,
                  QStringLiteral("SELECT day, span_days, dimension, metric, value, label FROM "
                                 "wechat_stats WHERE app_id = ? AND report = ? AND day BETWEEN "
                                 "? AND ? ORDER BY day, span_days, dimension, metric"),
                  {appRowId, report, dayText(from), dayText(to)}))
        return Sql::failure(q);
    QList<StatValue> values;
    while (q.next())
        values.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt(),
                       q.value(2).toString(), q.value(5).toString(), q.value(3).toString(),
                       q.value(4).toDouble()});
    return values;
}
