#include "SegmentCompiler.h"

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

// "The profile is (not) one of those the subquery selects." On SQLite a condition is an
// uncorrelated set (p.id IN (SELECT profile_id …)) that SQLite builds once and then probes or
// drives the count from, which beats a correlated EXISTS per profile at a million profiles; NULL
// ids are left out, as one NULL makes every NOT IN unknown. PostgreSQL turns (NOT) EXISTS into a
// semi- or anti-join but runs a NOT IN whose set outgrows work_mem once per row, so there the
// condition is a correlated EXISTS.
QString SegmentCompiler::inSet(const QString &column, const QString &from, const QString &where,
                               bool negate, const QString &tail) const
{
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" AND ") + where;
    // A positive set among the top-level ANDs is a semi-join either way, and as IN its
    // GROUP BY runs once instead of per profile.
    const bool joinedAtTop = m_joinable && !negate;
    if (m_dialect.backend() == DatabaseSpec::Backend::Postgres && !joinedAtTop)
        return QStringLiteral("%1EXISTS (SELECT 1 FROM %2 WHERE %3 = p.id%4%5)")
            .arg(negate ? QStringLiteral("NOT ") : QString(), from, column, filter, tail);
    return QStringLiteral("p.id %1IN (SELECT %2 FROM %3 WHERE %2 IS NOT NULL%4%5)")
        .arg(negate ? QStringLiteral("NOT ") : QString(), column, from, filter, tail);
}

QString CompiledSegment::countSql() const
{
    return QStringLiteral("SELECT COUNT(*) FROM profiles p WHERE ") + condition;
}

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
    out->values.clear();
    m_joinable = true;
    out->condition = condition(root, &out->values);
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

QString SegmentCompiler::condition(const SegmentNode &node, QVariantList *values)
{
    using Kind = SegmentNode::Kind;
    switch (node.kind) {
    case Kind::All:
    case Kind::Any:
    case Kind::Not:
        return group(node, values);
    case Kind::Account:
        return account(node, values);
    case Kind::Tag:
        return tag(node, values);
    case Kind::Event:
        return event(node, values);
    case Kind::HasMemberId:
        return node.flag ? QStringLiteral("p.member_id IS NOT NULL")
                         : QStringLiteral("p.member_id IS NULL");
    case Kind::HasUnionid:
        return inSet(QStringLiteral("a.profile_id"), QStringLiteral("accounts a"),
                     QStringLiteral("a.unionid IS NOT NULL AND a.unionid <> ''"), !node.flag);
    case Kind::OptedOut:
        return inSet(QStringLiteral("o.profile_id"), QStringLiteral("opt_outs o"), QString(),
                     !node.flag);
    case Kind::ReceivedCampaign:
        *values << node.campaignId << QStringLiteral("sent");
        return inSet(QStringLiteral("d.profile_id"), QStringLiteral("deliveries d"),
                     QStringLiteral("d.campaign_id = ? AND d.state = ?"));
    case Kind::Delivery: {
        *values << node.deliveryState;
        QString where = QStringLiteral("d.state = ?");
        if (node.campaignId > 0) {
            where += QStringLiteral(" AND d.campaign_id = ?");
            *values << node.campaignId;
        }
        return inSet(QStringLiteral("d.profile_id"), QStringLiteral("deliveries d"), where);
    }
    case Kind::InSegment:
        *values << m_segmentIds.value(node.segmentName);
        return inSet(QStringLiteral("m.profile_id"), QStringLiteral("segment_members m"),
                     QStringLiteral("m.segment_id = ?"));
    }
    return QStringLiteral("1 = 0");
}

QString SegmentCompiler::group(const SegmentNode &node, QVariantList *values)
{
    const bool all = node.kind == SegmentNode::Kind::All;
    // Under NOT or OR a set cannot be joined; under AND it stays as joinable as its group.
    const bool joinable = m_joinable;
    m_joinable = joinable && all;
    const auto restore = qScopeGuard([this, joinable] { m_joinable = joinable; });
    if (node.kind == SegmentNode::Kind::Not)
        return QStringLiteral("NOT (%1)").arg(condition(node.children.constFirst(), values));
    if (node.children.isEmpty())
        return all ? QStringLiteral("1 = 1") : QStringLiteral("1 = 0"); // as in logic
    QStringList parts;
    for (const SegmentNode &child : node.children)
        parts << condition(child, values);
    return QLatin1Char('(') + parts.join(all ? QStringLiteral(" AND ") : QStringLiteral(" OR ")) +
           QLatin1Char(')');
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

QString SegmentCompiler::account(const SegmentNode &node, QVariantList *values)
{
    QString where = QStringLiteral("1 = 1");
    where += appFilter(QStringLiteral("a.app_id"), node, values);
    if (node.subscribed) {
        where += QStringLiteral(" AND a.subscribed = ?");
        *values << (*node.subscribed ? 1 : 0);
    }
    if (!node.scene.isEmpty()) {
        where += QStringLiteral(" AND a.subscribe_scene = ?");
        *values << node.scene;
    }
    if (!node.language.isEmpty()) {
        where += QStringLiteral(" AND a.language = ?");
        *values << node.language;
    }
    if (node.subscribeTime)
        where += timeFilter(QStringLiteral("a.subscribe_time"), *node.subscribeTime, values);
    return inSet(QStringLiteral("a.profile_id"), QStringLiteral("accounts a"), where);
}

QString SegmentCompiler::tag(const SegmentNode &node, QVariantList *values)
{
    QString where;
    if (node.tagName.isEmpty()) {
        where += QStringLiteral("g.tag_id = ?");
        *values << node.tagId;
    } else {
        where += QStringLiteral("g.name = ?");
        *values << node.tagName;
    }
    where += appFilter(QStringLiteral("g.app_id"), node, values);
    return inSet(QStringLiteral("a.profile_id"),
                 QStringLiteral("accounts a JOIN account_tags t ON t.account_id = a.id JOIN tags "
                                "g ON g.id = t.tag_ref"),
                 where);
}

QString SegmentCompiler::event(const SegmentNode &node, QVariantList *values)
{
    if (!node.atMost && node.atLeast == 0)
        return QStringLiteral("1 = 1"); // "at least never": everyone
    QString where = QStringLiteral("e.name = ?");
    *values << node.eventName;
    where += appFilter(QStringLiteral("e.app_id"), node, values);
    if (node.eventTime)
        where += timeFilter(QStringLiteral("e.occurred_at"), *node.eventTime, values);
    if (!node.propKey.isEmpty()) {
        where +=
            QStringLiteral(" AND %1 = ?").arg(m_dialect.jsonFieldText(QStringLiteral("e.props")));
        *values << m_dialect.jsonFieldArgument(node.propKey) << node.propValue;
    }
    const QString column = QStringLiteral("e.profile_id");
    const QString from = QStringLiteral("events e");
    const QString counted = QStringLiteral(" GROUP BY e.profile_id HAVING COUNT(*)");
    if (!node.atMost) { // at least N (N >= 1)
        if (node.atLeast == 1)
            return inSet(column, from, where);
        *values << node.atLeast;
        return inSet(column, from, where, false, counted + QStringLiteral(" >= ?"));
    }
    if (node.atLeast == 0) { // at most M, never included: not among those with more
        if (*node.atMost == 0)
            return inSet(column, from, where, true);
        *values << *node.atMost;
        return inSet(column, from, where, true, counted + QStringLiteral(" > ?"));
    }
    *values << node.atLeast << *node.atMost;
    return inSet(column, from, where, false, counted + QStringLiteral(" BETWEEN ? AND ?"));
}
