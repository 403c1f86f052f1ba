// Team mode's roles, enforced by PostgreSQL: after `TeamSetup::init` each role's login may
// change exactly the tables TeamGrants gives it (tried through plain SQL on every table), the
// audit log is insert-only for everyone (even the owner) and carries the real login, members
// are listed and removed. On SQLite team mode refuses with the reason.
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "team/TeamSetup.h"
#include "TestDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace {
const QList<std::pair<TeamGrants::Role, QString>> kLogins{
    {TeamGrants::Role::Admin, QStringLiteral("tst_team_admin")},
    {TeamGrants::Role::Marketing, QStringLiteral("tst_team_marketing")},
    {TeamGrants::Role::Support, QStringLiteral("tst_team_support")},
    {TeamGrants::Role::Viewer, QStringLiteral("tst_team_viewer")}};
} // namespace

class TestTeam : public QObject
{
    Q_OBJECT

    QSqlDatabase owner() { return m_database->connections().connection(); }

    QSqlDatabase loginAs(const QString &login) { return m_testDb.connectAs(login); }

    static bool allowed(QSqlDatabase db, const QString &sql, QString *error)
    {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        *error = q.lastError().text();
        return false;
    }

    QString firstColumn(const QString &table)
    {
        return Sql::scalar(owner(),
                           QStringLiteral("SELECT column_name FROM information_schema.columns "
                                          "WHERE table_name = ? ORDER BY ordinal_position LIMIT 1"),
                           {table})
            .value()
            .toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_testDb.error().isEmpty(), qPrintable(m_testDb.error()));
        m_database = std::make_unique<Database>(m_testDb.spec());
        const Status opened = m_database->open();
        QVERIFY2(opened.isOk(), qPrintable(opened.message()));
    }

    void sqliteIsSingleUser()
    {
        if (m_testDb.isPostgres())
            return; // this backend's case is everything below
        const Status status = TeamSetup(owner()).init();
        QVERIFY(!status.isOk());
        QVERIFY2(status.message().contains(QStringLiteral("PostgreSQL")),
                 qPrintable(status.message()));
        QVERIFY(!TeamSetup(owner())
                     .add(QStringLiteral("li_na"), QStringLiteral("wxops_support"))
                     .isOk());
    }

    void eachRoleChangesOnlyWhatItsWorkNeeds()
    {
        if (!m_testDb.isPostgres())
            return;
        TeamSetup team(owner());
        const Status init = team.init();
        QVERIFY2(init.isOk(), qPrintable(init.message()));
        QVERIFY2(team.init().isOk(), "init again (after an upgrade) must work too");
        for (const auto &[role, login] : kLogins) {
            const Status added = team.add(login, TeamGrants::roleName(role));
            QVERIFY2(added.isOk(), qPrintable(added.message()));
        }
        int refused = 0;
        for (const auto &[role, login] : kLogins) {
            QSqlDatabase db = loginAs(login);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            for (const TableGrant &grant : TeamGrants::all()) {
                const QString table = QLatin1String(grant.table);
                const QString granted = TeamGrants::privileges(grant, role);
                const QString column = firstColumn(table);
                const QList<std::pair<QString, QString>> tries{
                    {QStringLiteral("SELECT"),
                     QStringLiteral("SELECT * FROM %1 WHERE false").arg(table)},
                    {QStringLiteral("INSERT"),
                     QStringLiteral("INSERT INTO %1 SELECT * FROM %1 WHERE false").arg(table)},
                    {QStringLiteral("UPDATE"),
                     QStringLiteral("UPDATE %1 SET %2 = %2 WHERE false").arg(table, column)},
                    {QStringLiteral("DELETE"),
                     QStringLiteral("DELETE FROM %1 WHERE false").arg(table)}};
                for (const auto &[privilege, sql] : tries) {
                    QString error;
                    const bool ok = allowed(db, sql, &error);
                    const bool expected = granted.contains(privilege);
                    QVERIFY2(ok == expected,
                             qPrintable(QStringLiteral("%1 %2 on %3: %4")
                                            .arg(login, privilege, table,
                                                 ok ? QStringLiteral("allowed") : error)));
                    if (!ok) {
                        QVERIFY2(error.contains(QStringLiteral("permission denied")),
                                 qPrintable(error));
                        ++refused;
                    }
                }
            }
        }
        QVERIFY(refused > 100);
        // The cases by name: support cannot start a send; only admins change apps.
        QString error;
        QVERIFY(!allowed(loginAs(QStringLiteral("tst_team_support")),
                         QStringLiteral("UPDATE campaigns SET state = 'running'"), &error));
        QVERIFY(!allowed(loginAs(QStringLiteral("tst_team_marketing")),
                         QStringLiteral("DELETE FROM apps"), &error));
        QVERIFY(allowed(loginAs(QStringLiteral("tst_team_admin")),
                        QStringLiteral("UPDATE apps SET name = name"), &error));
    }

    // Rows carry the login that wrote them, whatever actor the client sent, and nobody changes
    // them: not the roles (no grant), not the owner (a trigger).
    void theAuditIsInsertOnlyAndCarriesTheLogin()
    {
        if (!m_testDb.isPostgres())
            return;
        const Status recorded = AuditLog(loginAs(QStringLiteral("tst_team_support")))
                                    .record(QStringLiteral("someone-else"),
                                            QStringLiteral("optout.add"), QStringLiteral("p:1"));
        QVERIFY2(recorded.isOk(), qPrintable(recorded.message()));
        QCOMPARE(Sql::scalar(owner(),
                             QStringLiteral("SELECT actor FROM audit_log WHERE object = ?"),
                             {QStringLiteral("p:1")})
                     .value()
                     .toString(),
                 QStringLiteral("tst_team_support"));
        for (const auto &[role, login] : kLogins) {
            QString error;
            QVERIFY(!allowed(loginAs(login), QStringLiteral("UPDATE audit_log SET actor = 'x'"),
                             &error));
            QVERIFY(!allowed(loginAs(login), QStringLiteral("DELETE FROM audit_log"), &error));
        }
        for (const QString &sql :
             {QStringLiteral("UPDATE audit_log SET actor = 'x'"),
              QStringLiteral("DELETE FROM audit_log"), QStringLiteral("TRUNCATE audit_log")}) {
            const Status status = Sql::execUnprepared(owner(), sql);
            QVERIFY2(!status.isOk() && status.message().contains(QStringLiteral("insert-only")),
                     qPrintable(sql + u' ' + status.message()));
        }
        QCOMPARE(
            Sql::scalar(owner(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).value().toInt(),
            1);
    }

    // A migration on a team's database grants the tables it adds (as TeamGrants decides)
    // before it commits: a team set up on an older schema, upgraded to the newest, ends with
    // every role holding exactly its privileges on every table, the new ones too.
    void migrationsGrantTheTablesTheyAdd()
    {
        if (!m_testDb.isPostgres())
            return;
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        Database database(fresh.spec());
        QSqlDatabase db = database.connections().connection();
        const SqlDialect &dialect = database.connections().dialect();
        // The team is set up on schema 15; version 16 then adds service_heartbeats.
        const Status first = Migrator(db, dialect, Schema::migrations().mid(0, 15)).migrate();
        QVERIFY2(first.isOk(), qPrintable(first.message()));
        QVERIFY(!db.tables().contains(QStringLiteral("service_heartbeats")));
        const Status init = TeamSetup(db).init();
        QVERIFY2(init.isOk(), qPrintable(init.message()));
        const Status rest = Migrator(db, dialect).migrate();
        QVERIFY2(rest.isOk(), qPrintable(rest.message()));
        int checked = 0;
        for (const TableGrant &grant : TeamGrants::all())
            for (const TeamGrants::Role role : TeamGrants::roles())
                for (const QString &privilege :
                     {QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                      QStringLiteral("DELETE")}) {
                    const bool held =
                        Sql::scalar(
                            db, QStringLiteral("SELECT has_table_privilege(?, ?, ?)"),
                            {TeamGrants::roleName(role), QLatin1String(grant.table), privilege})
                            .value()
                            .toBool();
                    QVERIFY2(held == TeamGrants::privileges(grant, role).contains(privilege),
                             qPrintable(QStringLiteral("%1 %2 on %3")
                                            .arg(TeamGrants::roleName(role), privilege,
                                                 QLatin1String(grant.table))));
                    ++checked;
                }
        QCOMPARE(checked, TeamGrants::all().size() * 16);
    }

    void membersAreListedAndRemoved()
    {
        if (!m_testDb.isPostgres())
            return;
        TeamSetup team(owner());
        auto members = team.members();
        QVERIFY2(members.isOk(), qPrintable(members.status().message()));
        QStringList logins;
        for (const TeamSetup::Member &m : members.value())
            if (m.login.startsWith(QStringLiteral("tst_team_")))
                logins << m.login + u'=' + m.roles.join(u',');
        QCOMPARE(logins, (QStringList{QStringLiteral("tst_team_admin=wxops_admin"),
                                      QStringLiteral("tst_team_marketing=wxops_marketing"),
                                      QStringLiteral("tst_team_support=wxops_support"),
                                      QStringLiteral("tst_team_viewer=wxops_viewer")}));
        QVERIFY(
            !team.add(QStringLiteral("Robert'); DROP TABLE apps;--"), QStringLiteral("wxops_admin"))
                 .isOk());
        QVERIFY(team.remove(QStringLiteral("tst_team_marketing")).isOk());
        QString error;
        QVERIFY(!allowed(loginAs(QStringLiteral("tst_team_marketing")),
                         QStringLiteral("DELETE FROM segments WHERE false"), &error));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
        QVERIFY(!team.remove(QStringLiteral("tst_team_marketing")).isOk()); // not a member now
    }

private:
    TestDatabase m_testDb;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
