#pragma once

#include "CrossPlatformAudience.h"
#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <QDate>
#include <QMap>
#include <QSet>

// What the Analytics page shows for a range of days: WeChat's follower and visit series of
// the chosen Official Account and Mini Program, the cross-platform audience, and headline
// numbers against the period before (as long, ending the day before `from`).
struct AnalyticsOverview
{
    using Series = QMap<QDate, double>; // a day without a value was not fetched or published

    QDate from;
    QDate to;
    Series newFollowers;         // user_summary: new_user over every source
    Series unfollows;            // user_summary: cancel_user
    Series followers;            // user_cumulate
    Series visitors;             // visit_trend: visit_uv
    Series newVisitors;          // visit_trend: visit_uv_new
    QList<AudienceDay> audience; // [from, to]
    QSet<QDate> unpublished;     // days WeChat had not published when last asked (61503)

    struct Headline
    {
        double value = 0;
        double previous = 0;
        bool known = false;         // the period has numbers (some days may be missing)
        int missingDays = 0;        // days of the period without a number
        bool previousKnown = false; // the period before has every day's number
    };
    Headline newFollowersTotal;
    Headline followersAtEnd;
    Headline visitorsTotal;
    Headline followersUsingMp; // a share, 0..1

    // Reads what is held; `oaRow` or `mpRow` 0 when there is no such app.
    static StatusOr<AnalyticsOverview> load(DbConnection db, qint64 oaRow, qint64 mpRow,
                                            const QDate &from, const QDate &to);
};
