#include "UsersPage.h"

#include "RoleGate.h"

#include "BackgroundJob.h"
#include "ConsoleContext.h"
#include "credentials/MemorySecrets.h"
#include "credentials/SecretStore.h"
#include "DialogRunner.h"
#include "EmptyState.h"
#include "JobBar.h"
#include "MessageBanner.h"
#include "MessageTone.h"
#include "profiles/ProfileLookup.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "users/ConflictsDialog.h"
#include "users/DataJobs.h"
#include "users/FollowerActions.h"
#include "users/ImportDialog.h"
#include "users/ProfileTableModel.h"
#include "users/ProfileView.h"
#include "util/Clock.h"
#include "WorkerSecrets.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

UsersPage::UsersPage(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_search(new QLineEdit(this)),
      m_sync(new QPushButton(tr("&Sync followers"), this)),
      m_import(new QPushButton(tr("&Import…"), this)), m_conflicts(new QPushButton(this)),
      m_jobs(new JobBar(this)), m_message(new MessageBanner(this)),
      m_stack(new QStackedWidget(this)), m_empty(new EmptyState(this)),
      m_model(new ProfileTableModel(context.database.connections().connection(), this)),
      m_table(new QTableView(this)),
      m_profile(new ProfileView(context.database.connections().connection(), context.dialogs,
                                context.access, this)),
      m_detail(new QStackedWidget(this)), m_nobody(new EmptyState(this)),
      m_searchDelay(new QTimer(this)), m_actions(new FollowerActions(context, this)),
      m_wechat(new QToolButton(this))
{
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(
        tr("Search by OpenID, UnionID, member ID, remark or profile ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &UsersPage::search);
    connect(m_search, &QLineEdit::returnPressed, this, &UsersPage::search);
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_search);
    clearSearch->setContext(Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, m_search, &QLineEdit::clear);

    m_sync->setObjectName(QStringLiteral("syncFollowers"));
    m_import->setObjectName(QStringLiteral("importFile"));
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    enableDataJobs(true);
    connect(m_sync, &QPushButton::clicked, this, &UsersPage::syncFollowers);
    connect(m_import, &QPushButton::clicked, this, &UsersPage::importFile);
    connect(m_conflicts, &QPushButton::clicked, this, &UsersPage::showConflicts);
    connect(m_jobs, &JobBar::finished, this, [this](bool ok, const QString &message) {
        m_message->sayOutcome(message, ok);
        enableDataJobs(true);
        reload();
        emit jobFinished(ok);
    });
    m_message->setObjectName(QStringLiteral("jobMessage"));

    m_empty->setTitle(tr("No users yet"));
    m_empty->setHint(
        tr("Add your Official Account and Mini Program in Settings, then sync followers and import "
           "Mini Program users. Everyone you sync appears here as one profile per person."));

    m_table->setObjectName(QStringLiteral("profiles"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several people at once for tags and blocks (Ctrl/Shift+click, Ctrl+A).
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProfileTableModel::Id, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    // Tags take what the other columns leave, so the list never scrolls sideways.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ProfileTableModel::Tags,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(m_table->fontMetrics().height() * 2);
    // The arrow shows the order the rows are in: a column the list cannot sort by now puts
    // it back (the header's tooltip says why).
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column) {
                if (m_model->canSortBy(column))
                    return;
                const QSignalBlocker blocker(m_table->horizontalHeader());
                m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(),
                                                              m_model->sortOrder());
            });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        // Tags stretch with the window; any other column changes only by hand or by fitting.
        if (!m_fittingColumns && column != ProfileTableModel::Tags)
            m_columnsSizedByHand = true;
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const qint64 id = m_model->profileIdAt(current.row()))
                    showPerson(id);
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_actions->setSelection(selectedProfiles()); });
    connect(m_model, &ProfileTableModel::totalChanged, this, &UsersPage::totalChanged);

    m_wechat->setObjectName(QStringLiteral("wechatActions"));
    m_wechat->setText(tr("&WeChat"));
    m_wechat->setToolTip(tr("Remark, tags and blacklist of the selected people on the Official "
                            "Account"));
    m_wechat->setMenu(m_actions->menu());
    m_wechat->setPopupMode(QToolButton::InstantPopup);
    m_wechat->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The menu's shortcuts (F2 for the remark) work from the list.
    for (QAction *action : m_actions->menu()->actions())
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addActions(m_actions->menu()->actions());
    connect(m_actions, &FollowerActions::finished, this, [this](bool ok, const QString &message) {
        m_message->sayOutcome(message, ok);
        if (ok)
            reload();
        emit jobFinished(ok);
    });
    connect(m_profile, &ProfileView::identityChanged, this, [this](qint64 profileId) {
        if (m_model->isFiltered())
            search();
        else
            reload();
        showPerson(profileId);
        updateConflicts();
    });

    m_nobody->setObjectName(QStringLiteral("nobodySelected"));
    m_detail->addWidget(m_nobody);
    m_detail->addWidget(m_profile);

    // The list above the person, both the page's full width: the list says who people are in
    // eight columns and the person's accounts and timeline are wide tables too.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({360, 450});
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_sync);
    top->addWidget(m_import);
    top->addWidget(m_wechat);
    top->addWidget(m_conflicts);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_jobs);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    reload();
}

UsersPage::~UsersPage() = default;

void UsersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void UsersPage::reload()
{
    updateConflicts();
    // What the search box says is what the list shows: with a search, the search again.
    if (!m_search->text().trimmed().isEmpty())
        return search();
    const qint64 shown = m_profile->profileId();
    m_model->reload();
    fitColumns();
    updateEmptyState();
    keepSelection(shown);
}

void UsersPage::keepSelection(qint64 profileId)
{
    // The person on screen stays on screen (selected when the loaded rows hold them).
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (profileId && m_model->profileIdAt(row) == profileId) {
            m_table->selectRow(row);
            return showPerson(profileId);
        }
    if (profileId && m_profile->showProfile(profileId))
        return m_detail->setCurrentWidget(m_profile); // not in the rows loaded, still there
    if (m_model->rowCount())
        m_table->selectRow(0);
    else
        showNobody();
}

QList<qint64> UsersPage::selectedProfiles() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        if (const qint64 id = m_model->profileIdAt(row.row()))
            ids << id;
    return ids;
}

void UsersPage::showPerson(qint64 profileId)
{
    m_profile->showProfile(profileId); // read again: a sync or import may have changed them
    m_detail->setCurrentWidget(m_profile);
}

void UsersPage::showNobody()
{
    m_table->clearSelection();
    m_profile->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_nobody->setTitle(tr("No one selected"));
        m_nobody->setHint(tr("Pick a person in the list to see their accounts and timeline."));
    } else {
        m_nobody->setTitle(tr("No one found for “%1”").arg(text));
        m_nobody->setHint(
            tr("Search takes a profile ID, or the whole or the first %1 or more characters of an "
               "OpenID, UnionID or member ID, or the start of a remark. Check the text, or clear "
               "the search (Esc) to see everyone.")
                .arg(ProfileLookup::kMinimumPrefix));
    }
    m_detail->setCurrentWidget(m_nobody);
}

void UsersPage::fitColumns()
{
    // Each column as wide as its header and the rows loaded need, within reason, every time
    // the rows change, until the person sizes a column themselves: then the widths are theirs.
    if (m_columnsSizedByHand || m_model->rowCount() == 0)
        return;
    const QScopedValueRollback<bool> fitting(m_fittingColumns, true);
    const int widest = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 20;
    for (int column = 0; column < ProfileTableModel::ColumnCount; ++column) {
        if (column == ProfileTableModel::Tags)
            continue;
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), widest));
    }
}

void UsersPage::updateEmptyState()
{
    m_stack->setCurrentIndex(m_model->total() > 0 || m_model->isFiltered() ? 1 : 0);
}

IdentityConflicts UsersPage::conflicts() const
{
    return IdentityConflicts(m_context.database.connections().connection(), Clock::system());
}

void UsersPage::updateConflicts()
{
    const StatusOr<qint64> open = conflicts().openCount();
    // A count that cannot be read shows the button: the dialog then says what is wrong.
    m_conflicts->setText(open.isOk() ? tr("Conflicts (%1)").arg(open.value()) : tr("Conflicts"));
    m_conflicts->setVisible(!open.isOk() || open.value() > 0);
}

void UsersPage::search()
{
    m_searchDelay->stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        if (m_model->isFiltered())
            reload();
        return;
    }
    Status status = Status::ok();
    const qint64 shown = m_profile->profileId();
    const QList<qint64> found =
        ProfileLookup(m_context.database.connections().connection()).find(text, 200, &status);
    if (!status.isOk())
        m_message->sayOutcome(tr("The search failed: %1").arg(status.message()), false);
    m_model->showOnly(found);
    fitColumns();
    updateEmptyState();
    // The profile beside the list is always one the list shows, or none.
    if (found.contains(shown))
        keepSelection(shown);
    else if (!found.isEmpty())
        m_table->selectRow(0);
    else
        showNobody();
}

void UsersPage::openProfile(qint64 profileId)
{
    m_search->setText(QString::number(profileId));
    search();
}

void UsersPage::cancelJob()
{
    m_jobs->cancel();
}

bool UsersPage::isJobRunning() const
{
    return m_jobs->isBusy() || m_preparingJob;
}

QString UsersPage::lastJobMessage() const
{
    return m_message->text();
}

void UsersPage::enableDataJobs(bool enabled)
{
    const RoleGate gate(m_context.access);
    gate.setEnabled(m_sync, TeamAccess::Work::SyncAndImport, enabled,
                    tr("Fetch the followers of every Official Account (Ctrl+R)"));
    gate.setEnabled(m_import, TeamAccess::Work::SyncAndImport, enabled,
                    tr("Import Mini Program users and events from a file (Ctrl+I)"));
}

void UsersPage::runJob(BackgroundJob *job, const QString &text)
{
    enableDataJobs(false);
    m_message->hide();
    m_jobs->run(job, text);
}

void UsersPage::syncFollowers()
{
    if (isJobRunning() || !m_sync->isEnabled())
        return;
    QList<AppConfig> accounts;
    for (const AppConfig &app : AppRepository(m_context.database.connections().connection()).all())
        if (app.kind == AppConfig::Kind::OfficialAccount)
            accounts << app;
    if (accounts.isEmpty()) {
        m_context.dialogs.showError(this, tr("Nothing to sync"),
                                    tr("Add an Official Account in Settings → Accounts first."));
        return;
    }
    m_preparingJob = true;
    enableDataJobs(false);
    QStringList appids;
    for (const AppConfig &app : std::as_const(accounts))
        appids << app.appid;
    readSecretsForWorker(
        m_context.secrets, appids, this,
        [this, accounts](const std::shared_ptr<MemorySecrets> &secrets) {
            startSync(accounts, secrets);
        },
        [this, accounts](const QString &appid, const QString &message) {
            m_preparingJob = false;
            enableDataJobs(true);
            QString name = appid;
            for (const AppConfig &app : accounts)
                if (app.appid == appid)
                    name = app.name;
            m_context.dialogs.showError(this, tr("Cannot sync %1").arg(name), message);
        });
}

void UsersPage::startSync(const QList<AppConfig> &accounts,
                          const std::shared_ptr<MemorySecrets> &secrets)
{
    m_preparingJob = false;
    // One account after the other, in one job.
    Database &database = m_context.database;
    runJob(new BackgroundJob(
               [&database, secrets, accounts](BackgroundJob &job) -> BackgroundJob::Outcome {
                   QStringList messages;
                   for (const AppConfig &app : accounts) {
                       const BackgroundJob::Outcome one =
                           DataJobs::syncFollowers(database, *secrets, app)(job);
                       messages << one.message;
                       if (!one.ok)
                           return {false, messages.join(QLatin1Char('\n'))};
                   }
                   return {true, messages.join(QLatin1Char('\n'))};
               }),
           tr("Syncing followers…"));
}

void UsersPage::importFile()
{
    if (isJobRunning() || !m_import->isEnabled())
        return;
    ImportDialog dialog(this);
    if (m_context.dialogs.exec(dialog) != QDialog::Accepted || dialog.path().isEmpty())
        return;
    startImport(dialog.path(), dialog.skipBadRows());
}

void UsersPage::startImport(const QString &path, bool skipBadRows)
{
    if (isJobRunning())
        return;
    if (!QFileInfo::exists(path)) {
        m_context.dialogs.showError(this, tr("Cannot import"), tr("%1 does not exist.").arg(path));
        return;
    }
    const QString report = skipBadRows ? path + QStringLiteral(".bad-rows.txt") : QString();
    runJob(new BackgroundJob(DataJobs::importFile(m_context.database, path, skipBadRows, report)),
           tr("Importing %1…").arg(QFileInfo(path).fileName()));
}

void UsersPage::showConflicts()
{
    ConflictsDialog dialog(conflicts(), this);
    m_context.dialogs.exec(dialog);
    updateConflicts();
    if (dialog.chosenProfile())
        openProfile(dialog.chosenProfile());
}
