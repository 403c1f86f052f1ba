#include "MainWindow.h"

#include "RoleGate.h"

#include "AboutDialog.h"
#include "analytics/AnalyticsPage.h"
#include "campaigns/CampaignsPage.h"
#include "ConsoleContext.h"
#include "DialogRunner.h"
#include "segments/SegmentsPage.h"
#include "settings/SettingsPage.h"
#include "storage/Database.h"
#include "users/ProfileTableModel.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(const ConsoleContext &context, QWidget *parent)
    : QMainWindow(parent), m_dialogs(context.dialogs), m_access(context.access),
      m_databaseName(context.database.spec().displayName()), m_navigation(new QListWidget),
      m_pages(new QStackedWidget), m_databaseLabel(new QLabel(this)),
      m_profilesLabel(new QLabel(this))
{
    setWindowTitle(tr("wxops — WeChat operations console"));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    buildPages(context);
    buildMenus();

    // The navigation is as wide as its longest entry in the language shown, and the pages
    // take the rest: no splitter, so no stray handle or unused gutter beside the pages.
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) +
                                2 * m_navigation->frameWidth() + 16);
    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_navigation);
    row->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    m_databaseLabel->setText(tr("Database: %1").arg(m_databaseName));
    m_profilesLabel->setObjectName(QStringLiteral("profilesLabel"));
    statusBar()->addPermanentWidget(m_profilesLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    auto showTotal = [this](qint64 profiles) {
        const ProfileTableModel *model = m_usersPage->model();
        const QString all =
            tr("%Ln profile(s)", nullptr, int(qMin<qint64>(model->allProfiles(), INT_MAX)));
        // While a search narrows the table, say both: what is shown and how many there are.
        m_profilesLabel->setText(model->isFiltered()
                                     ? tr("%1 shown of %2").arg(QLocale().toString(profiles), all)
                                     : all);
    };
    connect(m_usersPage, &UsersPage::totalChanged, this, showTotal);
    showTotal(m_usersPage->model()->total());

    m_navigation->setCurrentRow(Users);
    // First start: most of the screen (support works with wide tables); later: as left.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1400, 900);
    resize(qMax(1000, available.width() * 9 / 10), qMax(700, available.height() * 9 / 10));
    restoreWindowState();
}

void MainWindow::buildPages(const ConsoleContext &context)
{
    QStyle *style = QApplication::style();
    m_usersPage = new UsersPage(context);
    addPage(Users, tr("Users"), style->standardIcon(QStyle::SP_DirHomeIcon), m_usersPage);
    m_segmentsPage = new SegmentsPage(context);
    addPage(Segments, tr("Segments"), style->standardIcon(QStyle::SP_FileDialogListView),
            m_segmentsPage);
    connect(m_segmentsPage, &SegmentsPage::openProfileRequested, this, [this](qint64 profile) {
        showPage(Users);
        m_usersPage->openProfile(profile);
    });
    m_campaignsPage = new CampaignsPage(context);
    addPage(Campaigns, tr("Campaigns"), style->standardIcon(QStyle::SP_MessageBoxInformation),
            m_campaignsPage);
    m_analyticsPage = new AnalyticsPage(context);
    addPage(Analytics, tr("Analytics"), style->standardIcon(QStyle::SP_FileDialogDetailedView),
            m_analyticsPage);
    // Apps and statistics change elsewhere (Settings, `wxops stats fetch`): read them on entry.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == Analytics)
            m_analyticsPage->reload();
    });
    addPage(Settings, tr("Settings"), style->standardIcon(QStyle::SP_ComputerIcon),
            m_settingsPage = new SettingsPage(context));
}

void MainWindow::addPage(Page page, const QString &title, const QIcon &icon, QWidget *widget)
{
    Q_ASSERT(m_pages->count() == page);
    widget->setObjectName(QStringLiteral("page%1").arg(int(page)));
    m_pages->addWidget(widget);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(int(page) + 1));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *sync = file->addAction(tr("&Sync Followers"), this, [this] {
        showPage(Users);
        m_usersPage->syncFollowers();
    });
    sync->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    sync->setObjectName(QStringLiteral("syncFollowersAction"));
    QAction *import = file->addAction(tr("&Import Mini Program Users…"), this, [this] {
        showPage(Users);
        m_usersPage->importFile();
    });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setObjectName(QStringLiteral("importAction"));
    for (QAction *dataJob : {sync, import})
        RoleGate(m_access).setEnabled(dataJob, TeamAccess::Work::SyncAndImport);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int page = 0; page < PageCount; ++page) {
        QAction *action = go->addAction(m_navigation->item(page)->text(), this,
                                        [this, page] { showPage(Page(page)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        action->setObjectName(QStringLiteral("goPage%1").arg(page));
    }
    go->addSeparator();
    QAction *find = go->addAction(tr("&Find User…"), this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("findUser"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About wxops"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::focusSearch()
{
    showPage(Users);
    m_usersPage->focusSearch();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_databaseName, this);
    m_dialogs.exec(dialog);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
}
