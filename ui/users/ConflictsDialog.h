#pragma once

#include "identity/IdentityConflicts.h"

#include <QDialog>

class QLabel;
class QTableWidget;

// The review list: pairs of profiles the rules would have merged although each holds a
// different unionid. Support opens either profile, or marks the pair reviewed.
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictsDialog(IdentityConflicts conflicts, QWidget *parent = nullptr);

    // The profile to open after the dialog closes, 0 for none.
    qint64 chosenProfile() const { return m_chosen; }
    int conflictCount() const;

private:
    void reload();
    void markReviewed();

    void showProblem(const Status &status);

    IdentityConflicts m_conflicts;
    QTableWidget *m_table;
    QLabel *m_problem;
    QList<IdentityConflicts::Conflict> m_rows;
    qint64 m_chosen = 0;
};
