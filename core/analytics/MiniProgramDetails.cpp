#include "MiniProgramDetails.h"

#include "StatsStore.h"

#include <QHash>

#include <algorithm>

namespace {
StatusOr<QList<MiniProgramDetails::Cohort>> readCohorts(const StatsStore &store, qint64 mp,
                                                        const QDate &from, const QDate &to)
{
    const auto values = store.values(mp, QStringLiteral("retention"), from, to);
    WX_TRY(values.status());
    QMap<QDate, MiniProgramDetails::Cohort> byDay;
    for (const StatValue &v : values.value()) {
        bool isNumber = false;
        const int later = v.dimension.toInt(&isNumber);
        if (v.metric != QLatin1String("visit_uv_new") || !isNumber)
            continue;
        byDay[v.day].day = v.day;
        byDay[v.day].retained.insert(later, v.value);
    }
    return byDay.values();
}

StatusOr<QList<MiniProgramDetails::Page>> readPages(const StatsStore &store, qint64 mp,
                                                    const QDate &from, const QDate &to)
{
    const auto values = store.values(mp, QStringLiteral("visit_page"), from, to);
    WX_TRY(values.status());
    QHash<QString, MiniProgramDetails::Page> byPath;
    // The stay is an average per view of its day: weighed by that day's views, which may come
    // after it, so each day's pair is kept until all are read.
    struct DayStay
    {
        double views = 0;
        double seconds = 0;
    };
    QHash<QPair<QString, QDate>, DayStay> stays;
    for (const StatValue &v : values.value()) {
        MiniProgramDetails::Page &page = byPath[v.dimension];
        page.path = v.dimension;
        if (v.metric == QLatin1String("page_visit_pv")) {
            page.views += v.value;
            stays[{v.dimension, v.day}].views = v.value;
        } else if (v.metric == QLatin1String("page_staytime_pv")) {
            stays[{v.dimension, v.day}].seconds = v.value;
        } else if (v.metric == QLatin1String("page_visit_uv")) {
            page.visitors += v.value;
        } else if (v.metric == QLatin1String("entrypage_pv")) {
            page.entries += v.value;
        } else if (v.metric == QLatin1String("exitpage_pv")) {
            page.exits += v.value;
        } else if (v.metric == QLatin1String("page_share_pv")) {
            page.shares += v.value;
        }
    }
    for (auto it = stays.cbegin(); it != stays.cend(); ++it)
        byPath[it.key().first].averageSeconds += it->seconds * it->views; // a sum until divided
    QList<MiniProgramDetails::Page> pages = byPath.values();
    for (MiniProgramDetails::Page &page : pages)
        page.averageSeconds = page.views > 0 ? page.averageSeconds / page.views : 0;
    std::sort(pages.begin(), pages.end(), [](const auto &a, const auto &b) {
        return a.views != b.views ? a.views > b.views : a.path < b.path;
    });
    if (pages.size() > MiniProgramDetails::kTopPages)
        pages.resize(MiniProgramDetails::kTopPages);
    return pages;
}

// The portrait of `days` ending on `to`, or the latest one held before it.
Status readPortrait(const StatsStore &store, qint64 mp, const QDate &from, const QDate &to,
                    int days, MiniProgramDetails *out)
{
    const QString report = QStringLiteral("portrait_%1d").arg(days);
    const auto values = store.values(mp, report, from.addDays(-(days - 1)), to);
    WX_TRY(values.status());
    QDate latest;
    for (const StatValue &v : values.value())
        if (v.spanDays == days && v.day.addDays(days - 1) <= to && v.day > latest)
            latest = v.day;
    if (!latest.isValid())
        return Status::ok();
    out->portraitDays = days;
    out->portraitEnd = latest.addDays(days - 1);
    for (const StatValue &v : values.value()) {
        const qsizetype slash = v.dimension.indexOf(u'/');
        if (v.day != latest || v.metric != QLatin1String("visit_uv") || slash <= 0)
            continue;
        out->portrait[v.dimension.left(slash)].append({v.dimension.mid(slash + 1), v.value});
    }
    for (auto &buckets : out->portrait)
        std::sort(buckets.begin(), buckets.end(), [](const auto &a, const auto &b) {
            return a.visitors != b.visitors ? a.visitors > b.visitors : a.name < b.name;
        });
    return Status::ok();
}
} // namespace

StatusOr<MiniProgramDetails> MiniProgramDetails::load(DbConnection db, qint64 mpRow,
                                                      const QDate &from, const QDate &to,
                                                      int portraitDays)
{
    MiniProgramDetails d;
    if (mpRow <= 0)
        return d;
    const StatsStore store(db);
    const auto cohorts = readCohorts(store, mpRow, from, to);
    WX_TRY(cohorts.status());
    d.cohorts = cohorts.value();
    const auto pages = readPages(store, mpRow, from, to);
    WX_TRY(pages.status());
    d.pages = pages.value();
    WX_TRY(readPortrait(store, mpRow, from, to, portraitDays, &d));
    return d;
}
