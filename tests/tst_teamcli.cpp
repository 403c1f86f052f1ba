// `wxops team …` and each role's work through the real binary, every member logged in as their
// own PostgreSQL user: the owner sets the team up and lists it; what a role may not do is
// refused by PostgreSQL and wxops says so in words a member can act on, while the same command
// by a role that may works. On SQLite `team` refuses and says why.
#include "storage/Database.h"
#include "storage/Sql.h"
#include "TestDatabase.h"
#include "WxopsCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using Run = WxopsCli::Run;

class TestTeamCli : public QObject
{
    Q_OBJECT

    Run runAs(const QString &login, const QStringList &args, const QString &stdinText = {})
    {
        return WxopsCli(m_home, m_testDb.urlAs(login)).run(args, stdinText);
    }
    Run runAsOwner(const QStringList &args) { return runAs(QStringLiteral("postgres"), args); }
    static QString says(const Run &run)
    {
        return QStringLiteral("exit %1\nout: %2\nerr: %3").arg(run.exitCode).arg(run.out, run.err);
    }
    static void expectRefusedByTheDatabase(const Run &run)
    {
        QVERIFY2(run.exitCode != 0, qPrintable(says(run)));
        QVERIFY2(run.err.contains(QStringLiteral("team role may not")), qPrintable(says(run)));
        QVERIFY2(run.err.contains(QStringLiteral("permission denied")), qPrintable(says(run)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(m_testDb.error().isEmpty(), qPrintable(m_testDb.error()));
        m_database = std::make_unique<Database>(m_testDb.spec());
        const Status opened = m_database->open();
        QVERIFY2(opened.isOk(), qPrintable(opened.message()));
        m_definition = WxopsCli::writeFile(m_home, QStringLiteral("followers.json"),
                                           R"({"account": {"kind": "oa", "subscribed": true}})");
    }

    void sqliteSaysTeamsNeedPostgres()
    {
        if (m_testDb.isPostgres())
            return; // this backend's case is everything below
        const Run run = WxopsCli(m_home, m_testDb.spec().toUrl())
                            .run({QStringLiteral("team"), QStringLiteral("init")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("PostgreSQL")), qPrintable(says(run)));
        const Run threshold = WxopsCli(m_home, m_testDb.spec().toUrl())
                                  .run({QStringLiteral("team"), QStringLiteral("threshold")});
        QVERIFY2(threshold.exitCode == 0 && threshold.err.contains(QStringLiteral("no team")),
                 qPrintable(says(threshold)));
    }

    void theOwnerSetsUpTheTeam()
    {
        if (!m_testDb.isPostgres())
            return;
        const Run init = runAsOwner({QStringLiteral("team"), QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, qPrintable(says(init)));
        for (const auto &[login, role] : kMembers) {
            const Run add = runAsOwner({QStringLiteral("team"), QStringLiteral("add"), login,
                                        QStringLiteral("--role"), role});
            QVERIFY2(add.exitCode == 0, qPrintable(says(add)));
        }
        const Run badRole = runAsOwner({QStringLiteral("team"), QStringLiteral("add"),
                                        QStringLiteral("tst_teamcli_x"), QStringLiteral("--role"),
                                        QStringLiteral("boss")});
        QCOMPARE(badRole.exitCode, 64);
        QVERIFY2(badRole.err.contains(QStringLiteral("approver")), qPrintable(says(badRole)));
        const Run list =
            runAsOwner({QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, qPrintable(says(list)));
        QStringList seen;
        for (const QJsonValue &member : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            const QJsonObject m = member.toObject();
            if (m[QStringLiteral("login")].toString().startsWith(QStringLiteral("tst_teamcli_")))
                seen << m[QStringLiteral("login")].toString() + u'=' +
                            m[QStringLiteral("roles")].toArray().first().toString();
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("tst_teamcli_admin=wxops_admin"),
                                    QStringLiteral("tst_teamcli_approver=wxops_approver"),
                                    QStringLiteral("tst_teamcli_marketing=wxops_marketing"),
                                    QStringLiteral("tst_teamcli_support=wxops_support"),
                                    QStringLiteral("tst_teamcli_viewer=wxops_viewer")}));
        // Only the owner manages the team: a member's try is refused by PostgreSQL.
        const Run byMember =
            runAs(QStringLiteral("tst_teamcli_marketing"),
                  {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("tst_teamcli_x"),
                   QStringLiteral("--role"), QStringLiteral("admin")});
        QVERIFY2(byMember.exitCode != 0, qPrintable(says(byMember)));
        // A login that may not create roles hears what to do, before PostgreSQL refuses.
        QVERIFY2(byMember.err.contains(QStringLiteral("ALTER ROLE tst_teamcli_marketing "
                                                      "CREATEROLE")),
                 qPrintable(says(byMember)));
        const Run initByMember = runAs(QStringLiteral("tst_teamcli_marketing"),
                                       {QStringLiteral("team"), QStringLiteral("init")});
        QVERIFY2(initByMember.exitCode != 0 &&
                     initByMember.err.contains(QStringLiteral("CREATEROLE")),
                 qPrintable(says(initByMember)));
    }

    // The issue's examples: marketing cannot change apps, support cannot save a segment, a
    // viewer changes nothing; each refusal comes from PostgreSQL and wxops names it. The same
    // command by a role whose work it is goes through, with the real login in the audit.
    void eachRoleIsRefusedWhatIsNotItsWork()
    {
        if (!m_testDb.isPostgres())
            return;
        QSqlDatabase db = m_database->connections().connection();
        QVERIFY(Sql::exec(db, QStringLiteral(
                                  "INSERT INTO apps (appid, kind, name, created_at, "
                                  "updated_at) VALUES ('wx0123456789abcdef', 'oa', 'OA', 0, 0)"))
                    .isOk());
        QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO profiles (member_id, created_at, "
                                             "updated_at) VALUES ('M-TEAM-1', 0, 0)"))
                    .isOk());
        const QStringList rename{QStringLiteral("account"), QStringLiteral("edit"),
                                 QStringLiteral("--appid"), QStringLiteral("wx0123456789abcdef"),
                                 QStringLiteral("--name"),  QStringLiteral("Renamed")};
        expectRefusedByTheDatabase(runAs(QStringLiteral("tst_teamcli_marketing"), rename));
        const Run renamed = runAs(QStringLiteral("tst_teamcli_admin"), rename);
        QVERIFY2(renamed.exitCode == 0, qPrintable(says(renamed)));

        const QStringList save{QStringLiteral("segment"),      QStringLiteral("save"),
                               QStringLiteral("--name"),       QStringLiteral("Followers"),
                               QStringLiteral("--definition"), m_definition};
        expectRefusedByTheDatabase(runAs(QStringLiteral("tst_teamcli_support"), save));
        const Run saved = runAs(QStringLiteral("tst_teamcli_marketing"), save);
        QVERIFY2(saved.exitCode == 0, qPrintable(says(saved)));

        const QStringList optOut{QStringLiteral("optout"), QStringLiteral("add"),
                                 QStringLiteral("M-TEAM-1"), QStringLiteral("--reason"),
                                 QStringLiteral("asked by phone")};
        expectRefusedByTheDatabase(runAs(QStringLiteral("tst_teamcli_viewer"), optOut));
        const Run optedOut = runAs(QStringLiteral("tst_teamcli_support"), optOut);
        QVERIFY2(optedOut.exitCode == 0, qPrintable(says(optedOut)));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT actor FROM audit_log WHERE action LIKE "
                                                "'optout%' ORDER BY id DESC LIMIT 1"))
                     .value()
                     .toString(),
                 QStringLiteral("tst_teamcli_support"));
        // The viewer reads: lookup works.
        const Run lookup = runAs(QStringLiteral("tst_teamcli_viewer"),
                                 {QStringLiteral("lookup"), QStringLiteral("M-TEAM-1")});
        QVERIFY2(lookup.exitCode == 0 && lookup.out.contains(QStringLiteral("M-TEAM-1")),
                 qPrintable(says(lookup)));
    }

    // A mass send waits for another member: the author cannot approve it, the approver does
    // (the status then says who), a rejection needs a reason; the threshold is the admins'.
    void approvalsFromTheCommandLine()
    {
        if (!m_testDb.isPostgres())
            return;
        const QString news = WxopsCli::writeFile(
            m_home, QStringLiteral("news.json"),
            R"({"name": "News", "appid": "wx0123456789abcdef", "segment": "Followers",
                "channel": "mass", "text": "Hello"})");
        const Run created = runAs(QStringLiteral("tst_teamcli_marketing"),
                                  {QStringLiteral("campaign"), QStringLiteral("create"),
                                   QStringLiteral("--definition"), news});
        QVERIFY2(created.exitCode == 0, qPrintable(says(created)));
        const QString id =
            QString::number(Sql::scalar(m_database->connections().connection(),
                                        QStringLiteral("SELECT MAX(id) FROM campaigns"))
                                .value()
                                .toLongLong());
        const QStringList status{QStringLiteral("campaign"), QStringLiteral("status"), id};
        Run shown = runAs(QStringLiteral("tst_teamcli_viewer"), status);
        QVERIFY2(shown.out.contains(QStringLiteral("approval: waiting")), qPrintable(says(shown)));

        const QStringList approve{QStringLiteral("campaign"), QStringLiteral("approve"), id,
                                  QStringLiteral("--comment"), QStringLiteral("looks right")};
        const Run own = runAs(QStringLiteral("tst_teamcli_marketing"), approve);
        QVERIFY2(own.exitCode == 65 && own.err.contains(QStringLiteral(
                                           "wxops team add tst_teamcli_marketing --role approver")),
                 qPrintable(says(own)));
        const Run noReason = runAs(QStringLiteral("tst_teamcli_approver"),
                                   {QStringLiteral("campaign"), QStringLiteral("reject"), id});
        QVERIFY2(noReason.exitCode == 65 && noReason.err.contains(QStringLiteral("--comment")),
                 qPrintable(says(noReason)));
        const Run approved = runAs(QStringLiteral("tst_teamcli_approver"), approve);
        QVERIFY2(approved.exitCode == 0 && approved.out.contains(QStringLiteral("approved")),
                 qPrintable(says(approved)));
        shown = runAs(QStringLiteral("tst_teamcli_viewer"), status);
        QVERIFY2(shown.out.contains(QStringLiteral("approval: approved by tst_teamcli_approver")),
                 qPrintable(says(shown)));

        const QStringList threshold{QStringLiteral("team"), QStringLiteral("threshold"),
                                    QStringLiteral("5000")};
        expectRefusedByTheDatabase(runAs(QStringLiteral("tst_teamcli_marketing"), threshold));
        const Run set = runAs(QStringLiteral("tst_teamcli_admin"), threshold);
        QVERIFY2(set.exitCode == 0 && set.out.contains(QStringLiteral("5000")),
                 qPrintable(says(set)));
    }

    void removedMembersLoseTheirRole()
    {
        if (!m_testDb.isPostgres())
            return;
        const Run removed = runAsOwner({QStringLiteral("team"), QStringLiteral("remove"),
                                        QStringLiteral("tst_teamcli_marketing")});
        QVERIFY2(removed.exitCode == 0, qPrintable(says(removed)));
        const Run refused =
            runAs(QStringLiteral("tst_teamcli_marketing"),
                  {QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--name"),
                   QStringLiteral("Again"), QStringLiteral("--definition"), m_definition});
        QVERIFY2(refused.exitCode != 0 &&
                     refused.err.contains(QStringLiteral("no wxops team role")),
                 qPrintable(says(refused)));
        const Run again = runAsOwner({QStringLiteral("team"), QStringLiteral("remove"),
                                      QStringLiteral("tst_teamcli_marketing")});
        QCOMPARE(again.exitCode, 65);
    }

private:
    const QList<std::pair<QString, QString>> kMembers{
        {QStringLiteral("tst_teamcli_admin"), QStringLiteral("admin")},
        {QStringLiteral("tst_teamcli_marketing"), QStringLiteral("marketing")},
        {QStringLiteral("tst_teamcli_support"), QStringLiteral("support")},
        {QStringLiteral("tst_teamcli_viewer"), QStringLiteral("viewer")},
        {QStringLiteral("tst_teamcli_approver"), QStringLiteral("approver")}};
    QTemporaryDir m_home;
    TestDatabase m_testDb;
    std::unique_ptr<Database> m_database;
    QString m_definition;
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_teamcli.moc"
