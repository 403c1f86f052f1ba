// Mini Program import on SQLite and PostgreSQL: wxemu's export goes in and links to the synced
// followers; importing twice adds nothing; bad rows refuse the file or are skipped with a
// report that names each line; CSV says the same as JSON Lines; times need an offset.
#include "DbSnapshot.h"
#include "Emulator.h"
#include "ingest/Importer.h"
#include "ingest/ImportReader.h"
#include "profiles/ProfileLookup.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "TestDatabase.h"
#include "util/Clock.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kMp = QStringLiteral("wxmp0000000000emu");
const QString kOa = QStringLiteral("wxoa0000000000emu");

struct ImportTarget
{
    ImportTarget() : database(testDb.spec())
    {
        opened = testDb.error().isEmpty() ? database.open() : Status::failure(testDb.error());
        for (const auto &[appid, kind] : {std::pair{kOa, AppConfig::Kind::OfficialAccount},
                                          std::pair{kMp, AppConfig::Kind::MiniProgram}}) {
            AppConfig app;
            app.appid = appid;
            app.kind = kind;
            app.name = appid;
            if (opened.isOk())
                opened = AppRepository(db()).insert(app);
        }
    }
    QSqlDatabase db() { return database.connections().connection(); }
    // Imports the good rows and returns the report's lines (what `--report FILE` holds).
    Importer::Report importReporting(const QString &path, QStringList *reported);
    Importer::Report import(const QString &path, bool skipBadRows = false,
                            QIODevice *report = nullptr)
    {
        Importer importer(db(), Clock::system());
        Importer::Options options;
        options.skipBadRows = skipBadRows;
        options.batchRows = 700; // several batches even for small files
        options.report = report;
        return importer.run(path, options);
    }
    qint64 count(const QString &table)
    {
        return DbSnapshot::count(db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    }

    TestDatabase testDb;
    Database database;
    Status opened = Status::ok();
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(content);
    return path;
}

// Good rows 1-3 and 8 (7 is empty); bad rows 4, 5, 6, 9, 10, 11, each for its own reason.
QByteArray mixedJsonLines()
{
    return QByteArrayLiteral(
        "{\"kind\":\"user\",\"appid\":\"wxmp0000000000emu\",\"openid\":\"o-1\",\"unionid\":\"u-1\","
        "\"member_id\":\"M1\",\"seen_at\":\"2026-03-01T08:00:00+08:00\"}\n"
        "{\"kind\":\"event\",\"id\":\"e-1\",\"appid\":\"wxmp0000000000emu\",\"openid\":\"o-1\","
        "\"name\":\"view_item\",\"at\":\"2026-03-01T08:01:00+08:00\",\"props\":{\"item\":\"sku-9\"}"
        "}\n"
        "{\"kind\":\"event\",\"id\":\"e-2\",\"appid\":\"wxmp0000000000emu\",\"openid\":\"o-1\","
        "\"name\":\"purchase\",\"at\":1772323320000}\n"
        "{\"kind\":\"event\",\"id\":\"e-3\",\"appid\":\"wxmp0000000000emu\",\"openid\":\"o-1\"\n"
        "{\"kind\":\"user\",\"appid\":\"wxmp0000000000emu\",\"openid\":\"o-\xff\xfe\"}\n"
        "{\"kind\":\"event\",\"id\":\"e-4\",\"appid\":\"wxmp0000000000emu\",\"openid\":\"o-1\","
        "\"at\":\"2026-03-01T08:01:00+08:00\"}\n"
        "\n"
        "{\"kind\":\"user\",\"appid\":\"wxmp0000000000emu\",\"openid\":\"o-2\"}\n"
        "{\"kind\":\"event\",\"id\":\"e-5\",\"appid\":\"wxmp0000000000emu\",\"openid\":\"o-2\","
        "\"name\":\"share\",\"at\":\"2026-03-01 08:01:00\"}\n"
        "{\"kind\":\"user\",\"appid\":\"wxunknown000000000\",\"openid\":\"o-3\"}\n"
        "[1,2,3]\n");
}

const QStringList kMixedReport{
    QStringLiteral("line 4: invalid JSON"), // Qt's parser words the detail
    QStringLiteral("line 5: not valid UTF-8"),
    QStringLiteral("line 6: missing required field \"name\""),
    QStringLiteral("line 9: \"at\" is not a time from 1970 to 9999 with an offset, or epoch "
                   "milliseconds: "
                   "\"2026-03-01 08:01:00\""),
    QStringLiteral("line 10: unknown appid wxunknown000000000 (add the app in Settings → "
                   "Accounts)"),
    QStringLiteral("line 11: a line must hold one JSON object"),
};
// The report's lines, with the parser's own wording after "invalid JSON" cut off.
QStringList reportLines(const QBuffer &report)
{
    QStringList lines = QString::fromUtf8(report.data()).trimmed().split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.replace(QRegularExpression(QStringLiteral("invalid JSON: .*$")),
                     QStringLiteral("invalid JSON"));
    return lines;
}

Importer::Report ImportTarget::importReporting(const QString &path, QStringList *reported)
{
    QBuffer report;
    report.open(QIODevice::WriteOnly);
    const Importer::Report result = import(path, true, &report);
    *reported = reportLines(report);
    return result;
}
} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private slots:
    void emulatorExportImportsOnceAndLinks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mp.jsonl"));
        const QString exported =
            Emulator::exportMp(path,
                               {QStringLiteral("--followers"), QStringLiteral("3000"),
                                QStringLiteral("--mp-users"), QStringLiteral("1500")},
                               4);
        QVERIFY2(exported.isEmpty(), qPrintable(exported));

        ImportTarget target;
        QVERIFY2(target.opened.isOk(), qPrintable(target.opened.message()));
        const Importer::Report first = target.import(path);
        QVERIFY2(first.ok(), qPrintable(first.status.message()));
        QCOMPARE(first.summary(),
                 QStringLiteral("imported 1500 users, 6000 events (0 duplicates, 0 bad rows)"));
        QCOMPARE(target.count(QStringLiteral("accounts")), 1500);
        QCOMPARE(target.count(QStringLiteral("events")), 6000);
        QCOMPARE(DbSnapshot::count(target.db(), QStringLiteral("SELECT COUNT(*) FROM events WHERE "
                                                               "profile_id IS NULL")),
                 0);
        const QStringList accountsBefore = DbSnapshot::accounts(target.db());
        const QStringList partitionBefore = DbSnapshot::partition(target.db());

        const Importer::Report second = target.import(path);
        QVERIFY(second.ok());
        QCOMPARE(second.summary(),
                 QStringLiteral("imported 1500 users, 0 events (6000 duplicates, 0 bad rows)"));
        QCOMPARE(target.count(QStringLiteral("events")), 6000);
        QCOMPARE(DbSnapshot::accounts(target.db()), accountsBefore);
        QCOMPARE(DbSnapshot::partition(target.db()), partitionBefore);

        // MP users who share a member ID... and each MP user's events are on its profile.
        QCOMPARE(DbSnapshot::count(target.db(),
                                   QStringLiteral("SELECT COUNT(*) FROM events e JOIN accounts a "
                                                  "ON a.id = e.account_id WHERE e.profile_id <> "
                                                  "a.profile_id")),
                 0);
    }

    void badRowsRefuseTheWholeFile()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("mixed.jsonl"), mixedJsonLines());
        ImportTarget target;
        QVERIFY(target.opened.isOk());
        QBuffer report;
        report.open(QIODevice::WriteOnly);
        const Importer::Report result = target.import(path, false, &report);
        QVERIFY(result.status.isOk());
        QVERIFY(result.refused);
        QCOMPARE(result.badRows, qint64(kMixedReport.size()));
        QCOMPARE(reportLines(report), kMixedReport);
        QCOMPARE(result.firstBadRows.size(), kMixedReport.size());
        QCOMPARE(result.firstBadRows.constFirst().line, 4);
        QCOMPARE(target.count(QStringLiteral("accounts")), 0);
        QCOMPARE(target.count(QStringLiteral("events")), 0);
    }

    void skipBadRowsImportsTheGoodOnes()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("mixed.jsonl"), mixedJsonLines());
        ImportTarget target;
        QVERIFY(target.opened.isOk());
        QBuffer report;
        report.open(QIODevice::WriteOnly);
        const Importer::Report result = target.import(path, true, &report);
        QVERIFY(result.ok());
        QCOMPARE(result.summary(),
                 QStringLiteral("imported 2 users, 2 events (0 duplicates, 6 bad rows)"));
        QCOMPARE(reportLines(report), kMixedReport);
        QCOMPARE(DbSnapshot::rows(target.db(), QStringLiteral("SELECT openid, unionid, member_id "
                                                              "FROM accounts ORDER BY openid")),
                 (QStringList{QStringLiteral("o-1|u-1|M1"), QStringLiteral("o-2||")}));
        // Times: +08:00 and epoch milliseconds both end up as UTC milliseconds.
        QCOMPARE(DbSnapshot::rows(target.db(), QStringLiteral("SELECT name, occurred_at FROM "
                                                              "events ORDER BY name")),
                 (QStringList{QStringLiteral("purchase|1772323320000"),
                              QStringLiteral("view_item|1772323260000")}));
        // props as JSON (PostgreSQL's JSONB writes it with its own spacing).
        const QString props = Sql::scalar(target.db(), QStringLiteral("SELECT props FROM events "
                                                                      "WHERE name = 'view_item'"))
                                  .value()
                                  .toString();
        QCOMPARE(QJsonDocument::fromJson(props.toUtf8()).object(),
                 (QJsonObject{{QStringLiteral("item"), QStringLiteral("sku-9")}}));
        QCOMPARE(Sql::scalar(target.db(),
                             QStringLiteral("SELECT first_seen FROM accounts WHERE openid = 'o-1'"))
                     .value()
                     .toLongLong(),
                 1772323200000);
    }

    // A NUL (escaped or raw, in JSON Lines or CSV) never reaches an identifier: the row is
    // refused with the field named, and nothing holding one is stored.
    void controlCharactersInIdentifiersAreRefused()
    {
        QTemporaryDir dir;
        const QString jsonl = writeFile(
            dir, QStringLiteral("nul.jsonl"),
            QByteArray("{\"kind\":\"user\",\"appid\":\"wxmp0000000000emu\",\"openid\":"
                       "\"o-\\u0000x\"}\n"
                       "{\"kind\":\"user\",\"appid\":\"wxmp0000000000emu\",\"openid\":\"o-1\","
                       "\"member_id\":\"M") +
                QByteArray(1, '\0') +
                QByteArray("\"}\n"
                           "{\"kind\":\"user\",\"appid\":\"wxmp0000000000emu\",\"openid\":"
                           "\"o-2\"}\n"));
        const QString csv =
            writeFile(dir, QStringLiteral("nul.csv"),
                      QByteArray("kind,appid,openid,member_id\n"
                                 "user,wxmp0000000000emu,o-3,M") +
                          QByteArray(1, '\0') + QByteArray("3\nuser,wxmp0000000000emu,o-4,M4\n"));
        ImportTarget target;
        QVERIFY(target.opened.isOk());
        QStringList lines;
        Importer::Report result = target.importReporting(jsonl, &lines);
        QVERIFY(result.ok());
        QCOMPARE(result.badRows, 2);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("line 1: \"openid\" holds a control "
                                                       "character (U+0000)")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("line 2: ")), qPrintable(lines.at(1)));
        result = target.importReporting(csv, &lines);
        QVERIFY(result.ok());
        QCOMPARE(result.badRows, 1);
        QVERIFY2(lines.constFirst().contains(
                     QStringLiteral("\"member_id\" holds a control character (U+0000)")),
                 qPrintable(lines.join(u'\n')));
        QCOMPARE(DbSnapshot::rows(target.db(), QStringLiteral("SELECT openid, COALESCE(member_id, "
                                                              "'') FROM accounts ORDER BY openid")),
                 (QStringList{QStringLiteral("o-2|"), QStringLiteral("o-4|M4")}));
    }

    // Sizes have limits (docs/import-format.md): a line over 256 KB is reported without being
    // read into memory and the lines after it still import; props over 16 K characters are
    // refused with their size; a CSV record whose quotes never close stops at the limit too.
    void oversizedLinesAndPropsAreRefused()
    {
        QTemporaryDir dir;
        const QByteArray event("{\"kind\":\"event\",\"appid\":\"wxmp0000000000emu\","
                               "\"openid\":\"o-1\",\"name\":\"view\",\"at\":1772323200000,");
        const QByteArray hugeLine =
            event + "\"props\":{\"x\":\"" + QByteArray(300 * 1024, 'a') + "\"}}\n";
        const QByteArray bigProps = event + "\"id\":\"e2\",\"props\":{\"x\":\"" +
                                    QByteArray(ImportRow::kMaxPropsLength, 'b') + "\"}}\n";
        const QByteArray fits = event + "\"id\":\"e3\",\"props\":{\"x\":\"" +
                                QByteArray(ImportRow::kMaxPropsLength - 10, 'c') + "\"}}\n";
        const QString jsonl = writeFile(dir, QStringLiteral("big.jsonl"),
                                        hugeLine + bigProps + fits +
                                            "{\"kind\":\"user\",\"appid\":\"wxmp0000000000emu\","
                                            "\"openid\":\"o-2\"}\n");
        ImportTarget target;
        QVERIFY(target.opened.isOk());
        QStringList lines;
        Importer::Report result = target.importReporting(jsonl, &lines);
        QVERIFY(result.ok());
        QCOMPARE(result.badRows, 2);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("line 1: the line is longer than 256 KB")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("line 2: \"props\" is 16392 characters "
                                                       "of JSON; an event's props are at most "
                                                       "16384")),
                 qPrintable(lines.at(1)));
        QCOMPARE(target.count(QStringLiteral("events")), 1);
        QCOMPARE(DbSnapshot::rows(target.db(),
                                  QStringLiteral("SELECT openid FROM accounts ORDER BY openid")),
                 (QStringList{QStringLiteral("o-1"), QStringLiteral("o-2")}));

        // A quote opened and never closed: the record stops at the limit, not at the end of
        // the file, and says so.
        QByteArray csv("kind,appid,openid,member_id\nuser,wxmp0000000000emu,o-3,\"M3\n");
        for (int i = 0; i < 3000; ++i)
            csv += QByteArray(100, 'z') + '\n';
        const QString csvPath = writeFile(dir, QStringLiteral("open-quote.csv"), csv);
        result = target.importReporting(csvPath, &lines);
        QVERIFY(result.ok());
        QVERIFY(result.badRows >= 1);
        QVERIFY2(
            lines.constFirst().startsWith(QStringLiteral("line 2: the line is longer than 256 KB")),
            qPrintable(lines.constFirst()));
    }

    void csvSaysTheSameAsJsonLines()
    {
        QTemporaryDir dir;
        const QString jsonl = writeFile(
            dir, QStringLiteral("a.jsonl"),
            QByteArrayLiteral(
                "{\"kind\":\"user\",\"appid\":\"wxmp0000000000emu\",\"openid\":\"o-1\","
                "\"unionid\":\"u-1\",\"member_id\":\"M1\",\"seen_at\":\"2026-03-01T00:00:00Z\"}\n"
                "{\"kind\":\"event\",\"id\":\"e-1\",\"appid\":\"wxmp0000000000emu\",\"openid\":"
                "\"o-1\",\"name\":\"view_item\",\"at\":\"2026-03-01T08:01:00.250+08:00\","
                "\"props\":{\"note\":\"a, \\\"quoted\\\"\\nline\"}}\n"));
        const QString csv = writeFile(
            dir, QStringLiteral("a.csv"),
            QByteArrayLiteral(
                "\xEF\xBB\xBFkind,id,appid,openid,unionid,member_id,seen_at,name,at,props\r\n"
                "user,,wxmp0000000000emu,o-1,u-1,M1,2026-03-01T00:00:00Z,,,\r\n"
                "event,e-1,wxmp0000000000emu,o-1,,,,view_item,2026-03-01T08:01:00.250+08:00,"
                "\"{\"\"note\"\":\"\"a, \\\"\"quoted\\\"\"\\nline\"\"}\"\r\n"));
        ImportTarget fromJson;
        ImportTarget fromCsv;
        QVERIFY(fromJson.opened.isOk() && fromCsv.opened.isOk());
        const Importer::Report a = fromJson.import(jsonl);
        const Importer::Report b = fromCsv.import(csv);
        QVERIFY2(a.ok() && b.ok(), qPrintable(a.summary() + b.summary()));
        QCOMPARE(b.summary(), a.summary());
        const QString events =
            QStringLiteral("SELECT name, occurred_at, props, source_id FROM events");
        QCOMPARE(DbSnapshot::rows(fromCsv.db(), events), DbSnapshot::rows(fromJson.db(), events));
        QCOMPARE(DbSnapshot::accounts(fromCsv.db()), DbSnapshot::accounts(fromJson.db()));
    }

    void csvSplitting()
    {
        QCOMPARE(ImportReader::splitCsv(QStringLiteral("a,\"b,c\",\"d\"\"e\",")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d\"e"),
                              QString()}));
    }

    void timesNeedAnOffset()
    {
        qint64 ms = 0;
        QVERIFY(ImportRow::parseTime(QStringLiteral("2026-03-01T08:00:00+08:00"), &ms));
        QCOMPARE(ms, 1772323200000);
        QVERIFY(ImportRow::parseTime(QStringLiteral("2026-03-01T00:00:00Z"), &ms));
        QCOMPARE(ms, 1772323200000);
        QVERIFY(ImportRow::parseTime(QStringLiteral("1772323200000"), &ms));
        QCOMPARE(ms, 1772323200000);
        QVERIFY(!ImportRow::parseTime(QStringLiteral("2026-03-01T08:00:00"), &ms));
        QVERIFY(!ImportRow::parseTime(QStringLiteral("yesterday"), &ms));
        QVERIFY(!ImportRow::parseTime(QStringLiteral("2026-13-01T08:00:00Z"), &ms));
    }

    void lookupFindsTheProfileByEveryIdentifier()
    {
        QTemporaryDir dir;
        const QString path = writeFile(
            dir, QStringLiteral("people.jsonl"),
            QByteArrayLiteral(
                "{\"kind\":\"user\",\"appid\":\"wxoa0000000000emu\",\"openid\":\"oa-7\","
                "\"unionid\":\"u-7\"}\n"
                "{\"kind\":\"user\",\"appid\":\"wxmp0000000000emu\",\"openid\":\"mp-7\","
                "\"unionid\":\"u-7\",\"member_id\":\"M7\"}\n"
                "{\"kind\":\"event\",\"appid\":\"wxmp0000000000emu\",\"openid\":\"mp-7\","
                "\"name\":\"app_open\",\"at\":1772323200000}\n"
                "{\"kind\":\"user\",\"appid\":\"wxmp0000000000emu\",\"openid\":\"mp-8\"}\n"));
        ImportTarget target;
        QVERIFY(target.opened.isOk());
        QVERIFY(target.import(path).ok());
        QSqlDatabase db = target.db();
        QVERIFY(Sql::exec(db, QStringLiteral("UPDATE accounts SET remark = 'VIP Wang' WHERE "
                                             "openid = 'oa-7'"))
                    .isOk());
        ProfileLookup lookup(db);
        Status status = Status::ok();
        const qint64 person =
            Sql::scalar(db, QStringLiteral("SELECT profile_id FROM accounts WHERE openid = 'oa-7'"))
                .value()
                .toLongLong();
        for (const QString &text :
             {QStringLiteral("oa-7"), QStringLiteral("mp-7"), QStringLiteral("u-7"),
              QStringLiteral("M7"), QStringLiteral("VIP Wang"), QStringLiteral("VIP"),
              QString::number(person), QStringLiteral("  mp-7 ")}) {
            QCOMPARE(lookup.find(text, 10, &status), QList<qint64>{person});
            QVERIFY(status.isOk());
        }
        QVERIFY(lookup.find(QStringLiteral("nobody"), 10, &status).isEmpty());
        ProfileSummary profile;
        QVERIFY(lookup.load(person, &profile, &status));
        QCOMPARE(profile.accounts.size(), 2);
        QCOMPARE(profile.memberId, QStringLiteral("M7"));
        QCOMPARE(profile.eventCount, 1);
        const QJsonObject json = profile.toJson();
        QCOMPARE(json.value(QStringLiteral("accounts")).toArray().size(), 2);
        for (const QString &key :
             {QStringLiteral("appid"), QStringLiteral("kind"), QStringLiteral("openid"),
              QStringLiteral("unionid"), QStringLiteral("subscribed")})
            QVERIFY(
                json.value(QStringLiteral("accounts")).toArray().at(0).toObject().contains(key));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
