// The fast reader of export lines (JsonLine, on simdjson, + ImportRow::fromJsonLine) must read
// every line it accepts exactly as the full JSON parser does, and leave every other line to the
// full parser.
#include "ingest/ImportRow.h"
#include "ingest/JsonLine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {
struct Reading
{
    bool ok = false;
    ImportRow row;
    QString error;
};

Reading readFully(const QByteArray &line)
{
    Reading r;
    r.ok = ImportRow::fromJson(QJsonDocument::fromJson(line).object(), &r.row, &r.error);
    return r;
}

Reading readFast(const JsonLine &json)
{
    Reading r;
    r.ok = ImportRow::fromJsonLine(json, &r.row, &r.error);
    return r;
}

// Props compare as JSON objects: the fast path keeps the file's key order.
QJsonObject propsOf(const ImportRow &row)
{
    return QJsonDocument::fromJson(row.propsJson.toUtf8()).object();
}
} // namespace

class TestImportRow : public QObject
{
    Q_OBJECT
private slots:
    void fastReadingEqualsFullReading_data();
    void fastReadingEqualsFullReading();
    void leavesOtherLinesToTheFullParser_data();
    void leavesOtherLinesToTheFullParser();
    void sourceIdIgnoresPropsKeyOrder();
    void timesOutsideTheRangeAreQuoted_data();
    void timesOutsideTheRangeAreQuoted();
    void identifiersRefuseControlCharacters_data();
    void identifiersRefuseControlCharacters();
};

void TestImportRow::fastReadingEqualsFullReading_data()
{
    QTest::addColumn<QByteArray>("line");
    auto row = [](const char *name, const char *line) { QTest::newRow(name) << QByteArray(line); };
    row("user", R"({"kind":"user","appid":"wxa","openid":"o1","unionid":"u1","member_id":"M1",)"
                R"("seen_at":"2026-03-01T08:00:00+08:00"})");
    row("user spaced", R"( { "kind" : "user" , "appid":"wxa", "openid":"o1" } )");
    row("event",
        R"({"kind":"event","id":"e-1","appid":"wxa","openid":"o1","name":"view_item",)"
        R"("at":"2026-03-01T08:01:00+08:00","props":{"item":"sku-9","n":[1,2.5e3,-0.5]}})");
    row("event epoch ms", R"({"kind":"event","id":"e-2","appid":"wxa","openid":"o1","name":"x",)"
                          R"("at":1772323260000})");
    row("numeric member id", R"({"kind":"user","appid":"wxa","openid":"o1","member_id":1001})");
    row("null optional", R"({"kind":"user","appid":"wxa","openid":"o1","unionid":null})");
    row("empty props", R"({"kind":"event","id":"e","appid":"a","openid":"o","name":"n",)"
                       R"("at":1772323260000,"props":{}})");
    row("props escapes", R"({"kind":"event","id":"e","appid":"a","openid":"o","name":"n",)"
                         R"("at":1772323260000,"props":{"q":"a \"b\"\n\u4e2d"}})");
    row("unicode text", "{\"kind\":\"user\",\"appid\":\"wxa\",\"openid\":\"o1\","
                        "\"member_id\":\"\xE4\xB8\xAD\xE6\x96\x87\"}");
    row("missing kind", R"({"appid":"wxa","openid":"o1"})");
    row("bad kind", R"({"kind":"visit","appid":"wxa","openid":"o1"})");
    row("missing openid", R"({"kind":"user","appid":"wxa"})");
    row("numeric openid", R"({"kind":"user","appid":"wxa","openid":12})");
    row("object unionid", R"({"kind":"user","appid":"wxa","openid":"o","unionid":{"a":1}})");
    row("bool member", R"({"kind":"user","appid":"wxa","openid":"o","member_id":true})");
    row("props array", R"({"kind":"event","id":"e","appid":"a","openid":"o","name":"n",)"
                       R"("at":1772323260000,"props":[1]})");
    row("props string", R"({"kind":"event","id":"e","appid":"a","openid":"o","name":"n",)"
                        R"("at":1772323260000,"props":"x"})");
    row("naive time", R"({"kind":"event","id":"e","appid":"a","openid":"o","name":"n",)"
                      R"("at":"2026-03-01T08:01:00"})");
    row("missing at", R"({"kind":"event","id":"e","appid":"a","openid":"o","name":"n"})");
    // What FlatJson left to the full parser and simdjson reads itself.
    row("escape in a value", R"({"kind":"user","appid":"wxa","openid":"o\"1"})");
    row("escape in a key", R"({"ki\u006ed":"user","appid":"wxa","openid":"o1"})");
    row("unicode escape", R"({"kind":"user","appid":"wxa","openid":"o1","member_id":"\u4e2d"})");
    row("space inside props", R"({"kind":"event","id":"e","appid":"a","openid":"o","name":"n",)"
                              R"("at":1772323260000,"props":{"a": 1, "b" : [ 1 , 2 ]}})");
    row("fraction inside props", R"({"kind":"event","id":"e","appid":"a","openid":"o",)"
                                 R"("name":"n","at":1772323260000,"props":{"p":0.5}})");
}

void TestImportRow::fastReadingEqualsFullReading()
{
    QFETCH(QByteArray, line);
    JsonLine json;
    QVERIFY2(json.parse(line), "the fast reader should take this line");
    const Reading fast = readFast(json);
    const Reading full = readFully(line);
    QCOMPARE(fast.ok, full.ok);
    QCOMPARE(fast.error, full.error);
    QCOMPARE(int(fast.row.kind), int(full.row.kind));
    QCOMPARE(fast.row.appid, full.row.appid);
    QCOMPARE(fast.row.openid, full.row.openid);
    QCOMPARE(fast.row.unionid, full.row.unionid);
    QCOMPARE(fast.row.memberId, full.row.memberId);
    QCOMPARE(fast.row.seenAt, full.row.seenAt);
    QCOMPARE(fast.row.eventId, full.row.eventId);
    QCOMPARE(fast.row.name, full.row.name);
    QCOMPARE(fast.row.at, full.row.at);
    QCOMPARE(fast.row.propsJson.isEmpty(), full.row.propsJson.isEmpty());
    QCOMPARE(propsOf(fast.row), propsOf(full.row));
    QCOMPARE(fast.row.sourceId(), full.row.sourceId());
}

void TestImportRow::leavesOtherLinesToTheFullParser_data()
{
    QTest::addColumn<QByteArray>("line");
    auto row = [](const char *name, const char *line) { QTest::newRow(name) << QByteArray(line); };
    row("fraction", R"({"kind":"event","at":1.5})");
    row("exponent", R"({"kind":"event","at":1e12})");
    row("leading zero", R"({"member_id":0123})");
    row("minus zero", R"({"member_id":-0})");
    row("sixteen digits", R"({"member_id":1234567890123456})");
    row("zero", R"({"member_id":0})");
    row("negative", R"({"member_id":-5})");
    row("repeated key", R"({"kind":"user","kind":"event"})");
    row("not an object", R"(["kind","user"])");
    row("trailing text", R"({"kind":"user"} x)");
    row("trailing comma", R"({"kind":"user",})");
    row("unclosed", R"({"kind":"user")");
    row("unclosed props", R"({"props":{"a":1})");
    row("bad escape in props", R"({"props":{"a":"\x"}})");
    row("control character", "{\"kind\":\"us\ter\"}");
    row("bare word", R"({"kind":user})");
    row("empty", "");
}

void TestImportRow::leavesOtherLinesToTheFullParser()
{
    QFETCH(QByteArray, line);
    JsonLine json;
    QVERIFY(!json.parse(line));
}

void TestImportRow::timesOutsideTheRangeAreQuoted_data()
{
    QTest::addColumn<QByteArray>("at");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("huge number") << QByteArray("1e30") << QStringLiteral("\"1e+30\"");
    QTest::newRow("fraction") << QByteArray("1.5") << QStringLiteral("\"1.5\"");
    QTest::newRow("true") << QByteArray("true") << QStringLiteral("\"true\"");
    QTest::newRow("epoch in year 287000")
        << QByteArray("9000000000000000") << QStringLiteral("\"9000000000000000\"");
    QTest::newRow("year 10000") << QByteArray("\"10000-01-01T00:00:00Z\"")
                                << QStringLiteral("\"10000-01-01T00:00:00Z\"");
    QTest::newRow("before 1970") << QByteArray("\"1969-12-31T23:59:59Z\"")
                                 << QStringLiteral("\"1969-12-31T23:59:59Z\"");
}

// One range (1970 to 9999) for epoch milliseconds and ISO times, and one message that quotes
// the value given: not "0" for a number that is no whole millisecond, not "missing" for true.
void TestImportRow::timesOutsideTheRangeAreQuoted()
{
    QFETCH(QByteArray, at);
    QFETCH(QString, quoted);
    const QByteArray line =
        R"({"kind":"event","appid":"wxmp","openid":"o1","name":"buy","at":)" + at + "}";
    const Reading full = readFully(line);
    QVERIFY(!full.ok);
    QVERIFY2(full.error.startsWith(QStringLiteral("\"at\" is not a time from 1970 to 9999")) &&
                 full.error.endsWith(quoted),
             qPrintable(full.error));
    JsonLine json;
    if (json.parse(line)) {
        const Reading fast = readFast(json);
        QVERIFY(!fast.ok);
        QCOMPARE(fast.error, full.error);
    }
    // The last millisecond of 9999 is still a time.
    QVERIFY(readFully(R"({"kind":"event","appid":"wxmp","openid":"o1","name":"buy","at":)"
                      R"("9999-12-31T23:59:59.999Z"})")
                .ok);
}

void TestImportRow::identifiersRefuseControlCharacters_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("escaped NUL in openid")
        << QByteArray(R"({"kind":"user","appid":"wxmp","openid":"o\u0000x"})")
        << QStringLiteral("\"openid\" holds a control character (U+0000)");
    QTest::newRow("escaped NUL in member_id")
        << QByteArray(R"({"kind":"user","appid":"wxmp","openid":"o1","member_id":"M1\u0000"})")
        << QStringLiteral("\"member_id\" holds a control character (U+0000)");
    QTest::newRow("line break in unionid")
        << QByteArray(R"({"kind":"user","appid":"wxmp","openid":"o1","unionid":"u\n2"})")
        << QStringLiteral("\"unionid\" holds a control character (U+000A)");
    QTest::newRow("DEL in an event name")
        << QByteArray(R"({"kind":"event","appid":"wxmp","openid":"o1","name":"buy\u007f","at":1})")
        << QStringLiteral("\"name\" holds a control character (U+007F)");
    QTest::newRow("an openid of 200 characters")
        << (QByteArray(R"({"kind":"user","appid":"wxmp","openid":")") + QByteArray(200, 'o') +
            QByteArray(R"("})"))
        << QStringLiteral("\"openid\" is 200 characters long; identifiers are at most 128");
}

// A NUL or another control character stored inside an identifier makes a person nobody can look
// up; every reader refuses it with the field and the character named.
void TestImportRow::identifiersRefuseControlCharacters()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    const Reading full = readFully(line);
    QVERIFY(!full.ok);
    QVERIFY2(full.error.contains(expected), qPrintable(full.error));
    JsonLine json;
    if (json.parse(line)) { // the fast reader, where it takes the line
        const Reading fast = readFast(json);
        QVERIFY(!fast.ok);
        QCOMPARE(fast.error, full.error);
    }
    // The same values as CSV fields (a raw NUL in a CSV field).
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    QStringList header, fields;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        header << it.key();
        fields << (it.value().isDouble() ? QString::number(it.value().toInteger())
                                         : it.value().toString());
    }
    ImportRow row;
    QString error;
    QVERIFY(!ImportRow::fromFields(header, fields, &row, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestImportRow::sourceIdIgnoresPropsKeyOrder()
{
    // Without an id the event is known by a digest of its content: the same props written in
    // another order (or by the CSV reader) are the same event.
    const QByteArray a =
        R"({"kind":"event","appid":"a","openid":"o","name":"n","at":1772323260000,)"
        R"("props":{"x":1,"y":"2"}})";
    const QByteArray b =
        R"({"kind":"event","appid":"a","openid":"o","name":"n","at":1772323260000,)"
        R"("props":{"y":"2","x":1}})";
    JsonLine first, second;
    QVERIFY(first.parse(a) && second.parse(b));
    const QString id = readFast(first).row.sourceId();
    QVERIFY(id.startsWith(QStringLiteral("h:")));
    QCOMPARE(readFast(second).row.sourceId(), id);
    QCOMPARE(readFully(a).row.sourceId(), id);
}

QTEST_GUILESS_MAIN(TestImportRow)
#include "tst_importrow.moc"
