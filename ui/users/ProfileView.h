#pragma once

#include "RoleGate.h"

#include "storage/DbConnection.h"
#include <QWidget>

class ActivityChart;
class DialogRunner;
class HistoryPanel;
class MessagesPanel;
class LinkedAccountsPanel;
class QLabel;
class QPushButton;
class QTabWidget;
class TimelinePanel;

// One person: every linked account, the timeline across OA and MP, activity per week, the
// identity history, and the messages they were sent; support links and unlinks accounts here.
class ProfileView : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        AccountsTab,
        TimelineTab,
        ActivityTab,
        HistoryTab,
        MessagesTab
    };

    ProfileView(DbConnection db, DialogRunner &dialogs, const TeamAccess &access,
                QWidget *parent = nullptr);

    qint64 profileId() const { return m_profile; }
    void showTab(Tab tab);
    LinkedAccountsPanel *accounts() const { return m_accounts; }
    TimelinePanel *timeline() const { return m_timeline; }
    ActivityChart *chart() const { return m_chart; }
    HistoryPanel *history() const { return m_history; }
    MessagesPanel *messages() const { return m_messages; }

public slots:
    // Shows the person; false (and says so in the title) when they cannot be read.
    bool showProfile(qint64 profileId);
    // Shows no one: the page shows why instead.
    void clear();
    void linkAccount();
    void unlinkSelected();
    void optOut();
    void optIn();
    void undo(qint64 historyId);

signals:
    // Links changed: the profile list should be read again; `profileId` is where to look now.
    void identityChanged(qint64 profileId);

private:
    void reportFailure(const QString &title, const QString &message);

    DbConnection m_db;
    DialogRunner &m_dialogs;
    RoleGate m_gate;
    qint64 m_profile = 0;
    QLabel *m_title;
    QPushButton *m_link;
    QPushButton *m_unlink;
    QTabWidget *m_tabs;
    LinkedAccountsPanel *m_accounts;
    TimelinePanel *m_timeline;
    ActivityChart *m_chart;
    HistoryPanel *m_history;
    MessagesPanel *m_messages;
};
