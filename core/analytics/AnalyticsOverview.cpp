#include "AnalyticsOverview.h"

#include "StatsStore.h"

namespace {
using Series = AnalyticsOverview::Series;

// Per metric, its sum per day (over every dimension) of `report`: one read of the report.
Status sumPerDay(const StatsStore &store, qint64 app, const QString &report, const QDate &from,
                 const QDate &to, const QHash<QString, Series *> &metrics)
{
    const auto values = store.values(app, report, from, to);
    WX_TRY(values.status());
    for (const StatValue &v : values.value())
        if (Series *out = metrics.value(v.metric); out && v.spanDays == 1)
            (*out)[v.day] += v.value;
    return Status::ok();
}

// The sum over [from, to] of the days that have a value, and how many do not.
AnalyticsOverview::Headline total(const Series &series, const QDate &from, const QDate &to)
{
    AnalyticsOverview::Headline h;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (!series.contains(d))
            ++h.missingDays;
        h.value += series.value(d);
    }
    h.known = h.missingDays < from.daysTo(to) + 1;
    return h;
}

Series within(const Series &series, const QDate &from, const QDate &to)
{
    Series out;
    for (auto it = series.lowerBound(from); it != series.end() && it.key() <= to; ++it)
        out.insert(it.key(), it.value());
    return out;
}
} // namespace

StatusOr<AnalyticsOverview> AnalyticsOverview::load(DbConnection db, qint64 oaRow, qint64 mpRow,
                                                    const QDate &from, const QDate &to)
{
    AnalyticsOverview o;
    o.from = from;
    o.to = to;
    const qint64 length = from.daysTo(to) + 1;
    const QDate before = from.addDays(-length);
    const QDate previousEnd = from.addDays(-1);
    StatsStore store(db);
    Series newFollowers;
    Series unfollows;
    Series followers;
    Series visitors;
    Series newVisitors;
    if (oaRow > 0) {
        WX_TRY(sumPerDay(store, oaRow, QStringLiteral("user_summary"), before, to,
                         {{QStringLiteral("new_user"), &newFollowers},
                          {QStringLiteral("cancel_user"), &unfollows}}));
        WX_TRY(sumPerDay(store, oaRow, QStringLiteral("user_cumulate"), before, to,
                         {{QStringLiteral("cumulate_user"), &followers}}));
        // A fetched day without follows has no user_summary rows: it is a zero, not a gap.
        const auto fetched = store.fetchedDays(oaRow, QStringLiteral("user_summary"), before, to);
        WX_TRY(fetched.status());
        for (auto it = fetched.value().cbegin(); it != fetched.value().cend(); ++it) {
            if (it.value()) {
                newFollowers[it.key()] += 0;
                unfollows[it.key()] += 0;
            } else if (it.key() >= from) {
                o.unpublished.insert(it.key());
            }
        }
    }
    if (mpRow > 0) {
        WX_TRY(sumPerDay(store, mpRow, QStringLiteral("visit_trend"), before, to,
                         {{QStringLiteral("visit_uv"), &visitors},
                          {QStringLiteral("visit_uv_new"), &newVisitors}}));
        const auto fetched = store.fetchedDays(mpRow, QStringLiteral("visit_trend"), from, to);
        WX_TRY(fetched.status());
        for (auto it = fetched.value().cbegin(); it != fetched.value().cend(); ++it)
            if (!it.value())
                o.unpublished.insert(it.key());
    }
    o.newFollowers = within(newFollowers, from, to);
    o.unfollows = within(unfollows, from, to);
    o.followers = within(followers, from, to);
    o.visitors = within(visitors, from, to);
    o.newVisitors = within(newVisitors, from, to);

    o.newFollowersTotal = total(newFollowers, from, to);
    const Headline previousNew = total(newFollowers, before, previousEnd);
    o.newFollowersTotal.previous = previousNew.value;
    o.newFollowersTotal.previousKnown = previousNew.missingDays == 0;
    o.visitorsTotal = total(visitors, from, to);
    const Headline previousVisitors = total(visitors, before, previousEnd);
    o.visitorsTotal.previous = previousVisitors.value;
    o.visitorsTotal.previousKnown = previousVisitors.missingDays == 0;
    o.followersAtEnd.known = followers.contains(to);
    o.followersAtEnd.value = followers.value(to);
    o.followersAtEnd.missingDays = o.followersAtEnd.known ? 0 : 1;
    o.followersAtEnd.previous = followers.value(previousEnd);
    o.followersAtEnd.previousKnown = followers.contains(previousEnd);

    const auto audience = CrossPlatformAudience(db).perDay(previousEnd, to);
    WX_TRY(audience.status());
    o.audience = audience.value().mid(1);
    o.followersUsingMp.value = audience.value().constLast().followersUsingMp();
    o.followersUsingMp.previous = audience.value().constFirst().followersUsingMp();
    o.followersUsingMp.known = true;
    o.followersUsingMp.previousKnown = true;
    return o;
}
