#pragma once

#include "RoleGate.h"

#include "storage/DbConnection.h"
#include <QWidget>

class DialogRunner;
class QLabel;
class QPushButton;
class QTableWidget;

// Settings → Schedules: the times (Beijing) at which `wxops service` syncs an Official
// Account's followers or fetches an app's statistics, each with how its last run went and
// whether a service is there to run them. Admins add and remove them; everyone sees them.
class SchedulesPanel : public QWidget
{
    Q_OBJECT
public:
    SchedulesPanel(DbConnection db, DialogRunner &dialogs, const TeamAccess &access,
                   QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString noteText() const;

public slots:
    void reload();
    void addSchedule();
    void removeSelected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();
    void showNote(const QString &text, bool warning);

    DbConnection m_db;
    DialogRunner &m_dialogs;
    RoleGate m_gate;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_note;
};
