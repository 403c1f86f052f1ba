#include "TeamGrants.h"

namespace TeamGrants {

const QList<TableGrant> &all()
{
    // table, admin, marketing, support
    static const QList<TableGrant> grants{
        {"schema_version", "", "", ""}, // migrations run as the database owner
        {"apps", "iud", "", ""},        // only admins change apps
        {"audit_log", "i", "i", "i"},   // insert only, for everyone
        // What sync, import and statistics fetches write: admins (and the service).
        {"wechat_stats", "iud", "", ""},
        {"wechat_stats_fetched", "iud", "", ""},
        {"sync_state", "iud", "", ""},
        {"sync_listing", "iud", "", ""},
        {"events", "iud", "", ""},
        {"tags", "iud", "iud", ""}, // marketing tags segments on WeChat
        {"account_tags", "iud", "iud", ""},
        // People and their links: support fixes links, merges and unlinks.
        {"profiles", "iud", "", "iud"},
        {"accounts", "iud", "", "u"},
        {"identity_links", "iud", "", "iud"},
        {"identity_history", "iud", "", "i"},
        {"identity_conflicts", "iud", "", "u"},
        {"opt_outs", "iud", "iud", "iud"},
        // Segments and campaigns: marketing's work. A merge drops the merged profile's
        // memberships, so support deletes members too.
        {"segments", "iud", "iud", ""},
        {"segment_members", "iud", "iud", "d"},
        {"segment_sizes", "iud", "iud", ""},
        {"campaigns", "iud", "iud", ""},
        {"campaign_exclusions", "iud", "iud", ""},
        {"deliveries", "iud", "iud", ""},
        {"runner_leases", "iud", "iud", ""},
        {"qr_codes", "iud", "iud", ""},
        // Approvals are made, never changed: by admins here, and by wxops_approver
        // (kApproverGrants). The triggers decide who may approve what.
        {"campaign_approvals", "i", "", ""},
        {"team_settings", "iud", "", ""},      // the approval threshold: the admins' decision
        {"service_heartbeats", "iud", "", ""}, // written by the service (an admin login)
        {"service_schedules", "iud", "", ""},  // set by admins, claimed by the service
    };
    return grants;
}

const TableGrant *of(const QString &table)
{
    for (const TableGrant &grant : all())
        if (QLatin1String(grant.table) == table)
            return &grant;
    return nullptr;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("wxops_admin");
    case Role::Marketing:
        return QStringLiteral("wxops_marketing");
    case Role::Support:
        return QStringLiteral("wxops_support");
    case Role::Viewer:
        break;
    }
    return QStringLiteral("wxops_viewer");
}

QString privileges(const TableGrant &grant, Role role)
{
    const char *letters = role == Role::Admin       ? grant.admin
                          : role == Role::Marketing ? grant.marketing
                          : role == Role::Support   ? grant.support
                                                    : "";
    QStringList granted{QStringLiteral("SELECT")};
    const QLatin1String changes(letters);
    if (changes.contains(u'i'))
        granted << QStringLiteral("INSERT");
    if (changes.contains(u'u'))
        granted << QStringLiteral("UPDATE");
    if (changes.contains(u'd'))
        granted << QStringLiteral("DELETE");
    return granted.join(QStringLiteral(", "));
}

const QList<Role> &roles()
{
    static const QList<Role> all{Role::Admin, Role::Marketing, Role::Support, Role::Viewer};
    return all;
}

// Table and role names are wxops' own constants: identifiers cannot be bound as values.
QStringList grantStatements(const QStringList &existing)
{
    QStringList everyoneList;
    for (const Role role : roles())
        everyoneList << roleName(role);
    const QString everyone = everyoneList.join(QStringLiteral(", "));
    QStringList statements{QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(everyone)};
    const QString approver = QLatin1String(kApproverRole);
    for (const TableGrant &grant : all()) {
        const QString table = QLatin1String(grant.table);
        if (!existing.contains(table))
            continue;
        statements << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC, %2, %3")
                          .arg(table, everyone, approver);
        for (const Role role : roles())
            statements << QStringLiteral("GRANT %1 ON %2 TO %3")
                              .arg(privileges(grant, role), table, roleName(role));
    }
    for (const char *table : kApproverInserts)
        if (existing.contains(QLatin1String(table)))
            statements
                << QStringLiteral("GRANT INSERT ON %1 TO %2").arg(QLatin1String(table), approver);
    // Ids come from sequences: whoever may insert somewhere draws from them.
    statements << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1, %2")
                      .arg(everyone, approver);
    return statements;
}

} // namespace TeamGrants
