// The import's line reader and row checker on any bytes, as a JSON Lines file or (built with
// WXOPS_FUZZ_CSV) a CSV file. Properties: the reader never crashes or loops, every accepted row
// keeps the rules of docs/import-format.md, and for JSON Lines the fast reader (simdjson) and
// the full one (QJsonDocument) accept and read every line the same way.
#include "FuzzCheck.h"
#include "ingest/ImportReader.h"
#include "ingest/ImportRow.h"
#include "ingest/JsonLine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString scratchFile()
{
#ifdef WXOPS_FUZZ_CSV
    const QString name = QStringLiteral("wxops-fuzz-import-%1.csv");
#else
    const QString name = QStringLiteral("wxops-fuzz-import-%1.jsonl");
#endif
    const QString folder =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return folder + u'/' + name.arg(QCoreApplication::applicationPid());
}

bool hasControl(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

void checkIdentifier(const QString &value, const char *field)
{
    FUZZ_CHECK(!hasControl(value), QStringLiteral("%1 holds a control character").arg(field));
    FUZZ_CHECK(value.size() <= ImportRow::kMaxIdentifierLength,
               QStringLiteral("%1 is %2 characters").arg(field).arg(value.size()));
}

void checkRow(const ImportRow &row)
{
    checkIdentifier(row.appid, "appid");
    checkIdentifier(row.openid, "openid");
    checkIdentifier(row.unionid, "unionid");
    checkIdentifier(row.memberId, "member_id");
    FUZZ_CHECK(!row.appid.isEmpty() && !row.openid.isEmpty(), "a row without appid or openid");
    if (row.kind == ImportRow::Kind::Event) {
        checkIdentifier(row.name, "name");
        checkIdentifier(row.eventId, "event_id");
        FUZZ_CHECK(!row.name.isEmpty(), "an event without a name");
        FUZZ_CHECK(row.at >= 0, QString::number(row.at));
        if (!row.propsJson.isEmpty())
            FUZZ_CHECK(QJsonDocument::fromJson(row.propsJson.toUtf8()).isObject(), row.propsJson);
        FUZZ_CHECK(!row.sourceId().isEmpty(), "no source id");
    }
}

#ifndef WXOPS_FUZZ_CSV
bool sameRow(const ImportRow &a, const ImportRow &b)
{
    return a.kind == b.kind && a.appid == b.appid && a.openid == b.openid &&
           a.unionid == b.unionid && a.memberId == b.memberId && a.seenAt == b.seenAt &&
           a.eventId == b.eventId && a.name == b.name && a.at == b.at &&
           a.sourceId() == b.sourceId();
}

// The fast path may refuse a line (the full reader then decides), but what it accepts it must
// read exactly as QJsonDocument does.
void compareReaders(const QByteArray &line)
{
    if (!QByteArrayView(line).isValidUtf8())
        return;
    static JsonLine fast;
    if (!fast.parse(line))
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    FUZZ_CHECK(doc.isObject(), "simdjson read a line QJsonDocument refuses: " + line);
    ImportRow fastRow, fullRow;
    QString fastError, fullError;
    const bool fastOk = ImportRow::fromJsonLine(fast, &fastRow, &fastError);
    const bool fullOk = ImportRow::fromJson(doc.object(), &fullRow, &fullError);
    FUZZ_CHECK(fastOk == fullOk, QStringLiteral("fast %1 (%2), full %3 (%4): %5")
                                     .arg(fastOk)
                                     .arg(fastError)
                                     .arg(fullOk)
                                     .arg(fullError, QString::fromUtf8(line)));
    if (fastOk)
        FUZZ_CHECK(sameRow(fastRow, fullRow), "the readers read different rows: " + line);
}
#endif

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    static const QString path = scratchFile();
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != qint64(size))
            std::abort(); // the scratch folder is full: not a finding
    }
#ifndef WXOPS_FUZZ_CSV
    for (const QByteArray &line : bytes.split('\n'))
        compareReaders(line.endsWith('\r') ? line.chopped(1) : line);
#endif
    ImportReader reader(path);
    if (!reader.open().isOk())
        return 0;
    ImportReader::Entry entry;
    qint64 lastLine = 0;
    while (reader.next(&entry)) {
        FUZZ_CHECK(entry.line > lastLine, "the reader went back to a line it read");
        lastLine = entry.line;
        FUZZ_CHECK(entry.ok != !entry.error.isEmpty(), "a row both accepted and refused");
        if (entry.ok)
            checkRow(entry.row);
    }
    return 0;
}
