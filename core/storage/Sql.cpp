#include "Sql.h"

#include "logging/LogCategories.h"

#include "SqliteStatement.h"
#include "TriggerMessages.h"
#include "util/VectorState.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Sql {

QVariantList values(const QStringList &texts)
{
    QVariantList out;
    out.reserve(texts.size());
    for (const QString &text : texts)
        out << text;
    return out;
}

bool bindAndRun(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    clearUpperVectorState(); // see VectorState.h
    return query.exec();
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    return bindAndRun(query, values);
}

StatusOr<QVariant> scalar(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!run(query, sql, values))
        return failure(query);
    return query.next() ? query.value(0) : QVariant();
}

qint64 toCount(const StatusOr<QVariant> &value, Status *status)
{
    if (!value.isOk() && status->isOk())
        *status = value.status();
    return value.value().toLongLong();
}

Status exec(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    return run(query, sql, values) ? Status::ok() : failure(query);
}

Status execUnprepared(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) ? Status::ok() : failure(query);
}

// PostgreSQL's message without its "ERROR:" label and the SQLSTATE line QPSQL appends.
QString serverSays(const QSqlError &error)
{
    QString text = error.databaseText().section(u'\n', 0, 0).trimmed();
    if (text.startsWith(QLatin1String("ERROR:")))
        text = text.mid(6).trimmed();
    return text;
}

Status failure(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    // PostgreSQL's insufficient_privilege: team mode's grants refused (docs/team.md). Say so in
    // words a team member can act on, keeping the server's own text for the admin.
    if (error.nativeErrorCode() == QLatin1String("42501"))
        return Status::failure(
            QCoreApplication::translate(
                "Sql", "The database refused this: your login's team role may not do it (%1). "
                       "Ask a wxops admin for the role it needs (wxops team list shows who "
                       "has which).")
                .arg(serverSays(error)));
    // wxops' own triggers (SQLSTATE WXxxx, docs/team.md) speak to the person who tried, in
    // their language.
    if (error.nativeErrorCode().startsWith(QLatin1String("WX")))
        return Status::failure(TriggerMessages::translated(serverSays(error)));
    return failure(error.text());
}

Status failure(const QString &driverText)
{
    return Status::failure(
        QCoreApplication::translate("Sql", "Database error: %1").arg(driverText));
}

void warnIfFailed(const Status &status, const char *what)
{
    if (!status.isOk())
        qCWarning(lcStorage).noquote()
            << QStringLiteral("%1 failed: %2").arg(QLatin1String(what), status.message());
}

QString placeholders(int count)
{
    QString list;
    list.reserve(count * 3);
    for (int i = 0; i < count; ++i)
        list += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return list;
}

} // namespace Sql

namespace {
// A PreparedStatement on QtSql, for the databases whose driver binds by position cheaply.
class QtStatement final : public PreparedStatement
{
public:
    explicit QtStatement(QSqlDatabase db) : m_query(db) { m_query.setForwardOnly(true); }

    Status prepare(const QString &sql) override
    {
        return m_query.prepare(sql) ? Status::ok() : Sql::failure(m_query);
    }
    Status run(const QVariantList &values) override
    {
        return Sql::bindAndRun(m_query, values) ? Status::ok() : Sql::failure(m_query);
    }
    bool next() override { return m_query.next(); }
    QVariant value(int column) const override { return m_query.value(column); }
    void finish() override { m_query.finish(); }
    Status endStatus() const override
    {
        return m_query.lastError().isValid() ? Sql::failure(m_query) : Status::ok();
    }

private:
    QSqlQuery m_query;
};

// What run() returns for a statement that could not be prepared.
class NoRows final : public SqlRows
{
public:
    bool next() override { return false; }
    QVariant value(int) const override { return {}; }
    void finish() override {}
};
} // namespace

std::unique_ptr<PreparedStatement> PreparedStatement::create(QSqlDatabase db)
{
    if (sqlite3 *handle = SqliteStatement::handleOf(db))
        return std::make_unique<SqliteStatement>(handle);
    return std::make_unique<QtStatement>(db);
}

SqlRows &PreparedStatements::run(const QString &sql, const QVariantList &values, Status *status)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        std::shared_ptr<PreparedStatement> statement = PreparedStatement::create(m_db);
        *status = statement->prepare(sql);
        if (!status->isOk()) {
            static NoRows none;
            return none;
        }
        it = m_statements.insert(sql, statement);
    }
    PreparedStatement &statement = *it.value();
    *status = statement.run(values);
    return statement;
}

QVariant PreparedStatements::scalar(const QString &sql, const QVariantList &values, Status *status)
{
    SqlRows &query = run(sql, values, status);
    QVariant value;
    if (status->isOk() && query.next())
        value = query.value(0);
    query.finish();
    return value;
}

Status PreparedStatements::runMany(const QString &head, const QList<QVariantList> &rows,
                                   const QString &tail,
                                   const std::function<void(const SqlRows &)> &onRow)
{
    if (rows.isEmpty())
        return Status::ok();
    const int columns = int(rows.constFirst().size());
    // A few hundred values a statement: fewer statements than one a row, without a statement
    // so big that preparing it costs (2,000 values measured no faster, bench/README.md).
    const int perStatement = qMax(1, qMin(500, Sql::kValuesPerStatement / qMax(1, columns)));
    const QString tuple = QLatin1Char('(') + Sql::placeholders(columns) + QLatin1Char(')');
    for (qsizetype start = 0; start < rows.size(); start += perStatement) {
        const qsizetype count = qMin<qsizetype>(perStatement, rows.size() - start);
        QStringList tuples;
        tuples.reserve(count);
        QVariantList values;
        values.reserve(count * columns);
        for (qsizetype i = start; i < start + count; ++i) {
            tuples << tuple;
            values += rows.at(i);
        }
        Status status = Status::ok();
        SqlRows &query = run(head + QStringLiteral(" VALUES ") + tuples.join(QStringLiteral(", ")) +
                                 QLatin1Char(' ') + tail,
                             values, &status);
        if (!status.isOk())
            return status;
        while (onRow && query.next())
            onRow(query);
        query.finish();
    }
    return Status::ok();
}

Status PreparedStatements::runIn(const QString &sql, const QVariantList &values,
                                 const std::function<void(const SqlRows &)> &onRow,
                                 const QVariantList &leading)
{
    for (qsizetype start = 0; start < values.size(); start += Sql::kValuesPerStatement) {
        const QVariantList chunk = values.mid(start, Sql::kValuesPerStatement);
        Status status = Status::ok();
        SqlRows &query =
            run(sql.arg(Sql::placeholders(int(chunk.size()))), leading + chunk, &status);
        if (!status.isOk())
            return status;
        while (onRow && query.next())
            onRow(query);
        query.finish();
    }
    return Status::ok();
}
