// Settings → Accounts: the app list model, the add/edit/remove dialog with its write-only
// secret, and Test connection against wxemu (success, wrong secret, IP not whitelisted).
// With WXOPS_SCREENSHOT_DIR set, it saves what the admin sees (for the docs and for review).
#include "accounts/AccountService.h"
#include "ConsoleFixture.h"
#include "Emulator.h"
#include "i18n/Translations.h"
#include "MainWindow.h"
#include "settings/AccountsPanel.h"
#include "settings/AppDialog.h"
#include "settings/AppListModel.h"
#include "settings/SettingsPage.h"
#include "storage/AppRepository.h"
#include "wechat/ApiError.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

namespace {
struct AppFields
{
    QString name;
    QString kind; // "oa" or "mp"
    QString appid;
    QString secret;
    QString apiBase;
};

void setText(QDialog &dialog, const char *field, const QString &text)
{
    auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(field));
    QVERIFY2(edit, field);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Fills the dialog like a person and presses Save; returns once it closed or shows an error.
int fillAndSave(QDialog &dialog, const AppFields &fields, QString *errorShown = nullptr)
{
    dialog.show();
    if (!fields.name.isNull())
        setText(dialog, "name", fields.name);
    if (!fields.kind.isEmpty()) {
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
        kind->setCurrentIndex(kind->findData(fields.kind));
    }
    if (!fields.appid.isNull())
        setText(dialog, "appid", fields.appid);
    if (!fields.secret.isNull())
        setText(dialog, "secret", fields.secret);
    if (!fields.apiBase.isNull())
        setText(dialog, "apiBase", fields.apiBase);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    buttons->button(QDialogButtonBox::Save)->click();
    auto *appDialog = static_cast<AppDialog *>(&dialog);
    (void)QTest::qWaitFor([&] { return !dialog.isVisible() || !appDialog->errorText().isEmpty(); },
                          10000);
    if (errorShown)
        *errorShown = appDialog->errorText();
    return dialog.isVisible() ? int(QDialog::Rejected) : dialog.result();
}

QString storedSecret(SecretStore &secrets, const QString &appid)
{
    return secrets.readAndWait(SecretStore::appSecretKey(appid)).secret;
}
} // namespace

class TestAccountsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        installTestLanguage();
        QVERIFY2(m_emu.isRunning(), qPrintable(m_emu.error()));
        QVERIFY2(m_deniedEmu.isRunning(), qPrintable(m_deniedEmu.error()));
    }

    void modelFollowsTheRepository()
    {
        AppListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        AppConfig oa{QStringLiteral("wx0123456789abcdef"),
                     AppConfig::Kind::OfficialAccount,
                     QStringLiteral("Shop OA"),
                     {},
                     QUrl(QStringLiteral("http://proxy:3128"))};
        AppConfig mp{QStringLiteral("wxfedcba9876543210"),
                     AppConfig::Kind::MiniProgram,
                     QStringLiteral("Shop MP"),
                     QUrl(QStringLiteral("https://gw.example.com")),
                     {}};
        model.setApps({oa, mp});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(AppListModel::ColumnCount));
        QCOMPARE(model.index(0, AppListModel::Name).data().toString(), QStringLiteral("Shop OA"));
        QCOMPARE(model.index(1, AppListModel::ApiBase).data().toString(),
                 QStringLiteral("https://gw.example.com"));
        QCOMPARE(model.index(0, AppListModel::ApiBase).data().toString(),
                 QStringLiteral("https://api.weixin.qq.com"));
        QCOMPARE(model.index(1, AppListModel::Kind).data().toString(),
                 AppListModel::kindName(AppConfig::Kind::MiniProgram));
        QCOMPARE(model.rowOf(mp.appid), 1);
        model.setApps({mp});
        QCOMPARE(model.rowOf(oa.appid), -1);
    }

    void addEditRemoveThroughTheDialog()
    {
        ConsoleFixture fixture;
        QVERIFY2(fixture.openStatus.isOk(), qPrintable(fixture.openStatus.message()));
        AccountsPanel panel(fixture.database.connections().connection(), fixture.secrets,
                            fixture.dialogs, fixture.access);
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("testConnection"))->isEnabled());

        // A bad AppID keeps the dialog open with the reason; correcting it saves.
        QString error;
        fixture.dialogs.onExec = [&](QDialog &dialog) {
            const int first =
                fillAndSave(dialog,
                            {QStringLiteral("Shop OA"), QStringLiteral("oa"), QStringLiteral("123"),
                             QStringLiteral("first-secret"), QString()},
                            &error);
            if (first == QDialog::Accepted)
                return first;
            return fillAndSave(dialog, {QString(), QString(), Emulator::oaAppid(), QString(),
                                        m_emu.baseUrl().toString()});
        };
        panel.addApp();
        QVERIFY2(error.contains(QStringLiteral("123")), qPrintable(error));
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(storedSecret(fixture.secrets, Emulator::oaAppid()),
                 QStringLiteral("first-secret"));

        // Editing shows every field but never the secret; an empty secret keeps the stored one.
        fixture.dialogs.onExec = [&](QDialog &dialog) {
            auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("secret"));
            auto *appid = dialog.findChild<QLineEdit *>(QStringLiteral("appid"));
            [&] {
                QVERIFY(secret->text().isEmpty());
                QCOMPARE(secret->echoMode(), QLineEdit::Password);
                QVERIFY(appid->isReadOnly());
                QCOMPARE(appid->text(), Emulator::oaAppid());
            }();
            return fillAndSave(dialog, {QStringLiteral("Shop OA (main)"), QString(), QString(),
                                        QString(), QString()});
        };
        panel.editSelected();
        QCOMPARE(panel.model()->appAt(0).name, QStringLiteral("Shop OA (main)"));
        QCOMPARE(storedSecret(fixture.secrets, Emulator::oaAppid()),
                 QStringLiteral("first-secret"));

        // Typing a secret replaces it.
        fixture.dialogs.onExec = [&](QDialog &dialog) {
            return fillAndSave(dialog,
                               {QString(), QString(), QString(), Emulator::oaSecret(), QString()});
        };
        panel.editSelected();
        QCOMPARE(storedSecret(fixture.secrets, Emulator::oaAppid()), Emulator::oaSecret());

        // Nothing the admin typed as a secret is in the database.
        QSqlQuery rows(fixture.database.connections().connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT * FROM apps")));
        while (rows.next())
            for (int c = 0; c < rows.record().count(); ++c)
                QVERIFY(!rows.value(c).toString().contains(QStringLiteral("secret")));

        // Remove asks first; "No" keeps it, "Yes" removes the row and the keychain entry.
        fixture.dialogs.confirmAnswer = false;
        panel.removeSelected();
        QCOMPARE(panel.model()->rowCount(), 1);
        fixture.dialogs.confirmAnswer = true;
        panel.removeSelected();
        QTRY_COMPARE(panel.model()->rowCount(), 0);
        QCOMPARE(
            fixture.secrets.readAndWait(SecretStore::appSecretKey(Emulator::oaAppid())).outcome,
            SecretStore::Outcome::NotFound);
        QVERIFY(
            !AppRepository(fixture.database.connections().connection()).find(Emulator::oaAppid()));
    }

    // Saving it empty says what is required and marks each field; the dialog keeps its size;
    // Test connection tries what is typed, before saving, and shows the public IP WeChat
    // refused, ready to copy into the whitelist.
    void addDialogSaysWhatIsMissingAndWhichIpToWhitelist()
    {
        ConsoleFixture fixture;
        QVERIFY2(fixture.openStatus.isOk(), qPrintable(fixture.openStatus.message()));
        AccountService service(fixture.database.connections().connection(), fixture.secrets,
                               QStringLiteral("admin"));
        AppDialog dialog(service, std::nullopt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QSize before = dialog.size();
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("required")) ||
                     dialog.errorText().contains(QStringLiteral("必填")),
                 qPrintable(dialog.errorText()));
        QVERIFY(!dialog.errorText().contains(QStringLiteral("does not look like")));
        for (const char *field : {"name", "appid", "secret"})
            QVERIFY2(
                dialog.findChild<QLineEdit *>(QLatin1String(field))->property("invalid").toBool(),
                field);
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("apiBase"))
                     ->property("invalid")
                     .toBool());
        QCoreApplication::processEvents();
        QCOMPARE(dialog.size(), before);
        saveScreenshot(dialog, QStringLiteral("accounts-add-dialog-required"));

        setText(dialog, "name", QStringLiteral("Branch OA"));
        setText(dialog, "appid", QStringLiteral("wxoa0000000000emu2"));
        setText(dialog, "secret", QStringLiteral("emu-oa-secret-0123456789abcdef"));
        setText(dialog, "apiBase", m_deniedEmu.baseUrl().toString());
        QSignalSpy tested(&dialog, &AppDialog::testFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.constFirst().constFirst().toBool(), false);
        QCOMPARE(dialog.deniedIp(), QStringLiteral("127.0.0.1"));
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyIp"));
        QVERIFY(copy->isVisible());
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(dialog.size(), before);
        saveScreenshot(dialog, QStringLiteral("accounts-add-dialog-denied-ip"));
        // Nothing was saved by testing.
        QVERIFY(!AppRepository(fixture.database.connections().connection())
                     .find(QStringLiteral("wxoa0000000000emu2")));
    }

    void testConnectionReportsWhatIsWrong()
    {
        ConsoleFixture fixture;
        QVERIFY2(fixture.openStatus.isOk(), qPrintable(fixture.openStatus.message()));
        MainWindow window(fixture.context());
        window.resize(1100, 720);
        window.show();
        window.showPage(MainWindow::Settings);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AccountsPanel *panel = window.settingsPage()->accounts();
        saveScreenshot(window, QStringLiteral("accounts-empty"));

        addApp(fixture, panel, QStringLiteral("Shop OA"), QStringLiteral("oa"), Emulator::oaAppid(),
               Emulator::oaSecret(), m_emu.baseUrl());
        addApp(fixture, panel, QStringLiteral("Shop Mini Program"), QStringLiteral("mp"),
               Emulator::mpAppid(), QStringLiteral("not-the-secret"), m_emu.baseUrl());
        // The same OA seen through an API base whose IP WeChat does not accept.
        addApp(fixture, panel, QStringLiteral("Branch OA (office line)"), QStringLiteral("oa"),
               QStringLiteral("wxoa0000000000emu2"), Emulator::oaSecret(), m_deniedEmu.baseUrl());
        QCOMPARE(panel->model()->rowCount(), 3);

        panel->selectApp(Emulator::oaAppid());
        QVERIFY(runTest(panel));
        QVERIFY2(panel->testResultText().contains(Emulator::oaAppid()),
                 qPrintable(panel->testResultText()));
        saveScreenshot(window, QStringLiteral("accounts-test-success"));

        panel->selectApp(Emulator::mpAppid());
        QVERIFY(!runTest(panel));
        QCOMPARE(panel->testResultText(), ApiError::wechat(40125, QString())
                                              .userMessage(panel->model()->appAt(
                                                  panel->model()->rowOf(Emulator::mpAppid()))));
        saveScreenshot(window, QStringLiteral("accounts-test-wrong-secret"));

        panel->selectApp(QStringLiteral("wxoa0000000000emu2"));
        QVERIFY(!runTest(panel));
        QVERIFY2(panel->testResultText().contains(QStringLiteral("127.0.0.1")),
                 qPrintable(panel->testResultText()));
        QVERIFY2(panel->testResultText().contains(m_deniedEmu.baseUrl().toString()) ||
                     panel->testResultText().contains(QStringLiteral("proxy")) ||
                     panel->testResultText().contains(QStringLiteral("代理")),
                 qPrintable(panel->testResultText()));
        saveScreenshot(window, QStringLiteral("accounts-test-denied-ip"));

        // The token test never wrote a token or a secret where a person could read it.
        QCOMPARE(m_emu.count(QStringLiteral("/cgi-bin/token")), 0);
        QFile log(fixture.logFile);
        if (log.open(QIODevice::ReadOnly))
            QVERIFY(!log.readAll().contains(Emulator::oaSecret().toUtf8()));
    }

private:
    bool runTest(AccountsPanel *panel)
    {
        QSignalSpy finished(panel, &AccountsPanel::testFinished);
        panel->testSelected();
        if (!finished.wait(15000))
            return false;
        return finished.constFirst().constFirst().toBool();
    }

    void addApp(ConsoleFixture &fixture, AccountsPanel *panel, const QString &name,
                const QString &kind, const QString &appid, const QString &secret, const QUrl &api)
    {
        fixture.dialogs.onExec = [&](QDialog &dialog) {
            saveScreenshot(dialog, QStringLiteral("accounts-add-dialog"));
            return fillAndSave(dialog, {name, kind, appid, secret, api.toString()});
        };
        panel->addApp();
        QVERIFY(panel->model()->rowOf(appid) >= 0);
    }

    Emulator m_emu;
    Emulator m_deniedEmu{{QStringLiteral("--deny-ip"), QStringLiteral("--app"),
                          QStringLiteral("oa:wxoa0000000000emu2:emu-oa-secret-0123456789abcdef")}};
};

QTEST_MAIN(TestAccountsPage)
#include "tst_accountspage.moc"
