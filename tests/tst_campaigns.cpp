// Campaigns against wxemu over real HTTP, on SQLite and PostgreSQL: the outbox is materialised
// with the right exclusions, a run sends each recipient once and leaves every row final, a bad
// template stops after one failure, the daily quota pauses and the campaign resumes, injected
// faults still deliver everyone exactly once, and rows a crash left in flight are never re-sent
// unless staff ask.
#include "DbSnapshot.h"
#include "ExpectOk.h"
#include "messaging/CampaignRun.h"
#include "messaging/CampaignStore.h"
#include "messaging/OutboxRunner.h"
#include "messaging/SendWindow.h"
#include "PointsCampaign.h"
#include "segments/SegmentStore.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"
#include "SyncTarget.h"

#include <QJsonArray>
#include <QtTest>

namespace {
const QString kActor = QStringLiteral("tester");

// A synced Official Account, a segment of everyone and campaigns over it.
struct CampaignTarget : SyncTarget
{
    explicit CampaignTarget(Emulator &emulator) : SyncTarget(emulator), emu(emulator)
    {
        if (opened.isOk() && !sync().ok())
            opened = Status::failure(QStringLiteral("the sync failed"));
        qint64 segmentId = 0;
        if (opened.isOk())
            opened = SegmentStore(db(), Clock::system())
                         .create(QStringLiteral("everyone"), "{\"all\": []}", &segmentId);
    }

    qint64 create(const QJsonObject &overrides = {})
    {
        const QJsonObject json = pointsCampaignJson(overrides);
        CampaignDefinition definition;
        qint64 id = 0;
        if (!CampaignDefinition::parse(QJsonDocument(json).toJson(), &definition).isOk() ||
            !store().create(definition, kActor, &id).isOk())
            return 0;
        return id;
    }
    CampaignStore store() { return CampaignStore(db(), Clock::system()); }
    CampaignStore::Counts counts(qint64 id)
    {
        CampaignStore::Counts c;
        EXPECT_OK(store().counts(id, &c));
        return c;
    }
    // A run to its end (on `clock`, real time by default).
    OutboxRunner::Report run(qint64 id, const Clock &clock = Clock::system())
    {
        return runCampaign(id, app, clock);
    }
    // What wxemu was asked: valid send requests per openid, duplicates included.
    QHash<QString, int> requests()
    {
        QHash<QString, int> byOpenid;
        const QJsonObject json = emu.get(QStringLiteral("/_emu/messages"))
                                     .value(QStringLiteral("send_requests"))
                                     .toObject();
        for (auto it = json.constBegin(); it != json.constEnd(); ++it)
            byOpenid.insert(it.key(), it.value().toInt());
        return byOpenid;
    }
    // What it accepted as messages (its de-duplication applied), per openid.
    QHash<QString, int> delivered()
    {
        QHash<QString, int> byOpenid;
        for (const QJsonValue &m :
             emu.get(QStringLiteral("/_emu/messages")).value(QStringLiteral("messages")).toArray())
            ++byOpenid[m.toObject().value(QStringLiteral("touser")).toString()];
        return byOpenid;
    }
    QStringList openids(qint64 campaign, const QString &where)
    {
        return DbSnapshot::rows(
            db(), QStringLiteral("SELECT a.openid FROM deliveries d JOIN accounts a ON a.id = "
                                 "d.account_id WHERE d.campaign_id = %1 AND %2 ORDER BY a.openid")
                      .arg(campaign)
                      .arg(where));
    }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        return Sql::exec(db(), sql, values).isOk();
    }

    Emulator &emu;
};
} // namespace

class TestCampaigns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<FollowerSync::Report>();
        qRegisterMetaType<OutboxRunner::Report>();
        qRegisterMetaType<OutboxRunner::Progress>();
    }

    void definitionsAreCheckedFieldByField()
    {
        CampaignDefinition d;
        const auto error = [&d](const char *json) {
            return CampaignDefinition::parse(json, &d).message();
        };
        QVERIFY(error("[1]").contains(QStringLiteral("not a JSON object")));
        QVERIFY(error(R"({"appid":"a","segment":"s","channel":"template"})").contains("\"name\""));
        QVERIFY(error(R"({"name":"n","appid":"a","segment":"s","channel":"pigeon"})")
                    .contains(QStringLiteral("\"channel\"")));
        QVERIFY(error(R"({"name":"n","appid":"a","segment":"s","channel":"mass"})")
                    .contains(QStringLiteral("\"mpnews_media_id\"")));
        QVERIFY(error(R"({"name":"n","appid":"a","segment":"s","channel":"mass",
                          "text":"Hi {{member_id}}"})")
                    .contains(QStringLiteral("per-person")));
        QVERIFY(error(R"({"name":"n","appid":"a","segment":"s","channel":"mass",
                          "text":"Hi","batch_size":1})")
                    .contains(QStringLiteral("\"batch_size\"")));
        QVERIFY(error(R"({"name":"n","appid":"a","segment":"s","channel":"mass","text":"Hi",
                          "tag_id":101})")
                    .contains(QStringLiteral("leave the segment out")));
        QVERIFY(error(R"({"name":"n","appid":"a","channel":"mass","text":"Hi"})")
                    .contains(QStringLiteral("\"segment\"")));
        QVERIFY(error(R"({"name":"n","appid":"a","segment":"s","channel":"custom"})")
                    .contains(QStringLiteral("\"card\"")));
        QVERIFY(error(R"({"name":"n","appid":"a","segment":"s","channel":"custom",
                          "card":{"title":"t","appid":"wxmp"}})")
                    .contains(QStringLiteral("\"thumb_media_id\"")));
        QVERIFY(error(R"({"name":"n","appid":"a","segment":"s","channel":"subscribe",
                          "template_id":"t","fields":{"k":"v"},"page":"/pages/x"})")
                    .contains(QStringLiteral("\"page\"")));
        QVERIFY(error(R"({"name":"n","appid":"a","segment":"s","channel":"subscribe",
                          "template_id":"t","fields":{"k":"v"},"miniprogram_state":"beta"})")
                    .contains(QStringLiteral("\"miniprogram_state\"")));
        // Each channel's choices survive the trip through JSON (the stored form).
        for (const char *json :
             {R"({"name":"n","appid":"a","segment":"s","channel":"custom","text":"Hi {{remark}}"})",
              R"({"name":"n","appid":"a","segment":"s","channel":"custom","card":{"title":"t",
                  "appid":"wxmp","pagepath":"pages/a","thumb_media_id":"m"}})",
              R"({"name":"n","appid":"a","segment":"s","channel":"subscribe","template_id":"t",
                  "fields":{"k":"v"},"page":"pages/a","miniprogram_state":"trial"})",
              R"({"name":"n","appid":"a","segment":"s","channel":"mass","mpnews_media_id":"m",
                  "batch_size":500})",
              R"({"name":"n","appid":"a","channel":"mass","text":"t","tag_id":101})"}) {
            CampaignDefinition first, second;
            QVERIFY2(CampaignDefinition::parse(json, &first).isOk(), json);
            QVERIFY(
                CampaignDefinition::parse(QJsonDocument(first.toJson()).toJson(), &second).isOk());
            QCOMPARE(second.toJson(), first.toJson());
        }
        QVERIFY(error(R"({"name":"n","appid":"a","segment":"s","channel":"template",
                          "template_id":"t"})")
                    .contains(QStringLiteral("\"fields\"")));
        QVERIFY(error(R"({"name":"n","appid":"a","segment":"s","channel":"template",
                          "template_id":"t","fields":{"k":"v"},"rate_per_second":0})")
                    .contains(QStringLiteral("\"rate_per_second\"")));
        QVERIFY(error(R"({"name":"n","appid":"a","segment":"s","channel":"template",
                          "template_id":"t","fields":{"k":"v"},"miniprogram":{"appid":"x"}})")
                    .contains(QStringLiteral("\"miniprogram\"")));
        QVERIFY(CampaignDefinition::parse(R"({"name":"n","appid":"a","segment":"s",
                "channel":"template","template_id":"t","fields":{"k":"{{member_id|friend}}"},
                "frequency_cap":{"messages":2,"days":7}})",
                                          &d)
                    .isOk());
        QCOMPARE(d.capMessages, 2);
        QCOMPARE(d.ratePerSecond, 20.0);
        MessageRenderer renderer(d);
        QCOMPARE(renderer.fields({1, QStringLiteral("o1"), QString(), QString()})
                     .value(QStringLiteral("k")),
                 QStringLiteral("friend"));
        QCOMPARE(MessageRenderer::fill(QStringLiteral("<b>{{member_id}}</b> {{remark}}"),
                                       {7, QStringLiteral("o"), QStringLiteral("M7"), QString()}),
                 QStringLiteral("<b>M7</b> "));
        // A mass call carries up to 10,000 openids: by default one every two seconds.
        QVERIFY(CampaignDefinition::parse(R"({"name":"n","appid":"a","segment":"s",
                "channel":"mass","text":"t"})",
                                          &d)
                    .isOk());
        QCOMPARE(d.ratePerSecond, 0.5);
    }

    // Bounds (docs/campaigns.md): refused before anything is stored, naming the field, its
    // length and the limit; a value at the limit passes.
    void sizesHaveLimits()
    {
        auto definition = [](const QString &name, const QString &field, int fields = 1) {
            QJsonObject fieldTexts;
            for (int i = 0; i < fields; ++i)
                fieldTexts.insert(QStringLiteral("k%1").arg(i), field);
            return QJsonDocument(
                       QJsonObject{{QStringLiteral("name"), name},
                                   {QStringLiteral("appid"), QStringLiteral("a")},
                                   {QStringLiteral("segment"), QStringLiteral("s")},
                                   {QStringLiteral("channel"), QStringLiteral("template")},
                                   {QStringLiteral("template_id"), QStringLiteral("t")},
                                   {QStringLiteral("fields"), fieldTexts}})
                .toJson();
        };
        CampaignDefinition d;
        QCOMPARE(
            CampaignDefinition::parse(definition(QString(1024 * 1024, u'n'), "v"), &d).message(),
            QStringLiteral("\"name\": 1048576 characters; at most 100."));
        QVERIFY(CampaignDefinition::parse(definition(QString(100, u'名'), "v"), &d).isOk());
        QCOMPARE(CampaignDefinition::parse(definition("n", QString(201, u'x')), &d).message(),
                 QStringLiteral("\"fields.k0\": 201 characters; at most 200."));
        QVERIFY(CampaignDefinition::parse(definition("n", QString(200, u'x')), &d).isOk());
        QCOMPARE(CampaignDefinition::parse(definition("n", "v", 31), &d).message(),
                 QStringLiteral("\"fields\": 31 fields; a template has at most 30."));
        // Keys are WeChat's (keyword1, thing2): another key cannot be a template's field, and
        // QJsonObject mislooks up some keys beyond the BMP (found by fuzz_renderer).
        for (const QString &key : {QStringLiteral("thing 1"), QStringLiteral("1st"),
                                   QString::fromUtf8("k\xf3\xb1\xb1\xb1")}) {
            const QByteArray bad =
                QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("n")},
                                          {QStringLiteral("appid"), QStringLiteral("a")},
                                          {QStringLiteral("segment"), QStringLiteral("s")},
                                          {QStringLiteral("channel"), QStringLiteral("template")},
                                          {QStringLiteral("template_id"), QStringLiteral("t")},
                                          {QStringLiteral("fields"),
                                           QJsonObject{{key, QStringLiteral("v")}}}})
                    .toJson();
            const QString why = CampaignDefinition::parse(bad, &d).message();
            QVERIFY2(why.contains(QStringLiteral("is not a template field's key")),
                     qPrintable(why));
        }
        QVERIFY(CampaignDefinition::isFieldKey(QStringLiteral("character_string1")));
        const QByteArray longText =
            QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("n")},
                                      {QStringLiteral("appid"), QStringLiteral("a")},
                                      {QStringLiteral("segment"), QStringLiteral("s")},
                                      {QStringLiteral("channel"), QStringLiteral("custom")},
                                      {QStringLiteral("text"), QString(2001, u't')}})
                .toJson();
        QCOMPARE(CampaignDefinition::parse(longText, &d).message(),
                 QStringLiteral("\"text\": 2001 characters; at most 2000."));
    }

    void theSendWindowDefersToTheScheduleAndPastQuietHours()
    {
        CampaignDefinition d;
        QVERIFY(CampaignDefinition::parse(R"({"name":"n","appid":"a","segment":"s",
                "channel":"template","template_id":"t","fields":{"k":"v"},
                "quiet_hours":{"from":"22:00","to":"08:00"}})",
                                          &d)
                    .isOk());
        const auto beijing = [](const char *text) {
            return QDateTime::fromString(QLatin1String(text), Qt::ISODate).toMSecsSinceEpoch();
        };
        const qint64 noon = beijing("2026-12-01T12:00:00+08:00");
        QCOMPARE(SendWindow::nextAllowed(noon, d), noon);
        QCOMPARE(SendWindow::nextAllowed(beijing("2026-12-01T23:30:00+08:00"), d),
                 beijing("2026-12-02T08:00:00+08:00"));
        QCOMPARE(SendWindow::nextAllowed(beijing("2026-12-02T07:59:00+08:00"), d),
                 beijing("2026-12-02T08:00:00+08:00"));
        QCOMPARE(SendWindow::nextAllowed(beijing("2026-12-01T22:00:00+08:00"), d),
                 beijing("2026-12-02T08:00:00+08:00"));
        // A scheduled start: no earlier, and not into the quiet hours either.
        d.scheduledAt = beijing("2026-12-03T10:00:00+08:00");
        QCOMPARE(SendWindow::nextAllowed(noon, d), d.scheduledAt);
        d.scheduledAt = beijing("2026-12-03T23:00:00+08:00");
        QCOMPARE(SendWindow::nextAllowed(noon, d), beijing("2026-12-04T08:00:00+08:00"));
        // Quiet hours within a day.
        d = CampaignDefinition{};
        d.quietFrom = SendWindow::minuteOfDay(QStringLiteral("12:00"));
        d.quietTo = SendWindow::minuteOfDay(QStringLiteral("13:30"));
        QCOMPARE(SendWindow::nextAllowed(beijing("2026-12-01T12:45:00+08:00"), d),
                 beijing("2026-12-01T13:30:00+08:00"));
        QCOMPARE(SendWindow::nextAllowed(beijing("2026-12-01T13:30:00+08:00"), d),
                 beijing("2026-12-01T13:30:00+08:00"));
        QCOMPARE(SendWindow::minuteOfDay(QStringLiteral("24:00")), -1);
        QVERIFY(CampaignDefinition::parse(R"({"name":"n","appid":"a","segment":"s",
                "channel":"template","template_id":"t","fields":{"k":"v"},
                "quiet_hours":{"from":"22:00","to":"22:00"}})",
                                          &d)
                    .message()
                    .contains(QStringLiteral("\"quiet_hours\"")));
        QVERIFY(CampaignDefinition::parse(R"({"name":"n","appid":"a","segment":"s",
                "channel":"template","template_id":"t","fields":{"k":"v"},
                "start_at":"tomorrow"})",
                                          &d)
                    .message()
                    .contains(QStringLiteral("\"start_at\"")));
    }

    void aRunWaitsForItsStartAndOutOfQuietHoursThenSends()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("80")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        CampaignTarget t(emu);
        QVERIFY2(t.opened.isOk(), qPrintable(t.opened.message()));
        // 21:59:59 in Beijing; the campaign starts at 21:30 and is quiet from 22:00 to 08:00.
        ManualClock clock(
            QDateTime::fromString(QStringLiteral("2026-12-01T21:59:59+08:00"), Qt::ISODate));
        const qint64 id =
            t.create({{QStringLiteral("start_at"), QStringLiteral("2026-12-01T21:30:00+08:00")},
                      {QStringLiteral("quiet_hours"),
                       QJsonObject{{QStringLiteral("from"), QStringLiteral("22:00")},
                                   {QStringLiteral("to"), QStringLiteral("08:00")}}},
                      {QStringLiteral("rate_per_second"), 20}});
        QVERIFY(id > 0);
        QVERIFY(t.store().start(id, kActor).isOk());
        const qint64 recipients = t.counts(id).count(DeliveryState::Pending);
        WechatClient client(t.app, t.secrets, Clock::system(), testPolicy());
        OutboxRunner runner(t.db(), id, client, clock);
        QSignalSpy finished(&runner, &OutboxRunner::finished);
        QSignalSpy progressed(&runner, &OutboxRunner::progressed);
        // The clock runs at real speed until the quiet hours begin.
        QTimer tick;
        tick.callOnTimeout([&] { clock.advanceMsecs(10); });
        tick.start(10);
        runner.start();
        QVERIFY(QTest::qWaitFor([&] { return t.requests().size() > 0; }, 5000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !progressed.isEmpty() && progressed.constLast()
                                                        .constFirst()
                                                        .value<OutboxRunner::Progress>()
                                                        .waitingUntil > 0;
            },
            5000));
        tick.stop();
        const qint64 sentBeforeQuiet = t.requests().size();
        QVERIFY(sentBeforeQuiet < recipients);
        QTest::qWait(1500);
        QCOMPARE(t.requests().size(), sentBeforeQuiet); // deferred, not dropped
        QCOMPARE(progressed.constLast().constFirst().value<OutboxRunner::Progress>().waitingUntil,
                 QDateTime::fromString(QStringLiteral("2026-12-02T08:00:00+08:00"), Qt::ISODate)
                     .toMSecsSinceEpoch());
        QVERIFY(finished.isEmpty());
        // Morning: the rest goes out.
        clock.advanceMsecs(10LL * 3600 * 1000);
        tick.start(10);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().constFirst().value<OutboxRunner::Report>().state,
                 CampaignState::Finished);
        QCOMPARE(t.requests().size(), recipients);
    }

    void startMaterialisesRecipientsWithTheirExclusions()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("300")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        CampaignTarget t(emu);
        QVERIFY2(t.opened.isOk(), qPrintable(t.opened.message()));
        const qint64 subscribed = DbSnapshot::count(
            t.db(), QStringLiteral("SELECT COUNT(*) FROM accounts WHERE subscribed = 1"));
        const qint64 accounts =
            DbSnapshot::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM accounts"));
        // Profiles by account id, so each exclusion lands on a known person.
        const auto profile = [&t](int accountRank) {
            return DbSnapshot::count(t.db(), QStringLiteral("SELECT profile_id FROM accounts "
                                                            "WHERE subscribed = 1 ORDER BY id "
                                                            "LIMIT 1 OFFSET %1")
                                                 .arg(accountRank));
        };
        const qint64 now = Clock::system().nowMsecs();
        const qint64 day = 24LL * 3600 * 1000;
        // Opted out: 2 of everything, 1 of template messages, 1 of mass only (still sent).
        for (int rank : {0, 1})
            QVERIFY(t.exec(QStringLiteral("INSERT INTO opt_outs (profile_id, channel, actor, "
                                          "created_at) VALUES (?, 'all', 'support', ?)"),
                           {profile(rank), now}));
        QVERIFY(t.exec(QStringLiteral("INSERT INTO opt_outs (profile_id, channel, actor, "
                                      "created_at) VALUES (?, 'template', 'support', ?)"),
                       {profile(2), now}));
        QVERIFY(t.exec(QStringLiteral("INSERT INTO opt_outs (profile_id, channel, actor, "
                                      "created_at) VALUES (?, 'mass', 'support', ?)"),
                       {profile(3), now}));
        // Frequency cap of 2 in 7 days: ranks 10-12 got 2 this week; 13 got 2 three weeks
        // ago; 14 got 1 this week. (One row per campaign and account: two earlier campaigns.)
        const qint64 earlier = t.create({{QStringLiteral("name"), QStringLiteral("Earlier")}});
        const qint64 earlier2 = t.create({{QStringLiteral("name"), QStringLiteral("Earlier 2")}});
        QVERIFY(earlier > 0 && earlier2 > 0);
        const auto sentIn = [&](qint64 campaign, int rank, qint64 at) {
            return t.exec(QStringLiteral("INSERT INTO deliveries (campaign_id, account_id, "
                                         "profile_id, state, client_msg_id, updated_at, sent_at) "
                                         "SELECT ?, id, profile_id, 'sent', 'x', ?, ? FROM "
                                         "accounts WHERE profile_id = ?"),
                          {campaign, at, at, profile(rank)});
        };
        for (int rank : {10, 11, 12, 13}) {
            const qint64 at = rank == 13 ? now - 21 * day : now - day;
            QVERIFY(sentIn(earlier, rank, at) && sentIn(earlier2, rank, at));
        }
        QVERIFY(sentIn(earlier, 14, now - day));
        // On the account's blacklist: WeChat would refuse it, so it is skipped as such.
        QVERIFY(t.exec(QStringLiteral("UPDATE accounts SET blocked = 1 WHERE profile_id = ?"),
                       {profile(20)}));
        // Unsubscribed locally (also opted out: the first reason wins).
        QVERIFY(t.exec(QStringLiteral("UPDATE accounts SET subscribed = 0 WHERE profile_id = ?"),
                       {profile(0)}));
        // A person with only a Mini Program account: no delivery, an exclusion.
        AppConfig mp;
        mp.appid = Emulator::mpAppid();
        mp.name = QStringLiteral("MP");
        mp.kind = AppConfig::Kind::MiniProgram;
        QVERIFY(AppRepository(t.db()).insert(mp).isOk());
        const qint64 mpProfile =
            Sql::scalar(t.db(),
                        QStringLiteral("INSERT INTO profiles (created_at, updated_at) "
                                       "VALUES (?, ?) RETURNING id"),
                        {now, now})
                .value()
                .toLongLong();
        QVERIFY(t.exec(QStringLiteral("INSERT INTO accounts (app_id, openid, profile_id, "
                                      "subscribed, first_seen, last_seen) VALUES (?, 'mp-1', ?, "
                                      "0, ?, ?)"),
                       {AppRepository(t.db()).rowId(mp.appid), mpProfile, now, now}));

        const qint64 id =
            t.create({{QStringLiteral("frequency_cap"),
                       QJsonObject{{QStringLiteral("messages"), 2}, {QStringLiteral("days"), 7}}}});
        QVERIFY(id > 0);
        CampaignStore::Counts counts;
        const Status started = t.store().start(id, kActor, &counts);
        QVERIFY2(started.isOk(), qPrintable(started.message()));
        QCOMPARE(counts.total(), accounts); // one row per OA account of the segment
        QCOMPARE(counts.byReason.value(QStringLiteral("unsubscribed")), accounts - subscribed + 1);
        QCOMPARE(counts.byReason.value(QStringLiteral("opted_out")), 2);     // ranks 1 and 2
        QCOMPARE(counts.byReason.value(QStringLiteral("frequency_cap")), 3); // ranks 10-12
        QCOMPARE(counts.byReason.value(QStringLiteral("no_account")), 1);
        QCOMPARE(counts.byReason.value(QStringLiteral("blocked")), 1); // rank 20
        QCOMPARE(counts.count(DeliveryState::Pending), subscribed - 1 - 2 - 3 - 1);
        QCOMPARE(counts.count(DeliveryState::Skipped), accounts - (subscribed - 7));
        QCOMPARE(
            DbSnapshot::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE "
                                                     "campaign_id = %1 AND state = 'pending' AND "
                                                     "profile_id IN (%2, %3, %4)")
                                          .arg(id)
                                          .arg(profile(3))
                                          .arg(profile(13))
                                          .arg(profile(14))),
            3);
        // Started once; the audit log says who did what.
        QVERIFY(!t.store().start(id, kActor).isOk());
        QCOMPARE(
            DbSnapshot::rows(t.db(), QStringLiteral("SELECT actor, action FROM audit_log WHERE "
                                                    "object = 'campaign:%1' ORDER BY id")
                                         .arg(id)),
            (QStringList{QStringLiteral("tester|campaign.create"),
                         QStringLiteral("tester|campaign.start")}));
    }

    void aRunSendsEachRecipientOnceAndEveryRowEndsFinal()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("400"),
                      QStringLiteral("--latency-ms"), QStringLiteral("2")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        CampaignTarget t(emu);
        QVERIFY2(t.opened.isOk(), qPrintable(t.opened.message()));
        const qint64 id = t.create();
        QVERIFY(t.store().start(id, kActor).isOk());
        const QStringList pending = t.openids(id, QStringLiteral("d.state = 'pending'"));
        QVERIFY(pending.size() > 300);
        // After the start: three unfollow (WeChat answers 43004), one opts out (checked again
        // just before the send).
        for (const QString &openid : pending.mid(100, 3))
            emu.post(QStringLiteral("/_emu/unsubscribe"), {{QStringLiteral("openid"), openid}});
        QVERIFY(t.exec(QStringLiteral("INSERT INTO opt_outs (profile_id, channel, actor, "
                                      "created_at) SELECT profile_id, 'all', 'support', 1 FROM "
                                      "accounts WHERE openid = ?"),
                       {pending.at(200)}));

        const OutboxRunner::Report report = t.run(id);
        QVERIFY2(report.status.isOk(), qPrintable(report.status.message()));
        QCOMPARE(report.state, CampaignState::Finished);
        QCOMPARE(report.sent, pending.size() - 4);
        const CampaignStore::Counts counts = t.counts(id);
        QCOMPARE(counts.count(DeliveryState::Pending) + counts.count(DeliveryState::Sending) +
                     counts.count(DeliveryState::Unknown) + counts.count(DeliveryState::Failed),
                 0);
        QCOMPARE(t.openids(id, QStringLiteral("d.reason = 'unsubscribed' AND d.errcode = 43004")),
                 pending.mid(100, 3));
        QCOMPARE(t.openids(id, QStringLiteral("d.reason = 'opted_out'")),
                 QStringList{pending.at(200)});
        const QHash<QString, int> requests = t.requests();
        const QStringList sent = t.openids(id, QStringLiteral("d.state = 'sent'"));
        QCOMPARE(sent.size(), pending.size() - 4);
        for (const QString &openid : sent)
            QCOMPARE(requests.value(openid), 1);
        QCOMPARE(requests.value(pending.at(200)), 0);
        QCOMPARE(requests.size(), sent.size()); // wxemu counts the valid requests (not 43004)
        // The fields were filled per person: the profile id, the remark or its fallback.
        const QJsonObject first = emu.get(QStringLiteral("/_emu/messages"))
                                      .value(QStringLiteral("messages"))
                                      .toArray()
                                      .first()
                                      .toObject();
        const QString openid = first.value(QStringLiteral("touser")).toString();
        const QStringList person = DbSnapshot::rows(
            t.db(), QStringLiteral("SELECT profile_id, remark FROM accounts WHERE openid = '%1'")
                        .arg(openid));
        const QJsonObject data = first.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("character_string1"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 person.value(0).section(u'|', 0, 0));
        const QString remark = person.value(0).section(u'|', 1);
        QCOMPARE(data.value(QStringLiteral("amount2"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("+100 for ") + (remark.isEmpty() ? QStringLiteral("you") : remark));
        QVERIFY(first.value(QStringLiteral("client_msg_id"))
                    .toString()
                    .startsWith(QStringLiteral("wxops-%1-").arg(id)));
        // A finished campaign does not run again.
        QVERIFY(!t.run(id).status.isOk());
        QCOMPARE(t.requests(), requests);
    }

    void aBadTemplateStopsAfterOneFailure()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("200")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        CampaignTarget t(emu);
        QVERIFY2(t.opened.isOk(), qPrintable(t.opened.message()));
        const qint64 id =
            t.create({{QStringLiteral("template_id"), QStringLiteral("TPL_no_such_template")}});
        QVERIFY(t.store().start(id, kActor).isOk());
        const qint64 recipients = t.counts(id).count(DeliveryState::Pending);
        const OutboxRunner::Report report = t.run(id);
        QCOMPARE(report.state, CampaignState::Stopped);
        QVERIFY2(report.reason.contains(QStringLiteral("40037")), qPrintable(report.reason));
        QCOMPARE(report.failed, 1);
        QCOMPARE(t.counts(id).count(DeliveryState::Pending), recipients - 1);
        QCOMPARE(t.counts(id).byErrcode.value(40037), 1);
        // Staff cancel it: what was not sent is skipped, nothing is left pending.
        QVERIFY(t.store().cancel(id, kActor).isOk());
        QCOMPARE(t.counts(id).byReason.value(QStringLiteral("cancelled")), recipients - 1);
        CampaignStore::Campaign campaign;
        QVERIFY(t.store().load(id, &campaign).isOk());
        QCOMPARE(campaign.state, CampaignState::Cancelled);
    }

    void theDailyQuotaPausesAndTheRunGoesOnAfterTheReset()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("150"),
                      QStringLiteral("--quota"),
                      QStringLiteral("/cgi-bin/message/template/send=60")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        CampaignTarget t(emu);
        QVERIFY2(t.opened.isOk(), qPrintable(t.opened.message()));
        const qint64 id = t.create();
        QVERIFY(t.store().start(id, kActor).isOk());
        const qint64 recipients = t.counts(id).count(DeliveryState::Pending);
        // The run's clock: an afternoon in Beijing, running at real speed.
        ManualClock clock(
            QDateTime::fromString(QStringLiteral("2026-12-01T15:00:00+08:00"), Qt::ISODate));
        const qint64 midnight =
            QDateTime::fromString(QStringLiteral("2026-12-02T00:00:00+08:00"), Qt::ISODate)
                .toMSecsSinceEpoch();
        QTimer tick;
        tick.callOnTimeout([&] { clock.advanceMsecs(10); });
        tick.start(10);
        WechatClient client(t.app, t.secrets, Clock::system(), testPolicy());
        OutboxRunner runner(t.db(), id, client, clock);
        QSignalSpy finished(&runner, &OutboxRunner::finished);
        runner.start();
        CampaignStore::Campaign campaign;
        QVERIFY(QTest::qWaitFor(
            [&] {
                return t.store().load(id, &campaign).isOk() &&
                       campaign.state == CampaignState::Paused;
            },
            30000));
        QVERIFY2(campaign.pausedReason.contains(QStringLiteral("45009")),
                 qPrintable(campaign.pausedReason));
        QCOMPARE(campaign.resumeAt, midnight);
        QCOMPARE(t.counts(id).count(DeliveryState::Sent), 60);
        QCOMPARE(t.counts(id).count(DeliveryState::Pending), recipients - 60);
        // The run waits for the reset; nothing goes out meanwhile.
        QTest::qWait(1500);
        QVERIFY(finished.isEmpty());
        QCOMPARE(t.requests().size(), 60);
        // Midnight in Beijing: WeChat's quota (raised, so the rest fits in the new day) and the
        // run start again, by themselves.
        emu.post(QStringLiteral("/_emu/new-day"), {});
        emu.configure({{QStringLiteral("quota"),
                        QJsonObject{{QStringLiteral("/cgi-bin/message/template/send"), 100000}}}});
        clock.set(QDateTime::fromMSecsSinceEpoch(midnight + 1000));
        QVERIFY(finished.wait(60000));
        const OutboxRunner::Report report =
            finished.constFirst().constFirst().value<OutboxRunner::Report>();
        QCOMPARE(report.state, CampaignState::Finished);
        QCOMPARE(t.counts(id).count(DeliveryState::Sent), recipients);
        const QHash<QString, int> requests = t.requests();
        QCOMPARE(requests.size(), recipients);
        for (int n : requests)
            QCOMPARE(n, 1);
        QCOMPARE(DbSnapshot::rows(t.db(), QStringLiteral("SELECT action FROM audit_log WHERE "
                                                         "object = 'campaign:%1' AND actor LIKE "
                                                         "'runner:%' ORDER BY id")
                                              .arg(id)),
                 QStringList({QStringLiteral("campaign.paused"), QStringLiteral("campaign.running"),
                              QStringLiteral("campaign.finished")}));
    }

    void aStaffPauseStopsTheAutomaticResume()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("40"),
                      QStringLiteral("--quota"),
                      QStringLiteral("/cgi-bin/message/template/send=10")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        CampaignTarget t(emu);
        QVERIFY2(t.opened.isOk(), qPrintable(t.opened.message()));
        const qint64 id = t.create();
        QVERIFY(t.store().start(id, kActor).isOk());
        ManualClock clock(
            QDateTime::fromString(QStringLiteral("2026-12-01T23:59:00+08:00"), Qt::ISODate));
        QTimer tick;
        tick.callOnTimeout([&] { clock.advanceMsecs(10); });
        tick.start(10);
        {
            // The first run is stopped (Ctrl+C) while it waits for the reset.
            WechatClient client(t.app, t.secrets, Clock::system(), testPolicy());
            OutboxRunner runner(t.db(), id, client, clock);
            QSignalSpy finished(&runner, &OutboxRunner::finished);
            runner.start();
            CampaignStore::Campaign campaign;
            QVERIFY(QTest::qWaitFor(
                [&] { return t.store().load(id, &campaign).isOk() && campaign.resumeAt > 0; },
                30000));
            runner.interrupt();
            QVERIFY(finished.wait(10000));
            QCOMPARE(t.counts(id).count(DeliveryState::Sent), 10);
        }
        // Staff pause it: it no longer goes on by itself, and a run refuses it.
        QVERIFY(t.store().pause(id, kActor).isOk());
        CampaignStore::Campaign campaign;
        QVERIFY(t.store().load(id, &campaign).isOk());
        QCOMPARE(campaign.resumeAt, 0);
        emu.post(QStringLiteral("/_emu/new-day"), {});
        emu.configure({{QStringLiteral("quota"),
                        QJsonObject{{QStringLiteral("/cgi-bin/message/template/send"), 100000}}}});
        clock.advanceMsecs(2 * 60 * 1000); // past midnight
        QVERIFY(!t.run(id, clock).status.isOk());
        // Resumed by staff, the next run sends the rest, each once.
        QVERIFY(t.store().resume(id, kActor).isOk());
        QCOMPARE(t.run(id, clock).state, CampaignState::Finished);
        QCOMPARE(t.counts(id).count(DeliveryState::Sent), t.counts(id).total());
        for (int n : t.requests())
            QCOMPARE(n, 1);
    }

    void aQuotaPausedCampaignGoesOnWithTheNextRunAfterTheReset()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("40")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        CampaignTarget t(emu);
        QVERIFY2(t.opened.isOk(), qPrintable(t.opened.message()));
        const qint64 id = t.create();
        QVERIFY(t.store().start(id, kActor).isOk());
        const qint64 recipients = t.counts(id).count(DeliveryState::Pending);
        // An earlier run paused it for the quota and is gone; the reset has passed.
        CampaignStore::Transition paused;
        QVERIFY(t.store()
                    .pauseUntil(id, QStringLiteral("45009"),
                                QDateTime::currentMSecsSinceEpoch() - 1000, kActor, &paused)
                    .isOk());
        QVERIFY(paused.made);
        const OutboxRunner::Report report = t.run(id);
        QCOMPARE(report.state, CampaignState::Finished);
        QCOMPARE(report.sent, recipients);
        QCOMPARE(DbSnapshot::rows(t.db(), QStringLiteral("SELECT details FROM audit_log WHERE "
                                                         "object = 'campaign:%1' AND action = "
                                                         "'campaign.running'")
                                              .arg(id))
                     .size(),
                 1);
    }

    // `wxops campaign cancel` from another console while a run sends: the run finds nothing
    // pending, and must not write `finished` over the cancel.
    void aCancelDuringARunEndsCancelled()
    {
        // Slow sends that come back quickly: the run learns there is nothing left from its
        // next claim, well before it would look at the campaign's state again.
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("200"),
                      QStringLiteral("--latency-ms"), QStringLiteral("10")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        CampaignTarget t(emu);
        QVERIFY2(t.opened.isOk(), qPrintable(t.opened.message()));
        const qint64 id = t.create({{QStringLiteral("rate_per_second"), 10}});
        QVERIFY(t.store().start(id, kActor).isOk());
        const qint64 recipients = t.counts(id).count(DeliveryState::Pending);
        WechatClient client(t.app, t.secrets, Clock::system(), testPolicy());
        OutboxRunner runner(t.db(), id, client, Clock::system());
        QSignalSpy finished(&runner, &OutboxRunner::finished);
        runner.start();
        QVERIFY(QTest::qWaitFor([&] { return t.requests().size() >= 2; }, 10000));
        Database other(t.testDb.spec()); // the other console
        QVERIFY(other.open().isOk());
        const Status cancelled =
            CampaignStore(other.connections().connection(), Clock::system()).cancel(id, kActor);
        QVERIFY2(cancelled.isOk(), qPrintable(cancelled.message()));
        QVERIFY(finished.wait(30000));
        const OutboxRunner::Report report =
            finished.constFirst().constFirst().value<OutboxRunner::Report>();
        QVERIFY2(report.status.isOk(), qPrintable(report.status.message()));
        QCOMPARE(report.state, CampaignState::Cancelled);
        CampaignStore::Campaign campaign;
        QVERIFY(t.store().load(id, &campaign).isOk());
        QCOMPARE(campaign.state, CampaignState::Cancelled);
        const CampaignStore::Counts counts = t.counts(id);
        QCOMPARE(counts.count(DeliveryState::Pending) + counts.count(DeliveryState::Sending), 0);
        QVERIFY(counts.byReason.value(QStringLiteral("cancelled")) > 0);
        QCOMPARE(counts.count(DeliveryState::Sent) +
                     counts.byReason.value(QStringLiteral("cancelled")),
                 recipients);
        // The run's refused `finished` is in no audit line; the cancel is.
        QCOMPARE(DbSnapshot::rows(t.db(), QStringLiteral("SELECT action FROM audit_log WHERE "
                                                         "object = 'campaign:%1' AND action IN "
                                                         "('campaign.finished', "
                                                         "'campaign.cancelled')")
                                              .arg(id)),
                 QStringList{QStringLiteral("campaign.cancelled")});
    }

    // The one run service the page's worker and `wxops campaign run` share.
    void aCampaignRunSendsToTheEndOrSaysWhyItCannot()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("30")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        CampaignTarget t(emu);
        QVERIFY2(t.opened.isOk(), qPrintable(t.opened.message()));
        const qint64 id = t.create({{QStringLiteral("rate_per_second"), 20}}); // over a second
        QVERIFY(t.store().start(id, kActor).isOk());
        const qint64 recipients = t.counts(id).count(DeliveryState::Pending);
        int progressReports = 0;
        CampaignRun run(t.db(), id, t.secrets, Clock::system());
        const OutboxRunner::Report report =
            run.run([&](const OutboxRunner::Progress &) { ++progressReports; });
        QVERIFY2(report.status.isOk(), qPrintable(report.status.message()));
        QCOMPARE(report.state, CampaignState::Finished);
        QCOMPARE(report.sent, recipients);
        QVERIFY(progressReports > 0);

        CampaignRun missing(t.db(), id + 1000, t.secrets, Clock::system());
        const OutboxRunner::Report none = missing.run();
        QVERIFY(!none.status.isOk());
        QVERIFY2(none.status.message().contains(QString::number(id + 1000)),
                 qPrintable(none.status.message()));
    }

    void twoConsolesSendingOneCampaignSendEachMessageOnce()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("400"),
                      QStringLiteral("--latency-ms"), QStringLiteral("5")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        CampaignTarget t(emu);
        QVERIFY2(t.opened.isOk(), qPrintable(t.opened.message()));
        const qint64 id = t.create({{QStringLiteral("rate_per_second"), 300}});
        QVERIFY(t.store().start(id, kActor).isOk());
        const qint64 recipients = t.counts(id).count(DeliveryState::Pending);
        // A second console: its own connection to the same database.
        Database other(t.testDb.spec());
        QVERIFY(other.open().isOk());
        WechatClient first(t.app, t.secrets, Clock::system(), testPolicy());
        WechatClient second(t.app, t.secrets, Clock::system(), testPolicy());
        OutboxRunner one(t.db(), id, first, Clock::system());
        OutboxRunner two(other.connections().connection(), id, second, Clock::system());
        QSignalSpy oneDone(&one, &OutboxRunner::finished);
        QSignalSpy twoDone(&two, &OutboxRunner::finished);
        one.start();
        two.start();
        QVERIFY(QTest::qWaitFor([&] { return !oneDone.isEmpty() && !twoDone.isEmpty(); }, 120000));
        const auto report = [](const QSignalSpy &spy) {
            return spy.constFirst().constFirst().value<OutboxRunner::Report>();
        };
        QVERIFY2(report(oneDone).status.isOk(), qPrintable(report(oneDone).status.message()));
        QVERIFY2(report(twoDone).status.isOk(), qPrintable(report(twoDone).status.message()));
        // Neither took the other's rows in flight for a crash's.
        QCOMPARE(report(oneDone).recovered + report(twoDone).recovered, 0);
        // Both worked, between them everyone once.
        QVERIFY(report(oneDone).sent > 0 && report(twoDone).sent > 0);
        QCOMPARE(report(oneDone).sent + report(twoDone).sent, recipients);
        QCOMPARE(t.counts(id).count(DeliveryState::Sent), recipients);
        const QHash<QString, int> requests = t.requests();
        QCOMPARE(requests.size(), recipients);
        for (int n : requests)
            QCOMPARE(n, 1);
        CampaignStore::Campaign campaign;
        QVERIFY(t.store().load(id, &campaign).isOk());
        QCOMPARE(campaign.state, CampaignState::Finished);
    }

    void faultsAtTenPercentStillDeliverEveryoneExactlyOnce()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("300"),
                      QStringLiteral("--fault-rate"), QStringLiteral("0.1"),
                      QStringLiteral("--faults"),
                      QStringLiteral("busy,http500,reset,minute-limit,lost-reply")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        CampaignTarget t(emu);
        QVERIFY2(t.opened.isOk(), qPrintable(t.opened.message()));
        const qint64 id = t.create();
        QVERIFY(t.store().start(id, kActor).isOk());
        const qint64 recipients = t.counts(id).count(DeliveryState::Pending);
        OutboxRunner::Report report = t.run(id);
        // A row whose every attempt went out unanswered is unknown: staff re-send it, and
        // WeChat's de-duplication (the same client_msg_id) keeps it to one message.
        for (int round = 0; round < 5 && t.counts(id).count(DeliveryState::Unknown) > 0; ++round) {
            qint64 rows = 0;
            QVERIFY(t.store().resendUnknown(id, kActor, &rows).isOk());
            if (report.state == CampaignState::Paused || report.state == CampaignState::Stopped)
                QVERIFY(t.store().resume(id, kActor).isOk());
            report = t.run(id);
        }
        QVERIFY2(report.status.isOk(), qPrintable(report.status.message()));
        QCOMPARE(report.state, CampaignState::Finished);
        QCOMPARE(t.counts(id).count(DeliveryState::Sent), recipients);
        const QHash<QString, int> delivered = t.delivered();
        QCOMPARE(delivered.size(), recipients);
        for (int n : delivered)
            QCOMPARE(n, 1);
        // The faults were real: some sends were asked more than once and de-duplicated.
        int asked = 0;
        for (int n : t.requests())
            asked += n;
        QVERIFY2(asked > recipients, "no lost reply was retried: raise the fault rate");
    }

    void onlyTheRowsOfRunsThatDiedAreTakenOver()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("60")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        CampaignTarget t(emu);
        QVERIFY2(t.opened.isOk(), qPrintable(t.opened.message()));
        const qint64 id = t.create();
        QVERIFY(t.store().start(id, kActor).isOk());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Three rows in flight: a console elsewhere that is alive, one whose heartbeat stopped
        // a minute ago, and one with no lease at all.
        QVERIFY(t.exec(QStringLiteral("INSERT INTO runner_leases (runner, campaign_id, host, pid, "
                                      "heartbeat_at) VALUES ('elsewhere:1:1', ?, 'elsewhere', 1, "
                                      "?), ('elsewhere:2:1', ?, 'elsewhere', 2, ?)"),
                       {id, now, id, now - 60000}));
        const QStringList claims{QStringLiteral("elsewhere:1:1"), QStringLiteral("elsewhere:2:1"),
                                 QStringLiteral("gone:3:1")};
        for (int i = 0; i < claims.size(); ++i)
            QVERIFY(t.exec(QStringLiteral("UPDATE deliveries SET state = 'sending', claimed_by = ? "
                                          "WHERE id = (SELECT MIN(id) FROM deliveries WHERE "
                                          "campaign_id = ? AND state = 'pending')"),
                           {claims[i], id}));
        const OutboxRunner::Report first = t.run(id);
        QCOMPARE(first.recovered, 2);
        // The live console's row is still its own, so the campaign is not finished yet.
        QCOMPARE(DbSnapshot::rows(t.db(), QStringLiteral("SELECT claimed_by FROM deliveries "
                                                         "WHERE state = 'sending'")),
                 QStringList{QStringLiteral("elsewhere:1:1")});
        QCOMPARE(first.state, CampaignState::Running);
        // Its heartbeat stops: the next run takes the row over (as unknown) and finishes.
        QVERIFY(t.exec(QStringLiteral("UPDATE runner_leases SET heartbeat_at = ?"), {now - 60000}));
        const OutboxRunner::Report second = t.run(id);
        QCOMPARE(second.recovered, 1);
        QCOMPARE(second.state, CampaignState::Finished);
        QCOMPARE(t.counts(id).count(DeliveryState::Unknown), 3);
        // A run leaves no lease behind.
        QCOMPARE(DbSnapshot::rows(t.db(), QStringLiteral("SELECT runner FROM runner_leases WHERE "
                                                         "host <> 'elsewhere'")),
                 QStringList{});
    }

    void rowsACrashLeftInFlightBecomeUnknownAndAreNotResent()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("120")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        CampaignTarget t(emu);
        QVERIFY2(t.opened.isOk(), qPrintable(t.opened.message()));
        const qint64 id = t.create();
        QVERIFY(t.store().start(id, kActor).isOk());
        const qint64 recipients = t.counts(id).count(DeliveryState::Pending);
        // As a run killed between its commit and the answers leaves them.
        QVERIFY(t.exec(QStringLiteral("UPDATE deliveries SET state = 'sending' WHERE id IN "
                                      "(SELECT id FROM deliveries WHERE campaign_id = ? ORDER BY "
                                      "id LIMIT 5)"),
                       {id}));
        const QStringList inFlight = t.openids(id, QStringLiteral("d.state = 'sending'"));
        const OutboxRunner::Report report = t.run(id);
        QCOMPARE(report.recovered, 5);
        QCOMPARE(report.sent, recipients - 5);
        QCOMPARE(report.state, CampaignState::Finished);
        QCOMPARE(t.openids(id, QStringLiteral("d.state = 'unknown'")), inFlight);
        for (const QString &openid : inFlight)
            QCOMPARE(t.requests().value(openid), 0);
        // Staff decide they must go.
        qint64 rows = 0;
        QVERIFY(t.store().resendUnknown(id, kActor, &rows).isOk());
        QCOMPARE(rows, 5);
        const OutboxRunner::Report again = t.run(id); // the finished campaign runs again
        QCOMPARE(again.sent, 5);
        QCOMPARE(again.state, CampaignState::Finished);
        for (const QString &openid : inFlight)
            QCOMPARE(t.requests().value(openid), 1);
    }
};

QTEST_GUILESS_MAIN(TestCampaigns)
#include "tst_campaigns.moc"
