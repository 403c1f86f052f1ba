#include "SegmentStore.h"

#include "SegmentCounter.h"
#include "storage/AuditLog.h"
#include "storage/SortingQuerySettings.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonObject>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SegmentStore)
};

const QString kColumns = QStringLiteral(
    "id, name, definition, created_by, created_at, updated_at, refreshed_at, member_count");

SegmentStore::Segment fromRow(const QSqlQuery &q)
{
    SegmentStore::Segment s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.definition = q.value(2).toString().toUtf8();
    s.createdBy = q.value(3).toString();
    s.createdAt = q.value(4).toLongLong();
    s.updatedAt = q.value(5).toLongLong();
    s.refreshedAt = q.value(6).toLongLong();
    s.size = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
    return s;
}

Status audit(QSqlDatabase db, const QString &action, const QString &name,
             const QJsonObject &details = {})
{
    return AuditLog(db).record(AuditLog::currentActor(), action,
                               QStringLiteral("segment:%1").arg(name), details);
}
} // namespace

SegmentStore::SegmentStore(DbConnection db, const Clock &clock) : m_db(db), m_clock(clock) {}

Status SegmentStore::compile(const QByteArray &definition, CompiledSegment *compiled,
                             const QString &selfName) const
{
    SegmentNode root;
    QString error;
    if (!SegmentDefinition::parse(definition, &root, &error))
        return Status::failure(error);
    auto lookup = [this](const QString &name, SegmentCompiler::SavedSegment *saved, QString *why) {
        Segment segment;
        if (!find(name, &segment).isOk()) {
            *why = Text::tr("no saved segment is called \"%1\"").arg(name);
            return false;
        }
        saved->id = segment.id;
        if (!SegmentDefinition::parse(segment.definition, &saved->definition, why))
            return false;
        return true;
    };
    SegmentCompiler compiler(SqlDialect::of(m_db), m_clock.nowMsecs(), lookup);
    if (!compiler.compile(root, compiled, &error, selfName))
        return Status::failure(error);
    return Status::ok();
}

Status SegmentStore::count(const QByteArray &definition, qint64 *count) const
{
    CompiledSegment compiled;
    WX_TRY(compile(definition, &compiled));
    return countOf(compiled, count);
}

Status SegmentStore::sample(const QByteArray &definition, int limit, QList<Match> *matches) const
{
    CompiledSegment compiled;
    WX_TRY(compile(definition, &compiled));
    return sampleOf(compiled, limit, matches);
}

Status SegmentStore::preview(const QByteArray &definition, int limit, qint64 *count,
                             QList<Match> *matches) const
{
    CompiledSegment compiled; // once for both: compiling reads the saved segments it uses
    WX_TRY(compile(definition, &compiled));
    if (!SegmentCounter::suits(m_db)) {
        WX_TRY(countOf(compiled, count));
        return sampleOf(compiled, limit, matches);
    }
    // The members are at hand after counting: the sample is the first few of them.
    ProfileSet members;
    WX_TRY(SegmentCounter(m_db).members(compiled.plan, &members));
    *count = members.count();
    return matchesOf(members.first(limit), matches);
}

Status SegmentStore::matchesOf(const QList<qint64> &ids, QList<Match> *matches) const
{
    QVariantList values;
    for (const qint64 id : ids)
        values << id;
    matches->clear();
    PreparedStatements statements(m_db);
    WX_TRY(statements.runIn(QStringLiteral("SELECT id, member_id FROM profiles WHERE id IN (%1)"),
                            values, [&](const SqlRows &row) {
                                matches->append({row.integer(0), row.value(1).toString()});
                            }));
    // The lookups come back in chunks, each in no set order.
    std::sort(matches->begin(), matches->end(),
              [](const Match &a, const Match &b) { return a.profileId < b.profileId; });
    return Status::ok();
}

Status SegmentStore::countOf(const CompiledSegment &compiled, qint64 *count) const
{
    // PostgreSQL would send every id over the connection: there the one statement is faster.
    if (SegmentCounter::suits(m_db))
        return SegmentCounter(m_db).count(compiled.plan, count);
    const SortingQuerySettings sorting(m_db);
    Status status = Status::ok();
    *count = Sql::toCount(Sql::scalar(m_db, compiled.countSql, compiled.countValues), &status);
    return status;
}

Status SegmentStore::sampleOf(const CompiledSegment &compiled, int limit,
                              QList<Match> *matches) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::run(q,
                  QStringLiteral("SELECT p.id, p.member_id FROM profiles p WHERE %1 ORDER BY p.id "
                                 "LIMIT ?")
                      .arg(compiled.condition),
                  compiled.values + QVariantList{limit}))
        return Sql::failure(q);
    matches->clear();
    while (q.next())
        matches->append({q.value(0).toLongLong(), q.value(1).toString()});
    return Status::ok();
}

Status SegmentStore::list(QList<Segment> *segments) const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("SELECT %1 FROM segments ORDER BY name").arg(kColumns)))
        return Sql::failure(q);
    segments->clear();
    while (q.next())
        segments->append(fromRow(q));
    return Status::ok();
}

Status SegmentStore::load(const QString &where, const QVariant &key, Segment *segment) const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("SELECT %1 FROM segments WHERE %2 = ?").arg(kColumns, where),
                  {key}))
        return Sql::failure(q);
    if (!q.next())
        return Status::failure(Text::tr("There is no segment %1.").arg(key.toString()));
    *segment = fromRow(q);
    return Status::ok();
}

Status SegmentStore::find(const QString &name, Segment *segment) const
{
    return load(QStringLiteral("name"), name, segment);
}

Status SegmentStore::checkName(const QString &name, qint64 exceptId) const
{
    if (name.trimmed().isEmpty())
        return Status::failure(Text::tr("A segment needs a name."));
    if (name.trimmed().size() > kMaxNameLength)
        return Status::failure(Text::tr("A segment's name is at most %1 characters (this one "
                                        "has %2).")
                                   .arg(kMaxNameLength)
                                   .arg(name.trimmed().size()));
    const StatusOr<QVariant> other =
        Sql::scalar(m_db, QStringLiteral("SELECT id FROM segments WHERE name = ? AND id <> ?"),
                    {name.trimmed(), exceptId});
    WX_TRY(other.status());
    if (other.value().isValid())
        return Status::failure(
            Text::tr("A segment called \"%1\" already exists: choose another name.")
                .arg(name.trimmed()));
    return Status::ok();
}

Status SegmentStore::create(const QString &name, const QByteArray &definition, qint64 *id)
{
    WX_TRY(checkName(name, 0));
    CompiledSegment compiled;
    WX_TRY(compile(definition, &compiled, name.trimmed()));
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    const qint64 now = m_clock.nowMsecs();
    Status status = Status::ok();
    *id = Sql::toCount(
        Sql::scalar(
            m_db,
            QStringLiteral("INSERT INTO segments (name, definition, created_by, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
            {name.trimmed(), QString::fromUtf8(definition), AuditLog::currentActor(), now, now}),
        &status);
    WX_TRY(status);
    WX_TRY(audit(m_db, QStringLiteral("segment.create"), name.trimmed(),
                 {{QStringLiteral("definition"), QString::fromUtf8(definition)}}));
    return transaction.commit();
}

Status SegmentStore::update(qint64 id, const QByteArray &definition)
{
    Segment segment;
    WX_TRY(load(QStringLiteral("id"), id, &segment));
    CompiledSegment compiled;
    WX_TRY(compile(definition, &compiled, segment.name));
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    WX_TRY(Sql::exec(m_db,
                     QStringLiteral("UPDATE segments SET definition = ?, updated_at = ? WHERE "
                                    "id = ?"),
                     {QString::fromUtf8(definition), m_clock.nowMsecs(), id}));
    WX_TRY(audit(m_db, QStringLiteral("segment.update"), segment.name,
                 {{QStringLiteral("definition"), QString::fromUtf8(definition)}}));
    return transaction.commit();
}

Status SegmentStore::rename(qint64 id, const QString &name)
{
    Segment segment;
    WX_TRY(load(QStringLiteral("id"), id, &segment));
    WX_TRY(checkName(name, id));
    // Other definitions refer to segments by name: a rename would break them.
    QString user;
    WX_TRY(usedBy(segment, &user));
    if (!user.isEmpty())
        return Status::failure(Text::tr("Segment \"%1\" uses \"%2\": change it first, then rename.")
                                   .arg(user, segment.name));
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    WX_TRY(Sql::exec(m_db,
                     QStringLiteral("UPDATE segments SET name = ?, updated_at = ? WHERE id = ?"),
                     {name.trimmed(), m_clock.nowMsecs(), id}));
    WX_TRY(audit(m_db, QStringLiteral("segment.rename"), segment.name,
                 {{QStringLiteral("to"), name.trimmed()}}));
    return transaction.commit();
}

Status SegmentStore::usedBy(const Segment &segment, QString *user) const
{
    QList<Segment> all;
    WX_TRY(list(&all));
    user->clear();
    for (const Segment &other : std::as_const(all)) {
        SegmentNode root;
        QString error;
        if (other.id != segment.id && SegmentDefinition::parse(other.definition, &root, &error) &&
            SegmentDefinition::referencedSegments(root).contains(segment.name)) {
            *user = other.name;
            break;
        }
    }
    return Status::ok();
}

Status SegmentStore::duplicate(qint64 id, const QString &newName, qint64 *newId)
{
    Segment segment;
    WX_TRY(load(QStringLiteral("id"), id, &segment));
    return create(newName, segment.definition, newId);
}

Status SegmentStore::remove(qint64 id)
{
    Segment segment;
    WX_TRY(load(QStringLiteral("id"), id, &segment));
    QString user;
    WX_TRY(usedBy(segment, &user));
    if (!user.isEmpty())
        return Status::failure(
            Text::tr("Segment \"%1\" uses \"%2\": it cannot be deleted.").arg(user, segment.name));
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    for (const QString &table :
         {QStringLiteral("segment_members"), QStringLiteral("segment_sizes")})
        WX_TRY(Sql::exec(m_db, QStringLiteral("DELETE FROM %1 WHERE segment_id = ?").arg(table),
                         {id}));
    WX_TRY(Sql::exec(m_db, QStringLiteral("DELETE FROM segments WHERE id = ?"), {id}));
    WX_TRY(audit(m_db, QStringLiteral("segment.delete"), segment.name,
                 {{QStringLiteral("definition"), QString::fromUtf8(segment.definition)}}));
    return transaction.commit();
}

Status SegmentStore::refresh(qint64 id, Refresh *result)
{
    Segment segment;
    WX_TRY(load(QStringLiteral("id"), id, &segment));
    CompiledSegment compiled;
    WX_TRY(compile(segment.definition, &compiled, segment.name));
    const SortingQuerySettings sorting(m_db);
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    const qint64 now = m_clock.nowMsecs();
    // The matching profiles once, in a scratch table; then the difference both ways.
    QSqlQuery q(m_db);
    // DDL is run unprepared: PostgreSQL cannot PREPARE it.
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS segment_refresh (profile_id "
                               "BIGINT PRIMARY KEY)")))
        return Sql::failure(q);
    WX_TRY(Sql::exec(m_db, QStringLiteral("DELETE FROM segment_refresh")));
    WX_TRY(fillRefreshTable(compiled));
    // PostgreSQL has no statistics for a fresh temp table and would plan the steps below as if
    // it were tiny (a scan per row, quadratic at 300k members).
    if (SqlDialect::of(m_db).backend() == DatabaseSpec::Backend::Postgres &&
        !q.exec(QStringLiteral("ANALYZE segment_refresh")))
        return Sql::failure(q);
    // Members already there are skipped by the key ("WHERE 1 = 1" lets SQLite parse the upsert).
    if (!Sql::run(q,
                  QStringLiteral("INSERT INTO segment_members (segment_id, profile_id, source, "
                                 "added_at) SELECT ?, r.profile_id, 'rule', ? FROM "
                                 "segment_refresh r WHERE 1 = 1 ON CONFLICT (segment_id, "
                                 "profile_id) DO NOTHING"),
                  {id, now}))
        return Sql::failure(q);
    result->added = q.numRowsAffected();
    if (!Sql::run(q,
                  QStringLiteral("DELETE FROM segment_members WHERE segment_id = ? AND NOT EXISTS "
                                 "(SELECT 1 FROM segment_refresh r WHERE r.profile_id = "
                                 "segment_members.profile_id)"),
                  {id}))
        return Sql::failure(q);
    result->removed = q.numRowsAffected();
    Status status = Status::ok();
    result->size = Sql::toCount(
        Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM segment_refresh"), {}), &status);
    WX_TRY(status);
    WX_TRY(Sql::exec(m_db, QStringLiteral("DELETE FROM segment_refresh")));
    WX_TRY(Sql::exec(m_db,
                     QStringLiteral("UPDATE segments SET refreshed_at = ?, member_count = ? WHERE "
                                    "id = ?"),
                     {now, result->size, id}));
    WX_TRY(Sql::exec(m_db,
                     QStringLiteral("INSERT INTO segment_sizes (segment_id, at, size) VALUES (?, "
                                    "?, ?) ON CONFLICT (segment_id, at) DO UPDATE SET size = "
                                    "excluded.size"),
                     {id, now, result->size}));
    return transaction.commit();
}

// The matching profiles into segment_refresh. On SQLite the counter finds them (a third of the
// time of the statement's GROUP BY and temporary B-tree at 333k members) and they are written in
// id order; elsewhere the one statement does it on the server.
Status SegmentStore::fillRefreshTable(const CompiledSegment &compiled) const
{
    if (!SegmentCounter::suits(m_db))
        return Sql::exec(m_db,
                         QStringLiteral("INSERT INTO segment_refresh (profile_id) ") +
                             compiled.membersSql(),
                         compiled.values);
    ProfileSet members;
    WX_TRY(SegmentCounter(m_db).members(compiled.plan, &members));
    QList<QVariantList> rows;
    rows.reserve(members.count());
    members.forEach([&](qint64 id) { rows.append(QVariantList{id}); });
    return PreparedStatements(m_db).runMany(
        QStringLiteral("INSERT INTO segment_refresh (profile_id)"), rows, QString());
}

Status SegmentStore::sizeHistory(qint64 id, QList<SizePoint> *points) const
{
    QSqlQuery q(m_db);
    if (!Sql::run(q,
                  QStringLiteral("SELECT at, size FROM segment_sizes WHERE segment_id = ? ORDER "
                                 "BY at"),
                  {id}))
        return Sql::failure(q);
    points->clear();
    while (q.next())
        points->append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return Status::ok();
}

Status SegmentStore::forgetMembersOf(PreparedStatements &sql, qint64 profileId)
{
    Status status = Status::ok();
    sql.run(QStringLiteral("DELETE FROM segment_members WHERE profile_id = ?"), {profileId},
            &status);
    return status;
}

Status SegmentStore::forgetMembersWithoutAccounts(DbConnection db)
{
    return Sql::exec(db, QStringLiteral("DELETE FROM segment_members WHERE profile_id NOT IN "
                                        "(SELECT profile_id FROM accounts WHERE profile_id IS "
                                        "NOT NULL)"));
}
