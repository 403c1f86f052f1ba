#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QTableWidget;

// The review list: pairs of profiles the rules would have merged although each holds a
// different unionid. Support opens either profile, or marks the pair reviewed.
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictsDialog(QSqlDatabase db, QWidget *parent = nullptr);

    // The profile to open after the dialog closes, 0 for none.
    qint64 chosenProfile() const { return m_chosen; }
    int conflictCount() const;
    static int openConflicts(QSqlDatabase db);

private:
    void reload();
    void markReviewed();

    QSqlDatabase m_db;
    QTableWidget *m_table;
    QList<QPair<qint64, QPair<qint64, qint64>>> m_rows; // conflict id -> (a, b)
    qint64 m_chosen = 0;
};
