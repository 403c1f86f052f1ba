// The --database address from any text. Properties: a password never gets through; the
// connection options passed to libpq are only the documented ones, each one value that cannot
// smuggle in another option; an accepted address written back reads back the same.
#include "FuzzCheck.h"
#include "storage/DatabaseSpec.h"

#include <QUrl>

namespace {

void checkOptions(const DatabaseSpec &spec)
{
    static const QStringList allowed{QStringLiteral("sslmode"), QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name")};
    for (const QString &option : spec.connectOptions().split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = option.indexOf(u'=');
        FUZZ_CHECK(eq > 0 && allowed.contains(option.left(eq)), "option " + option);
        const QString value = option.mid(eq + 1);
        // Qt hands libpq "key=value key=value": a space, quote, backslash or '=' in a value
        // would start another option (password=, host=).
        for (const QChar c : value)
            FUZZ_CHECK(!c.isSpace() && c != u'=' && c != u'\'' && c != u'\\' && c != u';',
                       "option value " + value);
    }
}

bool same(const DatabaseSpec &a, const DatabaseSpec &b)
{
    return a.backend() == b.backend() && a.filePath() == b.filePath() && a.host() == b.host() &&
           a.port() == b.port() && a.user() == b.user() && a.databaseName() == b.databaseName() &&
           a.connectOptions() == b.connectOptions();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzzBytes(data, size));
    QString error;
    const std::optional<DatabaseSpec> spec = DatabaseSpec::parse(text, &error);
    if (!spec) {
        FUZZ_CHECK(!error.isEmpty(), "refused without a reason");
        return 0;
    }
    if (!spec->isSqlite()) {
        const QString password = QUrl(text.trimmed()).password();
        FUZZ_CHECK(password.isEmpty(), "a password got through: " + text);
        checkOptions(*spec);
        FUZZ_CHECK(!spec->databaseName().isEmpty(), text);
    }
    QString againError;
    const std::optional<DatabaseSpec> again = DatabaseSpec::parse(spec->toUrl(), &againError);
    FUZZ_CHECK(again.has_value(), spec->toUrl() + u'\n' + againError);
    FUZZ_CHECK(same(*spec, *again), text + u'\n' + spec->toUrl());
    return 0;
}
