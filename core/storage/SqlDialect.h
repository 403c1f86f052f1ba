#pragma once

#include "DatabaseSpec.h"
#include "util/Status.h"

#include <QString>
#include <QVariant>

class QSqlDatabase;

// The few places where SQLite and PostgreSQL differ, behind one small interface.
// Everything else is written once in SQL both understand.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    static const SqlDialect &forBackend(DatabaseSpec::Backend backend);
    // The dialect of an open connection (by its driver).
    static const SqlDialect &of(const QSqlDatabase &db);

    virtual DatabaseSpec::Backend backend() const = 0;

    // Session settings applied right after a connection opens (pragmas, time zone).
    virtual Status prepareConnection(QSqlDatabase &db) const = 0;

    // Replaces the schema type tokens used in migrations:
    // {{PK}} auto-increment 64-bit primary key, {{JSON}} a JSON document column.
    virtual QString expandSchema(const QString &ddl) const = 0;

    // Starts a transaction that holds the write lock from its first statement, so a
    // read-then-write inside it cannot race another writer.
    virtual QString beginWriteStatement() const = 0;

    // Serialises schema migrations between consoles sharing one database ("" when the
    // write transaction already does).
    virtual QString migrationLockStatement() const = 0;

    // A JSON object column's top-level field as text ('5' for 5, 'a' for "a"): the SQL takes
    // one bound value, jsonFieldArgument(key).
    virtual QString jsonFieldText(const QString &column) const = 0;
    virtual QVariant jsonFieldArgument(const QString &key) const = 0;

    // Appended to a SELECT in a write transaction: the rows of `alias` it reads are locked for
    // the transaction, and rows another transaction holds are passed over. SQLite needs none:
    // its write transaction already holds the whole database.
    virtual QString lockRowsSkippingLocked(const QString &alias) const = 0;

    // The template an event's props name ({"template_id": …}), written literally so that
    // the partial index on subscribe acceptances (migration 8) answers it. `table`: an alias
    // with its dot ("e."), or "" in the index itself.
    virtual QString propsTemplateId(const QString &table) const = 0;
};

class SqliteDialect : public SqlDialect
{
public:
    DatabaseSpec::Backend backend() const override { return DatabaseSpec::Backend::Sqlite; }
    Status prepareConnection(QSqlDatabase &db) const override;
    QString expandSchema(const QString &ddl) const override;
    QString beginWriteStatement() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString migrationLockStatement() const override { return QString(); }
    QString jsonFieldText(const QString &column) const override
    {
        return QStringLiteral("CAST(json_extract(%1, ?) AS TEXT)").arg(column);
    }
    QVariant jsonFieldArgument(const QString &key) const override
    {
        return QStringLiteral("$.\"%1\"").arg(key); // keys with '"' are refused earlier
    }
    QString lockRowsSkippingLocked(const QString &) const override { return QString(); }
    QString propsTemplateId(const QString &table) const override
    {
        return QStringLiteral("json_extract(%1props, '$.template_id')").arg(table);
    }
};

class PostgresDialect : public SqlDialect
{
public:
    DatabaseSpec::Backend backend() const override { return DatabaseSpec::Backend::Postgres; }
    Status prepareConnection(QSqlDatabase &db) const override;
    QString expandSchema(const QString &ddl) const override;
    QString beginWriteStatement() const override { return QStringLiteral("BEGIN"); }
    QString migrationLockStatement() const override;
    QString jsonFieldText(const QString &column) const override
    {
        return QStringLiteral("(%1 ->> CAST(? AS TEXT))").arg(column);
    }
    QVariant jsonFieldArgument(const QString &key) const override { return key; }
    QString lockRowsSkippingLocked(const QString &alias) const override
    {
        return QStringLiteral(" FOR UPDATE OF %1 SKIP LOCKED").arg(alias);
    }
    QString propsTemplateId(const QString &table) const override
    {
        return QStringLiteral("(%1props ->> 'template_id')").arg(table);
    }
};
