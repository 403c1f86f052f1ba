#pragma once

#include "profiles/ProfileActivity.h"

#include <QWidget>

class EmptyState;
class QStackedLayout;
class QTableWidget;

// The messages campaigns sent to this person, with their delivery state; a hint while there
// are none.
class MessagesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MessagesPanel(QWidget *parent = nullptr);
    void show(const QList<ReceivedMessage> &messages);
    QTableWidget *table() const { return m_table; }

private:
    QStackedLayout *m_stack;
    EmptyState *m_empty;
    QTableWidget *m_table;
};
