// Follower and tag sync against wxemu over real HTTP, on SQLite and PostgreSQL: a full sync
// matches the emulator's population, a re-sync changes nothing, an interrupted sync resumed
// ends identical to an uninterrupted one, and unfollows are detected.
#include "DbSnapshot.h"
#include "storage/Sql.h"
#include "SyncTarget.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QtTest>

namespace {
const int kFollowers = 23000; // three user/get pages of up to 10,000
} // namespace

class TestFollowerSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<FollowerSync::Report>(); }

    void fullSyncMatchesThePopulation()
    {
        Emulator emu({QStringLiteral("--followers"), QString::number(kFollowers),
                      QStringLiteral("--tags"), QStringLiteral("8")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        SyncTarget target(emu);
        QVERIFY2(target.opened.isOk(), qPrintable(target.opened.message()));

        const FollowerSync::Report report = target.sync();
        QVERIFY2(report.ok(), qPrintable(report.apiError.summary() + report.status.message()));
        QCOMPARE(report.end(), FollowerSync::Report::End::Completed);

        // Every subscribed follower of the emulator, with its unionid, remark and tags.
        QStringList expected;
        const QJsonArray truth =
            emu.get(QStringLiteral("/_emu/followers")).value(QStringLiteral("followers")).toArray();
        QCOMPARE(truth.size(), kFollowers);
        qint64 subscribed = 0;
        for (const QJsonValue &v : truth) {
            const QJsonObject f = v.toObject();
            if (!f.value(QStringLiteral("subscribed")).toBool())
                continue; // never listed by user/get, so never seen by us
            ++subscribed;
            QStringList tags;
            QList<int> ids;
            for (const QJsonValue &t : f.value(QStringLiteral("tags")).toArray())
                ids << t.toInt();
            std::sort(ids.begin(), ids.end());
            for (int id : ids)
                tags << QString::number(id);
            expected << QStringLiteral("%1|%2|1|%3|%4")
                            .arg(f.value(QStringLiteral("openid")).toString(),
                                 f.value(QStringLiteral("unionid")).toString(),
                                 tags.join(QLatin1Char(',')),
                                 f.value(QStringLiteral("remark")).toString());
        }
        expected.sort();
        QStringList actual = DbSnapshot::rows(
            target.db(), QStringLiteral("SELECT openid, COALESCE(unionid, ''), subscribed, "
                                        "COALESCE(tagid_list, ''), COALESCE(remark, '') FROM "
                                        "accounts"));
        actual.sort();
        QCOMPARE(actual.size(), expected.size());
        QCOMPARE(actual, expected);
        QCOMPARE(report.followers, subscribed);
        QCOMPARE(report.subscribed, subscribed);

        // The tags as a relation, and the tag list with the emulator's counts.
        const QJsonObject population = emu.get(QStringLiteral("/_emu/population"));
        const QJsonObject counts = population.value(QStringLiteral("tags")).toObject();
        const QJsonObject names = population.value(QStringLiteral("tag_names")).toObject();
        // tags/get also lists WeChat's own "星标组" (id 2).
        QCOMPARE(DbSnapshot::count(target.db(), QStringLiteral("SELECT COUNT(*) FROM tags")),
                 qint64(counts.size()) + 1);
        QCOMPARE(DbSnapshot::rows(target.db(), QStringLiteral("SELECT name FROM tags WHERE tag_id "
                                                              "= 2")),
                 QStringList{QStringLiteral("星标组")});
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            const QString id = it.key();
            QCOMPARE(DbSnapshot::rows(
                         target.db(),
                         QStringLiteral("SELECT name FROM tags WHERE tag_id = %1").arg(id.toInt())),
                     QStringList{names.value(id).toString()});
            QCOMPARE(DbSnapshot::count(target.db(),
                                       QStringLiteral("SELECT COUNT(*) FROM account_tags x JOIN "
                                                      "tags t ON t.id = x.tag_ref WHERE t.tag_id "
                                                      "= %1")
                                           .arg(id.toInt())),
                     qint64(it.value().toInt()));
        }
        // One profile per follower (no two OA followers share a unionid).
        QCOMPARE(DbSnapshot::count(target.db(), QStringLiteral("SELECT COUNT(*) FROM profiles")),
                 subscribed);
        QCOMPARE(emu.count(QStringLiteral("/cgi-bin/token")), 0);
    }

    void resyncOfAnUnchangedAccountChangesNothing()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("4000")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        SyncTarget target(emu);
        QVERIFY(target.opened.isOk());
        QVERIFY(target.sync().ok());
        const QStringList before =
            DbSnapshot::rows(target.db(), QStringLiteral("SELECT * FROM accounts ORDER BY id"));
        const QStringList linksBefore = DbSnapshot::rows(
            target.db(), QStringLiteral("SELECT * FROM identity_links ORDER BY id"));
        const FollowerSync::Report again = target.sync();
        QVERIFY(again.ok());
        QCOMPARE(again.changed, 0);
        QCOMPARE(again.unsubscribed, 0);
        QCOMPARE(
            DbSnapshot::rows(target.db(), QStringLiteral("SELECT * FROM accounts ORDER BY id")),
            before);
        QCOMPARE(DbSnapshot::rows(target.db(),
                                  QStringLiteral("SELECT * FROM identity_links ORDER BY id")),
                 linksBefore);
    }

    void interruptedSyncResumesToTheSameResult()
    {
        // Latency and faults make the interruptions land in different places: while a page is
        // listed, while details are fetched, between pages.
        Emulator emu({QStringLiteral("--followers"), QString::number(kFollowers),
                      QStringLiteral("--latency-ms"), QStringLiteral("3"),
                      QStringLiteral("--fault-rate"), QStringLiteral("0.05"),
                      QStringLiteral("--faults"), QStringLiteral("busy,http500,reset")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        SyncTarget whole(emu);
        QVERIFY(whole.opened.isOk());
        QVERIFY(whole.sync().ok());

        SyncTarget pieces(emu);
        QVERIFY(pieces.opened.isOk());
        QRandomGenerator random(20261124);
        int interruptions = 0;
        FollowerSync::Report report;
        // Twelve interruptions at random points, then a run to the end: on a loaded machine a
        // run cut after 30-400 ms may write nothing, and the test is about resuming, not speed.
        const int kInterruptions = 12;
        for (int attempt = 0; attempt <= kInterruptions; ++attempt) {
            report = pieces.sync(interruptions < kInterruptions ? random.bounded(30, 400) : -1);
            if (report.ok())
                break;
            QVERIFY2(report.cancelled, qPrintable(report.apiError.summary()));
            QCOMPARE(report.end(), FollowerSync::Report::End::Cancelled);
            ++interruptions;
        }
        QVERIFY(report.ok());
        QVERIFY2(interruptions >= 2, "the sync was not interrupted: make the emulator slower");
        QCOMPARE(report.followers, whole.sync().followers);
        QCOMPARE(DbSnapshot::accounts(pieces.db()), DbSnapshot::accounts(whole.db()));
        QCOMPARE(DbSnapshot::partition(pieces.db()), DbSnapshot::partition(whole.db()));
        QCOMPARE(
            DbSnapshot::count(pieces.db(), QStringLiteral("SELECT COUNT(*) FROM account_tags")),
            DbSnapshot::count(whole.db(), QStringLiteral("SELECT COUNT(*) FROM account_tags")));
        QCOMPARE(
            DbSnapshot::count(pieces.db(), QStringLiteral("SELECT COUNT(*) FROM sync_listing")), 0);
    }

    void dailyQuotaStopsAndTheNextRunContinues()
    {
        Emulator emu({QStringLiteral("--followers"), QString::number(kFollowers),
                      QStringLiteral("--quota"),
                      QStringLiteral("/cgi-bin/user/info/batchget=150")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        SyncTarget target(emu);
        QVERIFY(target.opened.isOk());
        const FollowerSync::Report stopped = target.sync();
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.apiError.errcode, 45009);
        QCOMPARE(stopped.end(), FollowerSync::Report::End::StoppedByWechat);
        QCOMPARE(stopped.followers, 10000); // the first page was written, the second was not
        emu.configure({{QStringLiteral("quota"),
                        QJsonObject{{QStringLiteral("/cgi-bin/user/info/batchget"), 100000}}}});
        const int listCallsBefore = emu.count(QStringLiteral("/cgi-bin/user/get"));
        const FollowerSync::Report resumed = target.sync();
        QVERIFY2(resumed.ok(), qPrintable(resumed.apiError.summary()));
        // It went on from the second page instead of listing from the start.
        QCOMPARE(emu.count(QStringLiteral("/cgi-bin/user/get")) - listCallsBefore, 3);
        QCOMPARE(resumed.subscribed, emu.get(QStringLiteral("/_emu/population"))
                                         .value(QStringLiteral("subscribed"))
                                         .toInt());
    }

    // A listing whose next_openid comes back to a page it gave stops with words instead of
    // running forever; what was fetched is kept.
    void aLoopingFollowerListStops()
    {
        Emulator emu({QStringLiteral("--followers"), QString::number(kFollowers)});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        emu.configure({{QStringLiteral("loop_followers"), true}});
        SyncTarget target(emu);
        QVERIFY(target.opened.isOk());
        const FollowerSync::Report report = target.sync();
        QVERIFY(!report.ok());
        QCOMPARE(report.apiError.kind, ApiError::Kind::BadReply);
        QVERIFY2(report.apiError.errmsg.contains(QStringLiteral("loops")),
                 qPrintable(report.apiError.errmsg));
        QCOMPARE(report.followers, 10000); // the first page, written once
        QCOMPARE(emu.count(QStringLiteral("/cgi-bin/user/get")), 2);
    }

    // A reply of 50 MB is stopped at 32 MB; a reply whose JSON stops midway is a bad reply
    // with the place it stopped. Neither is retried, neither writes anything.
    void oversizedAndCutRepliesAreRefused_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("says");
        QTest::newRow("50 MB") << QStringLiteral("huge-reply")
                               << QStringLiteral("larger than 32 MB");
        QTest::newRow("cut mid-JSON")
            << QStringLiteral("cut-json") << QStringLiteral("not a JSON object");
    }
    void oversizedAndCutRepliesAreRefused()
    {
        QFETCH(QString, fault);
        QFETCH(QString, says);
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("300")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        SyncTarget target(emu);
        QVERIFY(target.opened.isOk());
        emu.configure(
            {{QStringLiteral("fault_rate"), 1.0}, {QStringLiteral("faults"), QJsonArray{fault}}});
        const FollowerSync::Report report = target.sync();
        QVERIFY(!report.ok());
        QCOMPARE(report.apiError.kind, ApiError::Kind::BadReply);
        QVERIFY2(report.apiError.errmsg.contains(says), qPrintable(report.apiError.errmsg));
        QCOMPARE(report.followers, 0);
        QCOMPARE(DbSnapshot::count(target.db(), QStringLiteral("SELECT COUNT(*) FROM accounts")),
                 0);
    }

    void unfollowsAreDetected()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("3000")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        SyncTarget target(emu);
        QVERIFY(target.opened.isOk());
        QVERIFY(target.sync().ok());
        const QStringList gone =
            DbSnapshot::rows(target.db(), QStringLiteral("SELECT openid FROM accounts ORDER BY "
                                                         "openid LIMIT 3"));
        for (const QString &openid : gone)
            emu.post(QStringLiteral("/_emu/unsubscribe"), {{QStringLiteral("openid"), openid}});
        const FollowerSync::Report report = target.sync();
        QVERIFY(report.ok());
        QCOMPARE(report.unsubscribed, 3);
        QCOMPARE(
            DbSnapshot::rows(target.db(),
                             QStringLiteral("SELECT openid FROM accounts WHERE subscribed = 0 "
                                            "AND unsubscribed_at IS NOT NULL ORDER BY openid")),
            gone);
        // Unfollowing is not forgetting: the accounts and their profiles stay.
        QCOMPARE(DbSnapshot::count(target.db(), QStringLiteral("SELECT COUNT(*) FROM accounts")),
                 report.subscribed + 3);
    }

    void aResumedResyncWithChangesStillFindsExactlyTheUnfollows()
    {
        // A run lists only the accounts it did not write: a first run lists nothing, and a
        // re-sync lists the unchanged ones. Unfollow detection must hold across both, resumed.
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("25000"),
                      QStringLiteral("--latency-ms"), QStringLiteral("3")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        SyncTarget target(emu);
        QVERIFY(target.opened.isOk());
        QVERIFY(target.sync(-1, 1).cancelled);
        QVERIFY(DbSnapshot::count(target.db(), QStringLiteral("SELECT COUNT(*) FROM accounts")) >=
                10000);
        QCOMPARE(
            DbSnapshot::count(target.db(), QStringLiteral("SELECT COUNT(*) FROM sync_listing")), 0);
        QVERIFY(target.sync().ok());

        // Every fourth account differs locally, so the next run rewrites those and lists the rest.
        QVERIFY(Sql::exec(target.db(),
                          QStringLiteral("UPDATE accounts SET remark = 'stale' WHERE id % 4 = 0"))
                    .isOk());
        const QStringList gone = DbSnapshot::rows(
            target.db(), QStringLiteral("SELECT openid FROM accounts WHERE id IN (3, 4, 8, 20001) "
                                        "ORDER BY openid"));
        QCOMPARE(gone.size(), 4);
        for (const QString &openid : gone)
            emu.post(QStringLiteral("/_emu/unsubscribe"), {{QStringLiteral("openid"), openid}});

        QRandomGenerator random(20261130);
        FollowerSync::Report report;
        int interruptions = 0;
        for (int attempt = 0; attempt < 40 && !report.ok(); ++attempt) {
            report = target.sync(interruptions < 3 ? random.bounded(50, 300) : -1);
            interruptions += report.cancelled ? 1 : 0;
        }
        QVERIFY(report.ok());
        QVERIFY(interruptions >= 1);
        QCOMPARE(report.unsubscribed, 4);
        QCOMPARE(DbSnapshot::rows(target.db(),
                                  QStringLiteral("SELECT openid FROM accounts WHERE subscribed = "
                                                 "0 ORDER BY openid")),
                 gone);
        QCOMPARE(DbSnapshot::count(target.db(), QStringLiteral("SELECT COUNT(*) FROM accounts "
                                                               "WHERE remark = 'stale' AND "
                                                               "subscribed = 1")),
                 0);
        QCOMPARE(
            DbSnapshot::count(target.db(), QStringLiteral("SELECT COUNT(*) FROM sync_listing")), 0);
    }
};

QTEST_GUILESS_MAIN(TestFollowerSync)
#include "tst_followersync.moc"
