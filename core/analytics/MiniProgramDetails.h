#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

// The Mini Program's own reports over a range of days, as the Analytics page shows them:
// retention of each day's new users, the most visited pages and the visitors' portrait.
struct MiniProgramDetails
{
    static constexpr int kTopPages = 20;

    struct Cohort
    {
        QDate day;
        QMap<int, double> retained; // days later (0-7, 14, 30) -> new users of `day` back then
    };
    struct Page
    {
        QString path;
        double views = 0;          // page_visit_pv
        double visitors = 0;       // page_visit_uv, summed over the days
        double averageSeconds = 0; // page_staytime_pv, weighted by views
        double entries = 0;        // entrypage_pv
        double exits = 0;          // exitpage_pv
        double shares = 0;         // page_share_pv
    };
    struct Bucket
    {
        QString name;
        double visitors = 0;
    };

    QList<Cohort> cohorts;                 // days of [from, to] held, oldest first
    QList<Page> pages;                     // most viewed first, at most kTopPages
    int portraitDays = 0;                  // 1, 7 or 30; 0 when no portrait is held
    QDate portraitEnd;                     // the last day of the portrait shown
    QMap<QString, QList<Bucket>> portrait; // "province", "genders"... -> buckets, largest first

    // Reads what is held for the Mini Program `mpRow`; the portrait of `portraitDays` (1, 7 or
    // 30) ending on `to`, or on the latest day before it that has one.
    static StatusOr<MiniProgramDetails> load(DbConnection db, qint64 mpRow, const QDate &from,
                                             const QDate &to, int portraitDays);
};
