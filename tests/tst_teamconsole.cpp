// The console as each team member sees it, logged in as their own PostgreSQL user: what is
// outside their roles is there but disabled, saying which role it needs; Settings says who is
// here; a big send waits on the Campaigns page until another member approves it there. On
// SQLite the one user is admin and there are no approvals to show.
#include "campaigns/CampaignsPage.h"
#include "ConsoleFixture.h"
#include "MainWindow.h"
#include "messaging/CampaignStore.h"
#include "RoleGate.h"
#include "segments/SegmentStore.h"
#include "service/ServiceHeartbeats.h"
#include "service/ServiceSchedules.h"
#include "settings/SchedulesPanel.h"
#include "settings/SettingsPage.h"
#include "storage/AppRepository.h"
#include "storage/Sql.h"
#include "team/TeamSetup.h"
#include "users/ReasonDialog.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QtTest>

namespace {
const QString kMarketing = QStringLiteral("tst_tc_marketing");
const QString kSupport = QStringLiteral("tst_tc_support");
const QString kApprover = QStringLiteral("tst_tc_approver");
const QString kAdmin = QStringLiteral("tst_tc_admin");
} // namespace

class TestTeamConsole : public QObject
{
    Q_OBJECT

    // A window on the test's database as `login` sees it (their connection, their roles).
    struct Desk
    {
        std::unique_ptr<Database> database;
        std::unique_ptr<MainWindow> window;
    };
    Desk openAs(const QString &login)
    {
        Desk desk;
        QString error;
        const auto spec = DatabaseSpec::parse(m_fixture.testDb.urlAs(login), &error);
        if (!spec)
            return desk;
        desk.database = std::make_unique<Database>(*spec);
        if (!desk.database->open().isOk())
            return desk;
        const auto access = TeamAccess::read(desk.database->connections().connection());
        if (!access.isOk())
            return desk;
        desk.window = std::make_unique<MainWindow>(
            ConsoleContext{*desk.database, m_fixture.secrets, m_fixture.dialogs, m_fixture.logFile,
                           access.value()});
        desk.window->resize(1400, 900);
        desk.window->show();
        return desk;
    }
    static QPushButton *button(QWidget *page, const char *name)
    {
        return page->findChild<QPushButton *>(QLatin1String(name));
    }
    static QString roleLine(MainWindow &window)
    {
        return window.settingsPage()->findChild<QLabel *>(QStringLiteral("role"))->text();
    }
    // Selects the campaign on the Campaigns page and returns the page.
    CampaignsPage *showCampaign(MainWindow &window)
    {
        window.showPage(MainWindow::Campaigns);
        CampaignsPage *page = window.campaignsPage();
        page->reload();
        page->select(m_campaign);
        return page;
    }
    // The draft's approval is read on the page's detail thread: waits until it is shown.
    static bool approvalRead(CampaignsPage *page)
    {
        const QString checking = QCoreApplication::translate(
            "CampaignsPage", "Checking whether this version needs another member's approval…");
        return QTest::qWaitFor(
            [&] {
                return page->findChild<QLabel *>(QStringLiteral("approval"))->text() != checking;
            },
            10000);
    }
    void screenshots(MainWindow &window, const QString &role)
    {
        window.showPage(MainWindow::Campaigns);
        saveScreenshot(window, QStringLiteral("team-%1-campaigns").arg(role));
        window.showPage(MainWindow::Settings);
        saveScreenshot(window, QStringLiteral("team-%1-settings").arg(role));
    }

private slots:
    void initTestCase()
    {
        installTestLanguage();
        QVERIFY2(m_fixture.openStatus.isOk(), qPrintable(m_fixture.openStatus.message()));
        QSqlDatabase owner = m_fixture.database.connections().connection();
        AppConfig app;
        app.appid = QStringLiteral("wx0123456789abcdef");
        app.name = QStringLiteral("服务号");
        QVERIFY(AppRepository(owner).insert(app).isOk());
        qint64 segment = 0;
        QVERIFY(SegmentStore(owner, Clock::system())
                    .create(QStringLiteral("Followers"), R"({"account":{"kind":"oa"}})", &segment)
                    .isOk());
        if (!m_fixture.testDb.isPostgres())
            return;
        TeamSetup team(owner);
        QVERIFY(team.init().isOk());
        for (const auto &[login, role] :
             {std::pair{kMarketing, "wxops_marketing"}, std::pair{kSupport, "wxops_support"},
              std::pair{kApprover, "wxops_approver"}, std::pair{kAdmin, "wxops_admin"}})
            QVERIFY(team.add(login, QLatin1String(role)).isOk());
        // Marketing's mass send: every mass send waits for another member.
        CampaignDefinition news;
        QVERIFY(CampaignDefinition::parse(
                    R"({"name": "December news", "appid": "wx0123456789abcdef",
                        "segment": "Followers", "channel": "mass", "text": "你好 Hello"})",
                    &news)
                    .isOk());
        const Status created =
            CampaignStore(m_fixture.testDb.connectAs(kMarketing), Clock::system())
                .create(news, kMarketing, &m_campaign);
        QVERIFY2(created.isOk(), qPrintable(created.message()));
    }

    void sqliteIsOneAdmin()
    {
        if (m_fixture.testDb.isPostgres())
            return;
        MainWindow window(m_fixture.context());
        window.resize(1400, 900);
        window.show();
        QVERIFY(roleLine(window).contains(QStringLiteral("admin")) ||
                roleLine(window).contains(QStringLiteral("管理员")));
        CampaignsPage *page = window.campaignsPage();
        QVERIFY(button(page, "newCampaign")->isEnabled());
        QVERIFY(!button(page, "approve")->isVisibleTo(page));
        screenshots(window, QStringLiteral("sqlite"));
    }

    void supportSeesCampaignsButCannotSend()
    {
        if (!m_fixture.testDb.isPostgres())
            return;
        Desk desk = openAs(kSupport);
        QVERIFY(desk.window);
        MainWindow &window = *desk.window;
        QVERIFY2(roleLine(window).contains(kSupport), qPrintable(roleLine(window)));
        CampaignsPage *page = showCampaign(window);
        QCOMPARE(page->selectedId(), m_campaign); // read: yes
        QPushButton *create = button(page, "newCampaign");
        QVERIFY(create->isVisible() && !create->isEnabled());
        QVERIFY2(create->toolTip().contains(RoleGate::roleTitle(QStringLiteral("wxops_marketing"))),
                 qPrintable(create->toolTip()));
        QVERIFY(!button(page, "start")->isEnabled());
        QVERIFY(!button(page, "approve")->isEnabled());
        QVERIFY(!button(window.settingsPage(), "addApp")->isEnabled());
        screenshots(window, QStringLiteral("support"));
    }

    void theAuthorWaitsAndCannotApproveTheirOwn()
    {
        if (!m_fixture.testDb.isPostgres())
            return;
        Desk desk = openAs(kMarketing);
        QVERIFY(desk.window);
        CampaignsPage *page = showCampaign(*desk.window);
        QVERIFY(button(page, "newCampaign")->isEnabled());
        QVERIFY(approvalRead(page));
        QLabel *approval = page->findChild<QLabel *>(QStringLiteral("approval"));
        QVERIFY(approval->isVisibleTo(page));
        QVERIFY2(approval->text().contains(QStringLiteral("Waiting for approval")) ||
                     approval->text().contains(QStringLiteral("等待审批")),
                 qPrintable(approval->text()));
        QVERIFY2(!button(page, "start")->isEnabled(), "a mass send started without approval");
        QVERIFY(button(page, "approve")->isVisibleTo(page));
        QVERIFY(!button(page, "approve")->isEnabled()); // their own
        QVERIFY(!button(desk.window->settingsPage(), "addApp")->isEnabled());
        screenshots(*desk.window, QStringLiteral("marketing"));
    }

    void anApproverApprovesOnThePage()
    {
        if (!m_fixture.testDb.isPostgres())
            return;
        Desk desk = openAs(kApprover);
        QVERIFY(desk.window);
        CampaignsPage *page = showCampaign(*desk.window);
        QVERIFY(!button(page, "newCampaign")->isEnabled());
        QVERIFY(approvalRead(page));
        QPushButton *approve = button(page, "approve");
        QVERIFY2(approve->isEnabled(), qPrintable(approve->toolTip()));
        QString shown; // what the approver read before deciding
        m_fixture.dialogs.onExec = [&shown](QDialog &dialog) {
            for (const QLabel *label : dialog.findChildren<QLabel *>())
                shown += label->text() + u'\n';
            dialog.findChild<QLineEdit *>(QStringLiteral("reason"))
                ->setText(QStringLiteral("checked the preview"));
            return int(QDialog::Accepted);
        };
        approve->click();
        m_fixture.dialogs.onExec = nullptr;
        // The audience with its exclusions, and whether this version was tested.
        QVERIFY2((shown.contains(QStringLiteral("Left out by the rules:")) &&
                  shown.contains(QStringLiteral("Test send: none of this version yet"))) ||
                     (shown.contains(QStringLiteral("被规则排除：")) &&
                      shown.contains(QStringLiteral("测试发送：此版本尚无"))),
                 qPrintable(shown));
        QVERIFY(approvalRead(page));
        QLabel *approval = page->findChild<QLabel *>(QStringLiteral("approval"));
        QVERIFY2(approval->text().contains(kApprover) &&
                     approval->text().contains(QStringLiteral("checked the preview")),
                 qPrintable(approval->text()));
        screenshots(*desk.window, QStringLiteral("approver"));
        // The author's desk now lets the start go (the preview rule of mass sends aside).
        Desk author = openAs(kMarketing);
        QVERIFY(author.window);
        CampaignsPage *authorsPage = showCampaign(*author.window);
        QVERIFY(approvalRead(authorsPage));
        QVERIFY(button(authorsPage, "start")->isEnabled());
    }

    // A running campaign says who sends it: the service last seen, or a warning that none is.
    void theCampaignsPageSaysWhoSends()
    {
        if (!m_fixture.testDb.isPostgres())
            return;
        QSqlDatabase owner = m_fixture.database.connections().connection();
        CampaignDefinition reminder;
        QVERIFY(CampaignDefinition::parse(
                    R"({"name": "Reminder", "appid": "wx0123456789abcdef",
                        "segment": "Followers", "channel": "template",
                        "template_id": "TPL_1", "fields": {"first": "Hi"}})",
                    &reminder)
                    .isOk());
        CampaignStore store(owner, Clock::system());
        qint64 id = 0;
        QVERIFY(store.create(reminder, QStringLiteral("owner"), &id).isOk());
        const Status started = store.start(id, QStringLiteral("owner"));
        QVERIFY2(started.isOk(), qPrintable(started.message()));

        Desk desk = openAs(kMarketing);
        QVERIFY(desk.window);
        desk.window->showPage(MainWindow::Campaigns);
        CampaignsPage *page = desk.window->campaignsPage();
        page->reload();
        page->select(id);
        QLabel *sender = page->findChild<QLabel *>(QStringLiteral("sender"));
        QVERIFY(sender->isVisibleTo(page));
        QVERIFY2(sender->text().contains(QStringLiteral("No service")) ||
                     sender->text().contains(QStringLiteral("服务")),
                 qPrintable(sender->text()));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(ServiceHeartbeats(owner)
                    .beat({QStringLiteral("build-server:42"), QStringLiteral("build-server"),
                           QStringLiteral("wxops_service"), now, now})
                    .isOk());
        page->reload();
        page->select(id);
        QVERIFY2(sender->text().contains(QStringLiteral("build-server")),
                 qPrintable(sender->text()));
        // It sends: this desk's Send stands aside and says who does.
        QPushButton *send = button(page, "send");
        QVERIFY(!send->isEnabled());
        QVERIFY2(send->toolTip().contains(QStringLiteral("build-server")),
                 qPrintable(send->toolTip()));
        saveScreenshot(*desk.window, QStringLiteral("team-marketing-running"));
        // A start on this desk hands the campaign over to the service; no secret is asked for.
        qint64 next = 0;
        QVERIFY(CampaignStore(desk.database->connections().connection(), Clock::system())
                    .create(reminder, kMarketing, &next)
                    .isOk());
        page->reload();
        page->select(next);
        m_fixture.dialogs.confirmAnswer = true;
        QVERIFY(approvalRead(page));
        QVERIFY(button(page, "start")->isEnabled());
        button(page, "start")->click();
        QVERIFY2(page->messageText().contains(QStringLiteral("build-server")),
                 qPrintable(page->messageText()));
        QVERIFY(!send->isEnabled());
        QCOMPARE(
            Sql::scalar(owner, QStringLiteral("SELECT state FROM campaigns WHERE id = ?"), {next})
                .value()
                .toString(),
            QStringLiteral("running"));
    }

    void anAdminManagesApps()
    {
        if (!m_fixture.testDb.isPostgres())
            return;
        Desk desk = openAs(kAdmin);
        QVERIFY(desk.window);
        QVERIFY(button(desk.window->settingsPage(), "addApp")->isEnabled());
        QVERIFY(button(showCampaign(*desk.window), "newCampaign")->isEnabled());
        screenshots(*desk.window, QStringLiteral("admin"));
    }

    // Settings → Schedules: an admin sets the service's daily work; others see it, disabled.
    void anAdminSchedulesTheServicesWork()
    {
        if (!m_fixture.testDb.isPostgres())
            return;
        Desk admin = openAs(kAdmin);
        QVERIFY(admin.window);
        admin.window->showPage(MainWindow::Settings);
        SchedulesPanel *panel = admin.window->settingsPage()->schedules();
        QPushButton *add = button(panel, "addSchedule");
        QVERIFY2(add->isEnabled(), qPrintable(add->toolTip()));
        m_fixture.dialogs.onExec = [](QDialog &dialog) {
            auto *job = dialog.findChild<QComboBox *>(QStringLiteral("scheduleJob"));
            job->setCurrentIndex(job->findData(QStringLiteral("statistics")));
            dialog.findChild<QTimeEdit *>(QStringLiteral("scheduleTime"))->setTime(QTime(9, 15));
            return int(QDialog::Accepted);
        };
        add->click();
        m_fixture.dialogs.onExec = nullptr;
        QTableWidget *table = panel->table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("09:15"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("wx0123456789abcdef"));
        const auto stored = ServiceSchedules(m_fixture.database.connections().connection()).list();
        QVERIFY(stored.isOk() && stored.value().size() == 1);
        QCOMPARE(stored.value().constFirst().job, ServiceSchedules::Job::Statistics);
        QVERIFY(!panel->noteText().isEmpty());
        saveScreenshot(*admin.window, QStringLiteral("team-admin-schedules"));

        // Marketing sees the schedule and the role an addition needs.
        Desk marketing = openAs(kMarketing);
        QVERIFY(marketing.window);
        marketing.window->showPage(MainWindow::Settings);
        SchedulesPanel *seen = marketing.window->settingsPage()->schedules();
        QCOMPARE(seen->table()->rowCount(), 1);
        QVERIFY(!button(seen, "addSchedule")->isEnabled());
        const QString tip = button(seen, "addSchedule")->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("admin")) || tip.contains(QStringLiteral("管理员")),
                 qPrintable(tip));

        // The admin removes it after a confirmation.
        table->selectRow(0);
        m_fixture.dialogs.confirmAnswer = true;
        button(panel, "removeSchedule")->click();
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(ServiceSchedules(m_fixture.database.connections().connection())
                    .list()
                    .value()
                    .isEmpty());
    }

private:
    ConsoleFixture m_fixture;
    qint64 m_campaign = 0;
};

QTEST_MAIN(TestTeamConsole)
#include "tst_teamconsole.moc"
