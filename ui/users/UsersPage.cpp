#include "UsersPage.h"

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
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

UsersPage::UsersPage(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_search(new QLineEdit(this)),
      m_sync(new QPushButton(tr("&Sync followers"), this)),
      m_import(new QPushButton(tr("&Import…"), this)), m_conflicts(new QPushButton(this)),
      m_jobs(new JobBar(this)), m_message(new MessageBanner(this)),
      m_stack(new QStackedWidget(this)), m_empty(new EmptyState(this)),
      m_model(new ProfileTableModel(context.database.connections().connection(), this)),
      m_table(new QTableView(this)),
      m_profile(
          new ProfileView(context.database.connections().connection(), context.dialogs, this)),
      m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(
        tr("Search by openid, unionid, member ID, remark or profile ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &UsersPage::search);
    connect(m_search, &QLineEdit::returnPressed, this, &UsersPage::search);

    m_sync->setObjectName(QStringLiteral("syncFollowers"));
    m_sync->setToolTip(tr("Fetch the followers of every Official Account (Ctrl+R)"));
    m_import->setObjectName(QStringLiteral("importFile"));
    m_import->setToolTip(tr("Import Mini Program users and events from a file (Ctrl+I)"));
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    connect(m_sync, &QPushButton::clicked, this, &UsersPage::syncFollowers);
    connect(m_import, &QPushButton::clicked, this, &UsersPage::importFile);
    connect(m_conflicts, &QPushButton::clicked, this, &UsersPage::showConflicts);
    connect(m_jobs, &JobBar::finished, this, [this](bool ok, const QString &message) {
        m_message->sayOutcome(message, ok);
        m_sync->setEnabled(true);
        m_import->setEnabled(true);
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
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProfileTableModel::Id, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setColumnWidth(ProfileTableModel::Id, 80);
    m_table->setColumnWidth(ProfileTableModel::Accounts, 150);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const qint64 id = m_model->profileIdAt(current.row()))
                    m_profile->showProfile(id);
            });
    connect(m_model, &ProfileTableModel::totalChanged, this, &UsersPage::totalChanged);
    connect(m_profile, &ProfileView::identityChanged, this, [this](qint64 profileId) {
        if (m_model->isFiltered())
            search();
        else
            reload();
        m_profile->showProfile(profileId);
        updateConflicts();
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_profile);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({560, 840});
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_sync);
    top->addWidget(m_import);
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
    m_model->reload();
    updateEmptyState();
    updateConflicts();
    if (m_model->rowCount() && !m_table->currentIndex().isValid())
        m_table->selectRow(0);
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
    const QList<qint64> found =
        ProfileLookup(m_context.database.connections().connection()).find(text, 200, &status);
    m_model->showOnly(found);
    updateEmptyState();
    if (!found.isEmpty())
        m_table->selectRow(0);
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

void UsersPage::runJob(BackgroundJob *job, const QString &text)
{
    m_sync->setEnabled(false);
    m_import->setEnabled(false);
    m_message->hide();
    m_jobs->run(job, text);
}

void UsersPage::syncFollowers()
{
    if (isJobRunning())
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
    m_sync->setEnabled(false);
    m_import->setEnabled(false);
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
            m_sync->setEnabled(true);
            m_import->setEnabled(true);
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
    if (isJobRunning())
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
