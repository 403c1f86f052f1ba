#include "RunLease.h"

#include "DeliveryRepository.h"
#include "logging/LogCategories.h"
#include "storage/Sql.h"
#include "util/Clock.h"

RunLease::RunLease(DbConnection db, DeliveryRepository &deliveries, const Clock &clock,
                   qint64 campaignId)
    : m_leases(db, clock), m_deliveries(deliveries), m_clock(clock), m_campaignId(campaignId),
      m_runnerId(RunnerLeases::newRunnerId())
{
}

Status RunLease::take(qint64 *recovered)
{
    WX_TRY(m_leases.hold(m_runnerId, m_campaignId));
    WX_TRY(recoverRowsOfDeadRuns(recovered));
    if (*recovered > 0)
        qCWarning(lcMessaging).noquote()
            << QStringLiteral("campaign %1: %2 rows an interrupted run left in `sending` are now "
                              "unknown (never re-sent automatically)")
                   .arg(m_campaignId)
                   .arg(*recovered);
    return Status::ok();
}

Status RunLease::beat(qint64 *recovered)
{
    *recovered = 0;
    WX_TRY(m_leases.hold(m_runnerId, m_campaignId));
    return ++m_beats % 5 == 0 ? recoverRowsOfDeadRuns(recovered) : Status::ok();
}

void RunLease::release()
{
    Sql::warnIfFailed(m_leases.release(m_runnerId), "releasing the run's lease");
}

// The rows in `sending` of runs that are not alive (a crash, here or on another console)
// become unknown.
Status RunLease::recoverRowsOfDeadRuns(qint64 *rows)
{
    QStringList alive;
    WX_TRY(m_leases.alive(m_campaignId, &alive));
    if (!alive.contains(m_runnerId))
        alive << m_runnerId;
    const StatusOr<qint64> recovered =
        m_deliveries.markInterrupted(m_campaignId, alive, m_clock.nowMsecs());
    *rows = recovered.value();
    return recovered.status();
}
