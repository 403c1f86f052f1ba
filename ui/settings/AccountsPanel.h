#pragma once

#include "RoleGate.h"

#include "storage/DbConnection.h"
#include <memory>
#include <QWidget>

class AccountService;
class AppListModel;
class DialogRunner;
class EmptyState;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class SecretStore;

// Settings → Accounts: the admin lists, adds, edits and removes the WeChat apps and tests
// that each one can get an access token from where this console runs.
class AccountsPanel : public QWidget
{
    Q_OBJECT
public:
    AccountsPanel(DbConnection db, SecretStore &secrets, DialogRunner &dialogs,
                  const TeamAccess &access, QWidget *parent = nullptr);
    ~AccountsPanel() override;

    AppListModel *model() const { return m_model; }
    QString testResultText() const;
    void selectApp(const QString &appid);

public slots:
    void reload();
    void addApp();
    void editSelected();
    void removeSelected();
    void testSelected();

signals:
    void testFinished(bool ok);
    void appsChanged();

private:
    int selectedRow() const;
    void updateButtons();
    void showTestResult(bool ok, const QString &text);
    // False (after saying which role it needs) when apps are not this person's work.
    bool mayManageApps();

    DbConnection m_db;
    SecretStore &m_secrets;
    DialogRunner &m_dialogs;
    RoleGate m_gate;
    std::unique_ptr<AccountService> m_service;
    AppListModel *m_model;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    QLabel *m_testResult;
};
