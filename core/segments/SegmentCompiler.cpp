#include "SegmentCompiler.h"

#include "messaging/CampaignStates.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QScopeGuard>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SegmentCompiler)
};

const qint64 kDayMsecs = 24 * 3600 * 1000LL;

} // namespace

QString CompiledSegment::membersSql() const
{
    return QStringLiteral("SELECT p.id FROM profiles p WHERE ") + condition;
}

SegmentCompiler::SegmentCompiler(const SqlDialect &dialect, qint64 now, Lookup lookup)
    : m_dialect(dialect), m_now(now), m_lookup(std::move(lookup))
{
}

bool SegmentCompiler::compile(const SegmentNode &root, CompiledSegment *out, QString *error,
                              const QString &selfName)
{
    QStringList chain;
    if (!selfName.isEmpty())
        chain << selfName;
    if (!checkCycles(root, &chain, error))
        return false;
    out->plan = plan(root);
    out->values.clear();
    m_joinable = true;
    out->condition = condition(out->plan, &out->values);
    writeCount(out);
    return true;
}

// Follows in_segment references depth first; a name already on the chain is a cycle. Errors
// name the node of the definition being compiled (`outerPath`), not one inside another segment.
bool SegmentCompiler::checkCycles(const SegmentNode &node, QStringList *chain, QString *error,
                                  const QString &outerPath)
{
    if (node.kind == SegmentNode::Kind::InSegment) {
        const QString path = outerPath.isEmpty() ? node.path : outerPath;
        if (chain->contains(node.segmentName)) {
            *error = QStringLiteral("%1: %2").arg(
                path,
                Text::tr("refers back to itself: %1")
                    .arg((*chain + QStringList{node.segmentName}).join(QStringLiteral(" → "))));
            return false;
        }
        SavedSegment saved;
        QString why;
        if (!m_lookup || !m_lookup(node.segmentName, &saved, &why)) {
            *error = QStringLiteral("%1: %2").arg(path, why);
            return false;
        }
        m_segmentIds.insert(node.segmentName, saved.id);
        chain->append(node.segmentName);
        const bool ok = checkCycles(saved.definition, chain, error, path);
        chain->removeLast();
        return ok;
    }
    for (const SegmentNode &child : node.children)
        if (!checkCycles(child, chain, error, outerPath))
            return false;
    return true;
}

namespace {
SegmentPlan rowsOf(const QString &column, const QString &from, const QString &where,
                   const QVariantList &values, bool existingProfiles)
{
    SegmentPlan rows;
    rows.kind = SegmentPlan::Kind::Rows;
    rows.column = column;
    rows.from = from;
    rows.where = where;
    rows.values = values;
    rows.existingProfiles = existingProfiles;
    return rows;
}

SegmentPlan constant(bool everyone)
{
    SegmentPlan plan;
    plan.kind = everyone ? SegmentPlan::Kind::Everyone : SegmentPlan::Kind::NoOne;
    return plan;
}

SegmentPlan negated(SegmentPlan inner)
{
    SegmentPlan plan;
    plan.kind = SegmentPlan::Kind::Not;
    plan.children << std::move(inner);
    return plan;
}
} // namespace

SegmentPlan SegmentCompiler::plan(const SegmentNode &node)
{
    using Kind = SegmentNode::Kind;
    switch (node.kind) {
    case Kind::All:
    case Kind::Any:
    case Kind::Not: {
        SegmentPlan group;
        group.kind = node.kind == Kind::All   ? SegmentPlan::Kind::All
                     : node.kind == Kind::Any ? SegmentPlan::Kind::Any
                                              : SegmentPlan::Kind::Not;
        for (const SegmentNode &child : node.children)
            group.children << plan(child);
        return group;
    }
    case Kind::Account:
        return account(node);
    case Kind::Tag:
        return tag(node);
    case Kind::Event:
        return event(node);
    case Kind::HasMemberId: {
        SegmentPlan row;
        row.kind = SegmentPlan::Kind::ProfileRow;
        row.where = node.flag ? QStringLiteral("p.member_id IS NOT NULL")
                              : QStringLiteral("p.member_id IS NULL");
        return row;
    }
    case Kind::HasUnionid: {
        // "> ''" is neither NULL nor empty, and reads as a range of the unionid index.
        SegmentPlan rows = rowsOf(QStringLiteral("a.profile_id"), QStringLiteral("accounts a"),
                                  QStringLiteral("a.unionid > ''"), {}, true);
        return node.flag ? rows : negated(rows);
    }
    case Kind::OptedOut: {
        SegmentPlan rows =
            rowsOf(QStringLiteral("o.profile_id"), QStringLiteral("opt_outs o"), {}, {}, true);
        return node.flag ? rows : negated(rows);
    }
    case Kind::ReceivedCampaign:
        return rowsOf(QStringLiteral("d.profile_id"), QStringLiteral("deliveries d"),
                      QStringLiteral("d.campaign_id = ? AND d.state = ?"),
                      {node.campaignId, States::text(DeliveryState::Sent)}, false);
    case Kind::Delivery: {
        QVariantList values{node.deliveryState};
        QString where = QStringLiteral("d.state = ?");
        if (node.campaignId > 0) {
            where += QStringLiteral(" AND d.campaign_id = ?");
            values << node.campaignId;
        }
        return rowsOf(QStringLiteral("d.profile_id"), QStringLiteral("deliveries d"), where, values,
                      false);
    }
    case Kind::InSegment:
        return rowsOf(QStringLiteral("m.profile_id"), QStringLiteral("segment_members m"),
                      QStringLiteral("m.segment_id = ?"), {m_segmentIds.value(node.segmentName)},
                      false); // no foreign key since migration 10
    }
    return constant(false);
}

QString SegmentCompiler::appFilter(const QString &column, const SegmentNode &node,
                                   QVariantList *values)
{
    QString sql;
    if (!node.appid.isEmpty()) {
        sql += QStringLiteral(" AND %1 IN (SELECT id FROM apps WHERE appid = ?)").arg(column);
        *values << node.appid;
    }
    if (!node.platform.isEmpty()) {
        sql += QStringLiteral(" AND %1 IN (SELECT id FROM apps WHERE kind = ?)").arg(column);
        *values << node.platform;
    }
    return sql;
}

QString SegmentCompiler::timeFilter(const QString &column, const SegmentTimeRange &range,
                                    QVariantList *values)
{
    if (range.withinDays >= 0) {
        *values << m_now - range.withinDays * kDayMsecs;
        return QStringLiteral(" AND %1 >= ?").arg(column);
    }
    *values << range.from << range.to;
    return QStringLiteral(" AND %1 >= ? AND %1 < ?").arg(column);
}

SegmentPlan SegmentCompiler::account(const SegmentNode &node)
{
    QVariantList values;
    QString where = QStringLiteral("1 = 1");
    where += appFilter(QStringLiteral("a.app_id"), node, &values);
    if (node.subscribed) {
        where += QStringLiteral(" AND a.subscribed = ?");
        values << (*node.subscribed ? 1 : 0);
    }
    if (!node.scene.isEmpty()) {
        where += QStringLiteral(" AND a.subscribe_scene = ?");
        values << node.scene;
    }
    if (!node.qrScene.isEmpty()) {
        where += QStringLiteral(" AND a.qr_scene = ?");
        values << node.qrScene;
    }
    if (!node.language.isEmpty()) {
        where += QStringLiteral(" AND a.language = ?");
        values << node.language;
    }
    if (node.subscribeTime)
        where += timeFilter(QStringLiteral("a.subscribe_time"), *node.subscribeTime, &values);
    return rowsOf(QStringLiteral("a.profile_id"), QStringLiteral("accounts a"), where, values,
                  true);
}

SegmentPlan SegmentCompiler::tag(const SegmentNode &node)
{
    QVariantList values;
    QString where;
    if (node.tagName.isEmpty()) {
        where += QStringLiteral("g.tag_id = ?");
        values << node.tagId;
    } else {
        where += QStringLiteral("g.name = ?");
        values << node.tagName;
    }
    where += appFilter(QStringLiteral("g.app_id"), node, &values);
    return rowsOf(QStringLiteral("a.profile_id"),
                  QStringLiteral("accounts a JOIN account_tags t ON t.account_id = a.id JOIN tags "
                                 "g ON g.id = t.tag_ref"),
                  where, values, true);
}

SegmentPlan SegmentCompiler::event(const SegmentNode &node)
{
    if (!node.atMost && node.atLeast == 0)
        return constant(true); // "at least never": everyone
    QVariantList values{node.eventName};
    QString where = QStringLiteral("e.name = ?");
    where += appFilter(QStringLiteral("e.app_id"), node, &values);
    if (node.eventTime)
        where += timeFilter(QStringLiteral("e.occurred_at"), *node.eventTime, &values);
    if (!node.propKey.isEmpty()) {
        where +=
            QStringLiteral(" AND %1 = ?").arg(m_dialect.jsonFieldText(QStringLiteral("e.props")));
        values << m_dialect.jsonFieldArgument(node.propKey) << node.propValue;
    }
    // events.profile_id has no foreign key: an event may outlive its profile.
    SegmentPlan rows =
        rowsOf(QStringLiteral("e.profile_id"), QStringLiteral("events e"), where, values, false);
    if (node.atLeast == 0) { // at most M, never included: not among those with more
        rows.minRows = *node.atMost + 1;
        return negated(rows);
    }
    rows.minRows = node.atLeast;
    rows.maxRows = node.atMost;
    return rows;
}

QString SegmentCompiler::condition(const SegmentPlan &plan, QVariantList *values)
{
    using Kind = SegmentPlan::Kind;
    switch (plan.kind) {
    case Kind::All:
    case Kind::Any:
    case Kind::Not:
        return group(plan, values);
    case Kind::Everyone:
        return QStringLiteral("1 = 1");
    case Kind::NoOne:
        return QStringLiteral("1 = 0");
    case Kind::ProfileRow:
        *values += plan.values;
        return plan.where;
    case Kind::Rows:
        return inSet(plan, values);
    }
    return QStringLiteral("1 = 0");
}

QString SegmentCompiler::group(const SegmentPlan &plan, QVariantList *values)
{
    const bool all = plan.kind == SegmentPlan::Kind::All;
    // Under NOT or OR a set cannot be joined; under AND it stays as joinable as its group.
    const bool joinable = m_joinable;
    m_joinable = joinable && all;
    const auto restore = qScopeGuard([this, joinable] { m_joinable = joinable; });
    if (plan.kind == SegmentPlan::Kind::Not)
        return QStringLiteral("NOT (%1)").arg(condition(plan.children.constFirst(), values));
    if (plan.children.isEmpty())
        return all ? QStringLiteral("1 = 1") : QStringLiteral("1 = 0"); // as in logic
    QStringList parts;
    for (const SegmentPlan &child : plan.children)
        parts << condition(child, values);
    return QLatin1Char('(') + parts.join(all ? QStringLiteral(" AND ") : QStringLiteral(" OR ")) +
           QLatin1Char(')');
}

// "The profile is one of those the rows name." On SQLite a condition is an uncorrelated set
// (p.id IN (SELECT profile_id …)) that SQLite builds once and then probes or drives the count
// from, which beats a correlated EXISTS per profile at a million profiles; NULL ids are left
// out, as one NULL makes every NOT IN unknown. PostgreSQL turns (NOT) EXISTS into a semi- or
// anti-join but runs a NOT IN whose set outgrows work_mem once per row, so there a condition
// that is not a direct part of the top-level AND is a correlated EXISTS.
QString SegmentCompiler::inSet(const SegmentPlan &rows, QVariantList *values) const
{
    *values += rows.values;
    const QString filter = rows.where.isEmpty() ? QString() : QStringLiteral(" AND ") + rows.where;
    const QString tail = countTail(rows, values);
    // A set among the top-level ANDs is a semi-join either way, and as IN its GROUP BY runs
    // once instead of per profile.
    if (m_dialect.backend() == DatabaseSpec::Backend::Postgres && !m_joinable)
        return QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE %2 = p.id%3%4)")
            .arg(rows.from, rows.column, filter, tail);
    return QStringLiteral("p.id IN (%1%2)").arg(rows.idsSql(), tail);
}

// " GROUP BY … HAVING COUNT(*) …" for a condition on how many rows a profile has, else nothing.
QString SegmentCompiler::countTail(const SegmentPlan &rows, QVariantList *values) const
{
    if (!rows.counted())
        return QString();
    *values << rows.minRows;
    if (rows.maxRows) {
        *values << *rows.maxRows;
        return QStringLiteral(" GROUP BY %1 HAVING COUNT(*) BETWEEN ? AND ?").arg(rows.column);
    }
    return QStringLiteral(" GROUP BY %1 HAVING COUNT(*) >= ?").arg(rows.column);
}

// PostgreSQL plans "profiles whose id is IN the condition's rows" as a parallel scan of every
// profile (4.6x the hand query for 14k buyers in a quarter), or runs the condition's GROUP BY
// once in each of its workers (2x). A definition of one condition is counted from its own rows,
// with a probe of profiles by key only where the rows may name a profile that is gone. (SQLite
// counts with SegmentCounter.)
void SegmentCompiler::writeCount(CompiledSegment *out) const
{
    const SegmentPlan &rows = out->plan;
    if (m_dialect.backend() != DatabaseSpec::Backend::Postgres ||
        rows.kind != SegmentPlan::Kind::Rows) {
        out->countSql = QStringLiteral("SELECT COUNT(*) FROM profiles p WHERE ") + out->condition;
        out->countValues = out->values;
        return;
    }
    out->countValues = rows.values;
    // Counted rows are grouped by profile already; others are made distinct.
    const QString ids = rows.idsSql(!rows.counted()) + countTail(rows, &out->countValues);
    out->countSql = QStringLiteral("SELECT COUNT(*) FROM (%1) s (id)").arg(ids);
    // LATERAL … LIMIT 1: a probe by key per id. As EXISTS it became a parallel scan of every
    // profile again.
    if (!rows.existingProfiles)
        out->countSql +=
            QStringLiteral(", LATERAL (SELECT 1 FROM profiles p WHERE p.id = s.id LIMIT 1) living");
}
