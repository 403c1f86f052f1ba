#include "AccountsPanel.h"

#include "accounts/AccountService.h"
#include "AppDialog.h"
#include "AppListModel.h"
#include "credentials/SecretStore.h"
#include "DialogRunner.h"
#include "EmptyState.h"
#include "MessageTone.h"
#include "storage/AppRepository.h"
#include "storage/AuditLog.h"
#include "wechat/ApiError.h"
#include "wechat/WechatClient.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

AccountsPanel::AccountsPanel(DbConnection db, SecretStore &secrets, DialogRunner &dialogs,
                             const TeamAccess &access, QWidget *parent)
    : QWidget(parent), m_db(db), m_secrets(secrets), m_dialogs(dialogs), m_gate(access),
      m_service(std::make_unique<AccountService>(db, secrets, AuditLog::currentActor())),
      m_model(new AppListModel(this)), m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(this)), m_table(new QTableView(this)),
      m_add(new QPushButton(tr("&Add…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)),
      m_test(new QPushButton(tr("&Test connection"), this)), m_testResult(new QLabel(this))
{
    m_empty->setTitle(tr("No accounts configured"));
    m_empty->setHint(tr("Add an Official Account or Mini Program with its AppID. Its AppSecret is "
                        "kept in the system keychain, never in the database."));
    m_empty->setAction(tr("Add an app…"));
    connect(m_empty, &EmptyState::actionTriggered, this, &AccountsPanel::addApp);

    m_table->setObjectName(QStringLiteral("appTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    connect(m_table, &QTableView::doubleClicked, this, &AccountsPanel::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsPanel::updateButtons);

    auto *deleteAction = new QAction(m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &AccountsPanel::removeSelected);
    m_table->addAction(deleteAction);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);

    m_add->setObjectName(QStringLiteral("addApp"));
    m_edit->setObjectName(QStringLiteral("editApp"));
    m_remove->setObjectName(QStringLiteral("removeApp"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    connect(m_add, &QPushButton::clicked, this, &AccountsPanel::addApp);
    connect(m_edit, &QPushButton::clicked, this, &AccountsPanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &AccountsPanel::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &AccountsPanel::testSelected);

    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setTextFormat(Qt::PlainText); // errmsg text comes from the network
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_test);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_testResult);
    reload();
}

AccountsPanel::~AccountsPanel() = default;

void AccountsPanel::reload()
{
    const QString selected = selectedRow() >= 0 ? m_model->appAt(selectedRow()).appid : QString();
    Status status = Status::ok();
    m_model->setApps(AppRepository(m_db).all(&status));
    if (!status.isOk())
        showTestResult(false, status.message());
    m_stack->setCurrentWidget(m_model->rowCount() ? static_cast<QWidget *>(m_table) : m_empty);
    m_table->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectApp(selected);
    else if (m_model->rowCount())
        m_table->selectRow(0);
    updateButtons();
}

void AccountsPanel::selectApp(const QString &appid)
{
    const int row = m_model->rowOf(appid);
    if (row >= 0)
        m_table->selectRow(row);
}

int AccountsPanel::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void AccountsPanel::updateButtons()
{
    const bool hasSelection = selectedRow() >= 0;
    m_gate.setEnabled(m_add, TeamAccess::Work::ManageApps);
    m_gate.setEnabled(m_edit, TeamAccess::Work::ManageApps, hasSelection);
    m_gate.setEnabled(m_remove, TeamAccess::Work::ManageApps, hasSelection);
    m_test->setEnabled(hasSelection);
}

bool AccountsPanel::mayManageApps()
{
    if (m_gate.may(TeamAccess::Work::ManageApps))
        return true;
    m_dialogs.showError(this, tr("Apps are an admin's work"),
                        m_gate.refusal(TeamAccess::Work::ManageApps));
    return false;
}

QString AccountsPanel::testResultText() const
{
    return m_testResult->text();
}

void AccountsPanel::showTestResult(bool ok, const QString &text)
{
    setTone(m_testResult, ok ? Tone::Success : Tone::Error);
    m_testResult->setText(text);
}

void AccountsPanel::addApp()
{
    if (!mayManageApps())
        return;
    AppDialog dialog(*m_service, std::nullopt, this);
    if (m_dialogs.exec(dialog) != QDialog::Accepted)
        return;
    reload();
    selectApp(dialog.app().appid);
    showTestResult(
        true,
        tr("Added %1. Use Test connection to check that WeChat answers.").arg(dialog.app().appid));
    emit appsChanged();
}

void AccountsPanel::editSelected()
{
    const int row = selectedRow();
    if (row < 0 || !mayManageApps())
        return;
    AppDialog dialog(*m_service, m_model->appAt(row), this);
    if (m_dialogs.exec(dialog) != QDialog::Accepted)
        return;
    reload();
    emit appsChanged();
}

void AccountsPanel::removeSelected()
{
    const int row = selectedRow();
    if (row < 0 || !mayManageApps())
        return;
    const AppConfig app = m_model->appAt(row);
    if (!m_dialogs.confirm(this, tr("Remove app"),
                           tr("Remove %1 (%2) and delete its AppSecret from the keychain? Synced "
                              "data stays in the database.")
                               .arg(app.name, app.appid)))
        return;
    m_service->remove(app.appid, this, [this, app](const Status &status) {
        if (!status.isOk()) {
            m_dialogs.showError(this, tr("Could not remove %1").arg(app.appid), status.message());
            return;
        }
        reload();
        showTestResult(true, tr("Removed %1 and its AppSecret.").arg(app.appid));
        emit appsChanged();
    });
}

void AccountsPanel::testSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const AppConfig app = m_model->appAt(row);
    m_test->setEnabled(false);
    showTestResult(true,
                   tr("Testing %1 via %2…").arg(app.appid, app.effectiveApiBase().toString()));
    auto *client = new WechatClient(app, m_secrets, this);
    client->testConnection(this, [this, client, app](const ApiError &error) {
        client->deleteLater();
        m_test->setEnabled(selectedRow() >= 0);
        if (error.ok())
            showTestResult(true, tr("Connected: %1 obtained an access token from %2.")
                                     .arg(app.appid, app.effectiveApiBase().toString()));
        else
            showTestResult(false, error.userMessage(app));
        emit testFinished(error.ok());
    });
}
