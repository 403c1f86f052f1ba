#include "ServiceRound.h"

#include "messaging/CampaignRepository.h"
#include "messaging/CampaignRun.h"
#include "messaging/CampaignStore.h"
#include "storage/AuditLog.h"
#include "util/Clock.h"

ServiceRound::ServiceRound(DbConnection db, SecretSource &secrets, const Clock &clock)
    : m_db(db), m_secrets(secrets), m_clock(clock)
{
}

StatusOr<QList<ServiceRound::CampaignResult>>
ServiceRound::run(const std::function<bool()> &stopping)
{
    QList<CampaignRepository::Campaign> campaigns;
    WX_TRY(CampaignRepository(m_db).list(&campaigns));
    QList<CampaignResult> results;
    for (auto it = campaigns.crbegin(); it != campaigns.crend(); ++it) { // oldest first
        // A pause for the daily quota ends at the reset (midnight in Beijing): the service
        // takes the campaign up again then, nobody has to be at a console.
        if (it->state == CampaignState::Paused && it->resumeAt &&
            it->resumeAt <= m_clock.nowMsecs()) {
            bool resumed = false;
            WX_TRY(CampaignStore(m_db, m_clock)
                       .resumeAfterReset(it->id, AuditLog::currentActor(), &resumed));
            if (!resumed)
                continue;
        } else if (it->state != CampaignState::Running) {
            continue;
        }
        if (stopping && stopping())
            break;
        CampaignRun run(m_db, it->id, m_secrets, m_clock);
        const OutboxRunner::Report report = run.run([&](const OutboxRunner::Progress &p) {
            if (p.waitingUntil || (stopping && stopping()))
                run.interrupt(); // a later round takes it up when it may send
        });
        results.append({it->id, report});
    }
    return results;
}
