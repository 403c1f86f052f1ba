#include "SegmentCounter.h"

#include "storage/PreparedStatement.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QScopeGuard>

namespace {
// An id looked up costs about as much as this many ids read in a scan of all profiles.
const qint64 kLookupsPerScan = 16;
// Above this id the sets and tallies would take too much memory (256 MB of tally).
const qint64 kMaxProfileId = 64 * 1024 * 1024;
} // namespace

bool SegmentCounter::suits(DbConnection db)
{
    if (SqlDialect::of(db).backend() != DatabaseSpec::Backend::Sqlite)
        return false;
    Status status = Status::ok();
    const qint64 highest =
        Sql::toCount(Sql::scalar(db, QStringLiteral("SELECT MAX(id) FROM profiles"), {}), &status);
    return status.isOk() && highest <= kMaxProfileId;
}

Status SegmentCounter::count(const SegmentPlan &plan, qint64 *count)
{
    // Conditions on the profile row alone are counted where they are, from an index.
    if (plan.kind == SegmentPlan::Kind::ProfileRow) {
        Status status = Status::ok();
        *count = Sql::toCount(
            Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM profiles p WHERE ") + plan.where,
                        plan.values),
            &status);
        return status;
    }
    ProfileSet set;
    WX_TRY(members(plan, &set));
    *count = set.count();
    return Status::ok();
}

Status SegmentCounter::members(const SegmentPlan &plan, ProfileSet *members)
{
    // One snapshot for every statement; inside a caller's transaction BEGIN fails and that
    // transaction already is one.
    QSqlDatabase db = m_db;
    const bool ownTransaction = db.transaction();
    const auto end = qScopeGuard([&] {
        if (ownTransaction)
            db.commit();
    });
    Status status = Status::ok();
    m_bound = Sql::toCount(Sql::scalar(m_db, QStringLiteral("SELECT MAX(id) FROM profiles"), {}),
                           &status) +
              1;
    WX_TRY(status);
    m_universe.reset();
    Result result;
    WX_TRY(evaluate(plan, nullptr, &result));
    if (!result.onlyProfiles)
        WX_TRY(keepLivingProfiles(&result.set));
    *members = std::move(result.set);
    return Status::ok();
}

// Drops the ids of profiles that are gone (an event's profile_id has no foreign key). A few
// are looked up by id; for many, reading every profile id once is cheaper.
Status SegmentCounter::keepLivingProfiles(ProfileSet *set)
{
    if (set->count() * kLookupsPerScan >= m_bound) {
        Result all;
        WX_TRY(everyone(nullptr, &all));
        set->intersect(all.set);
        return Status::ok();
    }
    QVariantList ids;
    set->forEach([&](qint64 id) { ids << id; });
    ProfileSet living(m_bound);
    PreparedStatements statements(m_db);
    WX_TRY(statements.runIn(QStringLiteral("SELECT id FROM profiles WHERE id IN (%1)"), ids,
                            [&](const SqlRows &row) { living.insert(row.value(0).toLongLong()); }));
    *set = std::move(living);
    return Status::ok();
}

Status SegmentCounter::evaluate(const SegmentPlan &node, const Result *context, Result *out)
{
    using Kind = SegmentPlan::Kind;
    switch (node.kind) {
    case Kind::All:
        WX_TRY(evaluateAll(node, context, out));
        break;
    case Kind::Any:
        *out = Result{ProfileSet(m_bound), true};
        for (const SegmentPlan &child : node.children) {
            Result part;
            WX_TRY(evaluate(child, context, &part));
            out->set.unite(part.set);
            out->onlyProfiles = out->onlyProfiles && part.onlyProfiles;
        }
        break;
    case Kind::Not: {
        Result inner;
        WX_TRY(evaluate(node.children.constFirst(), context, &inner));
        WX_TRY(everyone(context, out));
        out->set.subtract(inner.set);
        break;
    }
    case Kind::Everyone:
        WX_TRY(everyone(context, out));
        break;
    case Kind::NoOne:
        *out = Result{ProfileSet(m_bound), true};
        break;
    case Kind::ProfileRow:
        *out = Result{ProfileSet(m_bound), true};
        WX_TRY(read(QStringLiteral("SELECT p.id FROM profiles p WHERE ") + node.where, node.values,
                    &out->set));
        break;
    case Kind::Rows: {
        const QString sql = node.idsSql();
        *out = Result{ProfileSet(m_bound), node.existingProfiles};
        if (!node.counted()) {
            WX_TRY(read(sql, node.values, &out->set));
        } else {
            ProfileTally tally(m_bound);
            WX_TRY(read(sql, node.values, nullptr, &tally));
            out->set = tally.between(node.minRows, node.maxRows.value_or(-1));
        }
        break;
    }
    }
    // The result counts only within the context: keep it there, and as clean as it is.
    if (context && node.kind != Kind::Not && node.kind != Kind::Everyone &&
        node.kind != Kind::All) {
        out->set.intersect(context->set);
        out->onlyProfiles = out->onlyProfiles || context->onlyProfiles;
    }
    return Status::ok();
}

// Each part is evaluated among those the parts before it left, so a NOT inside takes its
// complement there rather than among all profiles; the plain conditions go first.
Status SegmentCounter::evaluateAll(const SegmentPlan &node, const Result *context, Result *out)
{
    QList<const SegmentPlan *> parts;
    for (const SegmentPlan &child : node.children)
        if (child.kind != SegmentPlan::Kind::Not)
            parts << &child;
    for (const SegmentPlan &child : node.children)
        if (child.kind == SegmentPlan::Kind::Not)
            parts << &child;
    if (parts.isEmpty())
        return everyone(context, out);
    const Result *within = context;
    for (const SegmentPlan *part : std::as_const(parts)) {
        Result next;
        WX_TRY(evaluate(*part, within, &next));
        *out = std::move(next);
        within = out;
    }
    return Status::ok();
}

Status SegmentCounter::everyone(const Result *context, Result *out)
{
    if (context) {
        *out = *context;
        return Status::ok();
    }
    if (!m_universe) {
        ProfileSet all(m_bound);
        WX_TRY(read(QStringLiteral("SELECT id FROM profiles"), {}, &all));
        m_universe = std::move(all);
    }
    *out = Result{*m_universe, true};
    return Status::ok();
}

Status SegmentCounter::read(const QString &sql, const QVariantList &values, ProfileSet *set,
                            ProfileTally *tally)
{
    const std::unique_ptr<PreparedStatement> statement = PreparedStatement::create(m_db);
    WX_TRY(statement->prepare(sql));
    WX_TRY(statement->run(values));
    while (statement->next()) {
        const qint64 id = statement->integer(0);
        if (set)
            set->insert(id);
        else
            tally->add(id);
    }
    return statement->endStatus();
}
