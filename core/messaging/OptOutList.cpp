#include "OptOutList.h"

#include "CampaignDefinition.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OptOutList)
};

QString object(qint64 profileId)
{
    return QStringLiteral("profile:%1").arg(profileId);
}
} // namespace

QStringList OptOutList::channels()
{
    return QStringList{QStringLiteral("all")} + CampaignDefinition::channels();
}

Status OptOutList::add(qint64 profileId, const QString &channel, const QString &reason,
                       const QString &actor)
{
    if (!channels().contains(channel))
        return Status::failure(Text::tr("\"%1\" is not a channel; use one of %2.")
                                   .arg(channel, channels().join(QStringLiteral(", "))));
    if (reason.trimmed().isEmpty())
        return Status::failure(
            Text::tr("Say why (for example \"asked by phone, ticket 4711\"): the reason is kept."));
    const StatusOr<QVariant> profile =
        Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM profiles WHERE id = ?"), {profileId});
    WX_TRY(profile.status());
    if (!profile.value().isValid())
        return Status::failure(Text::tr("No profile %1.").arg(profileId));
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    WX_TRY(Sql::exec(m_db,
                     QStringLiteral("INSERT INTO opt_outs (profile_id, channel, reason, actor, "
                                    "created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile_id, "
                                    "channel) DO UPDATE SET reason = excluded.reason, actor = "
                                    "excluded.actor, created_at = excluded.created_at"),
                     {profileId, channel, reason.trimmed(), actor, m_clock.nowMsecs()}));
    WX_TRY(AuditLog(m_db).record(
        actor, QStringLiteral("optout.add"), object(profileId),
        {{QStringLiteral("channel"), channel}, {QStringLiteral("reason"), reason.trimmed()}}));
    return transaction.commit();
}

Status OptOutList::remove(qint64 profileId, const QString &channel, const QString &reason,
                          const QString &actor)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(
            Text::tr("Say why (for example \"asked to hear from us again\"): the reason is kept."));
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("DELETE FROM opt_outs WHERE profile_id = ? AND channel = ?"),
                  {profileId, channel}))
        return Sql::failure(q);
    if (q.numRowsAffected() == 0)
        return Status::failure(
            Text::tr("Profile %1 has not opted out of %2.").arg(profileId).arg(channel));
    WX_TRY(AuditLog(m_db).record(
        actor, QStringLiteral("optout.remove"), object(profileId),
        {{QStringLiteral("channel"), channel}, {QStringLiteral("reason"), reason.trimmed()}}));
    return transaction.commit();
}

Status OptOutList::of(qint64 profileId, QList<Entry> *entries) const
{
    entries->clear();
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT channel, reason, actor, created_at FROM opt_outs WHERE "
                                 "profile_id = ? ORDER BY channel"),
                  {profileId}))
        return Sql::failure(q);
    while (q.next())
        entries->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toLongLong()});
    return Status::ok();
}

Status OptOutList::inherit(PreparedStatements &sql, qint64 fromProfile, qint64 heir)
{
    Status status = Status::ok();
    sql.run(QStringLiteral("INSERT INTO opt_outs (profile_id, channel, reason, actor, created_at) "
                           "SELECT ?, channel, reason, actor, created_at FROM opt_outs WHERE "
                           "profile_id = ? ON CONFLICT (profile_id, channel) DO NOTHING"),
            {heir, fromProfile}, &status);
    return status;
}

StatusOr<QList<OptOutList::Kept>> OptOutList::keepByAccount(DbConnection db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::run(q, QStringLiteral("SELECT a.id, o.channel, o.reason, o.actor, o.created_at FROM "
                                    "opt_outs o JOIN accounts a ON a.profile_id = o.profile_id")))
        return Sql::failure(q);
    QList<Kept> kept;
    while (q.next())
        kept.append({q.value(0).toLongLong(),
                     {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toLongLong()}});
    return kept;
}

Status OptOutList::giveBack(DbConnection db, const QList<Kept> &kept)
{
    for (const Kept &k : kept)
        WX_TRY(
            Sql::exec(db,
                      QStringLiteral("INSERT INTO opt_outs (profile_id, channel, reason, actor, "
                                     "created_at) SELECT profile_id, ?, ?, ?, ? FROM accounts "
                                     "WHERE id = ? AND profile_id IS NOT NULL ON CONFLICT "
                                     "(profile_id, channel) DO NOTHING"),
                      {k.entry.channel, k.entry.reason, k.entry.actor, k.entry.at, k.accountId}));
    return Status::ok();
}
