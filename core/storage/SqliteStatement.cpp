#include "SqliteStatement.h"

#include "Sql.h"
#include "util/VectorState.h"

#include <cstring>
#include <QCoreApplication>
#include <QSqlDriver>
#include <sqlite3.h>

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Status SqliteStatement::failure() const
{
    return Sql::failure(QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Status SqliteStatement::prepare(const QString &sql)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr) != SQLITE_OK)
        return failure();
    return Status::ok();
}

int SqliteStatement::bind(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return sqlite3_bind_null(m_statement, index);
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.isNull() ? sqlite3_bind_null(m_statement, index)
                              : sqlite3_bind_int64(m_statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return value.isNull() ? sqlite3_bind_null(m_statement, index)
                              : sqlite3_bind_double(m_statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
        if (bytes->isNull())
            return sqlite3_bind_null(m_statement, index);
        return sqlite3_bind_blob64(m_statement, index, bytes->constData(),
                                   sqlite3_uint64(bytes->size()), SQLITE_TRANSIENT);
    }
    default: {
        const QString text = value.typeId() == QMetaType::QString
                                 ? *static_cast<const QString *>(value.constData())
                                 : value.toString();
        if (text.isNull())
            return sqlite3_bind_null(m_statement, index);
        return sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2),
                                   SQLITE_TRANSIENT);
    }
    }
}

Status SqliteStatement::run(const QVariantList &values)
{
    clearUpperVectorState();
    sqlite3_reset(m_statement);
    m_rowWaiting = false;
    m_done = true;
    m_endStatus = Status::ok();
    if (values.size() != sqlite3_bind_parameter_count(m_statement))
        return Sql::failure(QStringLiteral("%1 values for %2 placeholders")
                                .arg(values.size())
                                .arg(sqlite3_bind_parameter_count(m_statement)));
    for (int i = 0; i < values.size(); ++i)
        if (bind(i + 1, values.at(i)) != SQLITE_OK)
            return failure();
    // The first step runs the statement (all of it, for a write), as QSqlQuery::exec does.
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW) {
        m_rowWaiting = true;
        m_done = false;
        return Status::ok();
    }
    if (result == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return Status::ok();
    }
    const Status status = failure();
    sqlite3_reset(m_statement);
    return status;
}

bool SqliteStatement::next()
{
    if (m_rowWaiting) {
        m_rowWaiting = false;
        return true;
    }
    if (m_done)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_endStatus = failure(); // e.g. interrupted
    finish();
    return false;
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                          sqlite3_column_bytes(m_statement, column));
    case SQLITE_TEXT: {
        const auto *text =
            static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
        return QString::fromUtf16(text, sqlite3_column_bytes16(m_statement, column) / 2);
    }
    default:
        return QVariant();
    }
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

void SqliteStatement::finish()
{
    m_rowWaiting = false;
    m_done = true;
    sqlite3_reset(m_statement);
}
