#pragma once

#include "storage/DbConnection.h"
#include "util/Status.h"

// A campaign's deliveries as CSV, one row per recipient account: for the record, or to follow
// up the failed and unknown ones. Cells are escaped so a spreadsheet never runs them.
class CampaignReport
{
public:
    explicit CampaignReport(DbConnection db) : m_db(db) {}
    Status toFile(qint64 campaignId, const QString &path, qint64 *rows);

private:
    DbConnection m_db;
};
