// A segment definition from any bytes, parsed and, when valid, compiled for both databases
// (compile only: no query runs). Properties: nothing the definition holds is spliced into the
// SQL (no quote reaches it, and every "?" has exactly one bound value), and compiling twice
// gives the same SQL.
#include "FuzzCheck.h"
#include "segments/SegmentCompiler.h"
#include "segments/SegmentDefinition.h"
#include "storage/SqlDialect.h"

namespace {

// In the SQL the compiler writes itself: the only literal is the empty string.
void checkBound(const QString &sql, const QVariantList &values, const char *which)
{
    QString withoutLiterals = sql;
    withoutLiterals.remove(QStringLiteral("''"));
    FUZZ_CHECK(!withoutLiterals.contains(u'\''),
               QStringLiteral("%1 holds a quote: %2").arg(which, sql));
    FUZZ_CHECK(sql.count(u'?') == values.size(),
               QStringLiteral("%1 has %2 placeholders for %3 values: %4")
                   .arg(which)
                   .arg(sql.count(u'?'))
                   .arg(values.size())
                   .arg(sql));
}

// Saved segments the definition may refer to: "vip" (one condition), "loop" (refers to
// itself) and "broken" (a stored definition that no longer reads).
bool lookup(const QString &name, SegmentCompiler::SavedSegment *segment, QString *error)
{
    if (name == QStringLiteral("vip")) {
        segment->id = 7;
        return SegmentDefinition::parse(QByteArray(R"({"has_member_id": true})"),
                                        &segment->definition, error);
    }
    if (name == QStringLiteral("loop")) {
        segment->id = 8;
        return SegmentDefinition::parse(QByteArray(R"({"in_segment": "loop"})"),
                                        &segment->definition, error);
    }
    *error = QStringLiteral("no saved segment named %1").arg(name);
    return false;
}

void compileFor(DatabaseSpec::Backend backend, const SegmentNode &root)
{
    const qint64 now = 1767225600000; // 2026-01-01, fixed so that runs repeat
    CompiledSegment first, second;
    QString error;
    SegmentCompiler compiler(SqlDialect::forBackend(backend), now, lookup);
    const bool ok = compiler.compile(root, &first, &error, QStringLiteral("self"));
    FUZZ_CHECK(ok != !error.isEmpty(), "compiled with an error, or failed without one");
    if (!ok)
        return;
    checkBound(first.condition, first.values, "condition");
    checkBound(first.countSql, first.countValues, "count");
    SegmentCompiler again(SqlDialect::forBackend(backend), now, lookup);
    FUZZ_CHECK(again.compile(root, &second, &error, QStringLiteral("self")), error);
    FUZZ_CHECK(first.condition == second.condition && first.values == second.values,
               "two compiles differ");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SegmentNode root;
    QString error;
    if (!SegmentDefinition::parse(fuzzBytes(data, size), &root, &error)) {
        FUZZ_CHECK(!error.isEmpty(), "refused without a reason");
        return 0;
    }
    compileFor(DatabaseSpec::Backend::Sqlite, root);
    compileFor(DatabaseSpec::Backend::Postgres, root);
    return 0;
}
