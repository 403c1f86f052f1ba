#pragma once

#include "util/Status.h"

#include <QSqlDatabase>

// A campaign's deliveries as CSV, one row per recipient account: for the record, or to follow
// up the failed and unknown ones. Cells are escaped so a spreadsheet never runs them.
class CampaignReport
{
public:
    explicit CampaignReport(QSqlDatabase db) : m_db(db) {}
    Status toFile(qint64 campaignId, const QString &path, qint64 *rows);

private:
    QSqlDatabase m_db;
};
