// wxops's own numbers across both apps, on SQLite and PostgreSQL, against a brute force over
// generated people: the cross-platform audience per day (OA only, MP only, both) and the
// follows and unfollows per day, with times on Beijing midnight and a millisecond before it.
#include "analytics/BeijingDays.h"
#include "analytics/CrossPlatformAudience.h"
#include "analytics/FollowActivity.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "TestDatabase.h"

#include <QRandomGenerator>
#include <QtTest>

namespace {
struct Account
{
    qint64 id = 0;
    qint64 profile = 0; // 0: not linked
    qint64 app = 0;
    bool oa = true;
    qint64 since = 0;
    qint64 leftAt = 0;
    bool subscribed = false;
};

const QDate kFrom(2026, 10, 1);
const QDate kTo(2026, 11, 15);
} // namespace

class TestAudience : public QObject
{
    Q_OBJECT

    // A moment around the range: often a Beijing midnight or a millisecond before one.
    qint64 moment(QRandomGenerator &random)
    {
        const QDate day = kFrom.addDays(random.bounded(-20, int(kFrom.daysTo(kTo)) + 6));
        const qint64 start = BeijingDays::startOf(day);
        switch (random.bounded(4)) {
        case 0:
            return start;
        case 1:
            return start - 1;
        default:
            return start + random.bounded(BeijingDays::kDayMsecs);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_testDb.error().isEmpty(), qPrintable(m_testDb.error()));
        m_database.reset(new Database(m_testDb.spec()));
        QVERIFY(m_database->open().isOk());
        QSqlDatabase db = m_database->connections().connection();
        AppRepository apps(db);
        const QList<AppConfig> configs{{QStringLiteral("wxoa000000000000a1"),
                                        AppConfig::Kind::OfficialAccount,
                                        QStringLiteral("OA 1"),
                                        {},
                                        {}},
                                       {QStringLiteral("wxoa000000000000a2"),
                                        AppConfig::Kind::OfficialAccount,
                                        QStringLiteral("OA 2"),
                                        {},
                                        {}},
                                       {QStringLiteral("wxmp000000000000b1"),
                                        AppConfig::Kind::MiniProgram,
                                        QStringLiteral("MP"),
                                        {},
                                        {}}};
        for (const AppConfig &app : configs) {
            QVERIFY(apps.insert(app).isOk());
            m_appRows.append(apps.rowId(app.appid));
        }

        QRandomGenerator random(20261205);
        for (int person = 1; person <= 600; ++person)
            QVERIFY(Sql::exec(db,
                              QStringLiteral("INSERT INTO profiles (id, created_at, updated_at) "
                                             "VALUES (?, 0, 0)"),
                              {person})
                        .isOk());
        qint64 nextId = 1;
        for (int person = 1; person <= 640; ++person) {
            // People 601.. are accounts linked to no profile: each a person of its own.
            const int accounts = person > 600 ? 1 : 1 + random.bounded(3);
            for (int i = 0; i < accounts; ++i) {
                Account a;
                a.id = nextId++;
                a.profile = person > 600 ? 0 : person;
                const int which = random.bounded(3);
                a.app = m_appRows.at(which);
                a.oa = which < 2;
                if (random.bounded(10) > 0)
                    a.since = moment(random);
                if (a.oa) {
                    a.subscribed = random.bounded(3) > 0;
                    if (!a.subscribed && random.bounded(5) > 0)
                        a.leftAt = std::max(a.since, moment(random));
                }
                QVERIFY(
                    Sql::exec(
                        db,
                        QStringLiteral("INSERT INTO accounts (id, profile_id, app_id, openid, "
                                       "subscribed, subscribe_time, unsubscribed_at, first_seen) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {a.id,
                         a.profile ? QVariant(a.profile) : QVariant(QMetaType(QMetaType::LongLong)),
                         a.app, QStringLiteral("o%1").arg(a.id), a.subscribed ? 1 : 0,
                         a.oa && a.since ? QVariant(a.since)
                                         : QVariant(QMetaType(QMetaType::LongLong)),
                         a.leftAt ? QVariant(a.leftAt) : QVariant(QMetaType(QMetaType::LongLong)),
                         !a.oa && a.since ? QVariant(a.since)
                                          : QVariant(QMetaType(QMetaType::LongLong))})
                        .isOk());
                m_accounts.append(a);
            }
        }
    }

    void audienceEqualsABruteForce()
    {
        QList<AudienceDay> expected;
        for (QDate d = kFrom; d <= kTo; d = d.addDays(1)) {
            const qint64 day = d.toJulianDay();
            QHash<qint64, int> state; // person -> 1 follows, 2 uses the MP
            for (const Account &a : m_accounts) {
                const qint64 person = a.profile ? a.profile : -a.id;
                if (!a.since || BeijingDays::dayOf(a.since) > day)
                    continue;
                if (!a.oa)
                    state[person] |= 2;
                else if (a.subscribed || (a.leftAt && BeijingDays::dayOf(a.leftAt) > day))
                    state[person] |= 1;
            }
            AudienceDay counts{d, 0, 0, 0};
            for (int s : state) {
                counts.oaOnly += s == 1;
                counts.mpOnly += s == 2;
                counts.both += s == 3;
            }
            expected.append(counts);
        }
        const auto counted =
            CrossPlatformAudience(m_database->connections().connection()).perDay(kFrom, kTo);
        QVERIFY2(counted.isOk(), qPrintable(counted.status().message()));
        QCOMPARE(counted.value().size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const AudienceDay &got = counted.value().at(i);
            const AudienceDay &want = expected.at(i);
            QVERIFY2(got == want, qPrintable(QStringLiteral("%1: %2/%3/%4, expected %5/%6/%7")
                                                 .arg(want.day.toString(Qt::ISODate))
                                                 .arg(got.oaOnly)
                                                 .arg(got.mpOnly)
                                                 .arg(got.both)
                                                 .arg(want.oaOnly)
                                                 .arg(want.mpOnly)
                                                 .arg(want.both)));
        }
        // The data is not degenerate: every state occurs, and changes over the range.
        QVERIFY(expected.first().both > 0 && expected.last().oaOnly > 0 &&
                expected.last().mpOnly > 0);
        QVERIFY(expected.first().both != expected.last().both);
        QVERIFY(expected.last().followersUsingMp() > 0.0 &&
                expected.last().followersUsingMp() < 1.0);
    }

    void followsAndUnfollowsEqualABruteForce()
    {
        for (qsizetype appIndex = 0; appIndex < 2; ++appIndex) {
            QList<FollowDay> expected;
            for (QDate d = kFrom; d <= kTo; d = d.addDays(1)) {
                FollowDay counts{d, 0, 0};
                for (const Account &a : m_accounts) {
                    if (a.app != m_appRows.at(appIndex))
                        continue;
                    counts.follows += a.since && BeijingDays::dayOf(a.since) == d.toJulianDay();
                    counts.unfollows += a.leftAt && BeijingDays::dayOf(a.leftAt) == d.toJulianDay();
                }
                expected.append(counts);
            }
            const auto counted = FollowActivity(m_database->connections().connection())
                                     .perDay(m_appRows.at(appIndex), kFrom, kTo);
            QVERIFY2(counted.isOk(), qPrintable(counted.status().message()));
            QVERIFY(counted.value() == expected);
            qint64 follows = 0;
            for (const FollowDay &d : expected)
                follows += d.follows;
            QVERIFY(follows > 20);
        }
    }

    void beijingDaysBeginAtSixteenHundredUtc()
    {
        const QDate day(2026, 12, 5);
        QCOMPARE(BeijingDays::startOf(day),
                 QDateTime(QDate(2026, 12, 4), QTime(16, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(BeijingDays::dayOf(BeijingDays::startOf(day)), day.toJulianDay());
        QCOMPARE(BeijingDays::dayOf(BeijingDays::startOf(day) - 1), day.toJulianDay() - 1);
        QCOMPARE(BeijingDays::dayOf(-1), QDate(1970, 1, 1).toJulianDay()); // 07:59:59.999
        QCOMPARE(BeijingDays::dayOf(-BeijingDays::kOffsetMsecs - 1),
                 QDate(1969, 12, 31).toJulianDay());
    }

private:
    TestDatabase m_testDb;
    std::unique_ptr<Database> m_database;
    QList<qint64> m_appRows;
    QList<Account> m_accounts;
};

QTEST_GUILESS_MAIN(TestAudience)
#include "tst_audience.moc"
