#include "Migration.h"

// The product's schema. Times are UTC epoch milliseconds in BIGINT columns on both backends;
// flags are SMALLINT 0/1 so the same SQL and bound values work on SQLite and PostgreSQL.
// Never edit a released migration: add a new one.

namespace {

Migration initialSchema()
{
    Migration m;
    m.version = 1;
    m.description = QStringLiteral("initial schema");
    m.statements = QStringList{
        // Configured WeChat apps. The AppSecret is never here: it lives in the OS keychain.
        QStringLiteral(R"(CREATE TABLE apps (
            id {{PK}},
            appid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('oa', 'mp')),
            name TEXT NOT NULL,
            api_base TEXT NOT NULL DEFAULT '',
            proxy TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"),

        // One person, seen across apps.
        QStringLiteral(R"(CREATE TABLE profiles (
            id {{PK}},
            member_id TEXT UNIQUE,
            display_name TEXT,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"),

        // One openid on one app; linked to a profile by the identity rules.
        QStringLiteral(R"(CREATE TABLE accounts (
            id {{PK}},
            profile_id BIGINT REFERENCES profiles(id) ON DELETE SET NULL,
            app_id BIGINT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
            openid TEXT NOT NULL,
            unionid TEXT,
            member_id TEXT,
            subscribed SMALLINT NOT NULL DEFAULT 0,
            subscribe_time BIGINT,
            unsubscribed_at BIGINT,
            subscribe_scene TEXT,
            remark TEXT,
            language TEXT,
            first_seen BIGINT,
            last_seen BIGINT,
            UNIQUE (app_id, openid)))"),
        QStringLiteral("CREATE INDEX accounts_openid ON accounts (openid)"),
        QStringLiteral("CREATE INDEX accounts_unionid ON accounts (unionid)"),
        QStringLiteral("CREATE INDEX accounts_member_id ON accounts (member_id)"),
        QStringLiteral("CREATE INDEX accounts_profile ON accounts (profile_id)"),
        QStringLiteral("CREATE INDEX accounts_remark ON accounts (remark)"),

        // Why an account belongs to its profile: unionid, member_id or a manual link.
        QStringLiteral(R"(CREATE TABLE identity_links (
            id {{PK}},
            profile_id BIGINT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            account_id BIGINT REFERENCES accounts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('unionid', 'member_id', 'manual')),
            value TEXT NOT NULL,
            source TEXT NOT NULL,
            actor TEXT NOT NULL,
            reason TEXT,
            created_at BIGINT NOT NULL,
            removed_at BIGINT,
            removed_by TEXT))"),
        QStringLiteral("CREATE INDEX identity_links_value ON identity_links (kind, value)"),
        QStringLiteral("CREATE INDEX identity_links_profile ON identity_links (profile_id)"),

        // Every identity change (link, unlink, merge, split, undo), so it can be shown and undone.
        QStringLiteral(R"(CREATE TABLE identity_history (
            id {{PK}},
            at BIGINT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,
            from_profile_id BIGINT,
            to_profile_id BIGINT,
            reason TEXT,
            undone_by BIGINT))"),
        QStringLiteral("CREATE INDEX identity_history_to ON identity_history (to_profile_id, at)"),
        QStringLiteral(
            "CREATE INDEX identity_history_from ON identity_history (from_profile_id, at)"),

        // Would-be merges of two profiles holding different unionids: for review, never silent.
        QStringLiteral(R"(CREATE TABLE identity_conflicts (
            id {{PK}},
            profile_a BIGINT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            profile_b BIGINT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            reason TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            resolved_at BIGINT,
            resolved_by TEXT,
            resolution TEXT,
            UNIQUE (profile_a, profile_b)))"),

        QStringLiteral(R"(CREATE TABLE tags (
            id {{PK}},
            app_id BIGINT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
            tag_id BIGINT NOT NULL,
            name TEXT NOT NULL,
            follower_count BIGINT NOT NULL DEFAULT 0,
            UNIQUE (app_id, tag_id)))"),
        QStringLiteral(R"(CREATE TABLE account_tags (
            account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            tag_ref BIGINT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (account_id, tag_ref)))"),
        QStringLiteral("CREATE INDEX account_tags_tag ON account_tags (tag_ref)"),

        // Behaviour from both platforms. source_id makes imports idempotent.
        QStringLiteral(R"(CREATE TABLE events (
            id {{PK}},
            account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            profile_id BIGINT,
            app_id BIGINT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            occurred_at BIGINT NOT NULL,
            props {{JSON}},
            source_id TEXT UNIQUE))"),
        QStringLiteral("CREATE INDEX events_profile_time ON events (profile_id, occurred_at)"),
        QStringLiteral("CREATE INDEX events_account_time ON events (account_id, occurred_at)"),
        QStringLiteral("CREATE INDEX events_name_time ON events (name, occurred_at)"),
        QStringLiteral("CREATE INDEX events_time ON events (occurred_at)"),

        QStringLiteral(R"(CREATE TABLE segments (
            id {{PK}},
            name TEXT NOT NULL UNIQUE,
            definition {{JSON}} NOT NULL,
            created_by TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            refreshed_at BIGINT,
            member_count BIGINT))"),
        QStringLiteral(R"(CREATE TABLE segment_members (
            segment_id BIGINT NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            profile_id BIGINT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            source TEXT NOT NULL DEFAULT 'rule',
            added_at BIGINT NOT NULL,
            PRIMARY KEY (segment_id, profile_id)))"),
        QStringLiteral("CREATE INDEX segment_members_profile ON segment_members (profile_id)"),
        QStringLiteral(R"(CREATE TABLE segment_sizes (
            segment_id BIGINT NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            at BIGINT NOT NULL,
            size BIGINT NOT NULL,
            PRIMARY KEY (segment_id, at)))"),

        QStringLiteral(R"(CREATE TABLE campaigns (
            id {{PK}},
            name TEXT NOT NULL,
            segment_id BIGINT REFERENCES segments(id) ON DELETE SET NULL,
            app_id BIGINT NOT NULL REFERENCES apps(id),
            channel TEXT NOT NULL CHECK (channel IN ('template', 'custom', 'mass', 'subscribe')),
            content {{JSON}} NOT NULL,
            state TEXT NOT NULL DEFAULT 'draft',
            scheduled_at BIGINT,
            quiet_start_minute INTEGER,
            quiet_end_minute INTEGER,
            rate_per_second DOUBLE PRECISION,
            created_by TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            started_at BIGINT,
            finished_at BIGINT,
            paused_reason TEXT))"),
        // The outbox: one row per recipient account; state only moves forward.
        QStringLiteral(R"(CREATE TABLE deliveries (
            id {{PK}},
            campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            account_id BIGINT NOT NULL REFERENCES accounts(id),
            profile_id BIGINT,
            state TEXT NOT NULL CHECK (state IN
                ('pending', 'sending', 'sent', 'failed', 'skipped', 'unknown')),
            reason TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            errcode INTEGER,
            errmsg TEXT,
            msgid TEXT,
            client_msg_id TEXT NOT NULL,
            claimed_by TEXT,
            updated_at BIGINT NOT NULL,
            sent_at BIGINT,
            UNIQUE (campaign_id, account_id)))"),
        QStringLiteral("CREATE INDEX deliveries_state ON deliveries (campaign_id, state)"),
        QStringLiteral("CREATE INDEX deliveries_account ON deliveries (account_id, sent_at)"),
        QStringLiteral("CREATE INDEX deliveries_profile ON deliveries (profile_id, sent_at)"),

        QStringLiteral(R"(CREATE TABLE opt_outs (
            id {{PK}},
            profile_id BIGINT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            channel TEXT NOT NULL DEFAULT 'all',
            reason TEXT,
            actor TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            UNIQUE (profile_id, channel)))"),

        QStringLiteral(R"(CREATE TABLE audit_log (
            id {{PK}},
            at BIGINT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            object TEXT NOT NULL,
            details {{JSON}}))"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
        QStringLiteral("CREATE INDEX audit_log_object ON audit_log (object, at)"),

        // Resumable work: a sync's cursor and progress per app and kind of sync.
        QStringLiteral(R"(CREATE TABLE sync_state (
            app_id BIGINT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            cursor TEXT,
            progress {{JSON}},
            started_at BIGINT,
            updated_at BIGINT NOT NULL,
            completed_at BIGINT,
            PRIMARY KEY (app_id, kind)))"),
    };
    return m;
}

// Follower sync and identity linking.
Migration syncAndIdentity()
{
    Migration m;
    m.version = 2;
    m.description = QStringLiteral("follower listing for unfollow detection; link lookups");
    m.statements = QStringList{
        // The openids a follower sync has listed so far in its current run. At the end of a
        // complete listing, subscribed accounts missing here are marked unsubscribed.
        QStringLiteral(R"(CREATE TABLE sync_listing (
            app_id BIGINT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
            openid TEXT NOT NULL,
            PRIMARY KEY (app_id, openid)))"),
        QStringLiteral("CREATE INDEX identity_links_account ON identity_links (account_id, kind)"),
        QStringLiteral("CREATE INDEX accounts_app_subscribed ON accounts (app_id, subscribed)"),
        // WeChat's tagid_list as synced ("2,101"), so a re-sync can tell a change cheaply;
        // account_tags is the queryable form.
        QStringLiteral("ALTER TABLE accounts ADD COLUMN tagid_list TEXT"),
        // The account a profile was made for, so profiles for a batch of new accounts can be
        // created with one statement and matched back.
        QStringLiteral("ALTER TABLE profiles ADD COLUMN created_for_account BIGINT"),
    };
    return m;
}

// Sync throughput: each B-tree keyed by a random text (openid, unionid) costs a page
// read and write per follower once it outgrows the cache, so a sync writes fewer of them.
Migration fewerSyncWrites()
{
    Migration m;
    m.version = 3;
    m.description = QStringLiteral("sync runs numbered; two unused indexes dropped");
    m.statements = QStringList{
        // Lookups by openid go through the (app_id, openid) key, one probe per app.
        QStringLiteral("DROP INDEX accounts_openid"),
        // No query looks links up by value (accounts.unionid and profiles.member_id serve that).
        QStringLiteral("DROP INDEX identity_links_value"),
        // The follower sync run that last wrote the account. A run lists in sync_listing only
        // the openids it did not write, so a first sync has no listing to write at all.
        QStringLiteral("ALTER TABLE accounts ADD COLUMN synced_run BIGINT"),
        QStringLiteral("ALTER TABLE sync_state ADD COLUMN run BIGINT NOT NULL DEFAULT 0"),
    };
    return m;
}

// Campaigns.
Migration campaignOutbox()
{
    Migration m;
    m.version = 4;
    m.description = QStringLiteral("campaign exclusions");
    m.statements = QStringList{
        // People in a campaign's segment who get no delivery row because they have no account
        // on the sending app (the other exclusions are skipped deliveries, with their reason).
        QStringLiteral(R"(CREATE TABLE campaign_exclusions (
            campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            profile_id BIGINT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (campaign_id, profile_id)))"),
    };
    return m;
}

// Segments over events. The event leaves ask "who did NAME (in a time range), how
// often": with the profile in the index they are answered from it, without a row read per event.
Migration eventsByNameCovering()
{
    Migration m;
    m.version = 5;
    m.description = QStringLiteral("events by name carry the profile");
    m.statements = QStringList{
        QStringLiteral("DROP INDEX events_name_time"),
        QStringLiteral("CREATE INDEX events_name_time ON events (name, occurred_at, profile_id)"),
    };
    return m;
}

// The other channels and the quota pause.
Migration campaignChannels()
{
    Migration m;
    m.version = 6;
    m.description = QStringLiteral("campaign template and automatic resume");
    m.statements = QStringList{
        // The template a campaign sends, so the acceptances a subscribe message consumed can
        // be counted per template.
        QStringLiteral("ALTER TABLE campaigns ADD COLUMN template_id TEXT"),
        // When a campaign paused by WeChat's daily quota goes on by itself (the reset).
        QStringLiteral("ALTER TABLE campaigns ADD COLUMN resume_at BIGINT"),
    };
    return m;
}

// Several consoles: which outbox runs are alive, so a run recovers only the rows of
// runs that died.
Migration outboxRunnerLeases()
{
    Migration m;
    m.version = 7;
    m.description = QStringLiteral("outbox runner leases");
    m.statements = QStringList{
        QStringLiteral(R"(CREATE TABLE runner_leases (
            runner TEXT PRIMARY KEY,
            campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            host TEXT NOT NULL,
            pid BIGINT NOT NULL,
            heartbeat_at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX runner_leases_campaign ON runner_leases (campaign_id)"),
    };
    return m;
}

// Subscribe messages: a campaign's start counts each account's acceptances of the
// template; without this index that reads every acceptance event's props (4.9 s at 1.7M).
// Partial: only acceptance events are in it, so imports of other events do not pay for it.
Migration subscribeAcceptances()
{
    Migration m;
    m.version = 8;
    m.description = QStringLiteral("subscribe acceptances by template");
    m.statements = QStringList{
        QStringLiteral("CREATE INDEX events_accepted_template ON events ({{PROPS_TEMPLATE_ID}}, "
                       "account_id) WHERE name = 'subscribe_msg_accept'"),
    };
    return m;
}

// Counts at a million profiles: each condition of a segment is read as the ids it
// selects (SegmentCounter), and these indexes hold what the common conditions ask, so the read
// needs no table row per account or event: the app and subscription, the unionid, and on
// SQLite an event's props (PostgreSQL reads props from the table rows in parallel, and its
// B-tree refuses entries over 2.7 kB, which a large props value would exceed).
Migration segmentConditionsFromIndexes()
{
    Migration m;
    m.version = 9;
    m.description = QStringLiteral("segment conditions read from indexes");
    m.statements = QStringList{
        QStringLiteral("DROP INDEX accounts_app_subscribed"),
        QStringLiteral(
            "CREATE INDEX accounts_app_subscribed ON accounts (app_id, subscribed, profile_id)"),
        QStringLiteral("DROP INDEX accounts_unionid"),
        QStringLiteral("CREATE INDEX accounts_unionid ON accounts (unionid, profile_id)"),
    };
    m.sqliteStatements = QStringList{
        QStringLiteral("DROP INDEX events_name_time"),
        QStringLiteral(
            "CREATE INDEX events_name_time ON events (name, occurred_at, profile_id, props)"),
    };
    return m;
}

// Refresh on PostgreSQL: the foreign key from segment_members to profiles checked each
// inserted member by locking its profile row (FOR KEY SHARE), 2.9 s of a 6.9 s refresh of 333k
// members, and it dirtied every member's profile page. Memberships are results a refresh
// recomputes; IdentityLinker, the only writer that deletes profiles, deletes their memberships
// with them. SQLite cannot drop a constraint: the table is made again without it.
Migration segmentMembersWithoutProfileCheck()
{
    Migration m;
    m.version = 10;
    m.description = QStringLiteral("segment members without a per-row profile check");
    m.postgresStatements = QStringList{
        QStringLiteral(
            "ALTER TABLE segment_members DROP CONSTRAINT segment_members_profile_id_fkey"),
    };
    m.sqliteStatements = QStringList{
        QStringLiteral(R"(CREATE TABLE segment_members_new (
            segment_id BIGINT NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            profile_id BIGINT NOT NULL,
            source TEXT NOT NULL DEFAULT 'rule',
            added_at BIGINT NOT NULL,
            PRIMARY KEY (segment_id, profile_id)))"),
        QStringLiteral("INSERT INTO segment_members_new (segment_id, profile_id, source, "
                       "added_at) SELECT segment_id, profile_id, source, added_at FROM "
                       "segment_members"),
        QStringLiteral("DROP TABLE segment_members"),
        QStringLiteral("ALTER TABLE segment_members_new RENAME TO segment_members"),
        QStringLiteral("CREATE INDEX segment_members_profile ON segment_members (profile_id)"),
    };
    return m;
}

// Channel attribution: the QR code a follower scanned to follow (qr_scene_str, or the numeric
// qr_scene), so the Users list, segments and numbers can say which poster or shop brought whom.
Migration followerQrScene()
{
    Migration m;
    m.version = 11;
    m.description = QStringLiteral("the QR code scene of each follow");
    m.statements = QStringList{
        QStringLiteral("ALTER TABLE accounts ADD COLUMN qr_scene TEXT"),
    };
    return m;
}

// The account's own housekeeping: its blacklist, and the channel QR codes it made.
Migration blacklistAndQrCodes()
{
    Migration m;
    m.version = 12;
    m.description = QStringLiteral("blocked followers; channel QR codes");
    m.statements = QStringList{
        // 1 while the Official Account has the follower on its blacklist (no messages reach them).
        QStringLiteral("ALTER TABLE accounts ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0"),
        // The codes made through wxops, by the scene a follow through them carries.
        QStringLiteral(R"(CREATE TABLE qr_codes (
            id {{PK}},
            app_id BIGINT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
            scene TEXT NOT NULL,
            name TEXT NOT NULL,
            permanent INTEGER NOT NULL,
            ticket TEXT NOT NULL,
            url TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            expires_at BIGINT,
            UNIQUE (app_id, scene)))"),
    };
    return m;
}

// WeChat's statistics, kept because WeChat asks callers to (docs/analytics.md).
Migration wechatStatistics()
{
    Migration m;
    m.version = 13;
    m.description = QStringLiteral("WeChat statistics and the days fetched");
    m.statements = QStringList{
        // Days are yyyy-MM-dd in Beijing time, as WeChat counts them; span_days is 1 for a
        // daily row, else the week, month or portrait span that starts on `day`.
        QStringLiteral(R"(CREATE TABLE wechat_stats (
            app_id BIGINT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
            report TEXT NOT NULL,
            day TEXT NOT NULL,
            span_days INTEGER NOT NULL,
            dimension TEXT NOT NULL,
            metric TEXT NOT NULL,
            value DOUBLE PRECISION NOT NULL,
            label TEXT,
            PRIMARY KEY (app_id, report, day, span_days, dimension, metric)))"),
        // published = 0: WeChat answered 61503 (not ready); fetched_on tells whether WeChat
        // may still revise the day.
        QStringLiteral(R"(CREATE TABLE wechat_stats_fetched (
            app_id BIGINT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
            report TEXT NOT NULL,
            day TEXT NOT NULL,
            span_days INTEGER NOT NULL,
            published INTEGER NOT NULL,
            fetched_on TEXT NOT NULL,
            PRIMARY KEY (app_id, report, day, span_days)))"),
    };
    return m;
}

// Funnels (core/analytics/Funnel): a person's first step is found by reading one name's events
// in person order (no sort of millions of rows), each later step by one lookup per person.
Migration funnelStepsByPerson()
{
    Migration m;
    m.version = 14;
    m.description = QStringLiteral("funnel steps read per person");
    m.statements = QStringList{
        QStringLiteral(
            "CREATE INDEX events_name_profile_time ON events (name, profile_id, occurred_at)"),
    };
    return m;
}

// Team mode (issue 21): a second pair of eyes on big sends. Each edit of a campaign makes a new
// revision; an approval is of one revision. The rules (who may approve, what needs approving)
// are PostgreSQL triggers installed by `wxops team init` (CampaignApprovals::enforceOnPostgres):
// SQLite is single-user and needs no second person.
Migration campaignApprovals()
{
    Migration m;
    m.version = 15;
    m.description = QStringLiteral("campaign approvals and team settings");
    m.statements = QStringList{
        QStringLiteral("ALTER TABLE campaigns ADD COLUMN revision INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral(R"(CREATE TABLE campaign_approvals (
            id {{PK}},
            campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            revision INTEGER NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')),
            actor TEXT NOT NULL,
            comment TEXT NOT NULL,
            recipients BIGINT NOT NULL,
            at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX campaign_approvals_campaign ON campaign_approvals "
                       "(campaign_id, revision, id)"),
        QStringLiteral(R"(CREATE TABLE team_settings (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        QStringLiteral("INSERT INTO team_settings (name, value) VALUES ('approval_threshold', "
                       "'1000')"),
    };
    return m;
}

// `wxops service` says it is alive each round, so the Campaigns page can say who is sending
// and warn when nobody is.
Migration serviceHeartbeats()
{
    Migration m;
    m.version = 16;
    m.description = QStringLiteral("service heartbeats");
    m.statements = QStringList{
        QStringLiteral(R"(CREATE TABLE service_heartbeats (
            service TEXT PRIMARY KEY,
            host TEXT NOT NULL,
            login TEXT NOT NULL,
            started_at BIGINT NOT NULL,
            seen_at BIGINT NOT NULL))"),
    };
    return m;
}

// A campaign that starts sending wakes the services at once (LISTEN wxops_campaigns); they
// poll as well, so a missed notification only delays.
Migration campaignStartNotifies()
{
    Migration m;
    m.version = 17;
    m.description = QStringLiteral("a running campaign notifies the services");
    m.postgresStatements = QStringList{
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION wxops_campaign_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('wxops_campaigns', NEW.id::TEXT);
    RETURN NULL;
END $$)"),
        QStringLiteral("CREATE TRIGGER campaigns_notify AFTER UPDATE OF state ON campaigns FOR "
                       "EACH ROW WHEN (NEW.state = 'running' AND OLD.state <> 'running') EXECUTE "
                       "FUNCTION wxops_campaign_notify()"),
    };
    return m;
}

// The unattended work an admin schedules for `wxops service`: a job of an app at a time of day
// in Beijing, run once a day by whichever service claims the day first (ServiceSchedules).
Migration serviceSchedules()
{
    Migration m;
    m.version = 18;
    m.description = QStringLiteral("service schedules");
    m.statements = QStringList{
        QStringLiteral(R"(CREATE TABLE service_schedules (
            id {{PK}},
            app_id BIGINT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
            job TEXT NOT NULL CHECK (job IN ('followers', 'statistics')),
            at_minute INTEGER NOT NULL CHECK (at_minute BETWEEN 0 AND 1439),
            last_day TEXT,
            last_started_at BIGINT,
            last_finished_at BIGINT,
            last_outcome TEXT,
            last_ok INTEGER NOT NULL DEFAULT 0,
            claimed_by TEXT,
            UNIQUE (app_id, job, at_minute)))"),
    };
    return m;
}

} // namespace

namespace Schema {

const QList<Migration> &migrations()
{
    static const QList<Migration> all{initialSchema(),
                                      syncAndIdentity(),
                                      fewerSyncWrites(),
                                      campaignOutbox(),
                                      eventsByNameCovering(),
                                      campaignChannels(),
                                      outboxRunnerLeases(),
                                      subscribeAcceptances(),
                                      segmentConditionsFromIndexes(),
                                      segmentMembersWithoutProfileCheck(),
                                      followerQrScene(),
                                      blacklistAndQrCodes(),
                                      wechatStatistics(),
                                      funnelStepsByPerson(),
                                      campaignApprovals(),
                                      serviceHeartbeats(),
                                      campaignStartNotifies(),
                                      serviceSchedules()};
    return all;
}

int latestVersion()
{
    return migrations().constLast().version;
}

} // namespace Schema
