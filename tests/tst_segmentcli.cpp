// `wxops segment …` as marketing runs it: count, save, refresh, list, export to CSV (formulas
// escaped) and push to WeChat as a tag, with the real binary against wxemu and a SQLite file.
#include "Emulator.h"
#include "ingest/ImportReader.h"
#include "WxopsCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using Run = WxopsCli::Run;

class TestSegmentCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void countSaveRefreshList();
    void refusesABadDefinition();
    void exportEscapesFormulas();
    void pushTagTagsExactlyTheMembers();

private:
    QString writeFile(const QString &name, const QByteArray &content)
    {
        return WxopsCli::writeFile(m_home, name, content);
    }
    // The expected members, by plain SQL over what the sync wrote.
    QSet<QString> subscribedOpenidsWithUnionid()
    {
        QSet<QString> openids;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
            db.setDatabaseName(m_dbFile);
            db.open();
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT openid FROM accounts WHERE subscribed = 1 AND unionid "
                                  "IS NOT NULL AND unionid <> ''"));
            while (q.next())
                openids.insert(q.value(0).toString());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("x"));
        return openids;
    }
    void execSql(const QString &sql)
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("y"));
            db.setDatabaseName(m_dbFile);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("y"));
    }

    QTemporaryDir m_home;
    Emulator m_emu{{QStringLiteral("--followers"), QStringLiteral("400"), QStringLiteral("--seed"),
                    QStringLiteral("7")}};
    QString m_dbFile;
    std::unique_ptr<WxopsCli> m_cli;
    QString m_definition;
    QSet<QString> m_expected;
};

void TestSegmentCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(m_emu.isRunning(), qPrintable(m_emu.error()));
    m_dbFile = m_home.filePath(QStringLiteral("console.db"));
    m_cli = std::make_unique<WxopsCli>(m_home, QStringLiteral("sqlite:") + m_dbFile);
    const QString setUp = m_cli->addAccountAndSync(m_emu.baseUrl().toString(), Emulator::oaAppid(),
                                                   Emulator::oaSecret());
    QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
    m_definition =
        writeFile(QStringLiteral("vip.json"),
                  R"({"all":[{"account":{"kind":"oa","subscribed":true}},{"has_unionid":true}]})");
    m_expected = subscribedOpenidsWithUnionid();
    QVERIFY(m_expected.size() > 50);
}

void TestSegmentCli::countSaveRefreshList()
{
    const Run count = m_cli->run({QStringLiteral("segment"), QStringLiteral("count"),
                                  QStringLiteral("--definition"), m_definition});
    QVERIFY2(count.exitCode == 0, qPrintable(count.err));
    QVERIFY2(count.out.startsWith(QStringLiteral("%1 profiles (").arg(m_expected.size())),
             qPrintable(count.out));

    const Run save =
        m_cli->run({QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--name"),
                    QStringLiteral("VIP 会员"), QStringLiteral("--definition"), m_definition});
    QVERIFY2(save.exitCode == 0, qPrintable(save.err));
    const Run refresh = m_cli->run(
        {QStringLiteral("segment"), QStringLiteral("refresh"), QStringLiteral("VIP 会员")});
    QVERIFY2(refresh.exitCode == 0, qPrintable(refresh.err));
    QVERIFY2(
        refresh.out.startsWith(
            QStringLiteral("refreshed VIP 会员: %1 members (+%1 -0) in ").arg(m_expected.size())),
        qPrintable(refresh.out));

    const Run list =
        m_cli->run({QStringLiteral("segment"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QJsonArray segments = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(segments.size(), 1);
    QCOMPARE(segments.at(0)[QStringLiteral("name")].toString(), QStringLiteral("VIP 会员"));
    QCOMPARE(segments.at(0)[QStringLiteral("size")].toInteger(), m_expected.size());
}

void TestSegmentCli::refusesABadDefinition()
{
    const QString bad =
        writeFile(QStringLiteral("bad.json"), R"({"any":[{"account":{"kind":"web"}}]})");
    const Run count = m_cli->run(
        {QStringLiteral("segment"), QStringLiteral("count"), QStringLiteral("--definition"), bad});
    QCOMPARE(count.exitCode, 65);
    QVERIFY2(count.err.contains(QStringLiteral("any[0].account.kind: must be \"oa\" or \"mp\"")),
             qPrintable(count.err));
    const Run save =
        m_cli->run({QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--name"),
                    QStringLiteral("bad"), QStringLiteral("--definition"), bad});
    QCOMPARE(save.exitCode, 65);
    const Run missing =
        m_cli->run({QStringLiteral("segment"), QStringLiteral("refresh"), QStringLiteral("bad")});
    QCOMPARE(missing.exitCode, 1);
}

void TestSegmentCli::exportEscapesFormulas()
{
    // Member IDs a spreadsheet would run as formulas, and one that needs quoting.
    execSql(QStringLiteral(
        "UPDATE profiles SET member_id = CASE (SELECT MIN(id) FROM profiles p2 WHERE p2.id >= "
        "profiles.id) % 5 WHEN 0 THEN '=HYPERLINK(\"http://x\")' WHEN 1 THEN '+1' WHEN 2 THEN "
        "'-2' WHEN 3 THEN '@SUM(A1)' ELSE 'M, \"quoted\"' END || '-' || id"));
    const QString csv = m_home.filePath(QStringLiteral("vip.csv"));
    const Run run = m_cli->run({QStringLiteral("segment"), QStringLiteral("export"),
                                QStringLiteral("VIP 会员"), QStringLiteral("--csv"), csv});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_expected.size() + 1);
    const QStringList header = ImportReader::splitCsv(lines.at(0));
    QCOMPARE(header, (QStringList{QStringLiteral("profile_id"), QStringLiteral("member_id"),
                                  QStringLiteral("unionid"),
                                  QStringLiteral("openid_") + Emulator::oaAppid()}));
    QSet<QString> openids;
    int escaped = 0;
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = ImportReader::splitCsv(line);
        QCOMPARE(cells.size(), 4);
        openids.insert(cells.at(3));
        const QString member = cells.at(1);
        QVERIFY2(!QStringLiteral("=+-@").contains(member.at(0)), qPrintable(member));
        if (member.startsWith(QLatin1Char('\''))) {
            QVERIFY(QStringLiteral("=+-@").contains(member.at(1)));
            ++escaped;
        } else {
            QVERIFY2(member.startsWith(QStringLiteral("M, \"quoted\"-")), qPrintable(member));
        }
        QVERIFY(!cells.at(2).isEmpty()); // every member has a unionid
    }
    QCOMPARE(openids, m_expected);
    QVERIFY(escaped > m_expected.size() / 2);
}

void TestSegmentCli::pushTagTagsExactlyTheMembers()
{
    const QStringList push{QStringLiteral("segment"),  QStringLiteral("push-tag"),
                           QStringLiteral("VIP 会员"), QStringLiteral("--appid"),
                           Emulator::oaAppid(),        QStringLiteral("--tag"),
                           QStringLiteral("wxops VIP")};
    const Run first = m_cli->run(push);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QRegularExpression summary(QStringLiteral(
        "^tagged (\\d+) followers with tag wxops VIP \\(id (\\d+)(, created)?\\)\\n$"));
    QRegularExpressionMatch match = summary.match(first.out);
    QVERIFY2(match.hasMatch(), qPrintable(first.out));
    QCOMPARE(match.captured(1).toLongLong(), m_expected.size());
    QCOMPARE(match.captured(3), QStringLiteral(", created"));
    const int tagId = match.captured(2).toInt();

    auto taggedOnWechat = [&] {
        QSet<QString> tagged;
        const QJsonArray followers =
            m_emu.get(QStringLiteral("/_emu/followers"))[QStringLiteral("followers")].toArray();
        for (const QJsonValue &f : followers)
            if (f[QStringLiteral("tags")].toArray().contains(tagId))
                tagged.insert(f[QStringLiteral("openid")].toString());
        return tagged;
    };
    QCOMPARE(taggedOnWechat(), m_expected);

    // Again: the tag is found, not created twice, and the same people carry it.
    const Run second = m_cli->run(push);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    match = summary.match(second.out);
    QVERIFY2(match.hasMatch(), qPrintable(second.out));
    QCOMPARE(match.captured(2).toInt(), tagId);
    QVERIFY(match.captured(3).isEmpty());
    QCOMPARE(taggedOnWechat(), m_expected);
    QVERIFY(!m_cli->stderrSoFar.contains(Emulator::oaSecret()));
}

QTEST_GUILESS_MAIN(TestSegmentCli)
#include "tst_segmentcli.moc"
