#pragma once

#include "profiles/ProfileLookup.h"

#include <QWidget>

class QTableWidget;

// The accounts of one person: app, kind, openid, unionid, follow state, tags, remark, with
// buttons to copy the identifiers support is asked for.
class LinkedAccountsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LinkedAccountsPanel(QWidget *parent = nullptr);

    void show(const ProfileSummary &profile);
    // The account selected in the table, 0 when none.
    qint64 selectedAccount() const;
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
    QList<qint64> m_accountIds;
};
