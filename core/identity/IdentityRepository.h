#pragma once

#include "util/StatusOr.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantList>

class PreparedStatements;

// Tables `profiles`, `identity_links` and `identity_history`: the people the identity rules make
// and the record of how their accounts came together. Runs on the linker's prepared statements,
// inside its transaction.
class IdentityRepository
{
public:
    // A live manual pin (support linked the account by hand; the rules leave it where it is) as
    // an SQL condition on identity_links; `alias` is the table's alias with its dot, if any.
    static QString livePin(const QString &alias = QString());
    // The pinned accounts, as an SQL subquery.
    static QString pinnedAccounts();

    // The history entry of one identity change.
    struct Change
    {
        bool found = false;
        QString action;
        qint64 accountId = 0;
        bool undone = false;
    };
    // A new rule-made profile for a standalone account, with the member ID it brings (if any).
    struct NewProfile
    {
        qint64 accountId = 0;
        QString memberId;
    };
    // An identity link to write: one account's unionid or member ID in a profile.
    struct RuleLink
    {
        qint64 profileId = 0;
        qint64 accountId = 0;
        QString kind; // "unionid" or "member_id"
        QString value;
    };

    explicit IdentityRepository(PreparedStatements &sql) : m_sql(sql) {}

    // Profiles.
    StatusOr<qint64> createProfile(qint64 now);
    // One profile per account; returns account -> profile.
    StatusOr<QHash<qint64, qint64>> createProfiles(const QList<NewProfile> &accounts, qint64 now);
    StatusOr<bool> profileExists(qint64 profileId);
    // Of these member IDs, those a profile holds.
    StatusOr<QSet<QString>> heldMemberIds(const QVariantList &memberIds);
    StatusOr<qint64> profileWithMemberId(const QString &memberId); // 0: none
    StatusOr<QString> memberIdOf(qint64 profileId);
    Status freeMemberId(qint64 profileId);
    // One member ID per profile, one profile per member ID: only an unclaimed ID is taken.
    Status claimMemberId(qint64 profileId, const QString &memberId, qint64 now);
    Status deleteProfile(qint64 profileId);

    // Links.
    StatusOr<QSet<qint64>> pinnedAmong(const QVariantList &accountIds);
    StatusOr<bool> isPinned(qint64 accountId);
    Status addRuleLinks(const QList<RuleLink> &links, qint64 now);
    // The value of an account's live rule link of this kind; null when it has none.
    StatusOr<QString> ruleLinkValue(qint64 accountId, const QString &kind);
    Status retireRuleLink(qint64 accountId, const QString &kind, qint64 now);
    Status moveLinks(qint64 accountId, qint64 toProfile);
    Status pin(qint64 accountId, qint64 profileId, const QString &actor, const QString &reason,
               qint64 now);
    Status unpin(qint64 accountId, const QString &actor, qint64 now);

    // History.
    Status recordMove(qint64 now, const QString &actor, const QString &action, qint64 accountId,
                      qint64 fromProfile, qint64 toProfile, const QString &reason);
    StatusOr<Change> change(qint64 historyId);
    // Records an undo of `historyId` and marks that change undone.
    Status recordUndo(qint64 historyId, qint64 now, const QString &actor, qint64 accountId,
                      qint64 fromProfile, qint64 toProfile, const QString &reason);

    // For a rebuild: the rule-made links go, no profile keeps a member ID, and profiles left
    // without accounts are deleted.
    Status forgetRuleMadeLinks();
    Status deleteProfilesWithoutAccounts();

private:
    PreparedStatements &m_sql;
};
