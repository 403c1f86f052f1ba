#pragma once

#include "SegmentDefinition.h"
#include "SegmentPlan.h"

#include <functional>
#include <QVariantList>

class SqlDialect;

// A definition as one condition on `profiles p`, every value bound (never spliced), and the
// plan it was written from.
struct CompiledSegment
{
    SegmentPlan plan;
    QString condition;
    QVariantList values;

    // SELECT COUNT(*) …: the condition's count, or on PostgreSQL, for a definition of one
    // condition, the count of that condition's own rows (with countValues).
    QString countSql;
    QVariantList countValues;
    QString membersSql() const; // SELECT p.id …
};

// Turns a definition into SQL for SQLite or PostgreSQL (the same result on both). Relative
// dates ("the last 30 days") are fixed at `now`, once for the whole evaluation.
class SegmentCompiler
{
public:
    struct SavedSegment
    {
        qint64 id = 0;
        SegmentNode definition;
    };
    // Finds a saved segment by name; false (with a message) when there is none or its stored
    // definition cannot be read.
    using Lookup = std::function<bool(const QString &name, SavedSegment *segment, QString *error)>;

    SegmentCompiler(const SqlDialect &dialect, qint64 now, Lookup lookup);

    // `selfName` is the segment being saved or refreshed, so a definition that reaches itself
    // through in_segment is refused.
    bool compile(const SegmentNode &root, CompiledSegment *out, QString *error,
                 const QString &selfName = QString());

private:
    bool checkCycles(const SegmentNode &node, QStringList *chain, QString *error,
                     const QString &outerPath = QString());
    // Definition -> plan
    SegmentPlan plan(const SegmentNode &node);
    SegmentPlan account(const SegmentNode &node);
    SegmentPlan tag(const SegmentNode &node);
    SegmentPlan event(const SegmentNode &node);
    QString appFilter(const QString &column, const SegmentNode &node, QVariantList *values);
    QString timeFilter(const QString &column, const SegmentTimeRange &range, QVariantList *values);
    // Plan -> SQL
    QString condition(const SegmentPlan &plan, QVariantList *values);
    QString group(const SegmentPlan &plan, QVariantList *values);
    QString inSet(const SegmentPlan &rows, QVariantList *values) const;
    QString countTail(const SegmentPlan &rows, QVariantList *values) const;
    void writeCount(CompiledSegment *out) const;

    const SqlDialect &m_dialect;
    qint64 m_now;
    Lookup m_lookup;
    QHash<QString, qint64> m_segmentIds; // filled by checkCycles
    bool m_joinable = false;             // compiling a direct part of the top-level AND
};
