#pragma once

#include "team/TeamAccess.h"

class QAction;
class QWidget;

// Work outside the console user's team roles is shown disabled, never hidden, with a tooltip
// naming the roles it needs (PostgreSQL refuses it anyway: this only tells the person first).
class RoleGate
{
public:
    explicit RoleGate(const TeamAccess &access) : m_access(access) {}

    // Enables `widget` when `enabled` and the roles allow `work`. When the roles refuse, its
    // tooltip says which roles may; otherwise `tip` (the widget's usual tooltip) is shown.
    void setEnabled(QWidget *widget, TeamAccess::Work work, bool enabled = true,
                    const QString &tip = {}) const;
    void setEnabled(QAction *action, TeamAccess::Work work, bool enabled = true) const;
    bool may(TeamAccess::Work work) const { return m_access.may(work); }

    // "Needs the marketing or admin role; you are support."
    QString refusal(TeamAccess::Work work) const;
    // A group role in words: wxops_marketing -> "marketing" (translated).
    static QString roleTitle(const QString &groupRole);
    // The console user in a line, for Settings: "li_na: support, on a team's PostgreSQL
    // database", or that SQLite's one user is its admin.
    QString whoIsHere() const;

private:
    TeamAccess m_access;
};
