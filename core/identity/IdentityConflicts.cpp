#include "IdentityConflicts.h"

#include "logging/LogCategories.h"
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
    Q_DECLARE_TR_FUNCTIONS(IdentityConflicts)
};
} // namespace

IdentityConflicts::IdentityConflicts(DbConnection db, const Clock &clock) : m_db(db), m_clock(clock)
{
}

StatusOr<QList<IdentityConflicts::Conflict>> IdentityConflicts::open() const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("SELECT id, profile_a, profile_b, reason, created_at FROM "
                                    "identity_conflicts WHERE resolved_at IS NULL ORDER BY id")))
        return Sql::failure(q);
    QList<Conflict> conflicts;
    while (q.next())
        conflicts.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                          q.value(3).toString(), q.value(4).toLongLong()});
    return conflicts;
}

StatusOr<qint64> IdentityConflicts::openCount() const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("SELECT COUNT(*) FROM identity_conflicts WHERE resolved_at "
                                    "IS NULL")) ||
        !q.next())
        return Sql::failure(q);
    return q.value(0).toLongLong();
}

Status IdentityConflicts::markReviewed(qint64 id, const QString &actor)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("UPDATE identity_conflicts SET resolved_at = ?, resolved_by = ?, "
                                 "resolution = 'reviewed' WHERE id = ? AND resolved_at IS NULL"),
                  {m_clock.nowMsecs(), actor, id}))
        return Sql::failure(q);
    if (q.numRowsAffected() != 1)
        return Status::failure(
            Text::tr("Conflict %1 is no longer open: someone resolved it meanwhile.").arg(id));
    WX_TRY(AuditLog(m_db).record(actor, QStringLiteral("identity.conflict_reviewed"),
                                 QStringLiteral("conflict:%1").arg(id)));
    return transaction.commit();
}

Status IdentityConflicts::record(qint64 profileA, qint64 profileB, const QString &reason)
{
    const qint64 low = qMin(profileA, profileB);
    const qint64 high = qMax(profileA, profileB);
    const StatusOr<QVariant> known = Sql::scalar(
        m_db,
        QStringLiteral("SELECT 1 FROM identity_conflicts WHERE profile_a = ? AND profile_b = ?"),
        {low, high});
    WX_TRY(known.status());
    if (known.value().isValid())
        return Status::ok();
    qCInfo(lcIdentity) << "conflict between profiles" << low << high << reason;
    return Sql::exec(m_db,
                     QStringLiteral("INSERT INTO identity_conflicts (profile_a, profile_b, reason, "
                                    "created_at) VALUES (?, ?, ?, ?)"),
                     {low, high, reason, m_clock.nowMsecs()});
}

Status IdentityConflicts::forgetOpen()
{
    return Sql::exec(m_db,
                     QStringLiteral("DELETE FROM identity_conflicts WHERE resolved_at IS NULL"));
}
