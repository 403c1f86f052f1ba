#include "DialogRunner.h"
#include "EmptyState.h"
#include "MainWindow.h"
#include "storage/DatabaseSpec.h"
#include "UsersPage.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QtTest>

namespace {
// Records dialogs instead of showing them.
class RecordingDialogs : public DialogRunner
{
public:
    int exec(QDialog &dialog) override
    {
        titles << dialog.windowTitle();
        return QDialog::Rejected;
    }
    void showError(QWidget *, const QString &title, const QString &) override { titles << title; }
    bool confirm(QWidget *, const QString &title, const QString &) override
    {
        titles << title;
        return false;
    }
    QStringList titles;
};

const DatabaseSpec kSpec = DatabaseSpec::sqliteFile(QStringLiteral("/tmp/wxops-shell-test.db"));
} // namespace

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

    void everyPageByShortcut()
    {
        RecordingDialogs dialogs;
        MainWindow window(kSpec, QStringLiteral("/tmp/log"), dialogs);
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
        RecordingDialogs dialogs;
        MainWindow window(kSpec, QStringLiteral("/tmp/log"), dialogs);
        const auto states = window.findChildren<EmptyState *>();
        QVERIFY(states.size() >= 4);
        for (const EmptyState *state : states) {
            QVERIFY(!state->title().isEmpty());
            QVERIFY2(state->hint().size() > 40, qPrintable(state->hint()));
        }
    }

    void ctrlFFocusesSearch()
    {
        RecordingDialogs dialogs;
        MainWindow window(kSpec, QStringLiteral("/tmp/log"), dialogs);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(MainWindow::Analytics);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Users);
        QTRY_COMPARE(QApplication::focusWidget(), window.usersPage()->searchBox());
    }

    void statusBarNamesDatabase()
    {
        RecordingDialogs dialogs;
        MainWindow window(kSpec, QStringLiteral("/tmp/log"), dialogs);
        auto *label = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("/tmp/wxops-shell-test.db")));
        QVERIFY(label->text().contains(QStringLiteral("SQLite")));
    }

    void aboutGoesThroughTheDialogSeam()
    {
        RecordingDialogs dialogs;
        MainWindow window(kSpec, QStringLiteral("/tmp/log"), dialogs);
        auto *about = window.findChild<QAction *>(QStringLiteral("about"));
        QVERIFY(about);
        about->trigger();
        QCOMPARE(dialogs.titles, QStringList{QStringLiteral("About wxops")});
    }

    void geometryIsRemembered()
    {
        RecordingDialogs dialogs;
        QRect saved;
        {
            MainWindow window(kSpec, QStringLiteral("/tmp/log"), dialogs);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(901, 613);
            QTRY_COMPARE(window.size(), QSize(901, 613));
            saved = window.geometry();
            window.close();
        }
        MainWindow again(kSpec, QStringLiteral("/tmp/log"), dialogs);
        QCOMPARE(again.size(), saved.size());
        QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
