#include "IdentityLinker.h"

#include "IdentityConflicts.h"
#include "logging/LogCategories.h"
#include "messaging/DeliveryRepository.h"
#include "messaging/OptOutList.h"
#include "segments/SegmentStore.h"
#include "storage/AuditLog.h"
#include "storage/EventRepository.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace {
// A live manual pin: support linked the account by hand and the rules leave it where it is.
// `alias` is identity_links' alias with its dot, if the statement has one.
QString livePin(const QString &alias = QString())
{
    return QStringLiteral("%1kind = 'manual' AND %1removed_at IS NULL").arg(alias);
}

// The pinned accounts, as a subquery.
QString pinnedAccounts()
{
    return QStringLiteral("SELECT account_id FROM identity_links WHERE %1 AND account_id IS NOT "
                          "NULL")
        .arg(livePin());
}

// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IdentityLinker)
};

const QString kRules = QStringLiteral("rules");

QString usable(const QString &value)
{
    return IdentityLinker::isBlocked(value) ? QString() : value.trimmed();
}

} // namespace

IdentityLinker::IdentityLinker(QSqlDatabase db, const Clock &clock)
    : m_db(db), m_sql(db), m_clock(clock)
{
}

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
    WX_TRY(m_sql.runIn(
        QStringLiteral("SELECT id, profile_id, unionid, member_id FROM accounts WHERE id IN (%1)"),
        ids, [&](const SqlRows &q) {
            const Account a{q.value(0).toLongLong(), q.value(1).toLongLong(),
                            usable(q.value(2).toString()), usable(q.value(3).toString())};
            batch.append(a);
            if (!a.unionid.isEmpty())
                ++unionidsInBatch[a.unionid];
            if (!a.memberId.isEmpty())
                ++memberIdsInBatch[a.memberId];
        }));
    QSet<qint64> pinned;
    WX_TRY(m_sql.runIn(QStringLiteral("SELECT account_id FROM identity_links WHERE ") + livePin() +
                           QStringLiteral(" AND account_id IN (%1)"),
                       ids, [&](const SqlRows &q) { pinned.insert(q.value(0).toLongLong()); }));
    auto keys = [](const QHash<QString, int> &counts) {
        QVariantList list;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            list << it.key();
        return list;
    };
    // Unionids on more than one account (this batch's included). Read from the index alone:
    // an account that shares none is alone, whoever holds the others is for linkOne to find.
    QSet<QString> shared;
    WX_TRY(m_sql.runIn(QStringLiteral("SELECT unionid FROM accounts WHERE unionid IN (%1) GROUP "
                                      "BY unionid HAVING COUNT(*) > 1"),
                       keys(unionidsInBatch),
                       [&](const SqlRows &q) { shared.insert(q.value(0).toString()); }));
    QSet<QString> heldMembers; // member IDs a profile holds
    WX_TRY(m_sql.runIn(QStringLiteral("SELECT member_id FROM profiles WHERE member_id IN (%1)"),
                       keys(memberIdsInBatch),
                       [&](const SqlRows &q) { heldMembers.insert(q.value(0).toString()); }));

    QList<Account> alone;
    QList<qint64> others;
    std::sort(batch.begin(), batch.end(),
              [](const Account &a, const Account &b) { return a.id < b.id; });
    for (const Account &a : std::as_const(batch)) {
        const bool standsAlone =
            !a.profileId && !pinned.contains(a.id) &&
            (a.memberId.isEmpty() ||
             (memberIdsInBatch.value(a.memberId) == 1 && !heldMembers.contains(a.memberId))) &&
            (a.unionid.isEmpty() || !shared.contains(a.unionid));
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
    QList<QVariantList> rows;
    for (const Account &a : accounts) // a member ID here is held by no profile yet: it is theirs
        rows.append({a.id, Sql::textOrNull(a.memberId), now, now});
    QHash<qint64, qint64> profileOf; // account -> new profile
    WX_TRY(m_sql.runMany(
        QStringLiteral("INSERT INTO profiles (created_for_account, member_id, created_at, "
                       "updated_at)"),
        rows, QStringLiteral("RETURNING id, created_for_account"), [&](const SqlRows &q) {
            profileOf.insert(q.value(1).toLongLong(), q.value(0).toLongLong());
        }));
    // Assigns the profiles with one UPDATE … FROM a list of (account, profile) pairs per chunk
    // (a CASE with a branch per account costs a comparison per branch and row).
    const int chunk = 200;
    for (qsizetype start = 0; start < accounts.size(); start += chunk) {
        QStringList pairs;
        QVariantList values;
        QVariantList ids;
        for (const Account &a : accounts.mid(start, chunk)) {
            pairs << QStringLiteral("(CAST(? AS BIGINT), CAST(? AS BIGINT))"); // typed for PG
            values << a.id << profileOf.value(a.id);
            ids << a.id;
        }
        Status status = Status::ok();
        m_sql.run(QStringLiteral("WITH assigned (account_id, profile_id) AS (VALUES %1) UPDATE "
                                 "accounts SET profile_id = assigned.profile_id FROM assigned "
                                 "WHERE accounts.id = assigned.account_id")
                      .arg(pairs.join(QStringLiteral(", "))),
                  values, &status);
        WX_TRY(status);
        if (!m_rebuilding)
            WX_TRY(EventRepository::followAccounts(m_sql, ids));
    }
    QList<QVariantList> links;
    for (const Account &a : accounts) {
        if (!a.unionid.isEmpty())
            links.append({profileOf.value(a.id), a.id, QStringLiteral("unionid"), a.unionid,
                          QStringLiteral("rule"), kRules, now});
        if (!a.memberId.isEmpty())
            links.append({profileOf.value(a.id), a.id, QStringLiteral("member_id"), a.memberId,
                          QStringLiteral("rule"), kRules, now});
    }
    return m_sql.runMany(QStringLiteral("INSERT INTO identity_links (profile_id, account_id, kind, "
                                        "value, source, actor, created_at)"),
                         links, QString());
}

bool IdentityLinker::loadAccount(qint64 accountId, Account *account, Status *status)
{
    SqlRows &q = m_sql.run(
        QStringLiteral("SELECT profile_id, unionid, member_id FROM accounts WHERE id = ?"),
        {accountId}, status);
    if (!status->isOk() || !q.next()) {
        if (status->isOk())
            *status = Status::failure(Text::tr("No account with id %1.").arg(accountId));
        return false;
    }
    account->id = accountId;
    account->profileId = q.value(0).toLongLong();
    account->unionid = usable(q.value(1).toString());
    account->memberId = usable(q.value(2).toString());
    q.finish();
    return true;
}

bool IdentityLinker::isPinned(qint64 accountId, Status *status)
{
    return m_sql
        .scalar(QStringLiteral("SELECT 1 FROM identity_links WHERE account_id = ? AND %1")
                    .arg(livePin()),
                {accountId}, status)
        .isValid();
}

qint64 IdentityLinker::profileHoldingUnionid(const QString &unionid, qint64 exceptAccount,
                                             Status *status)
{
    return m_sql
        .scalar(QStringLiteral("SELECT MIN(a.profile_id) FROM accounts a WHERE a.unionid = ? AND "
                               "a.id <> ? AND a.profile_id IS NOT NULL AND NOT EXISTS (SELECT 1 "
                               "FROM identity_links l WHERE l.account_id = a.id AND %1)")
                    .arg(livePin(QStringLiteral("l."))),
                {unionid, exceptAccount}, status)
        .toLongLong();
}

qint64 IdentityLinker::profileHoldingMemberId(const QString &memberId, Status *status)
{
    return m_sql
        .scalar(QStringLiteral("SELECT id FROM profiles WHERE member_id = ?"), {memberId}, status)
        .toLongLong();
}

bool IdentityLinker::holdsOtherUnionid(qint64 profileId, const QString &unionid, Status *status)
{
    // Blocked values are not identities, so they never make a conflict either.
    SqlRows &q = m_sql.run(QStringLiteral("SELECT DISTINCT unionid FROM accounts WHERE "
                                          "profile_id = ? AND unionid IS NOT NULL"),
                           {profileId}, status);
    bool other = false;
    while (status->isOk() && q.next()) {
        const QString held = usable(q.value(0).toString());
        if (!held.isEmpty() && held != unionid)
            other = true;
    }
    q.finish();
    return other;
}

qint64 IdentityLinker::createProfile(Status *status)
{
    const qint64 now = m_clock.nowMsecs();
    return m_sql
        .scalar(QStringLiteral(
                    "INSERT INTO profiles (created_at, updated_at) VALUES (?, ?) RETURNING id"),
                {now, now}, status)
        .toLongLong();
}

Status IdentityLinker::linkOne(qint64 accountId, bool recordHistory)
{
    Status status = Status::ok();
    Account account;
    if (!loadAccount(accountId, &account, &status))
        return status;
    if (isPinned(accountId, &status) || !status.isOk())
        return status;

    qint64 target = 0;
    QString why = QStringLiteral("unionid");
    if (!account.unionid.isEmpty()) {
        target = profileHoldingUnionid(account.unionid, accountId, &status);
        WX_TRY(status);
    }
    qint64 conflictWith = 0;
    if (!account.memberId.isEmpty()) {
        const qint64 holder = profileHoldingMemberId(account.memberId, &status);
        WX_TRY(status);
        if (holder && holder != target) {
            const bool clash =
                !account.unionid.isEmpty() && holdsOtherUnionid(holder, account.unionid, &status);
            WX_TRY(status);
            if (clash)
                conflictWith = holder;
            else if (target)
                WX_TRY(mergeProfiles(holder, target,
                                     Text::tr("same member ID %1").arg(account.memberId),
                                     recordHistory));
            else {
                target = holder;
                why = QStringLiteral("member_id");
            }
        }
    }
    if (!target) {
        // Stay in the current profile unless it now holds a different unionid.
        if (account.profileId &&
            !(account.unionid.isEmpty()
                  ? false
                  : holdsOtherUnionid(account.profileId, account.unionid, &status)))
            target = account.profileId;
        WX_TRY(status);
        if (!target) {
            target = createProfile(&status);
            WX_TRY(status);
        }
    }
    if (account.profileId != target)
        WX_TRY(moveAccount(accountId, account.profileId, target, QStringLiteral("link"), kRules,
                           Text::tr("rule: %1").arg(why), recordHistory));
    if (!account.unionid.isEmpty())
        WX_TRY(ensureRuleLink(accountId, target, QStringLiteral("unionid"), account.unionid));
    if (!account.memberId.isEmpty()) {
        WX_TRY(ensureRuleLink(accountId, target, QStringLiteral("member_id"), account.memberId));
        if (!conflictWith)
            WX_TRY(claimMemberId(target, account.memberId));
    }
    if (conflictWith)
        WX_TRY(
            recordConflict(target, conflictWith,
                           Text::tr("Member ID %1 is held by a profile with a different unionid.")
                               .arg(account.memberId)));
    return Status::ok();
}

Status IdentityLinker::moveAccount(qint64 accountId, qint64 fromProfile, qint64 toProfile,
                                   const QString &action, const QString &actor,
                                   const QString &reason, bool recordHistory)
{
    Status status = Status::ok();
    m_sql.run(QStringLiteral("UPDATE accounts SET profile_id = ? WHERE id = ?"),
              {toProfile, accountId}, &status);
    WX_TRY(status);
    m_sql.run(QStringLiteral("UPDATE identity_links SET profile_id = ? WHERE account_id = ? AND "
                             "removed_at IS NULL"),
              {toProfile, accountId}, &status);
    WX_TRY(status);
    if (!m_rebuilding) { // a rebuild moves them all at its end
        WX_TRY(EventRepository::moveAccount(m_sql, accountId, toProfile));
        WX_TRY(DeliveryRepository(m_sql).moveAccount(accountId, toProfile));
    }
    // An account's first profile is recorded by its identity_links; history is for changes.
    if (recordHistory && (fromProfile || actor != kRules)) {
        m_sql.run(
            QStringLiteral("INSERT INTO identity_history (at, actor, action, account_id, "
                           "from_profile_id, to_profile_id, reason) VALUES (?, ?, ?, ?, ?, ?, "
                           "?)"),
            {m_clock.nowMsecs(), actor, action, accountId,
             fromProfile ? QVariant(fromProfile) : QVariant(QMetaType(QMetaType::LongLong)),
             toProfile, reason},
            &status);
        WX_TRY(status);
    }
    if (fromProfile)
        WX_TRY(deleteIfEmpty(fromProfile, toProfile));
    return Status::ok();
}

Status IdentityLinker::mergeProfiles(qint64 fromProfile, qint64 intoProfile, const QString &reason,
                                     bool recordHistory)
{
    Status status = Status::ok();
    QList<qint64> accounts;
    SqlRows &q =
        m_sql.run(QStringLiteral(
                      "SELECT id FROM accounts WHERE profile_id = ? AND id NOT IN (%1) ORDER BY id")
                      .arg(pinnedAccounts()),
                  {fromProfile}, &status);
    while (status.isOk() && q.next())
        accounts.append(q.value(0).toLongLong());
    q.finish();
    WX_TRY(status);
    // The member ID goes with the merge; the column is unique, so free it first.
    const QString memberId =
        m_sql
            .scalar(QStringLiteral("SELECT member_id FROM profiles WHERE id = ?"), {fromProfile},
                    &status)
            .toString();
    WX_TRY(status);
    if (!memberId.isEmpty())
        WX_TRY(Sql::exec(m_db, QStringLiteral("UPDATE profiles SET member_id = NULL WHERE id = ?"),
                         {fromProfile}));
    for (qint64 account : std::as_const(accounts))
        WX_TRY(moveAccount(account, fromProfile, intoProfile, QStringLiteral("merge"), kRules,
                           reason, recordHistory));
    if (!memberId.isEmpty())
        WX_TRY(claimMemberId(intoProfile, memberId));
    return Status::ok();
}

Status IdentityLinker::ensureRuleLink(qint64 accountId, qint64 profileId, const QString &kind,
                                      const QString &value)
{
    Status status = Status::ok();
    const QVariant existing = m_sql.scalar(
        QStringLiteral("SELECT value FROM identity_links WHERE account_id = ? AND kind = ? AND "
                       "removed_at IS NULL"),
        {accountId, kind}, &status);
    WX_TRY(status);
    if (existing.isValid() && existing.toString() == value)
        return Status::ok();
    const qint64 now = m_clock.nowMsecs();
    if (existing.isValid())
        m_sql.run(QStringLiteral("UPDATE identity_links SET removed_at = ?, removed_by = ? WHERE "
                                 "account_id = ? AND kind = ? AND removed_at IS NULL"),
                  {now, kRules, accountId, kind}, &status);
    WX_TRY(status);
    m_sql.run(QStringLiteral("INSERT INTO identity_links (profile_id, account_id, kind, value, "
                             "source, actor, created_at) VALUES (?, ?, ?, ?, 'rule', ?, ?)"),
              {profileId, accountId, kind, value, kRules, now}, &status);
    return status;
}

Status IdentityLinker::claimMemberId(qint64 profileId, const QString &memberId)
{
    // One member ID per profile, one profile per member ID: only an unclaimed ID is taken.
    Status status = Status::ok();
    m_sql.run(QStringLiteral("UPDATE profiles SET member_id = ?, updated_at = ? WHERE id = ? AND "
                             "member_id IS NULL AND NOT EXISTS (SELECT 1 FROM profiles p WHERE "
                             "p.member_id = ?)"),
              {memberId, m_clock.nowMsecs(), profileId, memberId}, &status);
    return status;
}

Status IdentityLinker::recordConflict(qint64 a, qint64 b, const QString &reason)
{
    return IdentityConflicts(m_db, m_clock).record(a, b, reason);
}

Status IdentityLinker::deleteIfEmpty(qint64 profileId, qint64 heir)
{
    Status status = Status::ok();
    const bool used =
        m_sql
            .scalar(QStringLiteral("SELECT 1 FROM accounts WHERE profile_id = ? LIMIT 1"),
                    {profileId}, &status)
            .isValid();
    WX_TRY(status);
    if (used)
        return Status::ok();
    WX_TRY(OptOutList::inherit(m_sql, profileId, heir));
    WX_TRY(SegmentStore::forgetMembersOf(m_sql, profileId));
    m_sql.run(QStringLiteral("DELETE FROM profiles WHERE id = ?"), {profileId}, &status);
    return status;
}

Status IdentityLinker::pin(qint64 accountId, qint64 profileId, const QString &actor,
                           const QString &reason)
{
    WX_TRY(unpin(accountId, actor));
    Status status = Status::ok();
    m_sql.run(QStringLiteral("INSERT INTO identity_links (profile_id, account_id, kind, value, "
                             "source, actor, reason, created_at) VALUES (?, ?, 'manual', ?, "
                             "'support', ?, ?, ?)"),
              {profileId, accountId, QStringLiteral("profile:%1").arg(profileId), actor, reason,
               m_clock.nowMsecs()},
              &status);
    return status;
}

Status IdentityLinker::unpin(qint64 accountId, const QString &actor)
{
    Status status = Status::ok();
    m_sql.run(QStringLiteral("UPDATE identity_links SET removed_at = ?, removed_by = ? WHERE "
                             "account_id = ? AND %1")
                  .arg(livePin()),
              {m_clock.nowMsecs(), actor, accountId}, &status);
    return status;
}

Status IdentityLinker::moveByHand(qint64 accountId, qint64 fromProfile, qint64 toProfile,
                                  const QString &action, const QString &actor,
                                  const QString &reason)
{
    // Support's decision: moved, pinned there against the rules, in the history and audit log.
    WX_TRY(moveAccount(accountId, fromProfile, toProfile, action, actor, reason, true));
    WX_TRY(pin(accountId, toProfile, actor, reason));
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
    Status status = Status::ok();
    Account account;
    if (!loadAccount(accountId, &account, &status))
        return status;
    const bool profileExists =
        m_sql.scalar(QStringLiteral("SELECT 1 FROM profiles WHERE id = ?"), {profileId}, &status)
            .isValid();
    WX_TRY(status);
    if (!profileExists)
        return Status::failure(Text::tr("Profile %1 does not exist.").arg(profileId));
    if (account.profileId == profileId)
        return Status::failure(Text::tr("The account is already in profile %1.").arg(profileId));
    if (!account.unionid.isEmpty() && holdsOtherUnionid(profileId, account.unionid, &status))
        return Status::failure(
            Text::tr("Profile %1 holds a different unionid: these are two WeChat "
                     "users. Review the accounts before linking them.")
                .arg(profileId));
    WX_TRY(status);
    WX_TRY(moveByHand(accountId, account.profileId, profileId, QStringLiteral("manual_link"), actor,
                      reason));
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
    Status status = Status::ok();
    Account account;
    if (!loadAccount(accountId, &account, &status))
        return status;
    const qint64 fresh = createProfile(&status);
    WX_TRY(status);
    WX_TRY(
        moveByHand(accountId, account.profileId, fresh, QStringLiteral("unlink"), actor, reason));
    WX_TRY(transaction.commit());
    if (newProfileId)
        *newProfileId = fresh;
    return Status::ok();
}

Status IdentityLinker::undo(qint64 historyId, const QString &actor, const QString &reason)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    Status status = Status::ok();
    SqlRows &q = m_sql.run(QStringLiteral("SELECT action, account_id, undone_by FROM "
                                          "identity_history WHERE id = ?"),
                           {historyId}, &status);
    WX_TRY(status);
    if (!q.next())
        return Status::failure(Text::tr("There is no identity change %1.").arg(historyId));
    const QString action = q.value(0).toString();
    const qint64 accountId = q.value(1).toLongLong();
    const bool undone = !q.value(2).isNull();
    q.finish();
    if (undone)
        return Status::failure(Text::tr("Identity change %1 was already undone.").arg(historyId));
    if (action != QStringLiteral("manual_link") && action != QStringLiteral("unlink"))
        return Status::failure(
            Text::tr("Only manual links and unlinks can be undone; the rules made "
                     "change %1 and will make it again.")
                .arg(historyId));
    Account before;
    if (!loadAccount(accountId, &before, &status))
        return status;
    WX_TRY(unpin(accountId, actor));
    // Without the pin, the account goes where the rules put it; if that is where it is, it
    // still gets a profile of its own unless a rule ties it to another account.
    m_sql.run(QStringLiteral("UPDATE accounts SET profile_id = NULL WHERE id = ?"), {accountId},
              &status);
    WX_TRY(status);
    WX_TRY(linkOne(accountId, false));
    Account after;
    if (!loadAccount(accountId, &after, &status))
        return status;
    WX_TRY(deleteIfEmpty(before.profileId, after.profileId));
    const qint64 entry =
        m_sql
            .scalar(QStringLiteral("INSERT INTO identity_history (at, actor, action, account_id, "
                                   "from_profile_id, to_profile_id, reason) VALUES (?, ?, 'undo', "
                                   "?, ?, ?, ?) RETURNING id"),
                    {m_clock.nowMsecs(), actor, accountId, before.profileId, after.profileId,
                     reason.isEmpty() ? Text::tr("undo of change %1").arg(historyId) : reason},
                    &status)
            .toLongLong();
    WX_TRY(status);
    WX_TRY(Sql::exec(m_db, QStringLiteral("UPDATE identity_history SET undone_by = ? WHERE id = ?"),
                     {entry, historyId}));
    WX_TRY(AuditLog(m_db).record(actor, QStringLiteral("identity.undo"),
                                 QStringLiteral("account:%1").arg(accountId),
                                 {{QStringLiteral("history_id"), historyId},
                                  {QStringLiteral("to_profile"), after.profileId}}));
    return transaction.commit();
}

Status IdentityLinker::rebuild(const QString &actor)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    const StatusOr<QList<OptOutList::Kept>> optOuts = OptOutList::keepByAccount(m_db);
    WX_TRY(optOuts.status());
    const QString pinned = pinnedAccounts();
    WX_TRY(Sql::exec(m_db, QStringLiteral("DELETE FROM identity_links WHERE kind <> 'manual'")));
    WX_TRY(Sql::exec(m_db, QStringLiteral("UPDATE accounts SET profile_id = NULL WHERE id NOT IN "
                                          "(%1)")
                               .arg(pinned)));
    WX_TRY(Sql::exec(m_db, QStringLiteral("UPDATE profiles SET member_id = NULL")));
    WX_TRY(IdentityConflicts(m_db, m_clock).forgetOpen());
    const QString kept =
        QStringLiteral("SELECT profile_id FROM accounts WHERE profile_id IS NOT NULL");
    WX_TRY(SegmentStore::forgetMembersWithoutAccounts(m_db));
    WX_TRY(Sql::exec(m_db, QStringLiteral("DELETE FROM profiles WHERE id NOT IN (%1)").arg(kept)));
    QList<qint64> ids;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!Sql::run(q, QStringLiteral("SELECT id FROM accounts WHERE profile_id IS NULL ORDER "
                                        "BY id")))
            return Sql::failure(q);
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    m_rebuilding = true;
    Status status = Status::ok();
    for (qsizetype start = 0; start < ids.size() && status.isOk(); start += 5000)
        status = linkBatch(ids.mid(start, 5000), /*recordHistory=*/false);
    m_rebuilding = false;
    WX_TRY(status);
    WX_TRY(EventRepository(m_db).followAllAccounts());
    WX_TRY(DeliveryRepository(m_sql).followAllAccounts());
    WX_TRY(OptOutList::giveBack(m_db, optOuts.value()));
    WX_TRY(AuditLog(m_db).record(actor, QStringLiteral("identity.rebuild"),
                                 QStringLiteral("identity"),
                                 {{QStringLiteral("accounts"), ids.size()}}));
    return transaction.commit();
}
