#pragma once

#include "profiles/ProfileActivity.h"

#include <QWidget>

class QTableWidget;

// Who changed which accounts belong to this person, when and why; manual changes can be undone.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);
    void show(const QList<IdentityChange> &changes);
    QTableWidget *table() const { return m_table; }

signals:
    void undoRequested(qint64 historyId);

private:
    QTableWidget *m_table;
};
