#pragma once

#include "PreparedStatement.h"
#include "util/StatusOr.h"

#include <functional>
#include <memory>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

// Small helpers so every statement is prepared and every value bound, with one way to report
// a failure. Hot paths use PreparedStatements.
namespace Sql {

// Bound values per statement where a list is split (well under SQLite's 32,766).
inline constexpr int kValuesPerStatement = 400;

// Texts as values to bind (a list of openids for an IN list, say).
QVariantList values(const QStringList &texts);
// Prepares `sql` on `query`, binds `values` in order and runs it.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
// Binds `values` to an already prepared query and runs it again.
bool bindAndRun(QSqlQuery &query, const QVariantList &values);
// The first column of the first row (a null QVariant when there is no row), or the failure.
StatusOr<QVariant> scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {});
// `value` as a number (0 for no row); its failure goes to `*status` unless that already holds
// one, so a chain of reads reports the first thing that went wrong.
qint64 toCount(const StatusOr<QVariant> &value, Status *status);
// Runs a statement and reports the outcome.
Status exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {});
// Runs a statement PostgreSQL cannot prepare (DO blocks, CREATE FUNCTION, GRANT), which
// therefore takes no values: every name in it must be a constant or checked beforehand.
Status execUnprepared(QSqlDatabase db, const QString &sql);
// For a statement whose failure must not stop the work it serves (a connection setting put
// back, a rollback after a failed commit): a failure is logged as a warning naming `what`.
void warnIfFailed(const Status &status, const char *what);
// "Database error: …" for a failed query, or with the driver's own words.
Status failure(const QSqlQuery &query);
Status failure(const QString &driverText);
// "?, ?, ?" for an IN list of `count` bound values.
QString placeholders(int count);
// A QString that binds as '' rather than NULL when empty.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}
// A QString that binds as NULL when empty.
inline QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

} // namespace Sql

// Prepared statements kept for reuse on one connection: preparing costs more than running
// for the small statements that sync and linking repeat per row.
class PreparedStatements
{
public:
    explicit PreparedStatements(QSqlDatabase db) : m_db(db) {}

    QSqlDatabase database() const { return m_db; }
    // Runs `sql` (prepared once) with `values`; its rows are returned positioned before the
    // first one. On failure `status` says why (and there are no rows).
    SqlRows &run(const QString &sql, const QVariantList &values, Status *status);
    // The first column of the first row, or a null QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values, Status *status);
    // Runs "`head` VALUES (?, …), (?, …) `tail`" for `rows` in chunks of a few hundred rows
    // (one statement per chunk instead of one per row); `onRow` sees each row a RETURNING
    // clause gives back.
    Status runMany(const QString &head, const QList<QVariantList> &rows, const QString &tail,
                   const std::function<void(const SqlRows &)> &onRow = {});
    // Runs `sql`, whose "%1" is an IN list, for `values` a few hundred at a time; `onRow` sees
    // every row the statements return.
    // `leading` are bound before each chunk's list (the statement's other placeholders).
    Status runIn(const QString &sql, const QVariantList &values,
                 const std::function<void(const SqlRows &)> &onRow = {},
                 const QVariantList &leading = {});

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<PreparedStatement>> m_statements;
};
