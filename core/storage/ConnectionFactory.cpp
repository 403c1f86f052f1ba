#include "ConnectionFactory.h"

#include "logging/LogCategories.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionFactory)
};
} // namespace

// Owns one thread's connection name; removing the connection when the thread ends.
class ConnectionFactory::ThreadConnection
{
public:
    explicit ThreadConnection(const QString &name) : m_name(name) {}
    ~ThreadConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

ConnectionFactory::ConnectionFactory(const DatabaseSpec &spec)
    : m_spec(spec), m_dialect(SqlDialect::forBackend(spec.backend()))
{
    static QAtomicInteger<int> counter;
    m_namePrefix = QStringLiteral("wxops-%1").arg(counter.fetchAndAddRelaxed(1));
}

ConnectionFactory::~ConnectionFactory()
{
    // QThreadStorage only cleans up the current thread's entry here; worker threads
    // clean theirs when they finish.
    if (m_perThread.hasLocalData())
        m_perThread.setLocalData(nullptr);
}

QString ConnectionFactory::connectionNameForThisThread() const
{
    return QStringLiteral("%1-%2")
        .arg(m_namePrefix)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

DbConnection ConnectionFactory::connection(Status *status)
{
    if (m_perThread.hasLocalData() && m_perThread.localData()) {
        QSqlDatabase db = QSqlDatabase::database(m_perThread.localData()->name(), false);
        if (db.isOpen()) {
            if (status)
                *status = Status::ok();
            return db;
        }
    }

    const QString name = connectionNameForThisThread();
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name, false)
                          : QSqlDatabase::addDatabase(m_spec.qtDriver(), name);
    if (!m_perThread.hasLocalData() || !m_perThread.localData())
        m_perThread.setLocalData(new ThreadConnection(name));

    if (m_spec.isSqlite()) {
        const QString folder = QFileInfo(m_spec.filePath()).absolutePath();
        if (m_spec.createsFolder())
            QDir().mkpath(folder);
        else if (!QFileInfo(folder).isDir()) {
            const Status missing = Status::failure(
                Text::tr("The folder %1 does not exist, so the database %2 cannot be made there. "
                         "Check the path given to --database, or create the folder first.")
                    .arg(QDir::toNativeSeparators(folder), m_spec.displayName()));
            qCWarning(lcStorage).noquote() << missing.message();
            if (status)
                *status = missing;
            return db;
        }
        db.setDatabaseName(m_spec.filePath());
    } else {
        db.setHostName(m_spec.host());
        db.setPort(m_spec.port());
        db.setUserName(m_spec.user());
        db.setDatabaseName(m_spec.databaseName());
        db.setConnectOptions(m_spec.connectOptions());
    }

    Status result = Status::ok();
    if (!db.open()) {
        result = Status::failure(
            Text::tr("Cannot open %1: %2").arg(m_spec.displayName(), db.lastError().text()));
    } else {
        result = m_dialect.prepareConnection(db);
        if (!result.isOk()) {
            db.close();
            result = explainSetupFailure(result);
        }
    }
    if (!result.isOk())
        qCWarning(lcStorage).noquote() << result.message();
    else
        qCDebug(lcStorage).noquote() << "opened" << m_spec.displayName() << "as" << name;
    if (status)
        *status = result;
    return db;
}

Status ConnectionFactory::explainSetupFailure(const Status &failure) const
{
    // SQLite's own words name neither the file nor what to do.
    if (!m_spec.isSqlite())
        return failure;
    const QString words = failure.message();
    if (words.contains(QLatin1String("file is not a database")))
        return Status::failure(Text::tr("%1 is not a SQLite database. Give --database the path of "
                                        "a wxops database file, or of a new file to start one.")
                                   .arg(QDir::toNativeSeparators(m_spec.filePath())));
    if (words.contains(QLatin1String("readonly")))
        return Status::failure(
            Text::tr("%1 cannot be written: the file or its folder is read-only. wxops needs to "
                     "write its database (and the -wal and -shm files beside it); check the "
                     "permissions.")
                .arg(QDir::toNativeSeparators(m_spec.filePath())));
    return Status::failure(Text::tr("Cannot use %1 as the database: %2")
                               .arg(QDir::toNativeSeparators(m_spec.filePath()), words));
}

Status ConnectionFactory::check()
{
    Status status = Status::ok();
    connection(&status);
    return status;
}
