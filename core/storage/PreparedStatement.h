#pragma once

#include "util/Status.h"

#include <memory>
#include <QSqlDatabase>
#include <QVariant>

// The rows a statement gives back, the same on both databases.
class SqlRows
{
public:
    virtual ~SqlRows() = default;
    // Moves to the next row; false after the last one (or on an error while reading).
    virtual bool next() = 0;
    virtual QVariant value(int column) const = 0;
    // A column read as an integer, without a QVariant (ids by the million).
    virtual qint64 integer(int column) const { return value(column).toLongLong(); }
    // Ends reading early, so the statement holds no read lock.
    virtual void finish() = 0;
    // After next() said false: whether the rows ran out (ok) or reading failed, and why.
    virtual Status endStatus() const { return Status::ok(); }
};

// One statement prepared once and run many times with new values.
class PreparedStatement : public SqlRows
{
public:
    // On SQLite, a statement of SQLite's own C API on the connection's handle: QtSql's binding
    // looks each value up in a hash by a generated name, which cost more than SQLite's work in
    // the sync and the import. Elsewhere, a QSqlQuery.
    static std::unique_ptr<PreparedStatement> create(QSqlDatabase db);

    virtual Status prepare(const QString &sql) = 0;
    // Binds `values` in order and runs the statement, positioned before its first row.
    virtual Status run(const QVariantList &values) = 0;
};
