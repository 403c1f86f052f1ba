// A second pair of eyes on big sends (issue 21), on a real PostgreSQL with one login per role:
// a campaign over the team's threshold starts only with an approval of its current version by
// someone other than its author, an edit after approval needs a new one, a rejection stops it,
// and plain SQL cannot get around any of it (the rules are PostgreSQL triggers). On SQLite
// nobody else is asked: campaigns start as they did.
#include "messaging/CampaignStore.h"
#include "segments/SegmentStore.h"
#include "storage/Sql.h"
#include "SyncTarget.h"
#include "team/TeamSettings.h"
#include "team/TeamSetup.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace {
const QString kAuthor = QStringLiteral("tst_appr_author");       // marketing
const QString kColleague = QStringLiteral("tst_appr_colleague"); // marketing too
const QString kApprover = QStringLiteral("tst_appr_approver");   // approver only
const QString kAdmin = QStringLiteral("tst_appr_admin");

CampaignDefinition definition(const QString &name, const QString &channel = "template")
{
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("appid"), Emulator::oaAppid()},
                     {QStringLiteral("segment"), QStringLiteral("everyone")},
                     {QStringLiteral("channel"), channel}};
    if (channel == QLatin1String("mass"))
        json.insert(QStringLiteral("text"), QStringLiteral("Hello"));
    else {
        json.insert(QStringLiteral("template_id"), QStringLiteral("TPL_points_change_0003"));
        json.insert(QStringLiteral("fields"),
                    QJsonObject{{QStringLiteral("character_string1"), QStringLiteral("A1")},
                                {QStringLiteral("amount2"), QStringLiteral("+100")}});
    }
    CampaignDefinition d;
    if (const Status parsed = CampaignDefinition::parse(QJsonDocument(json).toJson(), &d);
        !parsed.isOk())
        qFatal("bad test definition: %s", qPrintable(parsed.message()));
    return d;
}
} // namespace

class TestApprovals : public QObject
{
    Q_OBJECT

    QSqlDatabase loginAs(const QString &login) { return m_target->testDb.connectAs(login); }
    CampaignStore storeOf(const QString &login)
    {
        return CampaignStore(loginAs(login), Clock::system());
    }
    qint64 createAs(const QString &login, const CampaignDefinition &d)
    {
        qint64 id = 0;
        const Status created = storeOf(login).create(d, login, &id);
        return created.isOk() ? id : 0;
    }
    CampaignApprovals::Need needOf(qint64 id)
    {
        CampaignStore::Campaign campaign;
        if (!m_target->store().load(id, &campaign).isOk())
            return CampaignApprovals::Need::None;
        const auto need = CampaignStore(m_target->db(), Clock::system()).approvalNeed(campaign);
        return need.isOk() ? need.value() : CampaignApprovals::Need::None;
    }
    int revisionOf(qint64 id)
    {
        CampaignStore::Campaign campaign;
        return m_target->store().load(id, &campaign).isOk() ? campaign.revision : -1;
    }
    Status decide(const QString &login, qint64 id, int revision,
                  CampaignApprovals::Decision decision, const QString &comment)
    {
        return storeOf(login).decide(id, revision, decision, comment, login);
    }
    static QString runSql(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) ? QString() : q.lastError().text();
    }

    struct Target : SyncTarget
    {
        using SyncTarget::SyncTarget;
        CampaignStore store() { return CampaignStore(db(), Clock::system()); }
    };

private slots:
    void initTestCase()
    {
        QVERIFY2(m_emu.isRunning(), qPrintable(m_emu.error()));
        m_target = std::make_unique<Target>(m_emu);
        QVERIFY2(m_target->opened.isOk(), qPrintable(m_target->opened.message()));
        QVERIFY(m_target->sync().ok());
        qint64 segment = 0;
        const Status made = SegmentStore(m_target->db(), Clock::system())
                                .create(QStringLiteral("everyone"), "{\"all\": []}", &segment);
        QVERIFY2(made.isOk(), qPrintable(made.message()));
        // The audience an approver sees is the segment's as of its last refresh, as in the
        // composer.
        SegmentStore::Refresh refreshed;
        QVERIFY(SegmentStore(m_target->db(), Clock::system()).refresh(segment, &refreshed).isOk());
        if (!m_target->testDb.isPostgres())
            return;
        TeamSetup team(m_target->db());
        const Status init = team.init();
        QVERIFY2(init.isOk(), qPrintable(init.message()));
        for (const auto &[login, role] :
             {std::pair{kAuthor, "wxops_marketing"}, std::pair{kColleague, "wxops_marketing"},
              std::pair{kApprover, "wxops_approver"}, std::pair{kAdmin, "wxops_admin"}}) {
            const Status added = team.add(login, QLatin1String(role));
            QVERIFY2(added.isOk(), qPrintable(added.message()));
        }
        // A threshold below the 60 followers, set by an admin (marketing may not).
        QVERIFY(!TeamSettings(loginAs(kAuthor)).setApprovalThreshold(0).isOk());
        const Status set = TeamSettings(loginAs(kAdmin)).setApprovalThreshold(20);
        QVERIFY2(set.isOk(), qPrintable(set.message()));
    }

    void sqliteAsksNobody()
    {
        if (m_target->testDb.isPostgres())
            return;
        qint64 id = 0;
        QVERIFY(m_target->store().create(definition(QStringLiteral("Big")), "me", &id).isOk());
        QCOMPARE(needOf(id), CampaignApprovals::Need::None);
        const Status decided = m_target->store().decide(
            id, 1, CampaignApprovals::Decision::Approved, QString(), QStringLiteral("me"));
        QVERIFY(!decided.isOk() && decided.message().contains(QStringLiteral("no team")));
        const Status started = m_target->store().start(id, QStringLiteral("me"));
        QVERIFY2(started.isOk(), qPrintable(started.message()));
    }

    void aBigCampaignWaitsForAnotherMember()
    {
        if (!m_target->testDb.isPostgres())
            return;
        const qint64 id = createAs(kAuthor, definition(QStringLiteral("Points")));
        QVERIFY(id > 0);
        QCOMPARE(needOf(id), CampaignApprovals::Need::Waiting);
        Status started = storeOf(kAuthor).start(id, kAuthor);
        QVERIFY2(!started.isOk() && started.message().contains(QStringLiteral("approval")),
                 qPrintable(started.message()));
        QCOMPARE(Sql::scalar(
                     m_target->db(),
                     QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE campaign_id = ?"), {id})
                     .value()
                     .toInt(),
                 0); // the start was rolled back whole

        // Not the author, not a colleague without the approve right.
        Status own = decide(kAuthor, id, 1, CampaignApprovals::Decision::Approved, {});
        QVERIFY2(!own.isOk(), "the author approved their own campaign");
        QVERIFY2(own.message().contains(QStringLiteral("team role may not")) ||
                     own.message().contains(QStringLiteral("You wrote")),
                 qPrintable(own.message()));
        QVERIFY(!decide(kColleague, id, 1, CampaignApprovals::Decision::Approved, {}).isOk());
        // The admin is the author here: an admin's own campaign needs someone else too.
        const qint64 adminsOwn = createAs(kAdmin, definition(QStringLiteral("Admin's")));
        const Status selfApproved =
            decide(kAdmin, adminsOwn, 1, CampaignApprovals::Decision::Approved, {});
        QVERIFY2(!selfApproved.isOk() &&
                     selfApproved.message().contains(QStringLiteral("You wrote")),
                 qPrintable(selfApproved.message()));

        // A rejection says why and stops it.
        QVERIFY(!decide(kApprover, id, 1, CampaignApprovals::Decision::Rejected, {}).isOk());
        Status rejected = decide(kApprover, id, 1, CampaignApprovals::Decision::Rejected,
                                 QStringLiteral("too broad"));
        QVERIFY2(rejected.isOk(), qPrintable(rejected.message()));
        QCOMPARE(needOf(id), CampaignApprovals::Need::Rejected);
        QVERIFY(!storeOf(kAuthor).start(id, kAuthor).isOk());

        // Approved, then edited: the approval was of the old version.
        Status approved =
            decide(kApprover, id, 1, CampaignApprovals::Decision::Approved, QStringLiteral("fine"));
        QVERIFY2(approved.isOk(), qPrintable(approved.message()));
        QCOMPARE(needOf(id), CampaignApprovals::Need::Approved);
        const Status edited =
            storeOf(kAuthor).edit(id, definition(QStringLiteral("Points, reworded")), kAuthor);
        QVERIFY2(edited.isOk(), qPrintable(edited.message()));
        QCOMPARE(revisionOf(id), 2);
        QCOMPARE(needOf(id), CampaignApprovals::Need::Waiting);
        started = storeOf(kAuthor).start(id, kAuthor);
        QVERIFY2(!started.isOk(), "started with an approval of the version before the edit");
        const Status stale = decide(kApprover, id, 1, CampaignApprovals::Decision::Approved, {});
        QVERIFY2(!stale.isOk() && stale.message().contains(QStringLiteral("edited since")),
                 qPrintable(stale.message()));

        approved = decide(kApprover, id, 2, CampaignApprovals::Decision::Approved, {});
        QVERIFY2(approved.isOk(), qPrintable(approved.message()));
        started = storeOf(kAuthor).start(id, kAuthor);
        QVERIFY2(started.isOk(), qPrintable(started.message()));

        // Audited with the real logins, and kept as made.
        const auto approvals = CampaignApprovals(m_target->db()).of(id);
        QVERIFY(approvals.isOk());
        QCOMPARE(approvals.value().size(), 3);
        for (const CampaignApprovals::Entry &e : approvals.value())
            QCOMPARE(e.actor, kApprover);
        // The approver saw the audience the start then wrote (nobody is sent to in this test).
        QCOMPARE(approvals.value().constLast().recipients,
                 Sql::scalar(m_target->db(),
                             QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE campaign_id "
                                            "= ? AND state = 'pending'"),
                             {id})
                     .value()
                     .toLongLong());
        QVERIFY(approvals.value().constLast().recipients > 20);
        QCOMPARE(Sql::scalar(m_target->db(),
                             QStringLiteral("SELECT actor FROM audit_log WHERE action = "
                                            "'campaign.approved' ORDER BY id DESC LIMIT 1"))
                     .value()
                     .toString(),
                 kApprover);
        QVERIFY(!runSql(m_target->db(), QStringLiteral("UPDATE campaign_approvals SET actor = "
                                                       "'x'"))
                     .isEmpty());
        QVERIFY(
            !runSql(m_target->db(), QStringLiteral("DELETE FROM campaign_approvals")).isEmpty());
    }

    // Below the threshold and not a mass send: no approval. Every mass send needs one.
    void smallSendsGoAndMassSendsWait()
    {
        if (!m_target->testDb.isPostgres())
            return;
        const Status raised = TeamSettings(loginAs(kAdmin)).setApprovalThreshold(1000);
        QVERIFY2(raised.isOk(), qPrintable(raised.message()));
        const qint64 small = createAs(kAuthor, definition(QStringLiteral("Small")));
        QCOMPARE(needOf(small), CampaignApprovals::Need::None);
        const Status started = storeOf(kAuthor).start(small, kAuthor);
        QVERIFY2(started.isOk(), qPrintable(started.message()));
        const qint64 mass = createAs(kAuthor, definition(QStringLiteral("News"), "mass"));
        QCOMPARE(needOf(mass), CampaignApprovals::Need::Waiting);
        QVERIFY(TeamSettings(loginAs(kAdmin)).setApprovalThreshold(20).isOk());
    }

    // What a member could try by hand, as their own login, is refused by PostgreSQL.
    void plainSqlCannotGetAround()
    {
        if (!m_target->testDb.isPostgres())
            return;
        QSqlDatabase author = loginAs(kAuthor);
        const qint64 mass = createAs(kAuthor, definition(QStringLiteral("Mass by hand"), "mass"));
        QString error = runSql(author, QStringLiteral("UPDATE campaigns SET state = 'running' "
                                                      "WHERE id = %1")
                                           .arg(mass));
        QVERIFY2(error.contains(QStringLiteral("approval")), qPrintable(error));

        // An outbox written by hand, then the start: over the threshold, refused.
        const qint64 id = createAs(kAuthor, definition(QStringLiteral("By hand")));
        error = runSql(author, QStringLiteral("INSERT INTO deliveries (campaign_id, account_id, "
                                              "state, client_msg_id, updated_at) SELECT %1, id, "
                                              "'pending', 'm' || id, 0 FROM accounts")
                                   .arg(id));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = runSql(
            author, QStringLiteral("UPDATE campaigns SET state = 'running' WHERE id = %1").arg(id));
        QVERIFY2(error.contains(QStringLiteral("approval")), qPrintable(error));

        // An approval under someone else's name: no grant; as the approver, the name is theirs.
        error = runSql(author, QStringLiteral("INSERT INTO campaign_approvals (campaign_id, "
                                              "revision, decision, actor, comment, recipients, "
                                              "at) VALUES (%1, 1, 'approved', '%2', '', 0, 0)")
                                   .arg(id)
                                   .arg(kApprover));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
        error = runSql(loginAs(kApprover),
                       QStringLiteral("INSERT INTO campaign_approvals (campaign_id, revision, "
                                      "decision, actor, comment, recipients, at) VALUES (%1, 1, "
                                      "'approved', '%2', '', 0, 0)")
                           .arg(id)
                           .arg(kAdmin));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(Sql::scalar(m_target->db(),
                             QStringLiteral("SELECT actor FROM campaign_approvals WHERE "
                                            "campaign_id = ?"),
                             {id})
                     .value()
                     .toString(),
                 kApprover);

        // The version and the author cannot be set by hand; an edit by hand is a new version.
        error = runSql(author, QStringLiteral("UPDATE campaigns SET revision = 1, created_by = "
                                              "'%1', content = content WHERE id = %2")
                                   .arg(kColleague)
                                   .arg(id));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(revisionOf(id), 1);
        error = runSql(
            author, QStringLiteral("UPDATE campaigns SET name = 'Renamed' WHERE id = %1").arg(id));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(revisionOf(id), 2);
        QCOMPARE(Sql::scalar(m_target->db(),
                             QStringLiteral("SELECT created_by FROM campaigns WHERE id = ?"), {id})
                     .value()
                     .toString(),
                 kAuthor);
        error = runSql(
            author, QStringLiteral("UPDATE campaigns SET state = 'running' WHERE id = %1").arg(id));
        QVERIFY2(error.contains(QStringLiteral("approval")), qPrintable(error));

        // Once a campaign runs, nobody joins its outbox and the left-out stay out.
        const qint64 running =
            Sql::scalar(m_target->db(), QStringLiteral("SELECT id FROM campaigns WHERE state = "
                                                       "'running' ORDER BY id LIMIT 1"))
                .value()
                .toLongLong();
        QVERIFY(running > 0);
        error = runSql(author, QStringLiteral("DELETE FROM deliveries WHERE campaign_id = %1 AND "
                                              "account_id = (SELECT MIN(account_id) FROM "
                                              "deliveries WHERE campaign_id = %1)")
                                   .arg(running));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = runSql(author, QStringLiteral("INSERT INTO deliveries (campaign_id, account_id, "
                                              "state, client_msg_id, updated_at) SELECT %1, "
                                              "MIN(id), 'pending', 'x', 0 FROM accounts")
                                   .arg(running));
        QVERIFY2(error.contains(QStringLiteral("before it starts")), qPrintable(error));
        QVERIFY(runSql(author, QStringLiteral("UPDATE deliveries SET state = 'skipped' WHERE "
                                              "campaign_id = %1 AND state = 'pending'")
                                   .arg(running))
                    .isEmpty());
        error = runSql(author, QStringLiteral("UPDATE deliveries SET state = 'pending' WHERE "
                                              "campaign_id = %1 AND state = 'skipped'")
                                   .arg(running));
        QVERIFY2(error.contains(QStringLiteral("stays out")), qPrintable(error));
    }

private:
    Emulator m_emu{{QStringLiteral("--followers"), QStringLiteral("60"), QStringLiteral("--seed"),
                    QStringLiteral("5")}};
    std::unique_ptr<Target> m_target;
};

QTEST_GUILESS_MAIN(TestApprovals)
#include "tst_approvals.moc"
