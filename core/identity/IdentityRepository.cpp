#include "IdentityRepository.h"

#include "storage/Sql.h"

namespace {
const QString kRules = QStringLiteral("rules");

QVariant profileOrNull(qint64 profileId)
{
    return profileId ? QVariant(profileId) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

QString IdentityRepository::livePin(const QString &alias)
{
    return QStringLiteral("%1kind = 'manual' AND %1removed_at IS NULL").arg(alias);
}

QString IdentityRepository::pinnedAccounts()
{
    return QStringLiteral("SELECT account_id FROM identity_links WHERE ") + livePin() +
           QStringLiteral(" AND account_id IS NOT NULL");
}

StatusOr<qint64> IdentityRepository::createProfile(qint64 now)
{
    Status status = Status::ok();
    const qint64 id = m_sql
                          .scalar(QStringLiteral("INSERT INTO profiles (created_at, updated_at) "
                                                 "VALUES (?, ?) RETURNING id"),
                                  {now, now}, &status)
                          .toLongLong();
    WX_TRY(status);
    return id;
}

StatusOr<QHash<qint64, qint64>>
IdentityRepository::createProfiles(const QList<NewProfile> &accounts, qint64 now)
{
    QList<QVariantList> rows;
    for (const NewProfile &a : accounts)
        rows.append({a.accountId, Sql::textOrNull(a.memberId), now, now});
    QHash<qint64, qint64> profileOf;
    WX_TRY(m_sql.runMany(
        QStringLiteral("INSERT INTO profiles (created_for_account, member_id, created_at, "
                       "updated_at)"),
        rows, QStringLiteral("RETURNING id, created_for_account"),
        [&](const SqlRows &q) { profileOf.insert(q.integer(1), q.integer(0)); }));
    return profileOf;
}

StatusOr<bool> IdentityRepository::profileExists(qint64 profileId)
{
    Status status = Status::ok();
    const bool exists =
        m_sql.scalar(QStringLiteral("SELECT 1 FROM profiles WHERE id = ?"), {profileId}, &status)
            .isValid();
    WX_TRY(status);
    return exists;
}

StatusOr<QSet<QString>> IdentityRepository::heldMemberIds(const QVariantList &memberIds)
{
    QSet<QString> held;
    WX_TRY(m_sql.runIn(QStringLiteral("SELECT member_id FROM profiles WHERE member_id IN (%1)"),
                       memberIds, [&](const SqlRows &q) { held.insert(q.value(0).toString()); }));
    return held;
}

StatusOr<qint64> IdentityRepository::profileWithMemberId(const QString &memberId)
{
    Status status = Status::ok();
    const qint64 id = m_sql
                          .scalar(QStringLiteral("SELECT id FROM profiles WHERE member_id = ?"),
                                  {memberId}, &status)
                          .toLongLong();
    WX_TRY(status);
    return id;
}

StatusOr<QString> IdentityRepository::memberIdOf(qint64 profileId)
{
    Status status = Status::ok();
    const QString memberId =
        m_sql
            .scalar(QStringLiteral("SELECT member_id FROM profiles WHERE id = ?"), {profileId},
                    &status)
            .toString();
    WX_TRY(status);
    return memberId;
}

Status IdentityRepository::freeMemberId(qint64 profileId)
{
    Status status = Status::ok();
    m_sql.run(QStringLiteral("UPDATE profiles SET member_id = NULL WHERE id = ?"), {profileId},
              &status);
    return status;
}

Status IdentityRepository::claimMemberId(qint64 profileId, const QString &memberId, qint64 now)
{
    Status status = Status::ok();
    m_sql.run(QStringLiteral("UPDATE profiles SET member_id = ?, updated_at = ? WHERE id = ? AND "
                             "member_id IS NULL AND NOT EXISTS (SELECT 1 FROM profiles p WHERE "
                             "p.member_id = ?)"),
              {memberId, now, profileId, memberId}, &status);
    return status;
}

Status IdentityRepository::deleteProfile(qint64 profileId)
{
    Status status = Status::ok();
    m_sql.run(QStringLiteral("DELETE FROM profiles WHERE id = ?"), {profileId}, &status);
    return status;
}

StatusOr<QSet<qint64>> IdentityRepository::pinnedAmong(const QVariantList &accountIds)
{
    QSet<qint64> pinned;
    WX_TRY(m_sql.runIn(QStringLiteral("SELECT account_id FROM identity_links WHERE ") + livePin() +
                           QStringLiteral(" AND account_id IN (%1)"),
                       accountIds, [&](const SqlRows &q) { pinned.insert(q.integer(0)); }));
    return pinned;
}

StatusOr<bool> IdentityRepository::isPinned(qint64 accountId)
{
    Status status = Status::ok();
    const bool pinned =
        m_sql
            .scalar(QStringLiteral("SELECT 1 FROM identity_links WHERE account_id = ? AND %1")
                        .arg(livePin()),
                    {accountId}, &status)
            .isValid();
    WX_TRY(status);
    return pinned;
}

Status IdentityRepository::addRuleLinks(const QList<RuleLink> &links, qint64 now)
{
    QList<QVariantList> rows;
    for (const RuleLink &link : links)
        rows.append({link.profileId, link.accountId, link.kind, link.value, QStringLiteral("rule"),
                     kRules, now});
    return m_sql.runMany(QStringLiteral("INSERT INTO identity_links (profile_id, account_id, kind, "
                                        "value, source, actor, created_at)"),
                         rows, QString());
}

StatusOr<QString> IdentityRepository::ruleLinkValue(qint64 accountId, const QString &kind)
{
    Status status = Status::ok();
    const QVariant value = m_sql.scalar(
        QStringLiteral("SELECT value FROM identity_links WHERE account_id = ? AND kind = ? AND "
                       "removed_at IS NULL"),
        {accountId, kind}, &status);
    WX_TRY(status);
    return value.isValid() ? value.toString() : QString();
}

Status IdentityRepository::retireRuleLink(qint64 accountId, const QString &kind, qint64 now)
{
    Status status = Status::ok();
    m_sql.run(QStringLiteral("UPDATE identity_links SET removed_at = ?, removed_by = ? WHERE "
                             "account_id = ? AND kind = ? AND removed_at IS NULL"),
              {now, kRules, accountId, kind}, &status);
    return status;
}

Status IdentityRepository::moveLinks(qint64 accountId, qint64 toProfile)
{
    Status status = Status::ok();
    m_sql.run(QStringLiteral("UPDATE identity_links SET profile_id = ? WHERE account_id = ? AND "
                             "removed_at IS NULL"),
              {toProfile, accountId}, &status);
    return status;
}

Status IdentityRepository::pin(qint64 accountId, qint64 profileId, const QString &actor,
                               const QString &reason, qint64 now)
{
    Status status = Status::ok();
    m_sql.run(
        QStringLiteral("INSERT INTO identity_links (profile_id, account_id, kind, value, "
                       "source, actor, reason, created_at) VALUES (?, ?, 'manual', ?, "
                       "'support', ?, ?, ?)"),
        {profileId, accountId, QStringLiteral("profile:%1").arg(profileId), actor, reason, now},
        &status);
    return status;
}

Status IdentityRepository::unpin(qint64 accountId, const QString &actor, qint64 now)
{
    Status status = Status::ok();
    m_sql.run(QStringLiteral("UPDATE identity_links SET removed_at = ?, removed_by = ? WHERE "
                             "account_id = ? AND %1")
                  .arg(livePin()),
              {now, actor, accountId}, &status);
    return status;
}

Status IdentityRepository::recordMove(qint64 now, const QString &actor, const QString &action,
                                      qint64 accountId, qint64 fromProfile, qint64 toProfile,
                                      const QString &reason)
{
    Status status = Status::ok();
    m_sql.run(QStringLiteral("INSERT INTO identity_history (at, actor, action, account_id, "
                             "from_profile_id, to_profile_id, reason) VALUES (?, ?, ?, ?, ?, ?, "
                             "?)"),
              {now, actor, action, accountId, profileOrNull(fromProfile), toProfile, reason},
              &status);
    return status;
}

StatusOr<IdentityRepository::Change> IdentityRepository::change(qint64 historyId)
{
    Status status = Status::ok();
    SqlRows &q = m_sql.run(QStringLiteral("SELECT action, account_id, undone_by FROM "
                                          "identity_history WHERE id = ?"),
                           {historyId}, &status);
    WX_TRY(status);
    Change change;
    if (q.next())
        change = {true, q.value(0).toString(), q.integer(1), !q.value(2).isNull()};
    q.finish();
    return change;
}

Status IdentityRepository::recordUndo(qint64 historyId, qint64 now, const QString &actor,
                                      qint64 accountId, qint64 fromProfile, qint64 toProfile,
                                      const QString &reason)
{
    Status status = Status::ok();
    const qint64 entry =
        m_sql
            .scalar(QStringLiteral("INSERT INTO identity_history (at, actor, action, account_id, "
                                   "from_profile_id, to_profile_id, reason) VALUES (?, ?, 'undo', "
                                   "?, ?, ?, ?) RETURNING id"),
                    {now, actor, accountId, fromProfile, toProfile, reason}, &status)
            .toLongLong();
    WX_TRY(status);
    m_sql.run(QStringLiteral("UPDATE identity_history SET undone_by = ? WHERE id = ?"),
              {entry, historyId}, &status);
    return status;
}

Status IdentityRepository::forgetRuleMadeLinks()
{
    Status status = Status::ok();
    m_sql.run(QStringLiteral("DELETE FROM identity_links WHERE kind <> 'manual'"), {}, &status);
    WX_TRY(status);
    m_sql.run(QStringLiteral("UPDATE profiles SET member_id = NULL"), {}, &status);
    return status;
}

Status IdentityRepository::deleteProfilesWithoutAccounts()
{
    Status status = Status::ok();
    m_sql.run(QStringLiteral("DELETE FROM profiles WHERE id NOT IN (SELECT profile_id FROM "
                             "accounts WHERE profile_id IS NOT NULL)"),
              {}, &status);
    return status;
}
