#pragma once

#include "PreparedStatement.h"

struct sqlite3;
struct sqlite3_stmt;

// A PreparedStatement of SQLite's C API. Binds values as Qt's SQLite driver does (a null
// QString or QByteArray is NULL) and reads them back the same way, so callers see no difference.
class SqliteStatement final : public PreparedStatement
{
public:
    explicit SqliteStatement(sqlite3 *db) : m_db(db) {}
    ~SqliteStatement() override;

    // The sqlite3 handle of an open QSQLITE connection, or nullptr for any other driver.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    Status prepare(const QString &sql) override;
    Status run(const QVariantList &values) override;
    bool next() override;
    QVariant value(int column) const override;
    qint64 integer(int column) const override;
    void finish() override;
    Status endStatus() const override { return m_endStatus; }

private:
    Status failure() const;
    int bind(int index, const QVariant &value);

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    bool m_rowWaiting = false; // run() stepped onto the first row; next() hands it out
    bool m_done = true;
    Status m_endStatus = Status::ok();
};
