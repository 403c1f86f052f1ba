#pragma once

#include <optional>
#include <QList>
#include <QString>
#include <QVariantList>

// A compiled definition before it is written out: the definition's tree with every condition
// turned into the profiles it selects. SegmentCompiler writes it as one SQL condition on
// `profiles p`; SegmentCounter counts it set by set in memory.
struct SegmentPlan
{
    enum class Kind
    {
        All,
        Any,
        Not,
        Everyone,
        NoOne,
        ProfileRow, // `where` on the profile row `p` itself
        Rows        // the profiles `column` names in the rows of `from` that `where` selects
    };
    Kind kind = Kind::All;
    QList<SegmentPlan> children; // All, Any, Not

    QString column;
    QString from;
    QString where;
    QVariantList values; // of `where`, in order
    // Rows: only profiles with between minRows and maxRows such rows (events counted).
    qint64 minRows = 1;
    std::optional<qint64> maxRows;
    // Rows: `column` references profiles(id), so it holds no id of a profile that is gone.
    bool existingProfiles = false;

    bool counted() const { return minRows != 1 || maxRows.has_value(); }
    // Rows: "SELECT [DISTINCT] column FROM from WHERE column IS NOT NULL[ AND where]", bound
    // with `values` (no count condition).
    QString idsSql(bool distinct = false) const
    {
        return QStringLiteral("SELECT %1%2 FROM %3 WHERE %2 IS NOT NULL%4")
            .arg(distinct ? QStringLiteral("DISTINCT ") : QString(), column, from,
                 where.isEmpty() ? QString() : QStringLiteral(" AND ") + where);
    }
};
