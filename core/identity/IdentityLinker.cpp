#include "IdentityLinker.h"

#include "AccountRepository.h"
#include "IdentityConflicts.h"
#include "IdentityRepository.h"
#include "messaging/DeliveryRepository.h"
#include "messaging/OptOutList.h"
#include "segments/SegmentStore.h"
#include "storage/AuditLog.h"
#include "storage/EventRepository.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <algorithm>
#include <QCoreApplication>
#include <QSqlDatabase>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IdentityLinker)
};

const QString kRules = QStringLiteral("rules");
const QString kUnionid = QStringLiteral("unionid");
const QString kMemberId = QStringLiteral("member_id");

QString usable(const QString &value)
{
    return IdentityLinker::isBlocked(value) ? QString() : value.trimmed();
}

// The keys of a count table, as values to bind.
QVariantList keys(const QHash<QString, int> &counts)
{
    QVariantList list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list << it.key();
    return list;
}

} // namespace

IdentityLinker::IdentityLinker(DbConnection db, const Clock &clock)
    : m_db(db), m_clock(clock), m_sql(std::make_unique<PreparedStatements>(db)),
      m_accounts(std::make_unique<AccountRepository>(*m_sql)),
      m_identities(std::make_unique<IdentityRepository>(*m_sql))
{
}

IdentityLinker::~IdentityLinker() = default;

bool IdentityLinker::isBlocked(const QString &value)
{
    static const QStringList blocked{QStringLiteral("0"), QStringLiteral("null"),
                                     QStringLiteral("undefined"), QStringLiteral("none"),
                                     QStringLiteral("nil")};
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() || blocked.contains(trimmed, Qt::CaseInsensitive);
}

Status IdentityLinker::linkAccounts(const QList<qint64> &accountIds)
{
    return linkBatch(accountIds, /*recordHistory=*/true);
}

Status IdentityLinker::linkBatch(const QList<qint64> &accountIds, bool recordHistory)
{
    // Most accounts of a sync or import batch are new and stand alone (a unionid nobody else
    // holds, no member ID): they get a profile each in a few set-based statements. The rest go
    // through the rules one at a time.
    QVariantList ids;
    for (qint64 id : accountIds)
        ids << id;
    QList<Account> batch;
    QHash<QString, int> unionidsInBatch;
    QHash<QString, int> memberIdsInBatch;
    WX_TRY(m_accounts->identities(ids, [&](const AccountRepository::Identity &row) {
        const Account a{row.id, row.profileId, usable(row.unionid), usable(row.memberId)};
        batch.append(a);
        if (!a.unionid.isEmpty())
            ++unionidsInBatch[a.unionid];
        if (!a.memberId.isEmpty())
            ++memberIdsInBatch[a.memberId];
    }));
    const StatusOr<QSet<qint64>> pinned = m_identities->pinnedAmong(ids);
    WX_TRY(pinned.status());
    // An account that shares no unionid is alone; whoever holds the others is for linkOne.
    const StatusOr<QSet<QString>> shared = m_accounts->sharedUnionids(keys(unionidsInBatch));
    WX_TRY(shared.status());
    const StatusOr<QSet<QString>> heldMembers = m_identities->heldMemberIds(keys(memberIdsInBatch));
    WX_TRY(heldMembers.status());

    QList<Account> alone;
    QList<qint64> others;
    std::sort(batch.begin(), batch.end(),
              [](const Account &a, const Account &b) { return a.id < b.id; });
    for (const Account &a : std::as_const(batch)) {
        const bool standsAlone =
            !a.profileId && !pinned.value().contains(a.id) &&
            (a.memberId.isEmpty() || (memberIdsInBatch.value(a.memberId) == 1 &&
                                      !heldMembers.value().contains(a.memberId))) &&
            (a.unionid.isEmpty() || !shared.value().contains(a.unionid));
        if (standsAlone)
            alone.append(a);
        else
            others.append(a.id);
    }
    WX_TRY(giveOwnProfiles(alone));
    for (qint64 id : std::as_const(others))
        WX_TRY(linkOne(id, recordHistory));
    return Status::ok();
}

Status IdentityLinker::giveOwnProfiles(const QList<Account> &accounts)
{
    if (accounts.isEmpty())
        return Status::ok();
    const qint64 now = m_clock.nowMsecs();
    QList<IdentityRepository::NewProfile> profiles;
    for (const Account &a : accounts) // a member ID here is held by no profile yet: it is theirs
        profiles.append({a.id, a.memberId});
    const StatusOr<QHash<qint64, qint64>> profileOf = m_identities->createProfiles(profiles, now);
    WX_TRY(profileOf.status());
    QList<QPair<qint64, qint64>> assigned;
    QVariantList ids;
    QList<IdentityRepository::RuleLink> links;
    for (const Account &a : accounts) {
        const qint64 profile = profileOf.value().value(a.id);
        assigned.append({a.id, profile});
        ids << a.id;
        if (!a.unionid.isEmpty())
            links.append({profile, a.id, kUnionid, a.unionid});
        if (!a.memberId.isEmpty())
            links.append({profile, a.id, kMemberId, a.memberId});
    }
    WX_TRY(m_accounts->assignProfiles(assigned));
    if (!m_rebuilding)
        for (qsizetype start = 0; start < ids.size(); start += 200)
            WX_TRY(EventRepository::followAccounts(*m_sql, ids.mid(start, 200)));
    return m_identities->addRuleLinks(links, now);
}

StatusOr<IdentityLinker::Account> IdentityLinker::loadAccount(qint64 accountId)
{
    const StatusOr<AccountRepository::Identity> row = m_accounts->identity(accountId);
    WX_TRY(row.status());
    if (!row.value().id)
        return Status::failure(Text::tr("No account with id %1.").arg(accountId));
    return Account{accountId, row.value().profileId, usable(row.value().unionid),
                   usable(row.value().memberId)};
}

StatusOr<bool> IdentityLinker::holdsOtherUnionid(qint64 profileId, const QString &unionid)
{
    // Blocked values are not identities, so they never make a conflict either.
    const StatusOr<QStringList> held = m_accounts->unionidsIn(profileId);
    WX_TRY(held.status());
    return std::any_of(held.value().cbegin(), held.value().cend(), [&](const QString &value) {
        const QString other = usable(value);
        return !other.isEmpty() && other != unionid;
    });
}

Status IdentityLinker::linkOne(qint64 accountId, bool recordHistory)
{
    const StatusOr<Account> loaded = loadAccount(accountId);
    WX_TRY(loaded.status());
    const Account &account = loaded.value();
    const StatusOr<bool> pinned = m_identities->isPinned(accountId);
    if (!pinned.isOk() || pinned.value())
        return pinned.status();

    qint64 target = 0;
    QString why = kUnionid;
    if (!account.unionid.isEmpty()) {
        const StatusOr<qint64> holder =
            m_accounts->profileHoldingUnionid(account.unionid, accountId);
        WX_TRY(holder.status());
        target = holder.value();
    }
    qint64 conflictWith = 0;
    if (!account.memberId.isEmpty()) {
        const StatusOr<qint64> holder = m_identities->profileWithMemberId(account.memberId);
        WX_TRY(holder.status());
        if (holder.value() && holder.value() != target) {
            StatusOr<bool> clash = false;
            if (!account.unionid.isEmpty())
                clash = holdsOtherUnionid(holder.value(), account.unionid);
            WX_TRY(clash.status());
            if (clash.value())
                conflictWith = holder.value();
            else if (target)
                WX_TRY(mergeProfiles(holder.value(), target,
                                     Text::tr("same member ID %1").arg(account.memberId),
                                     recordHistory));
            else {
                target = holder.value();
                why = kMemberId;
            }
        }
    }
    if (!target && account.profileId) {
        // Stay in the current profile unless it now holds a different unionid.
        StatusOr<bool> otherUnionid = false;
        if (!account.unionid.isEmpty())
            otherUnionid = holdsOtherUnionid(account.profileId, account.unionid);
        WX_TRY(otherUnionid.status());
        if (!otherUnionid.value())
            target = account.profileId;
    }
    if (!target) {
        const StatusOr<qint64> created = m_identities->createProfile(m_clock.nowMsecs());
        WX_TRY(created.status());
        target = created.value();
    }
    if (account.profileId != target)
        WX_TRY(moveAccount(accountId, account.profileId, target, QStringLiteral("link"), kRules,
                           Text::tr("rule: %1").arg(why), recordHistory));
    if (!account.unionid.isEmpty())
        WX_TRY(ensureRuleLink(accountId, target, kUnionid, account.unionid));
    if (!account.memberId.isEmpty()) {
        WX_TRY(ensureRuleLink(accountId, target, kMemberId, account.memberId));
        if (!conflictWith)
            WX_TRY(m_identities->claimMemberId(target, account.memberId, m_clock.nowMsecs()));
    }
    if (conflictWith)
        WX_TRY(IdentityConflicts(m_db, m_clock)
                   .record(target, conflictWith,
                           Text::tr("Member ID %1 is held by a profile with a different unionid.")
                               .arg(account.memberId)));
    return Status::ok();
}

Status IdentityLinker::moveAccount(qint64 accountId, qint64 fromProfile, qint64 toProfile,
                                   const QString &action, const QString &actor,
                                   const QString &reason, bool recordHistory)
{
    WX_TRY(m_accounts->setProfile(accountId, toProfile));
    WX_TRY(m_identities->moveLinks(accountId, toProfile));
    if (!m_rebuilding) { // a rebuild moves them all at its end
        WX_TRY(EventRepository::moveAccount(*m_sql, accountId, toProfile));
        WX_TRY(DeliveryRepository(*m_sql).moveAccount(accountId, toProfile));
    }
    // An account's first profile is recorded by its identity_links; history is for changes.
    if (recordHistory && (fromProfile || actor != kRules))
        WX_TRY(m_identities->recordMove(m_clock.nowMsecs(), actor, action, accountId, fromProfile,
                                        toProfile, reason));
    if (fromProfile)
        WX_TRY(deleteIfEmpty(fromProfile, toProfile));
    return Status::ok();
}

Status IdentityLinker::mergeProfiles(qint64 fromProfile, qint64 intoProfile, const QString &reason,
                                     bool recordHistory)
{
    const StatusOr<QList<qint64>> accounts = m_accounts->unpinnedIn(fromProfile);
    WX_TRY(accounts.status());
    // The member ID goes with the merge; the column is unique, so free it first.
    const StatusOr<QString> memberId = m_identities->memberIdOf(fromProfile);
    WX_TRY(memberId.status());
    if (!memberId.value().isEmpty())
        WX_TRY(m_identities->freeMemberId(fromProfile));
    for (qint64 account : accounts.value())
        WX_TRY(moveAccount(account, fromProfile, intoProfile, QStringLiteral("merge"), kRules,
                           reason, recordHistory));
    if (!memberId.value().isEmpty())
        WX_TRY(m_identities->claimMemberId(intoProfile, memberId.value(), m_clock.nowMsecs()));
    return Status::ok();
}

Status IdentityLinker::ensureRuleLink(qint64 accountId, qint64 profileId, const QString &kind,
                                      const QString &value)
{
    const StatusOr<QString> existing = m_identities->ruleLinkValue(accountId, kind);
    WX_TRY(existing.status());
    if (existing.value() == value)
        return Status::ok();
    const qint64 now = m_clock.nowMsecs();
    if (!existing.value().isNull())
        WX_TRY(m_identities->retireRuleLink(accountId, kind, now));
    return m_identities->addRuleLinks({{profileId, accountId, kind, value}}, now);
}

Status IdentityLinker::deleteIfEmpty(qint64 profileId, qint64 heir)
{
    const StatusOr<bool> used = m_accounts->anyIn(profileId);
    if (!used.isOk() || used.value())
        return used.status();
    WX_TRY(OptOutList::inherit(*m_sql, profileId, heir));
    WX_TRY(SegmentStore::forgetMembersOf(*m_sql, profileId));
    return m_identities->deleteProfile(profileId);
}

Status IdentityLinker::moveByHand(qint64 accountId, qint64 fromProfile, qint64 toProfile,
                                  const QString &action, const QString &actor,
                                  const QString &reason)
{
    // Support's decision: moved, pinned there against the rules, in the history and audit log.
    WX_TRY(moveAccount(accountId, fromProfile, toProfile, action, actor, reason, true));
    const qint64 now = m_clock.nowMsecs();
    WX_TRY(m_identities->unpin(accountId, actor, now));
    WX_TRY(m_identities->pin(accountId, toProfile, actor, reason, now));
    return AuditLog(m_db).record(actor,
                                 action == QStringLiteral("unlink")
                                     ? QStringLiteral("identity.unlink")
                                     : QStringLiteral("identity.link"),
                                 QStringLiteral("account:%1").arg(accountId),
                                 {{QStringLiteral("from_profile"), fromProfile},
                                  {QStringLiteral("to_profile"), toProfile},
                                  {QStringLiteral("reason"), reason}});
}

Status IdentityLinker::linkManually(qint64 accountId, qint64 profileId, const QString &actor,
                                    const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(
            Text::tr("Say why the accounts belong together: the reason is kept in "
                     "the identity history."));
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    const StatusOr<Account> account = loadAccount(accountId);
    WX_TRY(account.status());
    const StatusOr<bool> profileExists = m_identities->profileExists(profileId);
    WX_TRY(profileExists.status());
    if (!profileExists.value())
        return Status::failure(Text::tr("Profile %1 does not exist.").arg(profileId));
    if (account.value().profileId == profileId)
        return Status::failure(Text::tr("The account is already in profile %1.").arg(profileId));
    if (!account.value().unionid.isEmpty()) {
        const StatusOr<bool> clash = holdsOtherUnionid(profileId, account.value().unionid);
        WX_TRY(clash.status());
        if (clash.value())
            return Status::failure(
                Text::tr("Profile %1 holds a different unionid: these are two WeChat "
                         "users. Review the accounts before linking them.")
                    .arg(profileId));
    }
    WX_TRY(moveByHand(accountId, account.value().profileId, profileId,
                      QStringLiteral("manual_link"), actor, reason));
    return transaction.commit();
}

Status IdentityLinker::unlink(qint64 accountId, const QString &actor, const QString &reason,
                              qint64 *newProfileId)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(
            Text::tr("Say why the account is not this person: the reason is kept "
                     "in the identity history."));
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    const StatusOr<Account> account = loadAccount(accountId);
    WX_TRY(account.status());
    const StatusOr<qint64> fresh = m_identities->createProfile(m_clock.nowMsecs());
    WX_TRY(fresh.status());
    WX_TRY(moveByHand(accountId, account.value().profileId, fresh.value(), QStringLiteral("unlink"),
                      actor, reason));
    WX_TRY(transaction.commit());
    if (newProfileId)
        *newProfileId = fresh.value();
    return Status::ok();
}

Status IdentityLinker::undo(qint64 historyId, const QString &actor, const QString &reason)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    const StatusOr<IdentityRepository::Change> change = m_identities->change(historyId);
    WX_TRY(change.status());
    if (!change.value().found)
        return Status::failure(Text::tr("There is no identity change %1.").arg(historyId));
    if (change.value().undone)
        return Status::failure(Text::tr("Identity change %1 was already undone.").arg(historyId));
    const QString &action = change.value().action;
    if (action != QStringLiteral("manual_link") && action != QStringLiteral("unlink"))
        return Status::failure(
            Text::tr("Only manual links and unlinks can be undone; the rules made "
                     "change %1 and will make it again.")
                .arg(historyId));
    const qint64 accountId = change.value().accountId;
    const StatusOr<Account> before = loadAccount(accountId);
    WX_TRY(before.status());
    WX_TRY(m_identities->unpin(accountId, actor, m_clock.nowMsecs()));
    // Without the pin, the account goes where the rules put it; if that is where it is, it
    // still gets a profile of its own unless a rule ties it to another account.
    WX_TRY(m_accounts->setProfile(accountId, 0));
    WX_TRY(linkOne(accountId, false));
    const StatusOr<Account> after = loadAccount(accountId);
    WX_TRY(after.status());
    const qint64 from = before.value().profileId;
    const qint64 to = after.value().profileId;
    WX_TRY(deleteIfEmpty(from, to));
    WX_TRY(m_identities->recordUndo(historyId, m_clock.nowMsecs(), actor, accountId, from, to,
                                    reason.isEmpty() ? Text::tr("undo of change %1").arg(historyId)
                                                     : reason));
    WX_TRY(AuditLog(m_db).record(
        actor, QStringLiteral("identity.undo"), QStringLiteral("account:%1").arg(accountId),
        {{QStringLiteral("history_id"), historyId}, {QStringLiteral("to_profile"), to}}));
    return transaction.commit();
}

Status IdentityLinker::rebuild(const QString &actor)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    const StatusOr<QList<OptOutList::Kept>> optOuts = OptOutList::keepByAccount(m_db);
    WX_TRY(optOuts.status());
    WX_TRY(m_identities->forgetRuleMadeLinks());
    WX_TRY(m_accounts->clearUnpinnedProfiles());
    WX_TRY(IdentityConflicts(m_db, m_clock).forgetOpen());
    WX_TRY(SegmentStore::forgetMembersWithoutAccounts(m_db));
    WX_TRY(m_identities->deleteProfilesWithoutAccounts());
    const StatusOr<QList<qint64>> ids = m_accounts->withoutProfile();
    WX_TRY(ids.status());
    m_rebuilding = true;
    Status status = Status::ok();
    for (qsizetype start = 0; start < ids.value().size() && status.isOk(); start += 5000)
        status = linkBatch(ids.value().mid(start, 5000), /*recordHistory=*/false);
    m_rebuilding = false;
    WX_TRY(status);
    WX_TRY(EventRepository(m_db).followAllAccounts());
    WX_TRY(DeliveryRepository(*m_sql).followAllAccounts());
    WX_TRY(OptOutList::giveBack(m_db, optOuts.value()));
    WX_TRY(AuditLog(m_db).record(actor, QStringLiteral("identity.rebuild"),
                                 QStringLiteral("identity"),
                                 {{QStringLiteral("accounts"), ids.value().size()}}));
    return transaction.commit();
}
