#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <memory>
#include <QList>

class AccountRepository;
class Clock;
class IdentityRepository;
class PreparedStatements;

// Puts accounts into profiles by the identity rules, in priority:
//   1. the same unionid → the same profile (a profile holds one unionid);
//   2. otherwise the same member ID → the same profile (a profile holds one member ID);
//   3. manual links by support, which pin an account and are never overridden by the rules.
// Blocked values (empty, "0", "null", "undefined", "none") never link. A merge that would put two
// different unionids in one profile is not made: the pair goes to identity_conflicts.
// The rule operations run inside the caller's transaction (a sync or import batch).
class IdentityLinker
{
public:
    IdentityLinker(DbConnection db, const Clock &clock);
    ~IdentityLinker();

    // Applies the rules to these accounts: new ones, or ones whose unionid / member ID changed.
    Status linkAccounts(const QList<qint64> &accountIds);

    // Forgets every rule-made link and applies the rules to all accounts again, in id order.
    // Manual links stay. Runs in its own transaction.
    Status rebuild(const QString &actor);

    static bool isBlocked(const QString &value);

    // For support: each runs in its own transaction, is in identity_history and the audit log,
    // and can be undone.
    Status linkManually(qint64 accountId, qint64 profileId, const QString &actor,
                        const QString &reason);
    // Moves the account to a new profile of its own, pinned there.
    Status unlink(qint64 accountId, const QString &actor, const QString &reason,
                  qint64 *newProfileId = nullptr);
    // Takes back a manual link or unlink: the pin goes and the rules decide again.
    Status undo(qint64 historyId, const QString &actor, const QString &reason);

private:
    struct Account
    {
        qint64 id = 0;
        qint64 profileId = 0; // 0: none yet
        QString unionid;      // usable values only (blocked ones are empty here)
        QString memberId;
    };

    Status linkBatch(const QList<qint64> &accountIds, bool recordHistory);
    Status linkOne(qint64 accountId, bool recordHistory);
    Status giveOwnProfiles(const QList<Account> &accounts);
    StatusOr<Account> loadAccount(qint64 accountId);
    StatusOr<bool> holdsOtherUnionid(qint64 profileId, const QString &unionid);
    Status moveAccount(qint64 accountId, qint64 fromProfile, qint64 toProfile,
                       const QString &action, const QString &actor, const QString &reason,
                       bool recordHistory);
    Status mergeProfiles(qint64 fromProfile, qint64 intoProfile, const QString &reason,
                         bool recordHistory);
    Status ensureRuleLink(qint64 accountId, qint64 profileId, const QString &kind,
                          const QString &value);
    // Deletes a profile left without accounts; its opt-outs go to `heir`.
    Status deleteIfEmpty(qint64 profileId, qint64 heir);
    Status moveByHand(qint64 accountId, qint64 fromProfile, qint64 toProfile, const QString &action,
                      const QString &actor, const QString &reason);

    DbConnection m_db;
    const Clock &m_clock;
    // The statements this linker prepares once, and the tables' owners that run them.
    std::unique_ptr<PreparedStatements> m_sql;
    std::unique_ptr<AccountRepository> m_accounts;
    std::unique_ptr<IdentityRepository> m_identities;
    bool m_rebuilding = false; // events.profile_id is fixed once at the end instead of per move
};
