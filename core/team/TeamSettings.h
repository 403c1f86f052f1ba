#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

// Table `team_settings`: the decisions a team's admins make for everyone (issue 21). For now the
// size above which a campaign needs another member's approval (every mass send needs one too).
class TeamSettings
{
public:
    static constexpr qint64 kDefaultApprovalThreshold = 1000;

    explicit TeamSettings(DbConnection db) : m_db(db) {}

    StatusOr<qint64> approvalThreshold() const;
    // Admins only (the grants refuse anyone else). 0 means every campaign needs approval.
    Status setApprovalThreshold(qint64 recipients);

private:
    DbConnection m_db;
};
