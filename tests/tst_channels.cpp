// The campaign channels besides template messages, against wxemu on SQLite and PostgreSQL:
// customer-service messages reach only people whose own action opened a window, within its
// count; subscribe messages consume the acceptances users gave, one a send; mass messages go
// in batches of 2..batch_size openids after a preview, at most four a month per follower.
#include "DbSnapshot.h"
#include "ExpectOk.h"
#include "ingest/Importer.h"
#include "messaging/CampaignStore.h"
#include "messaging/ChannelSender.h"
#include "messaging/OutboxRunner.h"
#include "segments/SegmentStore.h"
#include "storage/Sql.h"
#include "SyncTarget.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kActor = QStringLiteral("tester");
const QString kAcceptedTemplate = QStringLiteral("SUB_order_status_01");

// A synced Official Account, the Mini Program beside it, a segment of everyone.
struct ChannelTarget : SyncTarget
{
    explicit ChannelTarget(Emulator &emulator, const Clock &clock = Clock::system())
        : SyncTarget(emulator), emu(emulator), clock(clock)
    {
        if (opened.isOk() && !sync().ok())
            opened = Status::failure(QStringLiteral("the sync failed"));
        mp.appid = Emulator::mpAppid();
        mp.kind = AppConfig::Kind::MiniProgram;
        mp.name = QStringLiteral("MP");
        mp.apiBase = emulator.baseUrl();
        if (opened.isOk())
            opened = AppRepository(db()).insert(mp);
        secrets.set(mp.appid, Emulator::mpSecret());
        qint64 segmentId = 0;
        if (opened.isOk())
            opened = SegmentStore(db(), Clock::system())
                         .create(QStringLiteral("everyone"), "{\"all\": []}", &segmentId);
    }

    CampaignStore store() { return CampaignStore(db(), clock); }
    Status create(const QJsonObject &channel, qint64 *id)
    {
        QJsonObject json{{QStringLiteral("name"), QStringLiteral("c")},
                         {QStringLiteral("appid"), Emulator::oaAppid()},
                         {QStringLiteral("segment"), QStringLiteral("everyone")},
                         {QStringLiteral("rate_per_second"), 400},
                         {QStringLiteral("concurrency"), 4}};
        for (auto it = channel.constBegin(); it != channel.constEnd(); ++it) {
            if (it.value().isNull())
                json.remove(it.key()); // e.g. no segment for a send to a tag
            else
                json.insert(it.key(), it.value());
        }
        CampaignDefinition definition;
        WX_TRY(CampaignDefinition::parse(QJsonDocument(json).toJson(), &definition));
        return store().create(definition, kActor, id);
    }
    CampaignStore::Counts counts(qint64 id)
    {
        CampaignStore::Counts c;
        EXPECT_OK(store().counts(id, &c));
        return c;
    }
    OutboxRunner::Report run(qint64 id, const AppConfig &sender)
    {
        return runCampaign(id, sender, clock);
    }
    // A test to a staff member's openid, recorded as the campaign's preview.
    bool preview(qint64 id, const QString &openid)
    {
        CampaignStore::Campaign campaign;
        if (!store().load(id, &campaign).isOk())
            return false;
        WechatClient client(app, secrets, Clock::system(), testPolicy());
        MessageRenderer renderer(campaign.definition);
        ChannelSender sender(client, renderer, campaign.definition);
        bool answered = false;
        ApiError error;
        sender.preview({0, openid, QString(), QString()}, &client, [&](const ApiError &e, qint64) {
            error = e;
            answered = true;
        });
        if (!QTest::qWaitFor([&] { return answered; }, 10000) || !error.ok())
            return false;
        return store().recordPreview(id, openid, kActor).isOk();
    }
    QStringList openids(const AppConfig &of, const QString &where)
    {
        return DbSnapshot::rows(db(), QStringLiteral("SELECT openid FROM accounts WHERE app_id "
                                                     "= %1 AND %2 ORDER BY openid")
                                          .arg(AppRepository(db()).rowId(of.appid))
                                          .arg(where));
    }
    QStringList deliveredTo(qint64 campaign, const QString &where)
    {
        return DbSnapshot::rows(
            db(), QStringLiteral("SELECT a.openid FROM deliveries d JOIN accounts a ON a.id = "
                                 "d.account_id WHERE d.campaign_id = %1 AND %2 ORDER BY a.openid")
                      .arg(campaign)
                      .arg(where));
    }
    // What wxemu accepted on one endpoint (custom, subscribe, mass_send, mass_preview).
    QList<QJsonObject> accepted(const QString &endpoint)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &m :
             emu.get(QStringLiteral("/_emu/messages")).value(QStringLiteral("messages")).toArray())
            if (m.toObject().value(QStringLiteral("endpoint")).toString() == endpoint)
                out << m.toObject();
        return out;
    }
    QHash<QString, int> acceptedPerOpenid(const QString &endpoint)
    {
        QHash<QString, int> per;
        for (const QJsonObject &m : accepted(endpoint))
            ++per[m.value(QStringLiteral("touser")).toString()];
        return per;
    }
    Status import(const QStringList &lines)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Status::failure(file.errorString());
        file.write(lines.join(u'\n').toUtf8());
        file.close();
        return importFile(path);
    }
    Status importFile(const QString &path)
    {
        const Importer::Report report = Importer(db(), Clock::system()).run(path, {});
        return report.status;
    }

    Emulator &emu;
    const Clock &clock;
    AppConfig mp;
};

QString eventLine(const QString &openid, const char *name, qint64 at)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("event")},
                                  {QStringLiteral("appid"), Emulator::oaAppid()},
                                  {QStringLiteral("openid"), openid},
                                  {QStringLiteral("name"), QLatin1String(name)},
                                  {QStringLiteral("at"), at}})
            .toJson(QJsonDocument::Compact));
}

QSet<QString> setOf(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}
} // namespace

class TestChannels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<OutboxRunner::Report>();
        qRegisterMetaType<OutboxRunner::Progress>();
    }

    void eachChannelIsSentByTheRightKindOfApp()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("10")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        ChannelTarget t(emu);
        QVERIFY2(t.opened.isOk(), qPrintable(t.opened.message()));
        qint64 id = 0;
        const QJsonObject subscribe{{QStringLiteral("channel"), QStringLiteral("subscribe")},
                                    {QStringLiteral("template_id"), kAcceptedTemplate},
                                    {QStringLiteral("fields"),
                                     QJsonObject{{QStringLiteral("thing1"), QStringLiteral("x")}}}};
        QVERIFY(t.create(subscribe, &id).message().contains(QStringLiteral("Mini Program")));
        QJsonObject fromMp{{QStringLiteral("channel"), QStringLiteral("custom")},
                           {QStringLiteral("text"), QStringLiteral("hi")},
                           {QStringLiteral("appid"), Emulator::mpAppid()}};
        QVERIFY(t.create(fromMp, &id).message().contains(QStringLiteral("Official Account")));
    }

    void customerServiceMessagesGoOnlyInsideTheWindowAndWithinItsCount()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("60")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        ChannelTarget t(emu);
        QVERIFY2(t.opened.isOk(), qPrintable(t.opened.message()));
        const QStringList subscribed = t.openids(t.app, QStringLiteral("subscribed = 1"));
        const qint64 unsubscribed = t.openids(t.app, QStringLiteral("subscribed = 0")).size();
        QVERIFY(subscribed.size() > 10);
        const QStringList wroteToUs = subscribed.mid(0, 3); // a message: 48 h, 5 replies
        const QStringList clicked = subscribed.mid(3, 2);   // a menu click: 1 minute, 3 replies
        const QStringList longAgo = subscribed.mid(5, 2);   // a message three days ago
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QStringList lines;
        for (const QString &openid : wroteToUs) {
            lines << eventLine(openid, "message", now - 3600 * 1000);
            emu.post(QStringLiteral("/_emu/interact"),
                     {{QStringLiteral("openid"), openid}, {QStringLiteral("kind"), "message"}});
        }
        for (const QString &openid : clicked) {
            lines << eventLine(openid, "menu_click", now - 1000);
            emu.post(QStringLiteral("/_emu/interact"),
                     {{QStringLiteral("openid"), openid}, {QStringLiteral("kind"), "event"}});
        }
        for (const QString &openid : longAgo)
            lines << eventLine(openid, "message", now - 3LL * 24 * 3600 * 1000);
        QVERIFY(t.import(lines).isOk());

        const QJsonObject custom{
            {QStringLiteral("channel"), QStringLiteral("custom")},
            {QStringLiteral("text"), QStringLiteral("Hello {{remark|there}}")}};
        QList<qint64> ids;
        for (int round = 1; round <= 6; ++round) {
            qint64 id = 0;
            QVERIFY(t.create(custom, &id).isOk());
            QVERIFY(t.store().start(id, kActor).isOk());
            const CampaignStore::Counts counts = t.counts(id);
            // Outside any window: skipped when the campaign starts, never asked of WeChat.
            // (The click's minute may pass during the last rounds on a slow machine.)
            const QSet<QString> outside =
                setOf(t.deliveredTo(id, QStringLiteral("d.reason = 'outside_window'")));
            QVERIFY(outside.contains(setOf(subscribed) - setOf(wroteToUs) - setOf(clicked)));
            QVERIFY(!outside.intersects(setOf(wroteToUs)));
            if (round <= 3)
                QVERIFY(!outside.intersects(setOf(clicked)));
            QCOMPARE(counts.byReason.value(QStringLiteral("unsubscribed")), unsubscribed);
            QCOMPARE(t.run(id, t.app).state, CampaignState::Finished);
            ids << id;
        }
        // A click allows three replies, a message five.
        for (int round = 0; round < 6; ++round) {
            QStringList expected;
            if (round < 5)
                expected += wroteToUs;
            if (round < 3)
                expected += clicked;
            QCOMPARE(setOf(t.deliveredTo(ids[round], QStringLiteral("d.state = 'sent'"))),
                     setOf(expected));
        }
        QCOMPARE(t.deliveredTo(ids[3], QStringLiteral("d.reason = 'window_used'")).size(),
                 clicked.size());
        QVERIFY(setOf(t.deliveredTo(ids[5], QStringLiteral("d.reason = 'window_used'")))
                    .contains(setOf(wroteToUs)));
        // wxemu holds the same windows: it refused nothing and received exactly these.
        QCOMPARE(DbSnapshot::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE "
                                                          "errcode IS NOT NULL")),
                 0);
        QHash<QString, int> expectedPerOpenid;
        for (const QString &openid : wroteToUs)
            expectedPerOpenid.insert(openid, 5);
        for (const QString &openid : clicked)
            expectedPerOpenid.insert(openid, 3);
        QCOMPARE(t.acceptedPerOpenid(QStringLiteral("custom")), expectedPerOpenid);
        const QJsonObject text = t.accepted(QStringLiteral("custom"))
                                     .constFirst()
                                     .value(QStringLiteral("content"))
                                     .toObject();
        QVERIFY(text.value(QStringLiteral("content")).toString().startsWith(u"Hello "));
    }

    void subscribeMessagesConsumeTheAcceptancesUsersGave()
    {
        const QStringList population{QStringLiteral("--followers"), QStringLiteral("30"),
                                     QStringLiteral("--mp-users"), QStringLiteral("40")};
        Emulator emu(population);
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        ChannelTarget t(emu);
        QVERIFY2(t.opened.isOk(), qPrintable(t.opened.message()));
        QTemporaryDir dir;
        const QString exported = dir.filePath(QStringLiteral("mp.jsonl"));
        QCOMPARE(Emulator::exportMp(exported, population, 5), QString());
        QVERIFY(t.importFile(exported).isOk());
        // The acceptances as the imported events tell them.
        QHash<QString, int> accepts;
        for (const QString &row : DbSnapshot::rows(
                 t.db(), QStringLiteral("SELECT a.openid || ' ' || COUNT(e.id) FROM accounts a "
                                        "LEFT JOIN events e ON e.account_id = a.id AND e.name = "
                                        "'subscribe_msg_accept' WHERE a.app_id = %1 GROUP BY "
                                        "a.openid")
                             .arg(AppRepository(t.db()).rowId(t.mp.appid))))
            accepts.insert(row.section(u' ', 0, 0), row.section(u' ', 1).toInt());
        QCOMPARE(accepts.size(), 40);
        const auto withAtLeast = [&accepts](int n) {
            QSet<QString> out;
            for (auto it = accepts.cbegin(); it != accepts.cend(); ++it)
                if (it.value() >= n)
                    out.insert(it.key());
            return out;
        };
        // wxemu's export gives 0, 2 or 3 acceptances; every kind must be there.
        QVERIFY(withAtLeast(1).size() < 40);
        QVERIFY(withAtLeast(3).size() > 0 && withAtLeast(3).size() < withAtLeast(2).size());

        const QJsonObject subscribe{
            {QStringLiteral("channel"), QStringLiteral("subscribe")},
            {QStringLiteral("appid"), Emulator::mpAppid()},
            {QStringLiteral("template_id"), kAcceptedTemplate},
            {QStringLiteral("page"), QStringLiteral("pages/order/detail")},
            {QStringLiteral("fields"),
             QJsonObject{{QStringLiteral("thing1"), QStringLiteral("Order {{profile_id}}")}}}};
        qint64 first = 0;
        QVERIFY(t.create(subscribe, &first).isOk());
        QVERIFY(t.store().start(first, kActor).isOk());
        QCOMPARE(setOf(t.deliveredTo(first, QStringLiteral("d.state = 'pending'"))),
                 withAtLeast(1));
        QCOMPARE(t.counts(first).byReason.value(QStringLiteral("no_acceptance")),
                 40 - withAtLeast(1).size());
        // One user's acceptances were used elsewhere: WeChat refuses, the row is skipped.
        QString usedElsewhere;
        for (auto it = accepts.cbegin(); it != accepts.cend() && usedElsewhere.isEmpty(); ++it)
            if (it.value() == 2)
                usedElsewhere = it.key();
        QVERIFY(!usedElsewhere.isEmpty());
        emu.post(QStringLiteral("/_emu/accept"),
                 {{QStringLiteral("openid"), usedElsewhere},
                  {QStringLiteral("template_id"), kAcceptedTemplate},
                  {QStringLiteral("count"), -2}});
        QCOMPARE(t.run(first, t.mp).state, CampaignState::Finished);
        QCOMPARE(t.deliveredTo(first, QStringLiteral("d.errcode = 43101 AND d.reason = "
                                                     "'no_acceptance'")),
                 QStringList{usedElsewhere});
        QCOMPARE(setOf(t.deliveredTo(first, QStringLiteral("d.state = 'sent'"))),
                 withAtLeast(1) - QSet<QString>{usedElsewhere});

        // Each later campaign reaches those with an acceptance left (a refused send consumed
        // none, so that user is tried again and refused again).
        for (int round = 2; round <= 3; ++round) {
            qint64 id = 0;
            QVERIFY(t.create(subscribe, &id).isOk());
            QVERIFY(t.store().start(id, kActor).isOk());
            QCOMPARE(setOf(t.deliveredTo(id, QStringLiteral("d.state = 'pending'"))),
                     withAtLeast(round) + QSet<QString>{usedElsewhere});
            QCOMPARE(t.run(id, t.mp).state, CampaignState::Finished);
            QCOMPARE(setOf(t.deliveredTo(id, QStringLiteral("d.state = 'sent'"))),
                     withAtLeast(round) - QSet<QString>{usedElsewhere});
        }
        // wxemu: each user received no more than they accepted, with the page and fields.
        const QHash<QString, int> received = t.acceptedPerOpenid(QStringLiteral("subscribe"));
        for (auto it = accepts.cbegin(); it != accepts.cend(); ++it)
            QCOMPARE(received.value(it.key()), it.key() == usedElsewhere ? 0 : it.value());
        // On a template message the same 43101 means the person refused it (the reason is per
        // campaign, not fixed by the first campaign the process ran).
        const QStringList followers = t.openids(t.app, QStringLiteral("subscribed = 1"));
        emu.post(QStringLiteral("/_emu/refuse"), {{QStringLiteral("openid"), followers.first()}});
        qint64 templateId = 0;
        QVERIFY(t.create({{QStringLiteral("channel"), QStringLiteral("template")},
                          {QStringLiteral("template_id"), QStringLiteral("TPL_points_change_0003")},
                          {QStringLiteral("fields"),
                           QJsonObject{{QStringLiteral("character_string1"), QStringLiteral("1")},
                                       {QStringLiteral("amount2"), QStringLiteral("2")}}}},
                         &templateId)
                    .isOk());
        QVERIFY(t.store().start(templateId, kActor).isOk());
        QCOMPARE(t.run(templateId, t.app).state, CampaignState::Finished);
        QCOMPARE(t.deliveredTo(templateId, QStringLiteral("d.errcode = 43101 AND d.reason = "
                                                          "'refused'")),
                 QStringList{followers.first()});
        const QJsonObject message = t.accepted(QStringLiteral("subscribe")).constFirst();
        QCOMPARE(message.value(QStringLiteral("page")).toString(),
                 QStringLiteral("pages/order/detail"));
        QVERIFY(message.value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("thing1"))
                    .toObject()
                    .value(QStringLiteral("value"))
                    .toString()
                    .startsWith(u"Order "));
    }

    void massMessagesGoInBatchesAfterAPreviewAndFourAMonthAtMost()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("50")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        // Mid-month in Beijing, the clock running at real speed.
        ManualClock clock(
            QDateTime::fromString(QStringLiteral("2026-12-15T12:00:00+08:00"), Qt::ISODate));
        QTimer tick;
        tick.callOnTimeout([&] { clock.advanceMsecs(10); });
        tick.start(10);
        ChannelTarget t(emu, clock);
        QVERIFY2(t.opened.isOk(), qPrintable(t.opened.message()));
        const QStringList subscribed = t.openids(t.app, QStringLiteral("subscribed = 1"));
        const int n = int(subscribed.size());
        // A batch size that leaves one openid over: the last call still carries two.
        int batch = 7;
        for (int b = 3; b < n; ++b)
            if (n % b == 1) {
                batch = b;
                break;
            }
        QCOMPARE(n % batch, 1);
        const QJsonObject mass{{QStringLiteral("channel"), QStringLiteral("mass")},
                               {QStringLiteral("text"), QStringLiteral("Our December news")},
                               {QStringLiteral("batch_size"), batch}};
        qint64 first = 0;
        QVERIFY(t.create(mass, &first).isOk());
        QVERIFY(t.store().start(first, kActor).message().contains(QStringLiteral("preview")));
        const auto untested = t.store().testSendOfThisVersion(first);
        QVERIFY(untested.isOk() && !untested.value());
        QVERIFY(t.preview(first, subscribed.constFirst()));
        QCOMPARE(t.accepted(QStringLiteral("mass_preview")).size(), 1);
        // What an approver is shown: who sent the test, when, to whom.
        const auto tested = t.store().testSendOfThisVersion(first);
        QVERIFY(tested.isOk() && tested.value());
        QCOMPARE(tested.value()->openid, subscribed.constFirst());
        QVERIFY(!tested.value()->actor.isEmpty());
        QVERIFY(qAbs(QDateTime::currentMSecsSinceEpoch() - tested.value()->at) < 60000);
        // An edit after the preview needs a new one: the preview showed the old text.
        CampaignStore::Campaign draft;
        QVERIFY(t.store().load(first, &draft).isOk());
        draft.definition.text = QStringLiteral("Our December news, corrected");
        QVERIFY(t.store().edit(first, draft.definition, kActor).isOk());
        const auto stale = t.store().testSendOfThisVersion(first);
        QVERIFY(stale.isOk() && !stale.value());
        QVERIFY(t.store().start(first, kActor).message().contains(QStringLiteral("preview")));
        QVERIFY(t.preview(first, subscribed.constFirst()));
        QVERIFY(t.store().start(first, kActor).isOk());
        // Once started it is no longer a draft: an edit is refused and changes nothing.
        const Status late = t.store().edit(first, draft.definition, kActor);
        QVERIFY(!late.isOk() && late.message().contains(QStringLiteral("draft")));
        QCOMPARE(DbSnapshot::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                          "action = 'campaign.edit'")),
                 1);
        QCOMPARE(t.counts(first).count(DeliveryState::Pending), n);
        QCOMPARE(t.run(first, t.app).state, CampaignState::Finished);
        QCOMPARE(t.counts(first).count(DeliveryState::Sent), n);
        const QList<QJsonObject> calls = t.accepted(QStringLiteral("mass_send"));
        QCOMPARE(calls.size(), (n + batch - 1) / batch);
        QCOMPARE(calls.constFirst()
                     .value(QStringLiteral("content"))
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral("Our December news, corrected"));
        QStringList reached;
        for (const QJsonObject &call : calls) {
            const QJsonArray touser = call.value(QStringLiteral("touser")).toArray();
            QVERIFY(touser.size() >= 2 && touser.size() <= batch);
            for (const QJsonValue &openid : touser)
                reached << openid.toString();
        }
        reached.sort();
        QCOMPARE(reached, subscribed); // everyone, once
        QCOMPARE(DbSnapshot::count(t.db(), QStringLiteral("SELECT COUNT(DISTINCT msgid) FROM "
                                                          "deliveries WHERE campaign_id = %1")
                                               .arg(first)),
                 calls.size());

        // Three more this month are fine; the fifth reaches nobody.
        for (int round = 2; round <= 5; ++round) {
            qint64 id = 0;
            QVERIFY(t.create(mass, &id).isOk());
            QVERIFY(t.preview(id, subscribed.constFirst()));
            QVERIFY(t.store().start(id, kActor).isOk());
            if (round == 5) {
                QCOMPARE(t.counts(id).count(DeliveryState::Pending), 0);
                QCOMPARE(t.counts(id).byReason.value(QStringLiteral("monthly_limit")), n);
                break;
            }
            QCOMPARE(t.run(id, t.app).state, CampaignState::Finished);
            QCOMPARE(t.counts(id).count(DeliveryState::Sent), n);
        }
        // Next month the count starts again.
        clock.set(QDateTime::fromString(QStringLiteral("2027-01-01T00:00:01+08:00"), Qt::ISODate));
        qint64 january = 0;
        QVERIFY(t.create(mass, &january).isOk());
        QVERIFY(t.preview(january, subscribed.constFirst()));
        QVERIFY(t.store().start(january, kActor).isOk());
        QCOMPARE(t.counts(january).count(DeliveryState::Pending), n);
    }

    void aMassMessageToATagGoesInOneCallWhenNobodyWouldBeLeftOut()
    {
        Emulator emu({QStringLiteral("--followers"), QStringLiteral("80")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        ChannelTarget t(emu);
        QVERIFY2(t.opened.isOk(), qPrintable(t.opened.message()));
        const qint64 tagId =
            DbSnapshot::count(t.db(), QStringLiteral("SELECT g.tag_id FROM tags g JOIN "
                                                     "account_tags x ON x.tag_ref = g.id GROUP BY "
                                                     "g.tag_id ORDER BY COUNT(*) DESC LIMIT 1"));
        QVERIFY(tagId > 0);
        const QString tagged =
            QStringLiteral(
                "id IN (SELECT x.account_id FROM account_tags x JOIN tags g ON g.id = x.tag_ref "
                "WHERE g.tag_id = %1)")
                .arg(tagId);
        const QStringList reached =
            t.openids(t.app, QStringLiteral("subscribed = 1 AND ") + tagged);
        QVERIFY(reached.size() >= 2);
        const QJsonObject byTag{{QStringLiteral("channel"), QStringLiteral("mass")},
                                {QStringLiteral("segment"), QJsonValue()},
                                {QStringLiteral("text"), QStringLiteral("For our VIPs")},
                                {QStringLiteral("tag_id"), tagId}};
        qint64 id = 0;
        QVERIFY(t.create(byTag, &id).isOk());
        QVERIFY(t.preview(id, reached.constFirst()));
        QVERIFY(t.store().start(id, kActor).isOk());
        QCOMPARE(setOf(t.deliveredTo(id, QStringLiteral("d.state = 'pending'"))), setOf(reached));
        QCOMPARE(t.run(id, t.app).state, CampaignState::Finished);
        QCOMPARE(setOf(t.deliveredTo(id, QStringLiteral("d.state = 'sent'"))), setOf(reached));
        // One sendall call to the tag, which WeChat delivered to those same followers.
        const QList<QJsonObject> calls = t.accepted(QStringLiteral("mass_sendall"));
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.constFirst().value(QStringLiteral("tag_id")).toInteger(), tagId);
        QCOMPARE(calls.constFirst().value(QStringLiteral("recipients")).toInt(), reached.size());
        QCOMPARE(calls.constFirst().value(QStringLiteral("clientmsgid")).toString(),
                 QStringLiteral("wxops-%1-tag").arg(id));

        // Once someone with the tag opted out, a send to the tag would reach them: refused.
        QVERIFY(Sql::exec(t.db(),
                          QStringLiteral("INSERT INTO opt_outs (profile_id, channel, actor, "
                                         "created_at) SELECT profile_id, 'mass', 'support', 1 "
                                         "FROM accounts WHERE openid = ?"),
                          {reached.constLast()})
                    .isOk());
        qint64 again = 0;
        QVERIFY(t.create(byTag, &again).isOk());
        QVERIFY(t.preview(again, reached.constFirst()));
        const Status refused = t.store().start(again, kActor);
        QVERIFY2(refused.message().contains(QStringLiteral("opted out")),
                 qPrintable(refused.message()));
        CampaignStore::Campaign campaign;
        QVERIFY(t.store().load(again, &campaign).isOk());
        QCOMPARE(campaign.state, CampaignState::Draft);
        QCOMPARE(DbSnapshot::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE "
                                                          "campaign_id = %1")
                                               .arg(again)),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestChannels)
#include "tst_channels.moc"
