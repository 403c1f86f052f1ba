#include "ProfileLookup.h"

#include "storage/Sql.h"

#include <QJsonArray>
#include <QRegularExpression>

QJsonObject ProfileSummary::toJson() const
{
    QJsonArray list;
    for (const AccountSummary &a : accounts)
        list.append(QJsonObject{{QStringLiteral("appid"), a.appid},
                                {QStringLiteral("kind"), a.kind},
                                {QStringLiteral("openid"), a.openid},
                                {QStringLiteral("unionid"), a.unionid.isEmpty()
                                                                ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(a.unionid)},
                                {QStringLiteral("subscribed"), a.subscribed}});
    return QJsonObject{{QStringLiteral("profile_id"), id},
                       {QStringLiteral("member_id"),
                        memberId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(memberId)},
                       {QStringLiteral("event_count"), eventCount},
                       {QStringLiteral("accounts"), list}};
}

QList<qint64> ProfileLookup::find(const QString &text, int limit, Status *status) const
{
    *status = Status::ok();
    const QString value = text.trimmed();
    QList<qint64> found;
    if (value.isEmpty())
        return found;
    auto collect = [&](const QString &sql, const QVariantList &values) {
        if (!status->isOk() || found.size() >= limit)
            return;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!Sql::run(q, sql, values)) {
            *status = Sql::failure(q);
            return;
        }
        while (q.next() && found.size() < limit) {
            const qint64 id = q.value(0).toLongLong();
            if (id && !found.contains(id))
                found.append(id);
        }
    };
    static const QRegularExpression digits(QStringLiteral("^\\d{1,18}$"));
    if (digits.match(value).hasMatch())
        collect(QStringLiteral("SELECT id FROM profiles WHERE id = ?"), {value.toLongLong()});
    // Whole identifiers first, each one probe of its index. There is no index on openid
    // alone: one probe of the (app_id, openid) key per app.
    collect(QStringLiteral("SELECT profile_id FROM accounts WHERE app_id IN (SELECT id FROM apps) "
                           "AND openid = ?"),
            {value});
    collect(QStringLiteral("SELECT profile_id FROM accounts WHERE unionid = ?"), {value});
    collect(QStringLiteral("SELECT id FROM profiles WHERE member_id = ?"), {value});
    collect(QStringLiteral("SELECT profile_id FROM accounts WHERE member_id = ?"), {value});
    collect(QStringLiteral("SELECT profile_id FROM accounts WHERE remark = ?"), {value});
    // Then those starting with the text, as index ranges (no LIKE, which would read them all):
    // a remark from its first character, an identifier from kMinimumPrefix characters on
    // (support often has only the start of an openid from a screenshot).
    const QVariantList range{value, value + QChar(0xFFFF), limit};
    collect(QStringLiteral("SELECT profile_id FROM accounts WHERE remark > ? AND remark < ? "
                           "ORDER BY remark LIMIT ?"),
            range);
    if (value.size() < kMinimumPrefix)
        return found;
    collect(QStringLiteral("SELECT profile_id FROM accounts WHERE app_id IN (SELECT id FROM apps) "
                           "AND openid > ? AND openid < ? LIMIT ?"),
            range);
    for (const char *column : {"unionid", "member_id"})
        collect(QStringLiteral("SELECT profile_id FROM accounts WHERE %1 > ? AND %1 < ? ORDER BY "
                               "%1 LIMIT ?")
                    .arg(QLatin1String(column)),
                range);
    return found;
}

bool ProfileLookup::load(qint64 profileId, ProfileSummary *profile, Status *status) const
{
    *profile = ProfileSummary{};
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("SELECT id, member_id FROM profiles WHERE id = ?"),
                  {profileId})) {
        *status = Sql::failure(q);
        return false;
    }
    *status = Status::ok();
    if (!q.next())
        return false;
    profile->id = q.value(0).toLongLong();
    profile->memberId = q.value(1).toString();
    if (!Sql::run(
            q,
            QStringLiteral(
                "SELECT a.id, p.appid, p.name, p.kind, a.openid, a.unionid, a.member_id, "
                "a.remark, a.language, a.subscribed, a.subscribe_time, a.unsubscribed_at, "
                "a.first_seen, a.blocked FROM accounts a JOIN apps p ON p.id = a.app_id WHERE "
                "a.profile_id = ? ORDER BY p.kind DESC, p.name, a.id"),
            {profileId})) {
        *status = Sql::failure(q);
        return false;
    }
    while (q.next()) {
        AccountSummary a;
        a.id = q.value(0).toLongLong();
        a.appid = q.value(1).toString();
        a.appName = q.value(2).toString();
        a.kind = q.value(3).toString();
        a.openid = q.value(4).toString();
        a.unionid = q.value(5).toString();
        a.memberId = q.value(6).toString();
        a.remark = q.value(7).toString();
        a.language = q.value(8).toString();
        a.subscribed = q.value(9).toInt() == 1;
        a.subscribeTime = q.value(10).toLongLong();
        a.unsubscribedAt = q.value(11).toLongLong();
        a.firstSeen = q.value(12).toLongLong();
        a.blocked = q.value(13).toInt() == 1;
        profile->accounts.append(a);
    }
    // Every account's tags in one query.
    if (!Sql::run(q,
                  QStringLiteral("SELECT x.account_id, t.name FROM account_tags x JOIN tags t ON "
                                 "t.id = x.tag_ref JOIN accounts a ON a.id = x.account_id WHERE "
                                 "a.profile_id = ? ORDER BY t.name"),
                  {profileId})) {
        *status = Sql::failure(q);
        return false;
    }
    while (q.next())
        for (AccountSummary &a : profile->accounts)
            if (a.id == q.value(0).toLongLong())
                a.tags << q.value(1).toString();
    profile->eventCount = Sql::toCount(
        Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM events WHERE profile_id = ?"),
                    {profileId}),
        status);
    return status->isOk();
}

StatusOr<qint64> ProfileLookup::accountByOpenid(const QString &openid) const
{
    const StatusOr<QVariant> account =
        Sql::scalar(m_db,
                    QStringLiteral("SELECT id FROM accounts WHERE app_id IN (SELECT id FROM apps) "
                                   "AND openid = ? ORDER BY id LIMIT 1"),
                    {openid});
    if (!account.isOk())
        return account.status();
    return account.value().toLongLong();
}

StatusOr<QStringList> ProfileLookup::followerOpenids(const QList<qint64> &profileIds,
                                                     const QString &appid) const
{
    QStringList openids;
    for (qsizetype start = 0; start < profileIds.size(); start += Sql::kValuesPerStatement) {
        const QList<qint64> chunk = profileIds.mid(start, Sql::kValuesPerStatement);
        QVariantList values{appid};
        for (qint64 id : chunk)
            values << id;
        QSqlQuery q(m_db);
        if (!Sql::run(q,
                      QStringLiteral("SELECT a.openid FROM accounts a JOIN apps p ON p.id = "
                                     "a.app_id WHERE p.appid = ? AND a.subscribed = 1 AND "
                                     "a.profile_id IN (%1) ORDER BY a.openid")
                          .arg(Sql::placeholders(int(chunk.size()))),
                      values))
            return Sql::failure(q);
        while (q.next())
            openids << q.value(0).toString();
    }
    return openids;
}

StatusOr<QList<AccountSummary>> ProfileLookup::blockedFollowers(const QString &appid) const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT a.id, a.openid, a.remark, a.profile_id FROM accounts a "
                                 "JOIN apps p ON p.id = a.app_id WHERE p.appid = ? AND "
                                 "a.blocked = 1 ORDER BY a.openid"),
                  {appid}))
        return Sql::failure(q);
    QList<AccountSummary> blocked;
    while (q.next()) {
        AccountSummary a;
        a.id = q.value(0).toLongLong();
        a.appid = appid;
        a.openid = q.value(1).toString();
        a.remark = q.value(2).toString();
        a.profileId = q.value(3).toLongLong();
        a.blocked = true;
        blocked.append(a);
    }
    return blocked;
}
