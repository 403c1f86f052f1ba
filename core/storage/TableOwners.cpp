#include "TableOwners.h"

namespace TableOwners {

const QList<TableOwner> &all()
{
    static const QList<TableOwner> owners{
        {"schema_version", "storage/Migrator.cpp", {}},
        {"wechat_stats", "analytics/StatsStore.cpp", {}},
        {"wechat_stats_fetched", "analytics/StatsStore.cpp", {}},
        {"apps",
         "storage/AppRepository.cpp",
         {"analytics/SegmentTrend.cpp", "analytics/StepSource.cpp",
          "analytics/CrossPlatformAudience.cpp", "ingest/ImportWriter.cpp",
          "messaging/CampaignReport.cpp", "profiles/ProfileActivity.cpp",
          "profiles/ProfileLookup.cpp", "profiles/ProfileRows.cpp", "segments/SegmentCompiler.cpp",
          "segments/SegmentExport.cpp", "service/ServiceSchedules.cpp",
          "storage/TagRepository.cpp"}},
        {"audit_log", "storage/AuditLog.cpp", {}},
        {"profiles",
         "identity/IdentityRepository.cpp",
         {"analytics/Funnel.cpp", "messaging/CampaignAudience.cpp",
          "messaging/DeliveryRepository.cpp", "messaging/OptOutList.cpp",
          "profiles/ProfileLookup.cpp", "profiles/ProfileRows.cpp", "segments/SegmentCompiler.cpp",
          "segments/SegmentCounter.cpp", "segments/SegmentExport.cpp",
          "segments/SegmentStore.cpp"}},
        {"accounts",
         "identity/AccountRepository.cpp",
         {"analytics/StepSource.cpp", "analytics/CrossPlatformAudience.cpp",
          "analytics/FollowActivity.cpp", "identity/IdentityRepository.cpp",
          "messaging/CampaignReport.cpp", "messaging/CampaignAudience.cpp",
          "messaging/DeliveryRepository.cpp", "messaging/OptOutList.cpp",
          "profiles/ProfileActivity.cpp", "profiles/ProfileLookup.cpp", "profiles/ProfileRows.cpp",
          "segments/SegmentExport.cpp", "segments/SegmentStore.cpp", "segments/SegmentTagPush.cpp",
          "storage/EventRepository.cpp", "sync/FollowerSync.cpp", "people/QrCodeStore.cpp",
          "storage/TagRepository.cpp"}},
        {"identity_links", "identity/IdentityRepository.cpp", {"identity/AccountRepository.cpp"}},
        {"identity_history", "identity/IdentityRepository.cpp", {"profiles/ProfileActivity.cpp"}},
        {"identity_conflicts", "identity/IdentityConflicts.cpp", {}},
        {"tags",
         "storage/TagRepository.cpp",
         {"messaging/CampaignAudience.cpp", "profiles/ProfileLookup.cpp",
          "profiles/ProfileRows.cpp", "segments/SegmentCompiler.cpp"}},
        {"account_tags",
         "storage/TagRepository.cpp",
         {"messaging/CampaignAudience.cpp", "profiles/ProfileLookup.cpp",
          "profiles/ProfileRows.cpp", "segments/SegmentCompiler.cpp"}},
        {"sync_state", "sync/FollowerWriter.cpp", {}},
        {"sync_listing", "sync/FollowerWriter.cpp", {"identity/AccountRepository.cpp"}},
        {"events",
         "storage/EventRepository.cpp",
         {"analytics/SegmentTrend.cpp", "analytics/StepSource.cpp", "messaging/ExclusionRules.cpp",
          "profiles/ProfileActivity.cpp", "profiles/ProfileLookup.cpp",
          "profiles/ProfileRows.cpp"}},
        {"segments",
         "segments/SegmentStore.cpp",
         {"analytics/Funnel.cpp", "messaging/CampaignAudience.cpp"}},
        {"segment_members",
         "segments/SegmentStore.cpp",
         {"analytics/Funnel.cpp", "analytics/SegmentTrend.cpp", "messaging/CampaignAudience.cpp",
          "segments/SegmentExport.cpp", "segments/SegmentTagPush.cpp"}},
        {"segment_sizes", "segments/SegmentStore.cpp", {}},
        {"campaigns",
         "messaging/CampaignRepository.cpp",
         {"analytics/CampaignOutcome.cpp", "messaging/CampaignApprovals.cpp",
          "messaging/ExclusionRules.cpp", "profiles/ProfileActivity.cpp"}},
        {"campaign_exclusions", "messaging/CampaignRepository.cpp", {}},
        {"deliveries",
         "messaging/DeliveryRepository.cpp",
         {"analytics/SegmentTrend.cpp", "analytics/CampaignOutcome.cpp", "analytics/StepSource.cpp",
          "messaging/CampaignApprovals.cpp", "messaging/CampaignReport.cpp",
          "messaging/ExclusionRules.cpp", "profiles/ProfileActivity.cpp"}},
        {"opt_outs", "messaging/OptOutList.cpp", {"messaging/ExclusionRules.cpp"}},
        {"runner_leases", "messaging/RunnerLeases.cpp", {}},
        {"qr_codes", "people/QrCodeStore.cpp", {}},
        // A second pair of eyes on big sends (issue 21); the triggers read the campaign, its
        // outbox and the threshold.
        {"campaign_approvals", "messaging/CampaignApprovals.cpp", {}},
        {"team_settings", "team/TeamSettings.cpp", {"messaging/CampaignApprovals.cpp"}},
        {"service_heartbeats", "service/ServiceHeartbeats.cpp", {"service/ServiceSchedules.cpp"}},
        {"service_schedules", "service/ServiceSchedules.cpp", {}},
    };
    return owners;
}

const TableOwner *of(const QString &table)
{
    for (const TableOwner &owner : all())
        if (QLatin1String(owner.table) == table)
            return &owner;
    return nullptr;
}

} // namespace TableOwners
