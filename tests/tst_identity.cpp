// The identity rules on SQLite and PostgreSQL: unionid, member ID, blocked values, the conflict
// case, manual link / unlink / undo with history and audit, and a full rebuild that equals the
// incremental result.
#include "DbSnapshot.h"
#include "ExpectOk.h"
#include "identity/IdentityConflicts.h"
#include "identity/IdentityLinker.h"
#include "messaging/OptOutList.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "TestDatabase.h"
#include "util/Clock.h"

#include <functional>
#include <QRandomGenerator>
#include <QtTest>
#include <random>

namespace {
// A database with three apps (an OA and two Mini Programs) and helpers to add accounts.
struct IdentityWorld
{
    IdentityWorld() : database(testDb.spec()), clock(QDateTime::fromMSecsSinceEpoch(1790000000000))
    {
        opened = testDb.error().isEmpty() ? database.open() : Status::failure(testDb.error());
        for (const auto &[appid, kind] :
             {std::pair{"wxoa00000000000001", AppConfig::Kind::OfficialAccount},
              std::pair{"wxmp00000000000001", AppConfig::Kind::MiniProgram},
              std::pair{"wxmp00000000000002", AppConfig::Kind::MiniProgram}}) {
            AppConfig app;
            app.appid = QLatin1String(appid);
            app.kind = kind;
            app.name = app.appid;
            if (opened.isOk())
                opened = AppRepository(db()).insert(app);
        }
    }
    QSqlDatabase db() { return database.connections().connection(); }

    // Adds an account; an empty unionid / member ID is stored as NULL.
    qint64 add(int app, const QString &openid, const QString &unionid = {},
               const QString &memberId = {})
    {
        return Sql::scalar(
                   db(),
                   QStringLiteral("INSERT INTO accounts (app_id, openid, unionid, member_id) "
                                  "VALUES (?, ?, ?, ?) RETURNING id"),
                   {app, openid, Sql::textOrNull(unionid), Sql::textOrNull(memberId)})
            .value()
            .toLongLong();
    }
    qint64 profileOf(qint64 account)
    {
        return Sql::scalar(db(), QStringLiteral("SELECT profile_id FROM accounts WHERE id = ?"),
                           {account})
            .value()
            .toLongLong();
    }
    Status link(const QList<qint64> &accounts)
    {
        return IdentityLinker(db(), clock).linkAccounts(accounts);
    }

    TestDatabase testDb;
    Database database;
    ManualClock clock;
    Status opened = Status::ok();
};
} // namespace

class TestIdentity : public QObject
{
    Q_OBJECT
private slots:
    void sameUnionidIsOnePerson()
    {
        IdentityWorld w;
        QVERIFY2(w.opened.isOk(), qPrintable(w.opened.message()));
        const qint64 oa = w.add(1, QStringLiteral("oa-1"), QStringLiteral("u-1"));
        QVERIFY(w.link({oa}).isOk());
        const qint64 mp = w.add(2, QStringLiteral("mp-1"), QStringLiteral("u-1"));
        const qint64 other = w.add(2, QStringLiteral("mp-2"), QStringLiteral("u-2"));
        QVERIFY(w.link({mp, other}).isOk());
        QVERIFY(w.profileOf(oa) != 0);
        QCOMPARE(w.profileOf(mp), w.profileOf(oa));
        QVERIFY(w.profileOf(other) != w.profileOf(oa));
        QCOMPARE(DbSnapshot::count(w.db(), QStringLiteral("SELECT COUNT(*) FROM identity_links "
                                                          "WHERE kind = 'unionid' AND value = "
                                                          "'u-1' AND removed_at IS NULL")),
                 2);
    }

    void sameMemberIdWithoutUnionidIsOnePerson()
    {
        IdentityWorld w;
        QVERIFY(w.opened.isOk());
        const qint64 a = w.add(2, QStringLiteral("mp-a"), {}, QStringLiteral("M1"));
        QVERIFY(w.link({a}).isOk());
        const qint64 b = w.add(3, QStringLiteral("mp2-b"), {}, QStringLiteral("M1"));
        QVERIFY(w.link({b}).isOk());
        QCOMPARE(w.profileOf(b), w.profileOf(a));
        QCOMPARE(Sql::scalar(w.db(), QStringLiteral("SELECT member_id FROM profiles WHERE id = ?"),
                             {w.profileOf(a)})
                     .value()
                     .toString(),
                 QStringLiteral("M1"));
    }

    void blockedValuesNeverLink()
    {
        IdentityWorld w;
        QVERIFY(w.opened.isOk());
        QList<qint64> ids;
        int n = 0;
        for (const QString &blocked :
             {QStringLiteral("0"), QStringLiteral("null"), QStringLiteral("NULL"),
              QStringLiteral("undefined"), QStringLiteral(" "), QStringLiteral("None")}) {
            ids << w.add(2, QStringLiteral("mp-x%1").arg(n), blocked, blocked);
            ids << w.add(3, QStringLiteral("mp-y%1").arg(n++), blocked, blocked);
        }
        QVERIFY(w.link(ids).isOk());
        QCOMPARE(DbSnapshot::count(w.db(), QStringLiteral("SELECT COUNT(DISTINCT profile_id) FROM "
                                                          "accounts")),
                 qint64(ids.size()));
        QCOMPARE(DbSnapshot::count(w.db(), QStringLiteral("SELECT COUNT(*) FROM identity_links")),
                 0);
    }

    void memberIdJoinsAProfileThatHasNoUnionid()
    {
        // A (member M, no unionid) and B (unionid U) are two profiles until C (U and M) shows
        // they are one person: the profiles merge.
        IdentityWorld w;
        QVERIFY(w.opened.isOk());
        const qint64 a = w.add(3, QStringLiteral("mp2-a"), {}, QStringLiteral("M7"));
        const qint64 b = w.add(1, QStringLiteral("oa-b"), QStringLiteral("U7"));
        QVERIFY(w.link({a, b}).isOk());
        QVERIFY(w.profileOf(a) != w.profileOf(b));
        const qint64 c =
            w.add(2, QStringLiteral("mp-c"), QStringLiteral("U7"), QStringLiteral("M7"));
        QVERIFY(w.link({c}).isOk());
        QCOMPARE(w.profileOf(a), w.profileOf(c));
        QCOMPARE(w.profileOf(b), w.profileOf(c));
        QCOMPARE(DbSnapshot::count(w.db(), QStringLiteral("SELECT COUNT(*) FROM profiles")), 1);
        QVERIFY(DbSnapshot::count(w.db(), QStringLiteral("SELECT COUNT(*) FROM identity_history "
                                                         "WHERE action = 'merge'")) >= 1);
    }

    void optOutsAndMessagesFollowThePersonThroughAMergeAndARebuild()
    {
        IdentityWorld w;
        QVERIFY(w.opened.isOk());
        const qint64 a = w.add(3, QStringLiteral("mp2-a"), {}, QStringLiteral("M8"));
        const qint64 b = w.add(1, QStringLiteral("oa-b"), QStringLiteral("U8"));
        QVERIFY(w.link({a, b}).isOk());
        // Support records that the member-ID profile asked for no messages at all.
        OptOutList list(w.db(), w.clock);
        QVERIFY(!list.add(w.profileOf(a), QStringLiteral("all"), QString(), QStringLiteral("s"))
                     .isOk()); // a reason is required
        QVERIFY(!list.add(w.profileOf(a), QStringLiteral("fax"), QStringLiteral("r"),
                          QStringLiteral("s"))
                     .isOk());
        QVERIFY(list.add(w.profileOf(a), QStringLiteral("all"), QStringLiteral("ticket 4711"),
                         QStringLiteral("support"))
                    .isOk());
        const auto optOutsOf = [&](qint64 account) {
            QList<OptOutList::Entry> entries;
            EXPECT_OK(list.of(w.profileOf(account), &entries));
            QStringList channels;
            for (const OptOutList::Entry &e : entries)
                channels << e.channel + u':' + e.reason;
            return channels;
        };
        QCOMPARE(optOutsOf(a), QStringList{QStringLiteral("all:ticket 4711")});
        // A message A received (for the frequency cap and the "received" segment leaf).
        QVERIFY(Sql::exec(w.db(), QStringLiteral("INSERT INTO campaigns (name, app_id, channel, "
                                                 "content, created_by, created_at) VALUES ('c', "
                                                 "3, 'subscribe', '{}', 't', 1)"))
                    .isOk());
        QVERIFY(Sql::exec(w.db(),
                          QStringLiteral("INSERT INTO deliveries (campaign_id, account_id, "
                                         "profile_id, state, client_msg_id, updated_at, sent_at) "
                                         "VALUES (1, ?, ?, 'sent', 'x', 1, 1)"),
                          {a, w.profileOf(a)})
                    .isOk());
        const auto deliveryProfile = [&] {
            return DbSnapshot::count(w.db(), QStringLiteral("SELECT profile_id FROM deliveries"));
        };
        // Both profiles are members of a segment (memberships have no foreign key to profiles).
        QVERIFY(Sql::exec(w.db(), QStringLiteral("INSERT INTO segments (name, definition, "
                                                 "created_by, created_at, updated_at) VALUES "
                                                 "('s', '{}', 't', 1, 1)"))
                    .isOk());
        for (const qint64 account : {a, b})
            QVERIFY(Sql::exec(w.db(),
                              QStringLiteral("INSERT INTO segment_members (segment_id, "
                                             "profile_id, added_at) SELECT id, ?, 1 FROM segments"),
                              {w.profileOf(account)})
                        .isOk());
        const auto strayMembers = [&] {
            return DbSnapshot::count(w.db(), QStringLiteral("SELECT COUNT(*) FROM segment_members "
                                                            "WHERE profile_id NOT IN (SELECT id "
                                                            "FROM profiles)"));
        };
        // C shows A and B are one person: A's profile merges into B's, the opt-out with it.
        const qint64 c =
            w.add(2, QStringLiteral("mp-c"), QStringLiteral("U8"), QStringLiteral("M8"));
        QVERIFY(w.link({c}).isOk());
        QCOMPARE(w.profileOf(a), w.profileOf(b));
        QCOMPARE(optOutsOf(b), QStringList{QStringLiteral("all:ticket 4711")});
        QCOMPARE(deliveryProfile(), w.profileOf(a));
        QCOMPARE(strayMembers(), 0); // the merged-away profile's membership went with it
        QCOMPARE(DbSnapshot::count(w.db(), QStringLiteral("SELECT COUNT(*) FROM segment_members")),
                 1);
        // A rebuild makes every profile anew; the opt-out lands on the person's new profile.
        QVERIFY(IdentityLinker(w.db(), w.clock).rebuild(QStringLiteral("admin")).isOk());
        QCOMPARE(optOutsOf(c), QStringList{QStringLiteral("all:ticket 4711")});
        QCOMPARE(deliveryProfile(), w.profileOf(a));
        QCOMPARE(strayMembers(), 0);
        QCOMPARE(DbSnapshot::count(w.db(), QStringLiteral("SELECT COUNT(*) FROM opt_outs")), 1);
        // Removing it needs a reason too, and both changes are in the audit log.
        QVERIFY(!list.remove(w.profileOf(c), QStringLiteral("all"), QString(),
                             QStringLiteral("support"))
                     .isOk());
        QVERIFY(list.remove(w.profileOf(c), QStringLiteral("all"),
                            QStringLiteral("asked to hear from us again"),
                            QStringLiteral("support"))
                    .isOk());
        QVERIFY(optOutsOf(c).isEmpty());
        QCOMPARE(DbSnapshot::count(w.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                          "action LIKE 'optout.%'")),
                 2);
    }

    void differentUnionidsAreAConflictNotAMerge()
    {
        IdentityWorld w;
        QVERIFY(w.opened.isOk());
        const qint64 a =
            w.add(2, QStringLiteral("mp-a"), QStringLiteral("U1"), QStringLiteral("M9"));
        QVERIFY(w.link({a}).isOk());
        const qint64 b =
            w.add(3, QStringLiteral("mp2-b"), QStringLiteral("U2"), QStringLiteral("M9"));
        QVERIFY(w.link({b}).isOk());
        QVERIFY(w.profileOf(a) != w.profileOf(b));
        const QStringList conflicts = DbSnapshot::rows(
            w.db(), QStringLiteral("SELECT profile_a, profile_b FROM identity_conflicts"));
        QCOMPARE(conflicts.size(), 1);
        const qint64 low = qMin(w.profileOf(a), w.profileOf(b));
        const qint64 high = qMax(w.profileOf(a), w.profileOf(b));
        QCOMPARE(conflicts.constFirst(), QStringLiteral("%1|%2").arg(low).arg(high));
        // Support cannot link them by hand either: they are two WeChat users.
        const Status refused = IdentityLinker(w.db(), w.clock)
                                   .linkManually(b, w.profileOf(a), QStringLiteral("ann"),
                                                 QStringLiteral("same phone"));
        QVERIFY(!refused.isOk());
        QVERIFY(refused.message().contains(QStringLiteral("unionid")));

        // Support marks the pair reviewed once; a second console's mark is refused, not lost.
        IdentityConflicts review(w.db(), w.clock);
        const StatusOr<QList<IdentityConflicts::Conflict>> open = review.open();
        QVERIFY2(open.isOk(), qPrintable(open.message()));
        QCOMPARE(open.value().size(), 1);
        QCOMPARE(open.value().constFirst().profileA, low);
        QCOMPARE(review.openCount().value(), 1);
        const qint64 id = open.value().constFirst().id;
        const Status reviewed = review.markReviewed(id, QStringLiteral("ann"));
        QVERIFY2(reviewed.isOk(), qPrintable(reviewed.message()));
        QVERIFY(!review.markReviewed(id, QStringLiteral("bob")).isOk());
        QCOMPARE(review.openCount().value(), 0);
        QCOMPARE(DbSnapshot::rows(w.db(), QStringLiteral("SELECT resolved_by, resolved_at FROM "
                                                         "identity_conflicts")),
                 QStringList{QStringLiteral("ann|%1").arg(w.clock.nowMsecs())});
        QCOMPARE(DbSnapshot::rows(w.db(), QStringLiteral("SELECT actor, object FROM audit_log "
                                                         "WHERE action = "
                                                         "'identity.conflict_reviewed'")),
                 QStringList{QStringLiteral("ann|conflict:%1").arg(id)});
    }

    void manualLinkUnlinkAndUndo()
    {
        IdentityWorld w;
        QVERIFY(w.opened.isOk());
        const qint64 oa = w.add(1, QStringLiteral("oa-1"), QStringLiteral("U1"));
        const qint64 mp = w.add(2, QStringLiteral("mp-1")); // no unionid, no member ID
        QVERIFY(w.link({oa, mp}).isOk());
        const qint64 person = w.profileOf(oa);
        const qint64 mpOwn = w.profileOf(mp);
        QVERIFY(person != mpOwn);
        IdentityLinker linker(w.db(), w.clock);

        QVERIFY(!linker.linkManually(mp, person, QStringLiteral("ann"), QString()).isOk());
        QVERIFY(linker
                    .linkManually(mp, person, QStringLiteral("ann"),
                                  QStringLiteral("same phone number in the ticket"))
                    .isOk());
        QCOMPARE(w.profileOf(mp), person);
        QCOMPARE(DbSnapshot::count(w.db(), QStringLiteral("SELECT COUNT(*) FROM profiles")), 1);
        // Rules applied again (a later import) do not undo support's decision.
        QVERIFY(w.link({mp}).isOk());
        QCOMPARE(w.profileOf(mp), person);

        const qint64 linkEntry =
            Sql::scalar(w.db(), QStringLiteral("SELECT id FROM identity_history WHERE action = "
                                               "'manual_link'"))
                .value()
                .toLongLong();
        QVERIFY(linkEntry);
        QCOMPARE(DbSnapshot::rows(w.db(), QStringLiteral("SELECT actor, reason FROM "
                                                         "identity_history WHERE id = %1")
                                              .arg(linkEntry)),
                 QStringList{QStringLiteral("ann|same phone number in the ticket")});
        QVERIFY(
            linker.undo(linkEntry, QStringLiteral("bob"), QStringLiteral("wrong ticket")).isOk());
        QVERIFY(w.profileOf(mp) != person);
        QVERIFY(!linker.undo(linkEntry, QStringLiteral("bob"), QString()).isOk()); // only once

        // Unlink an account that the rules linked; it stays apart until undone.
        const qint64 mp2 = w.add(3, QStringLiteral("mp2-1"), QStringLiteral("U1"));
        QVERIFY(w.link({mp2}).isOk());
        QCOMPARE(w.profileOf(mp2), person);
        qint64 apart = 0;
        QVERIFY(linker.unlink(mp2, QStringLiteral("ann"), QStringLiteral("shared phone"), &apart)
                    .isOk());
        QCOMPARE(w.profileOf(mp2), apart);
        QVERIFY(w.link({mp2}).isOk());
        QCOMPARE(w.profileOf(mp2), apart);
        const qint64 unlinkEntry =
            Sql::scalar(w.db(), QStringLiteral("SELECT id FROM identity_history WHERE action = "
                                               "'unlink'"))
                .value()
                .toLongLong();
        QVERIFY(linker.undo(unlinkEntry, QStringLiteral("ann"), QString()).isOk());
        QCOMPARE(w.profileOf(mp2), person);

        // Every step is in the audit log with its actor.
        QCOMPARE(DbSnapshot::rows(w.db(), QStringLiteral("SELECT actor, action FROM audit_log "
                                                         "WHERE action LIKE 'identity.%' ORDER "
                                                         "BY id")),
                 (QStringList{
                     QStringLiteral("ann|identity.link"), QStringLiteral("bob|identity.undo"),
                     QStringLiteral("ann|identity.unlink"), QStringLiteral("ann|identity.undo")}));
    }

    void rebuildEqualsIncremental()
    {
        // A generated population: people with an OA and/or MP accounts, unionids for most,
        // member IDs for some, arriving in random order and random batches.
        IdentityWorld w;
        QVERIFY(w.opened.isOk());
        QRandomGenerator random(42);
        struct Pending
        {
            int app;
            QString openid, unionid, memberId;
        };
        QList<Pending> pending;
        for (int person = 0; person < 600; ++person) {
            const bool hasUnionid = random.bounded(10) < 7;
            const bool hasMember = random.bounded(10) < 4;
            const QString unionid = hasUnionid ? QStringLiteral("u%1").arg(person) : QString();
            const QString member = hasMember ? QStringLiteral("M%1").arg(person) : QString();
            for (int app = 1; app <= 3; ++app) {
                if (random.bounded(3) == 0)
                    continue;
                // OA accounts never carry a member ID; MP ones do when the backend knows it.
                const bool carriesMember = app != 1 && random.bounded(2) == 0;
                pending.append({app, QStringLiteral("p%1-a%2").arg(person).arg(app), unionid,
                                carriesMember ? member : QString()});
            }
        }
        std::shuffle(pending.begin(), pending.end(), std::mt19937(7));
        qsizetype at = 0;
        while (at < pending.size()) {
            const int batch = 1 + int(random.bounded(80));
            QList<qint64> ids;
            for (; at < pending.size() && ids.size() < batch; ++at)
                ids << w.add(pending[at].app, pending[at].openid, pending[at].unionid,
                             pending[at].memberId);
            QVERIFY(w.link(ids).isOk());
        }
        // A manual decision survives the rebuild.
        const qint64 pinnedAccount =
            Sql::scalar(w.db(), QStringLiteral("SELECT MIN(id) FROM accounts WHERE unionid IS "
                                               "NOT NULL"))
                .value()
                .toLongLong();
        IdentityLinker linker(w.db(), w.clock);
        QVERIFY(linker.unlink(pinnedAccount, QStringLiteral("ann"), QStringLiteral("test")).isOk());

        const QStringList incremental = DbSnapshot::partition(w.db());
        QCOMPARE(
            DbSnapshot::count(w.db(), QStringLiteral("SELECT COUNT(*) FROM identity_conflicts")),
            0);
        QVERIFY(linker.rebuild(QStringLiteral("ann")).isOk());
        QCOMPARE(DbSnapshot::partition(w.db()), incremental);
        QCOMPARE(DbSnapshot::count(w.db(), QStringLiteral("SELECT COUNT(*) FROM profiles p WHERE "
                                                          "NOT EXISTS (SELECT 1 FROM accounts a "
                                                          "WHERE a.profile_id = p.id)")),
                 0);
        // And the independent truth: accounts are together exactly when a chain of shared
        // unionids or member IDs connects them (union-find), the pinned account alone.
        const QString pinnedName =
            Sql::scalar(w.db(),
                        QStringLiteral("SELECT p.appid || '/' || a.openid FROM accounts a "
                                       "JOIN apps p ON p.id = a.app_id WHERE a.id = ?"),
                        {pinnedAccount})
                .value()
                .toString();
        QHash<QString, QString> parent;
        std::function<QString(const QString &)> root = [&](const QString &x) {
            const QString p = parent.value(x, x);
            return p == x ? x : root(p);
        };
        auto unite = [&](const QString &a, const QString &b) { parent[root(a)] = root(b); };
        const QStringList appids{QString(), QStringLiteral("wxoa00000000000001"),
                                 QStringLiteral("wxmp00000000000001"),
                                 QStringLiteral("wxmp00000000000002")};
        QStringList names;
        for (const Pending &p : std::as_const(pending)) {
            const QString name = appids[p.app] + QLatin1Char('/') + p.openid;
            names << name;
            if (name == pinnedName)
                continue;
            if (!p.unionid.isEmpty())
                unite(name, QStringLiteral("#u:") + p.unionid);
            if (!p.memberId.isEmpty())
                unite(name, QStringLiteral("#m:") + p.memberId);
        }
        QHash<QString, QStringList> groups;
        for (const QString &name : std::as_const(names))
            groups[root(name)] << name;
        QStringList expected;
        for (QStringList members : std::as_const(groups)) {
            members.sort();
            expected << members.join(QLatin1Char(' '));
        }
        expected.sort();
        QCOMPARE(incremental, expected);
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
