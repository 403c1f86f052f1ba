#include "ConsoleFixture.h"
#include "EmptyState.h"
#include "i18n/Translations.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "MessageTone.h"
#include "storage/DatabaseSpec.h"
#include "users/UsersPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("wxops-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    // Feedback colours come from the palette: readable on a light and on a dark window, and a
    // plain line inherits again.
    void messageTonesReadOnLightAndDarkWindows()
    {
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf5, 0xf5, 0xf5));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        for (const QPalette &palette : {light, dark})
            for (Tone tone : {Tone::Success, Tone::Warning, Tone::Error})
                QVERIFY(qAbs(toneColor(palette, tone).lightness() -
                             palette.color(QPalette::Window).lightness()) > 80);
        QVERIFY(toneColor(light, Tone::Error) != toneColor(dark, Tone::Error));

        QWidget parent;
        parent.setPalette(dark);
        QLabel label(&parent);
        setTone(&label, Tone::Error);
        QCOMPARE(label.palette().color(QPalette::WindowText), toneColor(dark, Tone::Error));
        setTone(&label, Tone::Plain);
        QCOMPARE(label.palette().color(QPalette::WindowText),
                 parent.palette().color(QPalette::WindowText));
    }

    // The pages' one feedback line: hidden until it has something to say, plain text, coloured
    // by its tone from the palette, hidden again when cleared.
    void messageBannerSaysAndClears()
    {
        QWidget parent;
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        parent.setPalette(dark);
        MessageBanner banner(&parent);
        parent.show();
        QVERIFY(banner.isHidden());
        QCOMPARE(banner.shown(), QString());
        banner.sayOutcome(QStringLiteral("<b>WeChat said no</b>"), false);
        QVERIFY(!banner.isHidden());
        QCOMPARE(banner.textFormat(), Qt::PlainText);
        QCOMPARE(banner.shown(), QStringLiteral("<b>WeChat said no</b>"));
        QCOMPARE(banner.tone(), Tone::Error);
        QCOMPARE(banner.palette().color(QPalette::WindowText), toneColor(dark, Tone::Error));
        banner.sayOutcome(QStringLiteral("Synced"), true);
        QCOMPARE(banner.palette().color(QPalette::WindowText),
                 parent.palette().color(QPalette::WindowText));
        banner.say(QString(), Tone::Plain);
        QVERIFY(banner.isHidden());
    }

    void everyPageByShortcut()
    {
        ConsoleFixture fixture;
        QVERIFY2(fixture.openStatus.isOk(), qPrintable(fixture.openStatus.message()));
        MainWindow window(fixture.context());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.currentPage(), MainWindow::Users);
        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(stack);
        for (int page = MainWindow::PageCount - 1; page >= 0; --page) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
            QCOMPARE(int(window.currentPage()), page);
            QCOMPARE(stack->currentIndex(), page);
            QVERIFY(stack->currentWidget()->isVisible());
        }
    }

    void emptyPagesSayWhatToDo()
    {
        ConsoleFixture fixture;
        QVERIFY2(fixture.openStatus.isOk(), qPrintable(fixture.openStatus.message()));
        MainWindow window(fixture.context());
        const auto states = window.findChildren<EmptyState *>();
        QVERIFY(states.size() >= 4);
        for (const EmptyState *state : states) {
            QVERIFY(!state->title().isEmpty());
            QVERIFY2(state->hint().size() > 40, qPrintable(state->hint()));
        }
    }

    void ctrlFFocusesSearch()
    {
        ConsoleFixture fixture;
        QVERIFY2(fixture.openStatus.isOk(), qPrintable(fixture.openStatus.message()));
        MainWindow window(fixture.context());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(MainWindow::Analytics);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Users);
        QTRY_COMPARE(QApplication::focusWidget(), window.usersPage()->searchBox());
    }

    void syncAndImportHaveShortcuts()
    {
        ConsoleFixture fixture;
        QVERIFY2(fixture.openStatus.isOk(), qPrintable(fixture.openStatus.message()));
        MainWindow window(fixture.context());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(MainWindow::Settings);
        // No Official Account yet: Ctrl+R goes to Users and says what to do.
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Users);
        QCOMPARE(fixture.dialogs.titles, QStringList{QStringLiteral("Nothing to sync")});
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(fixture.dialogs.titles.size(), 2); // the import dialog, rejected by the test
    }

    void statusBarNamesDatabase()
    {
        ConsoleFixture fixture;
        QVERIFY2(fixture.openStatus.isOk(), qPrintable(fixture.openStatus.message()));
        MainWindow window(fixture.context());
        auto *label = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(label);
        QVERIFY(label->text().contains(fixture.database.spec().displayName()));
        QVERIFY(label->text().contains(QStringLiteral("SQLite")));
    }

    void aboutGoesThroughTheDialogSeam()
    {
        ConsoleFixture fixture;
        QVERIFY2(fixture.openStatus.isOk(), qPrintable(fixture.openStatus.message()));
        MainWindow window(fixture.context());
        auto *about = window.findChild<QAction *>(QStringLiteral("about"));
        QVERIFY(about);
        about->trigger();
        QCOMPARE(fixture.dialogs.titles, QStringList{QStringLiteral("About wxops")});
    }

    // Settings names the language in use (never a blank), and a choice is kept for the next
    // start; --lang still wins then (main reads the choice only without it).
    void settingsNamesAndKeepsTheLanguage()
    {
        ConsoleFixture fixture;
        MainWindow window(fixture.context());
        window.showPage(MainWindow::Settings);
        auto *picker = window.findChild<QComboBox *>(QStringLiteral("language"));
        auto *note = window.findChild<QLabel *>(QStringLiteral("languageNote"));
        QVERIFY(picker && note);
        QVERIFY(!picker->currentText().trimmed().isEmpty());
        QVERIFY2(note->text().contains(Translations::nativeName(QLocale())),
                 qPrintable(note->text()));
        QCOMPARE(Translations::nativeName(QLocale::c()), QStringLiteral("English"));
        QCOMPARE(Translations::nativeName(QLocale(QStringLiteral("zh_CN"))),
                 QStringLiteral("中文（简体）"));
        picker->setCurrentIndex(picker->findData(QStringLiteral("zh_CN")));
        emit picker->activated(picker->currentIndex());
        QCOMPARE(Translations::savedChoice(), QStringLiteral("zh_CN"));
        picker->setCurrentIndex(0);
        emit picker->activated(0);
        QCOMPARE(Translations::savedChoice(), QString());
    }

    // The pages start right beside the navigation: no splitter handle, no unused gutter.
    void pagesSitBesideTheNavigation()
    {
        ConsoleFixture fixture;
        MainWindow window(fixture.context());
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *pages = window.findChild<QStackedWidget *>();
        QVERIFY(window.findChildren<QSplitter *>(QString(), Qt::FindDirectChildrenOnly).isEmpty());
        QCOMPARE(pages->geometry().left(), navigation->geometry().right() + 1);
        // Every entry fits the navigation's width.
        for (int row = 0; row < navigation->count(); ++row)
            QVERIFY(navigation->visualItemRect(navigation->item(row)).right() <
                    navigation->viewport()->width());
    }

    void geometryIsRemembered()
    {
        ConsoleFixture fixture;
        QRect saved;
        {
            MainWindow window(fixture.context());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1201, 613);
            QTRY_COMPARE(window.size(), QSize(1201, 613));
            saved = window.geometry();
            window.close();
        }
        MainWindow again(fixture.context());
        QCOMPARE(again.size(), saved.size());
        QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
