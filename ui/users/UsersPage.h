#pragma once

#include "ConsoleContext.h"
#include "identity/IdentityConflicts.h"
#include "wechat/AppConfig.h"

#include <memory>
#include <QWidget>

class BackgroundJob;
class JobBar;
class MemorySecrets;
class EmptyState;
class FollowerActions;
class QToolButton;
class ProfileTableModel;
class ProfileView;
class MessageBanner;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

// Support's entry point: one search box for any identifier, the profiles (all of them, paged,
// or the ones found), and the selected person's profile. Also where followers are synced and
// Mini Program exports imported, with progress and Cancel.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(const ConsoleContext &context, QWidget *parent = nullptr);
    ~UsersPage() override;

    QLineEdit *searchBox() const { return m_search; }
    ProfileTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ProfileView *profileView() const { return m_profile; }
    FollowerActions *followerActions() const { return m_actions; }
    // The profiles selected in the list, in list order.
    QList<qint64> selectedProfiles() const;
    QString lastJobMessage() const;
    bool isJobRunning() const;

public slots:
    void focusSearch();
    void search();
    void reload();
    void openProfile(qint64 profileId);
    void syncFollowers();
    void importFile();
    void startImport(const QString &path, bool skipBadRows);
    void showConflicts();
    void cancelJob();

signals:
    void totalChanged(qint64 profiles);
    void jobFinished(bool ok);

private:
    // Sync and import: off while one runs, and outside the admin's role (saying so).
    void enableDataJobs(bool enabled);
    void runJob(BackgroundJob *job, const QString &text);
    // Runs the sync of `accounts` in one job, with their secrets already read.
    void startSync(const QList<AppConfig> &accounts, const std::shared_ptr<MemorySecrets> &secrets);
    void updateEmptyState();
    // Selects this person when the list shows them, and shows them beside it when they exist.
    void keepSelection(qint64 profileId);
    void showPerson(qint64 profileId);
    // Nobody beside the list: none selected, or the search found no one (said so).
    void showNobody();
    void fitColumns();
    IdentityConflicts conflicts() const;
    void updateConflicts();

    ConsoleContext m_context; // a copy: it holds references to what outlives the page
    QLineEdit *m_search;
    QPushButton *m_sync;
    QPushButton *m_import;
    QPushButton *m_conflicts;
    JobBar *m_jobs;
    MessageBanner *m_message;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    ProfileTableModel *m_model;
    QTableView *m_table;
    ProfileView *m_profile;
    QStackedWidget *m_detail; // the profile, or why there is none
    EmptyState *m_nobody;
    QTimer *m_searchDelay;
    FollowerActions *m_actions;
    QToolButton *m_wechat;
    bool m_fittingColumns = false;
    bool m_columnsSizedByHand = false;
    bool m_preparingJob = false; // reading the keychain before a sync starts
};
