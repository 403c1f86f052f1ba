// Funnels across both apps, on SQLite and PostgreSQL, against a brute force over generated
// people: follows, messages received and events on either app, in order, within a window,
// over everyone or a saved segment. Also the definition's errors and `wxops funnel`.
#include "analytics/BeijingDays.h"
#include "analytics/CampaignOutcome.h"
#include "analytics/Funnel.h"
#include "analytics/SegmentTrend.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "TestDatabase.h"
#include "WxopsCli.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

namespace {
const QDate kFrom(2026, 11, 1);
const QDate kTo(2026, 11, 20);
const qint64 kHour = 3600 * 1000;

// Something a person did, as the funnel's steps see it.
struct Happening
{
    qint64 person = 0;
    FunnelStep::Kind kind = FunnelStep::Kind::Event;
    QString name;    // Event
    QString appKind; // Event
    qint64 campaign = 0;
    qint64 at = 0;
};

struct Delivery
{
    qint64 person = 0;
    qint64 campaign = 0;
    QString state;
    QString reason;
    qint64 at = 0; // sent_at when sent
};

bool matches(const FunnelStep &step, const Happening &h)
{
    if (step.kind != h.kind)
        return false;
    switch (step.kind) {
    case FunnelStep::Kind::Follow:
        return true;
    case FunnelStep::Kind::Message:
        return step.campaignId == 0 || step.campaignId == h.campaign;
    case FunnelStep::Kind::Event:
        return step.eventName == h.name && (step.appKind.isEmpty() || step.appKind == h.appKind);
    }
    return false;
}
} // namespace

class TestFunnel : public QObject
{
    Q_OBJECT

    QSqlDatabase db() { return m_database->connections().connection(); }

    // The funnel by hand: each person's first step 1 in the range, then the first of each
    // next step strictly later and within the window of step 1.
    QList<qint64> bruteForce(const FunnelDefinition &d, const QSet<qint64> &members)
    {
        QList<qint64> reached(d.steps.size(), 0);
        const qint64 begin = BeijingDays::startOf(d.from);
        const qint64 end = BeijingDays::startOf(d.to.addDays(1));
        for (qint64 person = 1; person <= m_people; ++person) {
            if (!d.segment.isEmpty() && !members.contains(person))
                continue;
            qint64 first = -1;
            for (const Happening &h : m_happenings)
                if (h.person == person && matches(d.steps.at(0), h) && h.at >= begin &&
                    h.at < end && (first < 0 || h.at < first))
                    first = h.at;
            if (first < 0)
                continue;
            ++reached[0];
            qint64 previous = first;
            for (qsizetype k = 1; k < d.steps.size(); ++k) {
                qint64 next = -1;
                for (const Happening &h : m_happenings)
                    if (h.person == person && matches(d.steps.at(k), h) && h.at > previous &&
                        h.at <= first + qint64(d.withinHours) * kHour && (next < 0 || h.at < next))
                        next = h.at;
                if (next < 0)
                    break;
                ++reached[k];
                previous = next;
            }
        }
        return reached;
    }

    qint64 insert(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(db());
        if (!Sql::run(q, sql + QStringLiteral(" RETURNING id"), values) || !q.next()) {
            qWarning() << Sql::failure(q).message();
            return 0;
        }
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_testDb.error().isEmpty(), qPrintable(m_testDb.error()));
        m_database.reset(new Database(m_testDb.spec()));
        QVERIFY(m_database->open().isOk());
        AppRepository apps(db());
        QVERIFY(apps.insert({QStringLiteral("wxoa000000000000a1"),
                             AppConfig::Kind::OfficialAccount,
                             QStringLiteral("OA"),
                             {},
                             {}})
                    .isOk());
        QVERIFY(apps.insert({QStringLiteral("wxmp000000000000b1"),
                             AppConfig::Kind::MiniProgram,
                             QStringLiteral("MP"),
                             {},
                             {}})
                    .isOk());
        const qint64 oa = apps.rowId(QStringLiteral("wxoa000000000000a1"));
        const qint64 mp = apps.rowId(QStringLiteral("wxmp000000000000b1"));
        const qint64 segment =
            insert(QStringLiteral("INSERT INTO segments (name, definition, created_by, created_at, "
                                  "updated_at) VALUES (?, ?, ?, 0, 0)"),
                   {QStringLiteral("Half"), QStringLiteral("{}"), QStringLiteral("t")});
        QList<qint64> campaigns;
        for (int c = 0; c < 2; ++c)
            campaigns << insert(QStringLiteral("INSERT INTO campaigns (name, app_id, channel, "
                                               "content, created_by, created_at) VALUES (?, ?, "
                                               "?, ?, ?, 0)"),
                                {QStringLiteral("c%1").arg(c), oa, QStringLiteral("template"),
                                 QStringLiteral("{}"), QStringLiteral("t")});
        QVERIFY(segment > 0 && campaigns.constLast() > 0);
        m_started = BeijingDays::startOf(kFrom.addDays(3)) + 10 * kHour;
        for (const qint64 campaign : campaigns)
            QVERIFY(Sql::exec(db(),
                              QStringLiteral("UPDATE campaigns SET started_at = ? WHERE id = ?"),
                              {m_started, campaign})
                        .isOk());

        QRandomGenerator random(20261205);
        const qint64 start = BeijingDays::startOf(kFrom.addDays(-3));
        const qint64 span = BeijingDays::startOf(kTo.addDays(4)) - start;
        auto moment = [&] { return start + qint64(random.generateDouble() * double(span)); };
        static const char *const names[] = {"visit", "purchase", "share"};
        QVERIFY(db().transaction());
        for (qint64 n = 0; n < 500; ++n) {
            const qint64 person =
                insert(QStringLiteral("INSERT INTO profiles (created_at, updated_at) VALUES (0, "
                                      "0)"),
                       {});
            QVERIFY(person > 0);
            m_people = person;
            if (person % 2 == 0)
                QVERIFY(Sql::exec(db(),
                                  QStringLiteral("INSERT INTO segment_members (segment_id, "
                                                 "profile_id, added_at) VALUES (?, ?, 0)"),
                                  {segment, person})
                            .isOk());
            const qint64 oaAccount = insert(
                QStringLiteral("INSERT INTO accounts (profile_id, app_id, openid, subscribed, "
                               "subscribe_time) VALUES (?, ?, ?, 1, ?)"),
                {person, oa, QStringLiteral("oa%1").arg(person), moment()});
            m_happenings.append({person,
                                 FunnelStep::Kind::Follow,
                                 {},
                                 {},
                                 0,
                                 Sql::scalar(db(),
                                             QStringLiteral("SELECT subscribe_time FROM "
                                                            "accounts WHERE id = ?"),
                                             {oaAccount})
                                     .value()
                                     .toLongLong()});
            const qint64 mpAccount =
                insert(QStringLiteral("INSERT INTO accounts (profile_id, app_id, openid, "
                                      "first_seen) VALUES (?, ?, ?, ?)"),
                       {person, mp, QStringLiteral("mp%1").arg(person), moment()});
            for (int e = random.bounded(8); e > 0; --e) {
                const bool onMp = random.bounded(3) > 0;
                const Happening h{person,
                                  FunnelStep::Kind::Event,
                                  QString::fromLatin1(names[random.bounded(3)]),
                                  onMp ? QStringLiteral("mp") : QStringLiteral("oa"),
                                  0,
                                  moment()};
                QVERIFY(
                    Sql::exec(db(),
                              QStringLiteral("INSERT INTO events (account_id, profile_id, "
                                             "app_id, name, occurred_at) VALUES (?, ?, ?, "
                                             "?, ?)"),
                              {onMp ? mpAccount : oaAccount, person, onMp ? mp : oa, h.name, h.at})
                        .isOk());
                m_happenings.append(h);
            }
            for (qsizetype c = 0; c < campaigns.size(); ++c) {
                if (random.bounded(2) == 0)
                    continue;
                // Sent, failed, or left out by a rule (or unreachable): and now and then a
                // second account of the person's sent the same campaign.
                static const char *const states[] = {"sent",   "sent",    "sent",
                                                     "failed", "skipped", "skipped"};
                static const char *const reasons[] = {"opted_out", "frequency_cap", "unsubscribed"};
                const qint64 accountOf[] = {oaAccount, mpAccount};
                for (int a = 0; a < (random.bounded(5) == 0 ? 2 : 1); ++a) {
                    const Delivery d{person, campaigns.at(c),
                                     QString::fromLatin1(states[random.bounded(6)]),
                                     QString::fromLatin1(reasons[random.bounded(3)]), moment()};
                    const bool sent = d.state == QLatin1String("sent");
                    QVERIFY(Sql::exec(
                                db(),
                                QStringLiteral("INSERT INTO deliveries (campaign_id, "
                                               "account_id, profile_id, state, reason, "
                                               "client_msg_id, updated_at, sent_at) VALUES "
                                               "(?, ?, ?, ?, ?, ?, 0, ?)"),
                                {d.campaign, accountOf[a], person, d.state,
                                 d.state == QLatin1String("skipped")
                                     ? QVariant(d.reason)
                                     : QVariant(QMetaType(QMetaType::QString)),
                                 QStringLiteral("m%1-%2-%3").arg(person).arg(c).arg(a),
                                 sent ? QVariant(d.at) : QVariant(QMetaType(QMetaType::LongLong))})
                                .isOk());
                    m_deliveries.append(d);
                    if (sent)
                        m_happenings.append(
                            {person, FunnelStep::Kind::Message, {}, {}, campaigns.at(c), d.at});
                }
            }
        }
        QVERIFY(db().commit());
        for (qint64 person = 2; person <= m_people; person += 2)
            m_members.insert(person);
        m_campaign = campaigns.constFirst();
    }

    void countsEqualABruteForce_data()
    {
        QTest::addColumn<QByteArray>("definition");
        QTest::newRow("follow, message, MP visit, purchase")
            << QByteArray(R"({"steps": [{"follow": {}}, {"message": {}},
                {"event": "visit", "kind": "mp"}, {"event": "purchase"}], "within_hours": 240})");
        QTest::newRow("visit then visit again, a day")
            << QByteArray(R"({"steps": [{"event": "visit"}, {"event": "visit"}],
                "within_hours": 24})");
        QTest::newRow("one campaign, then a purchase on the MP, over a segment")
            << QStringLiteral(R"({"steps": [{"message": {"campaign": %1}},
                {"event": "purchase", "kind": "mp"}], "within_hours": 72, "segment": "Half"})")
                   .arg(m_campaign)
                   .toUtf8();
        QTest::newRow("OA share, then anything on the MP, a week, a shorter range")
            << QByteArray(R"({"steps": [{"event": "share", "kind": "oa"}, {"event": "visit",
                "kind": "mp"}, {"event": "share", "kind": "mp"}], "from": "2026-11-05",
                "to": "2026-11-12"})");
        QTest::newRow("one step") << QByteArray(R"({"steps": [{"event": "purchase"}]})");
    }

    void countsEqualABruteForce()
    {
        QFETCH(QByteArray, definition);
        FunnelDefinition d;
        const Status parsed = FunnelDefinition::parse(definition, kTo, &d);
        QVERIFY2(parsed.isOk(), qPrintable(parsed.message()));
        const QList<qint64> expected = bruteForce(d, m_members);
        // In one statement, and split over three ranges of people counted at once.
        for (const int parts : {1, 3}) {
            const auto counted = Funnel(m_database->connections(), parts).count(d);
            QVERIFY2(counted.isOk(), qPrintable(counted.status().message()));
            QCOMPARE(counted.value().people, expected);
        }
        QVERIFY2(expected.constFirst() > 10, "too few people start the funnel to tell");
        if (expected.size() > 1)
            QVERIFY(expected.constLast() > 0 && expected.constLast() < expected.constFirst());
    }

    // Recipients: anyone sent the campaign, from their first send; comparison: the rest whom a
    // rule left out (not the unsubscribed), from the campaign's start.
    void campaignOutcomeMatchesAHandCount()
    {
        FunnelStep purchase;
        purchase.eventName = QStringLiteral("purchase");
        purchase.appKind = QStringLiteral("mp");
        const int hours = 96;
        QHash<qint64, qint64> firstSent;
        QSet<qint64> leftOut;
        for (const Delivery &d : m_deliveries) {
            if (d.campaign != m_campaign)
                continue;
            if (d.state == QLatin1String("sent"))
                firstSent[d.person] =
                    firstSent.contains(d.person) ? std::min(firstSent.value(d.person), d.at) : d.at;
            else if (d.state == QLatin1String("skipped") &&
                     d.reason != QLatin1String("unsubscribed"))
                leftOut.insert(d.person);
        }
        auto did = [&](qint64 person, qint64 from) {
            for (const Happening &h : m_happenings)
                if (h.person == person && matches(purchase, h) && h.at >= from &&
                    h.at <= from + hours * kHour)
                    return true;
            return false;
        };
        CampaignOutcomeResult expected;
        for (auto it = firstSent.cbegin(); it != firstSent.cend(); ++it) {
            ++expected.recipients;
            expected.recipientsWhoDid += did(it.key(), it.value());
        }
        for (const qint64 person : leftOut) {
            if (firstSent.contains(person))
                continue;
            ++expected.comparison;
            expected.comparisonWhoDid += did(person, m_started);
        }
        const auto counted = CampaignOutcome(db()).count(m_campaign, purchase, hours);
        QVERIFY2(counted.isOk(), qPrintable(counted.status().message()));
        QCOMPARE(counted.value().recipients, expected.recipients);
        QCOMPARE(counted.value().recipientsWhoDid, expected.recipientsWhoDid);
        QCOMPARE(counted.value().comparison, expected.comparison);
        QCOMPARE(counted.value().comparisonWhoDid, expected.comparisonWhoDid);
        QVERIFY(expected.recipientsWhoDid > 0 && expected.comparisonWhoDid > 0);
        QVERIFY(expected.comparison > 20);

        QVERIFY(!CampaignOutcome(db()).count(999999, purchase, hours).isOk());
    }

    void definitionErrorsSayWhere_data()
    {
        QTest::addColumn<QByteArray>("definition");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("not a JSON object");
        QTest::newRow("no steps") << QByteArray(R"({"steps": []})") << QStringLiteral("\"steps\"");
        QTest::newRow("two kinds in a step")
            << QByteArray(R"({"steps": [{"event": "a", "follow": {}}]})")
            << QStringLiteral("\"steps[0]\"");
        QTest::newRow("bad kind") << QByteArray(R"({"steps": [{"event": "a", "kind": "x"}]})")
                                  << QStringLiteral("\"oa\" or \"mp\"");
        QTest::newRow("bad window")
            << QByteArray(R"({"steps": [{"follow": {}}], "within_hours": 1.5})")
            << QStringLiteral("\"within_hours\"");
        QTest::newRow("bad date") << QByteArray(R"({"steps": [{"follow": {}}], "from": "1/2"})")
                                  << QStringLiteral("\"from\"");
        QTest::newRow("reversed")
            << QByteArray(
                   R"({"steps": [{"follow": {}}], "from": "2026-11-02", "to": "2026-11-01"})")
            << QStringLiteral("after the last");
        QTest::newRow("eleven steps")
            << QByteArray(R"({"steps": [{"follow": {}}, {"follow": {}}, {"follow": {}},
                {"follow": {}}, {"follow": {}}, {"follow": {}}, {"follow": {}}, {"follow": {}},
                {"follow": {}}, {"follow": {}}, {"follow": {}}]})")
            << QStringLiteral("1 to 10 steps");
    }

    void definitionErrorsSayWhere()
    {
        QFETCH(QByteArray, definition);
        QFETCH(QString, mentions);
        FunnelDefinition d;
        const Status parsed = FunnelDefinition::parse(definition, kTo, &d);
        QVERIFY(!parsed.isOk());
        QVERIFY2(parsed.message().contains(mentions), qPrintable(parsed.message()));
    }

    // A segment over time against a count over the generated people: size after each day's
    // last refresh, members active on the Mini Program in the 7 days up to the day, messages.
    void segmentTrendEqualsABruteForce()
    {
        const qint64 segment =
            Sql::scalar(db(), QStringLiteral("SELECT id FROM segments WHERE name = ?"),
                        {QStringLiteral("Half")})
                .value()
                .toLongLong();
        const QList<QPair<qint64, qint64>> refreshes{
            {BeijingDays::startOf(kFrom.addDays(2)) + kHour, 100},
            {BeijingDays::startOf(kFrom.addDays(2)) + 5 * kHour, 120},
            {BeijingDays::startOf(kFrom.addDays(5)), 130}};
        for (const auto &[at, size] : refreshes)
            QVERIFY(Sql::exec(db(),
                              QStringLiteral("INSERT INTO segment_sizes (segment_id, at, size) "
                                             "VALUES (?, ?, ?)"),
                              {segment, at, size})
                        .isOk());
        const auto trend = SegmentTrend(db()).load(segment, kFrom, kTo);
        QVERIFY2(trend.isOk(), qPrintable(trend.status().message()));
        QCOMPARE(trend.value().size(), kFrom.daysTo(kTo) + 1);
        qint64 activeSeen = 0;
        qint64 messagesSeen = 0;
        for (const SegmentTrendDay &day : trend.value()) {
            const qint64 n = day.day.toJulianDay();
            QSet<qint64> active;
            qint64 messages = 0;
            for (const Happening &h : m_happenings)
                if (m_members.contains(h.person) && h.kind == FunnelStep::Kind::Event &&
                    h.appKind == QStringLiteral("mp") && BeijingDays::dayOf(h.at) <= n &&
                    BeijingDays::dayOf(h.at) > n - SegmentTrend::kActiveDays)
                    active.insert(h.person);
            for (const Delivery &d : m_deliveries)
                if (m_members.contains(d.person) && d.state == QStringLiteral("sent") &&
                    BeijingDays::dayOf(d.at) == n)
                    ++messages;
            QCOMPARE(day.activeOnMp7, qint64(active.size()));
            QCOMPARE(day.messagesSent, messages);
            const qint64 size = day.day < kFrom.addDays(2)   ? -1
                                : day.day < kFrom.addDays(5) ? 120
                                                             : 130;
            QCOMPARE(day.size, size);
            activeSeen += day.activeOnMp7;
            messagesSeen += day.messagesSent;
        }
        QVERIFY2(activeSeen > 0 && messagesSeen > 0, "too little happened to tell");
    }

    void anUnknownSegmentIsRefused()
    {
        FunnelDefinition d;
        QVERIFY(
            FunnelDefinition::parse(R"({"steps": [{"follow": {}}], "segment": "Nobody"})", kTo, &d)
                .isOk());
        const auto counted = Funnel(m_database->connections()).count(d);
        QVERIFY(!counted.isOk());
        QVERIFY(counted.status().message().contains(QStringLiteral("Nobody")));
    }

    void theCommandLine()
    {
        QTemporaryDir home;
        WxopsCli cli(home, m_testDb.spec().toUrl());
        const QString path =
            WxopsCli::writeFile(home, QStringLiteral("funnel.json"),
                                R"({"steps": [{"follow": {}}, {"event": "visit", "kind": "mp"}],
                "within_hours": 240, "from": "2026-11-01", "to": "2026-11-20"})");
        const auto run = cli.run({QStringLiteral("funnel"), QStringLiteral("--definition"), path,
                                  QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray steps = QJsonDocument::fromJson(run.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("steps"))
                                     .toArray();
        QCOMPARE(steps.size(), 2);
        FunnelDefinition d;
        QVERIFY(FunnelDefinition::parse(
                    R"({"steps": [{"follow": {}}, {"event": "visit", "kind": "mp"}],
                "within_hours": 240, "from": "2026-11-01", "to": "2026-11-20"})",
                    kTo, &d)
                    .isOk());
        const QList<qint64> expected = bruteForce(d, m_members);
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("people")).toInteger(),
                 expected.at(0));
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("people")).toInteger(),
                 expected.at(1));

        const auto text = cli.run({QStringLiteral("funnel"), QStringLiteral("--definition"), path});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Followed the Official Account")),
                 qPrintable(text.out));
        FunnelStep purchase;
        purchase.eventName = QStringLiteral("purchase");
        purchase.appKind = QStringLiteral("mp");
        const auto expectedOutcome = CampaignOutcome(db()).count(m_campaign, purchase, 96);
        QVERIFY(expectedOutcome.isOk());
        const auto outcome = cli.run({QStringLiteral("campaign"), QStringLiteral("outcome"),
                                      QString::number(m_campaign), QStringLiteral("--event"),
                                      QStringLiteral("purchase"), QStringLiteral("--kind"),
                                      QStringLiteral("mp"), QStringLiteral("--within-hours"),
                                      QStringLiteral("96"), QStringLiteral("--json")});
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
        const QJsonObject o = QJsonDocument::fromJson(outcome.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("recipients_who_did")).toInteger(),
                 expectedOutcome.value().recipientsWhoDid);
        QCOMPARE(o.value(QStringLiteral("comparison")).toInteger(),
                 expectedOutcome.value().comparison);
        const auto noEvent = cli.run(
            {QStringLiteral("campaign"), QStringLiteral("outcome"), QString::number(m_campaign)});
        QCOMPARE(noEvent.exitCode, 64);

        const QString bad = WxopsCli::writeFile(home, QStringLiteral("bad.json"), "{\"steps\": 1}");
        const auto refused =
            cli.run({QStringLiteral("funnel"), QStringLiteral("--definition"), bad});
        QCOMPARE(refused.exitCode, 64);
        QVERIFY2(refused.err.contains(QStringLiteral("\"steps\"")), qPrintable(refused.err));
    }

private:
    TestDatabase m_testDb;
    std::unique_ptr<Database> m_database;
    QList<Happening> m_happenings;
    QList<Delivery> m_deliveries;
    qint64 m_started = 0;
    QSet<qint64> m_members;
    qint64 m_people = 0;
    qint64 m_campaign = 0;
};

QTEST_GUILESS_MAIN(TestFunnel)
#include "tst_funnel.moc"
