// Segments on SQLite and PostgreSQL: every definition of a table is counted and listed by the
// compiled SQL and checked against a brute-force evaluation in C++ over the same generated
// population; invalid definitions get a message naming the node; refresh adds and removes the
// right members.
#include "ExpectOk.h"
#include "segments/SegmentCounter.h"
#include "segments/SegmentStore.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "TestDatabase.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QTimeZone>
#include <QtTest>

namespace {
const qint64 kNow = 1790000000000; // 2026-09-21, fixed for relative dates
const qint64 kDay = 86400000;

struct Event
{
    QString name;
    QString appid;
    QString kind;
    qint64 at = 0;
    QString item; // props.item
};
struct Account
{
    QString appid;
    QString kind;
    bool subscribed = false;
    QString scene;
    QString qrScene; // the QR code's scene of a follow through one
    QString language;
    qint64 subscribeTime = 0;
    QString unionid;
    QList<std::pair<QString, qint64>> tags; // (name, WeChat tag id), on this account's app
};
struct Person
{
    qint64 id = 0;
    QString memberId;
    QList<Account> accounts;
    QList<Event> events;
    QList<std::pair<qint64, QString>> deliveries; // (campaign, state)
    bool optedOut = false;
};

// The generated population, kept in memory for the brute-force side.
struct World
{
    World() : database(testDb.spec()), clock(QDateTime::fromMSecsSinceEpoch(kNow))
    {
        opened = testDb.error().isEmpty() ? database.open() : Status::failure(testDb.error());
    }
    QSqlDatabase db() { return database.connections().connection(); }

    Status generate(int people, quint32 seed);
    qint64 insert(const QString &sql, const QVariantList &values)
    {
        return Sql::toCount(Sql::scalar(db(), sql + QStringLiteral(" RETURNING id"), values),
                            &status);
    }

    TestDatabase testDb;
    Database database;
    ManualClock clock;
    Status opened = Status::ok();
    Status status = Status::ok();
    QList<Person> people;
    QHash<QString, QSet<qint64>> savedMembers; // segment name -> profile ids
};

const QStringList kApps = {QStringLiteral("wxoa000000000000a1"),
                           QStringLiteral("wxmp000000000000b1"),
                           QStringLiteral("wxoa000000000000a2")};
const QStringList kScenes = {QStringLiteral("ADD_SCENE_QR_CODE"),
                             QStringLiteral("ADD_SCENE_SEARCH"),
                             QStringLiteral("ADD_SCENE_PROFILE_CARD")};
const QStringList kEvents = {QStringLiteral("view_item"), QStringLiteral("add_to_cart"),
                             QStringLiteral("purchase"), QStringLiteral("share")};
const QStringList kStates = {QStringLiteral("sent"), QStringLiteral("failed"),
                             QStringLiteral("skipped")};

QString kindOf(const QString &appid)
{
    return appid.startsWith(QStringLiteral("wxoa")) ? QStringLiteral("oa") : QStringLiteral("mp");
}

Status World::generate(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    auto chance = [&](int percent) { return int(random.bounded(100)) < percent; };
    QHash<QString, qint64> appIds;
    for (const QString &appid : kApps) {
        AppConfig app;
        app.appid = appid;
        app.kind = kindOf(appid) == QStringLiteral("oa") ? AppConfig::Kind::OfficialAccount
                                                         : AppConfig::Kind::MiniProgram;
        app.name = appid;
        WX_TRY(AppRepository(db()).insert(app));
        appIds.insert(appid, AppRepository(db()).rowId(appid));
    }
    // Tags on both OAs; "VIP" exists on each with the same WeChat id.
    QHash<QString, QList<std::tuple<qint64, QString, qint64>>> tagsOf; // appid -> (ref, name, id)
    for (const QString &appid : {kApps[0], kApps[2]})
        for (const auto &[tagId, name] :
             {std::pair{2, "星标组"}, std::pair{100, "VIP"}, std::pair{101, "Churned"}}) {
            const qint64 ref = insert(QStringLiteral("INSERT INTO tags (app_id, tag_id, name) "
                                                     "VALUES (?, ?, ?)"),
                                      {appIds[appid], tagId, QString::fromUtf8(name)});
            tagsOf[appid].append({ref, QString::fromUtf8(name), tagId});
        }
    const qint64 campaigns[2] = {
        insert(QStringLiteral("INSERT INTO campaigns (name, app_id, channel, content, created_by, "
                              "created_at) VALUES ('c1', ?, 'template', '{}', 't', 0)"),
               {appIds[kApps[0]]}),
        insert(QStringLiteral("INSERT INTO campaigns (name, app_id, channel, content, created_by, "
                              "created_at) VALUES ('c2', ?, 'template', '{}', 't', 0)"),
               {appIds[kApps[0]]})};
    WX_TRY(status);
    if (!db().transaction())
        return Status::failure(QStringLiteral("cannot begin"));
    // A profile that will be gone but keep its events (events.profile_id has no foreign key),
    // with an id below the living ones: no condition counts it.
    const qint64 gone =
        insert(QStringLiteral("INSERT INTO profiles (created_at, updated_at) VALUES (0, 0)"), {});
    for (int n = 0; n < count; ++n) {
        Person person;
        if (chance(50))
            person.memberId = QStringLiteral("M%1").arg(n);
        person.id = insert(QStringLiteral("INSERT INTO profiles (member_id, created_at, "
                                          "updated_at) VALUES (?, 0, 0)"),
                           {Sql::textOrNull(person.memberId)});
        for (const QString &appid : kApps) {
            if (!chance(appid == kApps[2] ? 25 : 65))
                continue;
            Account a;
            a.appid = appid;
            a.kind = kindOf(appid);
            a.subscribed = chance(70);
            a.scene = kScenes[random.bounded(int(kScenes.size()))];
            if (a.scene == QLatin1String("ADD_SCENE_QR_CODE"))
                a.qrScene = chance(50) ? QStringLiteral("shop-01") : QStringLiteral("poster-7");
            a.language = chance(80) ? QStringLiteral("zh_CN") : QStringLiteral("en");
            a.subscribeTime = kNow - qint64(random.bounded(400)) * kDay - random.bounded(kDay);
            if (chance(50))
                a.unionid = QStringLiteral("u%1").arg(n);
            const qint64 account = insert(
                QStringLiteral(
                    "INSERT INTO accounts (profile_id, app_id, openid, unionid, "
                    "subscribed, subscribe_time, subscribe_scene, qr_scene, language) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {person.id, appIds[appid], QStringLiteral("o%1-%2").arg(appid).arg(n),
                 Sql::textOrNull(a.unionid), a.subscribed ? 1 : 0, a.subscribeTime, a.scene,
                 Sql::textOrNull(a.qrScene), a.language});
            for (const auto &[ref, name, tagId] : tagsOf.value(appid))
                if (chance(30)) {
                    a.tags.append({name, tagId});
                    WX_TRY(Sql::exec(db(),
                                     QStringLiteral("INSERT INTO account_tags (account_id, "
                                                    "tag_ref) VALUES (?, ?)"),
                                     {account, ref}));
                }
            for (int e = int(random.bounded(7)); e > 0; --e) {
                Event event{kEvents[random.bounded(int(kEvents.size()))], appid, a.kind,
                            kNow - qint64(random.bounded(120)) * kDay - random.bounded(kDay),
                            QStringLiteral("sku-%1").arg(random.bounded(1, 5))};
                person.events.append(event);
                insert(QStringLiteral("INSERT INTO events (account_id, profile_id, app_id, name, "
                                      "occurred_at, props) VALUES (?, ?, ?, ?, ?, ?)"),
                       {account, person.id, appIds[appid], event.name, event.at,
                        QStringLiteral("{\"item\":\"%1\",\"n\":%2}").arg(event.item).arg(e)});
            }
            if (a.kind == QStringLiteral("oa") && chance(30)) {
                const qint64 campaign = campaigns[random.bounded(2)];
                const QString state = kStates[random.bounded(int(kStates.size()))];
                person.deliveries.append({campaign, state});
                insert(QStringLiteral("INSERT INTO deliveries (campaign_id, account_id, "
                                      "profile_id, state, client_msg_id, updated_at) VALUES (?, "
                                      "?, ?, ?, ?, 0)"),
                       {campaign, account, person.id, state,
                        QStringLiteral("m%1-%2").arg(campaign).arg(account)});
            }
            person.accounts.append(a);
        }
        if (chance(10)) {
            person.optedOut = true;
            insert(QStringLiteral("INSERT INTO opt_outs (profile_id, actor, created_at) VALUES "
                                  "(?, 't', 0)"),
                   {person.id});
        }
        WX_TRY(status);
        people.append(person);
    }
    // Events exactly on the edges of ranges: a range includes its start and excludes its end.
    const qint64 augustStart =
        QDateTime(QDate(2026, 8, 1), QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
    const qint64 septemberStart =
        QDateTime(QDate(2026, 9, 1), QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
    const QList<qint64> edges = {augustStart, septemberStart, kNow - 7 * kDay, kNow - 7 * kDay - 1};
    qsizetype index = 0;
    for (const qint64 at : edges) {
        while (people.at(index).accounts.isEmpty())
            ++index;
        Person &person = people[index];
        const QString name = QStringLiteral("edge");
        const Account &a = person.accounts.constFirst();
        person.events.append({name, a.appid, a.kind, at, QString()});
        WX_TRY(Sql::exec(db(),
                         QStringLiteral("INSERT INTO events (account_id, profile_id, app_id, name, "
                                        "occurred_at) SELECT id, profile_id, app_id, ?, ? FROM "
                                        "accounts WHERE profile_id = ? AND openid = ?"),
                         {name, at, person.id, QStringLiteral("o%1-%2").arg(a.appid).arg(index)}));
        ++index;
    }
    for (const QString &name : kEvents)
        WX_TRY(Sql::exec(db(),
                         QStringLiteral("INSERT INTO events (account_id, profile_id, app_id, name, "
                                        "occurred_at, props) SELECT id, ?, app_id, ?, ?, ? FROM "
                                        "accounts WHERE id = (SELECT MIN(id) FROM accounts)"),
                         {gone, name, kNow - kDay, QStringLiteral("{\"item\":\"sku-1\"}")}));
    WX_TRY(Sql::exec(db(), QStringLiteral("DELETE FROM profiles WHERE id = ?"), {gone}));
    return db().commit() ? Status::ok() : Status::failure(QStringLiteral("cannot commit"));
}

// The brute-force side: the meaning of each condition, written plainly over the people.
bool inRange(qint64 at, const SegmentTimeRange &range)
{
    if (range.withinDays >= 0)
        return at >= kNow - range.withinDays * kDay;
    return at >= range.from && at < range.to;
}

bool appMatches(const SegmentNode &node, const QString &appid, const QString &kind)
{
    return (node.appid.isEmpty() || node.appid == appid) &&
           (node.platform.isEmpty() || node.platform == kind);
}

bool matches(const SegmentNode &node, const Person &p, const World &world)
{
    using Kind = SegmentNode::Kind;
    switch (node.kind) {
    case Kind::All:
        return std::all_of(node.children.begin(), node.children.end(),
                           [&](const SegmentNode &c) { return matches(c, p, world); });
    case Kind::Any:
        return std::any_of(node.children.begin(), node.children.end(),
                           [&](const SegmentNode &c) { return matches(c, p, world); });
    case Kind::Not:
        return !matches(node.children.constFirst(), p, world);
    case Kind::Account:
        return std::any_of(p.accounts.begin(), p.accounts.end(), [&](const Account &a) {
            return appMatches(node, a.appid, a.kind) &&
                   (!node.subscribed || *node.subscribed == a.subscribed) &&
                   (node.scene.isEmpty() || node.scene == a.scene) &&
                   (node.qrScene.isEmpty() || node.qrScene == a.qrScene) &&
                   (node.language.isEmpty() || node.language == a.language) &&
                   (!node.subscribeTime || inRange(a.subscribeTime, *node.subscribeTime));
        });
    case Kind::Tag:
        return std::any_of(p.accounts.begin(), p.accounts.end(), [&](const Account &a) {
            return (node.appid.isEmpty() || node.appid == a.appid) &&
                   std::any_of(a.tags.begin(), a.tags.end(), [&](const auto &tag) {
                       return node.tagName.isEmpty() ? tag.second == node.tagId
                                                     : tag.first == node.tagName;
                   });
        });
    case Kind::HasMemberId:
        return p.memberId.isEmpty() != node.flag;
    case Kind::HasUnionid:
        return std::any_of(p.accounts.begin(), p.accounts.end(),
                           [](const Account &a) { return !a.unionid.isEmpty(); }) == node.flag;
    case Kind::Event: {
        qint64 n = 0;
        for (const Event &e : p.events)
            n += e.name == node.eventName && appMatches(node, e.appid, e.kind) &&
                 (!node.eventTime || inRange(e.at, *node.eventTime)) &&
                 (node.propKey.isEmpty() ||
                  (node.propKey == QStringLiteral("item") && e.item == node.propValue));
        return n >= node.atLeast && (!node.atMost || n <= *node.atMost);
    }
    case Kind::ReceivedCampaign:
        return p.deliveries.contains({node.campaignId, QStringLiteral("sent")});
    case Kind::Delivery:
        return std::any_of(p.deliveries.begin(), p.deliveries.end(), [&](const auto &d) {
            return d.second == node.deliveryState &&
                   (node.campaignId == 0 || d.first == node.campaignId);
        });
    case Kind::OptedOut:
        return p.optedOut == node.flag;
    case Kind::InSegment:
        return world.savedMembers.value(node.segmentName).contains(p.id);
    }
    return false;
}

QSet<qint64> bruteForce(const QByteArray &definition, const World &world)
{
    SegmentNode root;
    QString error;
    if (!SegmentDefinition::parse(definition, &root, &error))
        qFatal("the test's definition is invalid: %s", qPrintable(error));
    QSet<qint64> ids;
    for (const Person &p : world.people)
        if (matches(root, p, world))
            ids.insert(p.id);
    return ids;
}

QSet<qint64> membersBySql(SegmentStore &store, const QByteArray &definition, Status *status)
{
    QList<SegmentStore::Match> matches;
    *status = store.sample(definition, 1000000, &matches);
    QSet<qint64> ids;
    for (const SegmentStore::Match &m : std::as_const(matches))
        ids.insert(m.profileId);
    return ids;
}
} // namespace

class TestSegments : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_world.reset(); }
    void definitionMatchesBruteForce_data();
    void definitionMatchesBruteForce();
    void invalidDefinitionsSayWhichNode_data();
    void invalidDefinitionsSayWhichNode();
    void namesHaveALimit();
    void cyclesAreRefused();
    void hugeProfileIdsAreCountedByTheStatement();
    void refreshAddsAndRemovesMembers();

private:
    std::unique_ptr<World> m_world;
};

void TestSegments::initTestCase()
{
    m_world = std::make_unique<World>();
    QVERIFY2(m_world->opened.isOk(), qPrintable(m_world->opened.message()));
    const Status generated = m_world->generate(600, 20261124);
    QVERIFY2(generated.isOk(), qPrintable(generated.message()));
    // A saved segment for the in_segment condition, with its stored membership.
    SegmentStore store(m_world->db(), m_world->clock);
    const QByteArray vips = R"({"tag":{"name":"VIP"}})";
    qint64 id = 0;
    QVERIFY(store.create(QStringLiteral("vips"), vips, &id).isOk());
    SegmentStore::Refresh refresh;
    const Status refreshed = store.refresh(id, &refresh);
    QVERIFY2(refreshed.isOk(), qPrintable(refreshed.message()));
    m_world->savedMembers.insert(QStringLiteral("vips"), bruteForce(vips, *m_world));
    QCOMPARE(refresh.size, m_world->savedMembers.value(QStringLiteral("vips")).size());
}

void TestSegments::definitionMatchesBruteForce_data()
{
    QTest::addColumn<QByteArray>("definition");
    auto row = [](const char *name, const char *json) { QTest::newRow(name) << QByteArray(json); };
    row("everyone", R"({"all":[]})");
    row("no one", R"({"any":[]})");
    row("has an OA account", R"({"account":{"kind":"oa"}})");
    row("subscribed on app a1", R"({"account":{"app":"wxoa000000000000a1","subscribed":true}})");
    row("unsubscribed somewhere", R"({"account":{"subscribed":false}})");
    row("scene and language on one account",
        R"({"account":{"scene":"ADD_SCENE_QR_CODE","language":"en"}})");
    row("followed through one QR code", R"({"account":{"qr_scene":"shop-01"}})");
    row("subscribed in the last 30 days", R"({"account":{"subscribed_within_days":30}})");
    row("subscribed between dates",
        R"({"account":{"subscribed_between":["2026-01-01","2026-03-31"]}})");
    row("tag by name", R"({"tag":{"name":"星标组"}})");
    row("tag by id on one app", R"({"tag":{"id":101,"app":"wxoa000000000000a2"}})");
    row("has member id", R"({"has_member_id":true})");
    row("has no member id", R"({"has_member_id":false})");
    row("has unionid", R"({"has_unionid":true})");
    row("has no unionid", R"({"has_unionid":false})");
    row("performed", R"({"event":{"name":"purchase"}})");
    row("performed at least 3 times", R"({"event":{"name":"view_item","at_least":3}})");
    row("at most twice (never included)", R"({"event":{"name":"share","at_most":2}})");
    row("between 1 and 2 times", R"({"event":{"name":"share","at_least":1,"at_most":2}})");
    row("did not perform", R"({"event":{"name":"purchase","at_most":0}})");
    row("at least never", R"({"event":{"name":"purchase","at_least":0}})");
    row("shared in the last 2 days (a few, looked up by id)",
        R"({"event":{"name":"share","within_days":2}})");
    row("in the last 14 days", R"({"event":{"name":"add_to_cart","within_days":14}})");
    row("between dates on MP",
        R"({"event":{"name":"view_item","kind":"mp","between":["2026-08-01","2026-08-31"]}})");
    row("range edges: start in, end out",
        R"({"event":{"name":"edge","between":["2026-08-01","2026-08-31"]}})");
    row("last 7 days edge", R"({"event":{"name":"edge","within_days":7}})");
    row("with a prop", R"({"event":{"name":"view_item","prop":{"key":"item","value":"sku-3"}}})");
    row("prop, twice, on an app",
        R"({"event":{"name":"purchase","app":"wxoa000000000000a1","at_least":2,)"
        R"("prop":{"key":"item","value":"sku-1"}}})");
    row("received campaign 1", R"({"received_campaign":1})");
    row("a failed delivery", R"({"delivery":{"state":"failed"}})");
    row("skipped in campaign 2", R"({"delivery":{"state":"skipped","campaign":2}})");
    row("opted out", R"({"opted_out":true})");
    row("not opted out", R"({"opted_out":false})");
    row("in a saved segment", R"({"in_segment":"vips"})");
    row("not", R"({"not":{"account":{"kind":"mp"}}})");
    row("nested groups",
        R"({"all":[{"account":{"kind":"oa","subscribed":true}},{"any":[{"tag":{"name":"VIP"}},)"
        R"({"all":[{"event":{"name":"purchase","within_days":60}},{"not":{"opted_out":true}}]}]},)"
        R"({"not":{"any":[{"has_member_id":false},{"event":{"name":"share","at_least":4}}]}}]})");
    row("deep nesting",
        R"({"any":[{"not":{"all":[{"not":{"any":[{"in_segment":"vips"},{"has_unionid":false}]}},)"
        R"({"account":{"language":"en"}}]}},{"event":{"name":"view_item","at_most":1,)"
        R"("within_days":30}}]})");
}

void TestSegments::definitionMatchesBruteForce()
{
    QFETCH(QByteArray, definition);
    SegmentStore store(m_world->db(), m_world->clock);
    const QSet<qint64> expected = bruteForce(definition, *m_world);
    qint64 count = -1;
    const Status counted = store.count(definition, &count);
    QVERIFY2(counted.isOk(), qPrintable(counted.message()));
    QCOMPARE(count, qint64(expected.size()));
    Status listed = Status::ok();
    const QSet<qint64> members = membersBySql(store, definition, &listed);
    QVERIFY2(listed.isOk(), qPrintable(listed.message()));
    QCOMPARE(members, expected);
    // The builder's preview: on SQLite its sample comes from the counted set.
    QList<SegmentStore::Match> sample;
    qint64 previewed = -1;
    const Status shown = store.preview(definition, 1000000, &previewed, &sample);
    QVERIFY2(shown.isOk(), qPrintable(shown.message()));
    QCOMPARE(previewed, qint64(expected.size()));
    QSet<qint64> sampled;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        sampled.insert(sample.at(i).profileId);
        if (i > 0)
            QVERIFY(sample.at(i - 1).profileId < sample.at(i).profileId); // lowest id first
    }
    QCOMPARE(sampled, expected);
}

void TestSegments::invalidDefinitionsSayWhichNode_data()
{
    QTest::addColumn<QByteArray>("definition");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const char *json, const char *message) {
        QTest::newRow(name) << QByteArray(json) << QString::fromUtf8(message);
    };
    row("not JSON", R"({"all":[)", "not valid JSON");
    row("unknown leaf", R"({"all":[{"account":{}},{"bought":{"item":1}}]})",
        "all[1].bought: unknown condition \"bought\"");
    row("two keys", R"({"all":[],"any":[]})", "must be an object with one key");
    row("group not a list", R"({"any":{"opted_out":true}})", "any: must be a list of conditions");
    row("wrong type", R"({"not":{"event":{"name":"x","at_least":"3"}}})",
        "not.event.at_least: must be a whole number, 0 or more");
    row("negative", R"({"event":{"name":"x","within_days":-1}})",
        "event.within_days: must be a whole number, 0 or more");
    // Found by fuzz_segment: a day count whose milliseconds overflow.
    row("beyond a century", R"({"event":{"name":"x","within_days":222222222222222222}})",
        "event.within_days: at most 36500 days");
    row("event without name", R"({"event":{"at_least":1}})", "event: needs \"name\"");
    row("unknown field", R"({"account":{"kind":"oa","colour":"red"}})",
        "account: unknown field \"colour\"");
    row("bad kind", R"({"account":{"kind":"app"}})", "account.kind: must be \"oa\" or \"mp\"");
    row("flag not bool", R"({"has_unionid":"yes"})", "has_unionid: must be true or false");
    row("tag with neither", R"({"tag":{"app":"wxoa000000000000a1"}})",
        "tag: give the tag's \"name\" or its \"id\"");
    row("bad dates", R"({"event":{"name":"x","between":["2026-13-01","2026-01-02"]}})",
        "event.between: a date is YYYY-MM-DD");
    row("dates reversed", R"({"event":{"name":"x","between":["2026-02-01","2026-01-02"]}})",
        "event.between: the second date is before the first");
    row("both ranges",
        R"({"event":{"name":"x","within_days":3,"between":["2026-01-01","2026-01-02"]}})",
        "event: give \"within_days\" or \"between\", not both");
    row("max below min", R"({"event":{"name":"x","at_least":3,"at_most":1}})",
        "event: \"at_most\" is less than \"at_least\"");
    row("bad state", R"({"delivery":{"state":"lost"}})", "delivery.state: must be one of");
    row("missing segment", R"({"all":[{"in_segment":"nobody"}]})",
        "all[0].in_segment: no saved segment is called \"nobody\"");
    // An `any` of 100,000 conditions (a list of people pasted as a rule) is refused at once.
    auto conditions = [](int n) {
        QByteArray json(R"({"any":[)");
        for (int i = 0; i < n; ++i)
            json += (i ? "," : "") + QByteArray(R"({"event":{"name":"e)") + QByteArray::number(i) +
                    R"("}})";
        return json + "]}";
    };
    QTest::newRow("100,000 conditions")
        << conditions(100000) << QStringLiteral("any: a definition holds at most 500 conditions");
    QTest::newRow("501 in nested groups")
        << (QByteArray(R"({"all":[)") + conditions(250) + "," + conditions(250) + "]}")
        << QStringLiteral("all[1].any[247]: a definition holds at most 500 conditions");
}

void TestSegments::invalidDefinitionsSayWhichNode()
{
    QFETCH(QByteArray, definition);
    QFETCH(QString, message);
    SegmentStore store(m_world->db(), m_world->clock);
    qint64 count = 0;
    const Status status = store.count(definition, &count);
    QVERIFY(!status.isOk());
    QVERIFY2(status.message().contains(message),
             qPrintable(
                 QStringLiteral("\"%1\" does not contain \"%2\"").arg(status.message(), message)));
}

// A profile id far above the others (not made by wxops, but possible in a database) would make
// the counter's sets gigabytes: the count goes to the one statement instead.
void TestSegments::hugeProfileIdsAreCountedByTheStatement()
{
    const qint64 huge = 100000000000LL;
    QCOMPARE(SegmentCounter::suits(m_world->db()), !m_world->testDb.isPostgres());
    QVERIFY(Sql::exec(m_world->db(),
                      QStringLiteral("INSERT INTO profiles (id, created_at, updated_at) VALUES "
                                     "(?, 0, 0)"),
                      {huge})
                .isOk());
    const auto removeIt = qScopeGuard([&] {
        EXPECT_OK(
            Sql::exec(m_world->db(), QStringLiteral("DELETE FROM profiles WHERE id = ?"), {huge}));
    });
    QVERIFY(!SegmentCounter::suits(m_world->db()));
    SegmentStore store(m_world->db(), m_world->clock);
    const QByteArray definition = R"({"not":{"has_member_id":true}})";
    qint64 count = -1;
    const Status counted = store.count(definition, &count);
    QVERIFY2(counted.isOk(), qPrintable(counted.message()));
    QCOMPARE(count, qint64(bruteForce(definition, *m_world).size()) + 1);
    QList<SegmentStore::Match> sample;
    QVERIFY(store.preview(definition, 1000000, &count, &sample).isOk());
    QCOMPARE(sample.constLast().profileId, huge);
}

// A name is a name, not a document.
void TestSegments::namesHaveALimit()
{
    SegmentStore store(m_world->db(), m_world->clock);
    qint64 id = 0;
    QCOMPARE(store.create(QString(101, u'n'), R"({"opted_out":true})", &id).message(),
             QStringLiteral("A segment's name is at most 100 characters (this one has 101)."));
    QVERIFY(store.create(QString(100, u'段'), R"({"opted_out":true})", &id).isOk());
}

void TestSegments::cyclesAreRefused()
{
    SegmentStore store(m_world->db(), m_world->clock);
    qint64 a = 0, b = 0;
    QVERIFY(store.create(QStringLiteral("a"), R"({"in_segment":"vips"})", &a).isOk());
    QVERIFY(store.create(QStringLiteral("b"), R"({"any":[{"in_segment":"a"}]})", &b).isOk());
    // a -> b -> a
    const Status status = store.update(a, R"({"all":[{"in_segment":"b"}]})");
    QVERIFY(!status.isOk());
    QVERIFY2(status.message().contains(QStringLiteral("all[0].in_segment: refers back to itself: "
                                                      "a → b → a")),
             qPrintable(status.message()));
    // Itself, directly, on creation.
    qint64 c = 0;
    const Status self = store.create(QStringLiteral("c"), R"({"in_segment":"c"})", &c);
    QVERIFY(!self.isOk());
    QVERIFY2(self.message().contains(QStringLiteral("c → c")), qPrintable(self.message()));
    // A used segment cannot be deleted or renamed from under its users.
    QVERIFY(!store.remove(a).isOk());
    QVERIFY(!store.rename(a, QStringLiteral("a2")).isOk());
    QVERIFY(store.remove(b).isOk());
    QVERIFY(store.remove(a).isOk());
}

void TestSegments::refreshAddsAndRemovesMembers()
{
    World &w = *m_world;
    SegmentStore store(w.db(), w.clock);
    const QByteArray definition = R"({"event":{"name":"purchase","within_days":30}})";
    qint64 id = 0;
    QVERIFY(store.create(QStringLiteral("recent buyers"), definition, &id).isOk());
    SegmentStore::Refresh first;
    QVERIFY(store.refresh(id, &first).isOk());
    const QSet<qint64> before = bruteForce(definition, w);
    QCOMPARE(first.added, qint64(before.size()));
    QCOMPARE(first.removed, 0);
    QVERIFY(!before.isEmpty());

    // A month later, older purchases fall out; one person buys again today.
    w.clock.advanceMsecs(10 * kDay);
    const qint64 buyer = w.people.constFirst().id;
    Status status = Status::ok();
    const qint64 account = Sql::toCount(
        Sql::scalar(w.db(), QStringLiteral("SELECT id FROM accounts WHERE profile_id = ?"),
                    {buyer}),
        &status);
    QVERIFY(account > 0);
    QVERIFY(Sql::exec(w.db(),
                      QStringLiteral("INSERT INTO events (account_id, profile_id, app_id, name, "
                                     "occurred_at) SELECT id, profile_id, app_id, 'purchase', ? "
                                     "FROM accounts WHERE id = ?"),
                      {w.clock.nowMsecs(), account})
                .isOk());
    QSet<qint64> after;
    for (const Person &p : w.people) {
        const bool bought = std::any_of(p.events.begin(), p.events.end(), [&](const Event &e) {
            return e.name == QStringLiteral("purchase") && e.at >= w.clock.nowMsecs() - 30 * kDay;
        });
        if (bought || p.id == buyer)
            after.insert(p.id);
    }
    SegmentStore::Refresh second;
    QVERIFY(store.refresh(id, &second).isOk());
    QCOMPARE(second.size, qint64(after.size()));
    QCOMPARE(second.added, qint64((after - before).size()));
    QCOMPARE(second.removed, qint64((before - after).size()));
    QVERIFY(second.removed > 0);
    QSet<qint64> stored;
    QSqlQuery q(w.db());
    QVERIFY(Sql::run(q,
                     QStringLiteral("SELECT profile_id FROM segment_members WHERE segment_id "
                                    "= ?"),
                     {id}));
    while (q.next())
        stored.insert(q.value(0).toLongLong());
    QCOMPARE(stored, after);
    QList<SegmentStore::SizePoint> history;
    QVERIFY(store.sizeHistory(id, &history).isOk());
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).size, qint64(before.size()));
    QCOMPARE(history.at(1).size, qint64(after.size()));
    w.clock.set(QDateTime::fromMSecsSinceEpoch(kNow));
}

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
