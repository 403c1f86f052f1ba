#include "RunnerLeases.h"

#include "storage/Sql.h"
#include "util/Clock.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace {
// The host name with the machine's own id (/etc/machine-id on Linux): machines that share a
// name, or containers that share an image's machine id, are still told apart.
QString thisHost()
{
    static const QString id =
        QSysInfo::machineHostName() + u'/' + QString::fromLatin1(QSysInfo::machineUniqueId());
    return id;
}
} // namespace

QString RunnerLeases::newRunnerId()
{
    static QAtomicInteger<int> runs;
    return QStringLiteral("%1:%2:%3")
        .arg(thisHost())
        .arg(QCoreApplication::applicationPid())
        .arg(runs.fetchAndAddRelaxed(1) + 1);
}

Status RunnerLeases::hold(const QString &runner, qint64 campaignId)
{
    return Sql::exec(
        m_db,
        QStringLiteral("INSERT INTO runner_leases (runner, campaign_id, host, pid, "
                       "heartbeat_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (runner) DO "
                       "UPDATE SET heartbeat_at = excluded.heartbeat_at"),
        {runner, campaignId, thisHost(), QCoreApplication::applicationPid(), m_clock.nowMsecs()});
}

Status RunnerLeases::release(const QString &runner)
{
    return Sql::exec(m_db, QStringLiteral("DELETE FROM runner_leases WHERE runner = ?"), {runner});
}

Status RunnerLeases::alive(qint64 campaignId, QStringList *runners) const
{
    runners->clear();
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT runner, host, pid FROM runner_leases WHERE campaign_id = "
                                 "? AND heartbeat_at >= ?"),
                  {campaignId, m_clock.nowMsecs() - kStaleMsecs}))
        return Sql::failure(q);
    while (q.next())
        if (!processExited(q.value(1).toString(), q.value(2).toLongLong()))
            runners->append(q.value(0).toString());
    return Status::ok();
}

// Only a process on this host can be asked; elsewhere the heartbeat decides.
bool RunnerLeases::processExited(const QString &host, qint64 pid)
{
#ifdef Q_OS_UNIX
    if (host == thisHost() && pid > 0)
        return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(host);
    Q_UNUSED(pid);
#endif
    return false;
}
