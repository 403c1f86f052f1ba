#pragma once

#include "RoleGate.h"

#include "messaging/OptOutList.h"
#include "profiles/ProfileActivity.h"

#include <QWidget>

class EmptyState;
class QLabel;
class QPushButton;
class QStackedLayout;
class QTableWidget;

// The messages campaigns sent to this person, with their delivery state (a hint while there
// are none), and what the person opted out of, with buttons for support to change it.
class MessagesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MessagesPanel(const RoleGate &gate, QWidget *parent = nullptr);
    void show(const QList<ReceivedMessage> &messages);
    void showOptOuts(const QList<OptOutList::Entry> &optOuts);
    QTableWidget *table() const { return m_table; }
    QString optOutText() const;

signals:
    void optOutRequested();
    void optInRequested();

private:
    RoleGate m_gate;
    QLabel *m_optOuts;
    QPushButton *m_optOut;
    QPushButton *m_optIn;
    QStackedLayout *m_stack;
    EmptyState *m_empty;
    QTableWidget *m_table;
};
