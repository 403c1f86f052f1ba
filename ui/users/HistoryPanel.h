#pragma once

#include "profiles/ProfileActivity.h"

#include <QWidget>

class EmptyState;
class QStackedLayout;
class QTableWidget;

// Who changed which accounts belong to this person, when and why; manual changes can be undone.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);
    void show(const QList<IdentityChange> &changes);
    QTableWidget *table() const { return m_table; }
    EmptyState *emptyState() const { return m_empty; }

signals:
    void undoRequested(qint64 historyId);

private:
    QStackedLayout *m_stack; // the history, or what it will hold
    EmptyState *m_empty;
    QTableWidget *m_table;
};
