// Statistics (datacube) for the Official Account and the Mini Program, with WeChat's spans,
// date formats and errcodes. Follows, unfollows, cumulative followers, new Mini Program users
// and their total come from the population (AudienceHistory); the rest are deterministic
// figures of (what, day), so two runs with one seed serve the same numbers.
#include "EmulatorState.h"
#include "Router.h"

#include <QDate>
#include <QJsonArray>
#include <QTimeZone>

namespace {
const QString kOaDate = QStringLiteral("yyyy-MM-dd");
const QString kMpDate = QStringLiteral("yyyyMMdd");

int figure(const EmulatorState &state, quint64 what, const QDate &day, int low, int high)
{
    const quint64 key = what * 1000003ULL + quint64(day.toJulianDay()) +
                        state.population().options().seed * 7919ULL;
    quint64 z = key * 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 31)) * 0xBF58476D1CE4E5B9ULL;
    return low + int((z >> 17) % quint64(high - low + 1));
}

struct Span
{
    QDate begin;
    QDate end;
    qint64 days() const { return begin.daysTo(end) + 1; }
};

enum class SpanRule
{
    UpTo,  // at most N days
    Week,  // one Monday-to-Sunday week
    Month, // one calendar month
    Portrait
};

// Parses begin_date/end_date and checks the endpoint's span; an error reply when they are
// bad (61500 format, 61501 range: too long, reversed, not a whole week or month, or reaching
// today), or not published yet (61503).
std::optional<Reply> parseSpan(EmulatorState &state, const Call &call, const QString &format,
                               SpanRule rule, int maxDays, Span *span)
{
    span->begin =
        QDate::fromString(call.json.value(QStringLiteral("begin_date")).toString(), format);
    span->end = QDate::fromString(call.json.value(QStringLiteral("end_date")).toString(), format);
    if (!span->begin.isValid() || !span->end.isValid())
        return Reply::error(61500, QStringLiteral("date format error"));
    const QDate today =
        QDateTime::fromMSecsSinceEpoch(state.nowMsecs(), QTimeZone(8 * 3600)).date();
    bool shapeOk = true;
    switch (rule) {
    case SpanRule::UpTo:
        shapeOk = span->days() <= maxDays;
        break;
    case SpanRule::Week:
        shapeOk = span->begin.dayOfWeek() == 1 && span->days() == 7;
        break;
    case SpanRule::Month:
        shapeOk = span->begin.day() == 1 && span->end == span->begin.addMonths(1).addDays(-1);
        break;
    case SpanRule::Portrait:
        shapeOk = span->days() == 1 || span->days() == 7 || span->days() == 30;
        break;
    }
    if (span->end < span->begin || span->end >= today || !shapeOk ||
        span->begin < QDate(2014, 12, 1))
        return Reply::error(61501, QStringLiteral("date range error"));
    if (span->end >= today.addDays(-state.config().statsUnpublishedDays))
        return Reply::error(61503, QStringLiteral("data not ready, please try later"));
    return std::nullopt;
}

template <typename RowsOfDay>
Reply dailyList(const Span &span, const QString &format, RowsOfDay rowsOfDay)
{
    QJsonArray list;
    for (QDate d = span.begin; d <= span.end; d = d.addDays(1))
        for (QJsonObject row : rowsOfDay(d)) {
            row.insert(QStringLiteral("ref_date"), d.toString(format));
            list.append(row);
        }
    return Reply::json({{QStringLiteral("list"), list}});
}

// --- Official Account ---------------------------------------------------------------------

Reply userSummary(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, kOaDate, SpanRule::UpTo, 7, &span))
        return *error;
    return dailyList(span, kOaDate, [&](const QDate &d) {
        QList<QJsonObject> rows;
        const auto counts = state.audienceHistory().followsOn(d);
        QList<int> sources = counts.keys();
        std::sort(sources.begin(), sources.end());
        for (int source : sources)
            rows.append({{QStringLiteral("user_source"), source},
                         {QStringLiteral("new_user"), counts.value(source).followed},
                         {QStringLiteral("cancel_user"), counts.value(source).unfollowed}});
        return rows;
    });
}

Reply userCumulate(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, kOaDate, SpanRule::UpTo, 7, &span))
        return *error;
    return dailyList(span, kOaDate, [&](const QDate &d) {
        return QList<QJsonObject>{
            {{QStringLiteral("user_source"), 0},
             {QStringLiteral("cumulate_user"), state.audienceHistory().followersAt(d)}}};
    });
}

const QStringList kArticleTitles{QStringLiteral("双十一会员专享"), QStringLiteral("New in store"),
                                 QStringLiteral("积分兑换指南"), QStringLiteral("Weekly picks"),
                                 QStringLiteral("门店开业通知")};

// The articles published on a day: none to two, msgid "<julian day><n>_1".
QList<QPair<QString, QString>> articlesOn(const EmulatorState &state, const QDate &day)
{
    QList<QPair<QString, QString>> articles;
    const int count = figure(state, 600, day, 0, 2);
    for (int n = 0; n < count; ++n)
        articles.append({QStringLiteral("%1%2_1").arg(day.toJulianDay()).arg(n),
                         kArticleTitles.at(figure(state, 610 + n, day, 0, 4))});
    return articles;
}

// Reads, shares and favourites of (what, day): read users <= reads, and so on.
QJsonObject readFigures(const EmulatorState &state, quint64 what, const QDate &day, int scale)
{
    const int readUsers = figure(state, what, day, scale / 10, scale);
    const int oriUsers = figure(state, what + 1, day, 0, readUsers / 4);
    const int shareUsers = figure(state, what + 2, day, 0, readUsers / 10);
    const int favUsers = figure(state, what + 3, day, 0, readUsers / 20);
    return {{QStringLiteral("int_page_read_user"), readUsers},
            {QStringLiteral("int_page_read_count"), readUsers + readUsers / 3},
            {QStringLiteral("ori_page_read_user"), oriUsers},
            {QStringLiteral("ori_page_read_count"), oriUsers + oriUsers / 2},
            {QStringLiteral("share_user"), shareUsers},
            {QStringLiteral("share_count"), shareUsers * 2},
            {QStringLiteral("add_to_fav_user"), favUsers},
            {QStringLiteral("add_to_fav_count"), favUsers}};
}

Reply articleSummary(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, kOaDate, SpanRule::UpTo, 1, &span))
        return *error;
    return dailyList(span, kOaDate, [&](const QDate &d) {
        QList<QJsonObject> rows;
        int n = 0;
        for (const auto &[msgid, title] : articlesOn(state, d)) {
            QJsonObject row = readFigures(state, 620 + 10 * n++, d, 3000);
            row.insert(QStringLiteral("msgid"), msgid);
            row.insert(QStringLiteral("title"), title);
            rows.append(row);
        }
        return rows;
    });
}

// An article's totals: one detail per day since it was published (at most 7), the figures
// growing each day, up to yesterday.
Reply articleTotal(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, kOaDate, SpanRule::UpTo, 1, &span))
        return *error;
    const QDate yesterday =
        QDateTime::fromMSecsSinceEpoch(state.nowMsecs(), QTimeZone(8 * 3600)).date().addDays(-1);
    return dailyList(span, kOaDate, [&](const QDate &d) {
        QList<QJsonObject> rows;
        int n = 0;
        for (const auto &[msgid, title] : articlesOn(state, d)) {
            const QJsonObject last = readFigures(state, 700 + 10 * n++, d, 20000);
            QJsonArray details;
            for (int k = 0; k < 7 && d.addDays(k) <= yesterday; ++k) {
                QJsonObject detail;
                for (auto it = last.constBegin(); it != last.constEnd(); ++it)
                    detail.insert(it.key(), it.value().toInt() * (k + 1) / 7);
                detail.insert(QStringLiteral("stat_date"), d.addDays(k).toString(kOaDate));
                detail.insert(QStringLiteral("target_user"), figure(state, 790, d, 20000, 40000));
                details.append(detail);
            }
            rows.append({{QStringLiteral("msgid"), msgid},
                         {QStringLiteral("title"), title},
                         {QStringLiteral("details"), details}});
        }
        return rows;
    });
}

Reply userRead(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, kOaDate, SpanRule::UpTo, 3, &span))
        return *error;
    // 99999999 is every source together; 0 the conversation, 1 friends' sharing, 2 Moments,
    // 4 history, 5 other.
    return dailyList(span, kOaDate, [&](const QDate &d) {
        QList<QJsonObject> rows;
        QJsonObject all;
        for (int source : {0, 1, 2, 4, 5}) {
            QJsonObject row = readFigures(state, 800 + 10 * quint64(source), d, 2000);
            for (auto it = row.constBegin(); it != row.constEnd(); ++it)
                all.insert(it.key(), all.value(it.key()).toInt() + it.value().toInt());
            row.insert(QStringLiteral("user_source"), source);
            rows.append(row);
        }
        all.insert(QStringLiteral("user_source"), 99999999);
        rows.prepend(all);
        return rows;
    });
}

Reply userShare(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, kOaDate, SpanRule::UpTo, 7, &span))
        return *error;
    return dailyList(span, kOaDate, [&](const QDate &d) {
        QList<QJsonObject> rows;
        for (int scene : {1, 2, 255}) { // to a friend, to Moments, other
            const int users = figure(state, 900 + quint64(scene), d, 0, 300);
            rows.append({{QStringLiteral("share_scene"), scene},
                         {QStringLiteral("share_user"), users},
                         {QStringLiteral("share_count"), users + users / 4}});
        }
        return rows;
    });
}

Reply upstreamMsg(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, kOaDate, SpanRule::UpTo, 7, &span))
        return *error;
    return dailyList(span, kOaDate, [&](const QDate &d) {
        QList<QJsonObject> rows;
        for (int type : {1, 2, 3}) { // text, image, voice
            const int users = figure(state, 1000 + quint64(type), d, 0, 200 / type);
            rows.append({{QStringLiteral("msg_type"), type},
                         {QStringLiteral("msg_user"), users},
                         {QStringLiteral("msg_count"), users + users / 2}});
        }
        return rows;
    });
}

Reply upstreamMsgDist(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, kOaDate, SpanRule::UpTo, 15, &span))
        return *error;
    return dailyList(span, kOaDate, [&](const QDate &d) {
        QList<QJsonObject> rows;
        for (int interval : {1, 2, 3}) { // 1-5 messages, 6-10, more than 10
            rows.append({{QStringLiteral("count_interval"), interval},
                         {QStringLiteral("msg_user"),
                          figure(state, 1100 + quint64(interval), d, 0, 150 / interval)}});
        }
        return rows;
    });
}

Reply interfaceSummary(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, kOaDate, SpanRule::UpTo, 30, &span))
        return *error;
    return dailyList(span, kOaDate, [&](const QDate &d) {
        const int calls = figure(state, 1200, d, 100, 20000);
        return QList<QJsonObject>{
            {{QStringLiteral("callback_count"), calls},
             {QStringLiteral("fail_count"), figure(state, 1201, d, 0, calls / 100)},
             {QStringLiteral("total_time_cost"), calls * figure(state, 1202, d, 20, 90)},
             {QStringLiteral("max_time_cost"), figure(state, 1203, d, 200, 5000)}}};
    });
}

// --- Mini Program -------------------------------------------------------------------------

Reply dailySummary(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, kMpDate, SpanRule::UpTo, 1, &span))
        return *error;
    return dailyList(span, kMpDate, [&](const QDate &d) {
        const int shareUv = figure(state, 1300, d, 0, 400);
        return QList<QJsonObject>{
            {{QStringLiteral("visit_total"), state.audienceHistory().mpUsersAt(d)},
             {QStringLiteral("share_pv"), shareUv * 2},
             {QStringLiteral("share_uv"), shareUv}}};
    });
}

// A visit trend over a span: new users from the population, the rest derived from them.
QJsonObject visitTrendOf(const EmulatorState &state, const Span &span)
{
    qint64 newUsers = 0;
    for (QDate d = span.begin; d <= span.end; d = d.addDays(1))
        newUsers += state.audienceHistory().firstVisitsOn(d);
    const qint64 uv = newUsers * 6 + figure(state, 1400, span.end, 50, 400) * span.days();
    return {{QStringLiteral("session_cnt"), uv * 2},
            {QStringLiteral("visit_pv"), uv * 5},
            {QStringLiteral("visit_uv"), uv},
            {QStringLiteral("visit_uv_new"), newUsers},
            {QStringLiteral("stay_time_uv"), 60 + figure(state, 1401, span.end, 0, 240) / 2.0},
            {QStringLiteral("stay_time_session"), 30 + figure(state, 1402, span.end, 0, 120) / 4.0},
            {QStringLiteral("visit_depth"), 1 + figure(state, 1403, span.end, 0, 300) / 100.0}};
}

Reply trend(EmulatorState &state, const Call &call, SpanRule rule)
{
    Span span;
    if (auto error = parseSpan(state, call, kMpDate, rule, 1, &span))
        return *error;
    QJsonObject row = visitTrendOf(state, span);
    // The daily trend names its day, the weekly one "begin-end", the monthly one "yyyyMM".
    row.insert(QStringLiteral("ref_date"),
               rule == SpanRule::UpTo ? span.begin.toString(kMpDate)
               : rule == SpanRule::Week
                   ? span.begin.toString(kMpDate) + u'-' + span.end.toString(kMpDate)
                   : span.begin.toString(QStringLiteral("yyyyMM")));
    return Reply::json({{QStringLiteral("list"), QJsonArray{row}}});
}

Reply dailyVisitTrend(EmulatorState &state, const Call &call)
{
    return trend(state, call, SpanRule::UpTo);
}

Reply weeklyVisitTrend(EmulatorState &state, const Call &call)
{
    return trend(state, call, SpanRule::Week);
}

Reply monthlyVisitTrend(EmulatorState &state, const Call &call)
{
    return trend(state, call, SpanRule::Month);
}

// Users of the day (new, or active) still coming back 1-7, 14 and 30 days later; only the days
// later that have passed by yesterday.
Reply retainInfo(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, kMpDate, SpanRule::UpTo, 1, &span))
        return *error;
    const QDate yesterday =
        QDateTime::fromMSecsSinceEpoch(state.nowMsecs(), QTimeZone(8 * 3600)).date().addDays(-1);
    const qint64 newUsers = state.audienceHistory().firstVisitsOn(span.begin);
    const qint64 active = visitTrendOf(state, span).value(QStringLiteral("visit_uv")).toInteger();
    QJsonArray newRetained;
    QJsonArray activeRetained;
    for (int key : {0, 1, 2, 3, 4, 5, 6, 7, 14, 30}) {
        if (span.begin.addDays(key) > yesterday)
            break;
        const int percent =
            key == 0 ? 100
                     : figure(state, 1500 + quint64(key), span.begin, 5, 60) / (key > 7 ? 2 : 1);
        newRetained.append(QJsonObject{{QStringLiteral("key"), key},
                                       {QStringLiteral("value"), newUsers * percent / 100}});
        activeRetained.append(QJsonObject{{QStringLiteral("key"), key},
                                          {QStringLiteral("value"), active * percent / 100}});
    }
    return Reply::json({{QStringLiteral("ref_date"), span.begin.toString(kMpDate)},
                        {QStringLiteral("visit_uv_new"), newRetained},
                        {QStringLiteral("visit_uv"), activeRetained}});
}

const QStringList kPages{
    QStringLiteral("pages/index/index"),   QStringLiteral("pages/goods/detail"),
    QStringLiteral("pages/cart/cart"),     QStringLiteral("pages/order/list"),
    QStringLiteral("pages/member/points"), QStringLiteral("pages/store/map")};

Reply visitPage(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, kMpDate, SpanRule::UpTo, 1, &span))
        return *error;
    QJsonArray list;
    for (int p = 0; p < kPages.size(); ++p) {
        const int uv = figure(state, 1600 + quint64(p), span.begin, 10, 3000 / (p + 1));
        list.append(QJsonObject{{QStringLiteral("page_path"), kPages.at(p)},
                                {QStringLiteral("page_visit_pv"), uv * 3},
                                {QStringLiteral("page_visit_uv"), uv},
                                {QStringLiteral("page_staytime_pv"),
                                 5 + figure(state, 1620 + quint64(p), span.begin, 0, 900) / 10.0},
                                {QStringLiteral("entrypage_pv"), p == 0 ? uv * 2 : uv / 5},
                                {QStringLiteral("exitpage_pv"), uv / 2},
                                {QStringLiteral("page_share_pv"), uv / 20},
                                {QStringLiteral("page_share_uv"), uv / 25}});
    }
    return Reply::json({{QStringLiteral("ref_date"), span.begin.toString(kMpDate)},
                        {QStringLiteral("list"), list}});
}

Reply visitDistribution(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, kMpDate, SpanRule::UpTo, 1, &span))
        return *error;
    // index -> the keys WeChat numbers its buckets with (source scenes, stay, depth).
    const QList<QPair<QString, QList<int>>> indexes{
        {QStringLiteral("access_source_session_cnt"), {1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 13}},
        {QStringLiteral("access_staytime_info"), {1, 2, 3, 4, 5, 6, 7, 8}},
        {QStringLiteral("access_depth_info"), {1, 2, 3, 4, 5, 6}}};
    QJsonArray list;
    quint64 what = 1700;
    for (const auto &[index, keys] : indexes) {
        QJsonArray items;
        for (int key : keys)
            items.append(
                QJsonObject{{QStringLiteral("key"), key},
                            {QStringLiteral("value"), figure(state, what++, span.begin, 0, 900)}});
        list.append(
            QJsonObject{{QStringLiteral("index"), index}, {QStringLiteral("item_list"), items}});
    }
    return Reply::json({{QStringLiteral("ref_date"), span.begin.toString(kMpDate)},
                        {QStringLiteral("list"), list}});
}

Reply userPortrait(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, kMpDate, SpanRule::Portrait, 30, &span))
        return *error;
    auto dimension = [&](quint64 what, const QStringList &names, int scale) {
        QJsonArray out;
        for (int i = 0; i < names.size(); ++i)
            out.append(QJsonObject{
                {QStringLiteral("id"), i + 1},
                {QStringLiteral("name"), names.at(i)},
                {QStringLiteral("value"),
                 figure(state, what + quint64(i), span.end, 1, 900) * int(span.days()) / scale}});
        return out;
    };
    auto portrait = [&](quint64 what, int scale) {
        return QJsonObject{
            {QStringLiteral("province"),
             dimension(what,
                       {QStringLiteral("广东省"), QStringLiteral("上海市"),
                        QStringLiteral("北京市"), QStringLiteral("浙江省"),
                        QStringLiteral("江苏省")},
                       scale)},
            {QStringLiteral("city"), dimension(what + 10,
                                               {QStringLiteral("深圳市"), QStringLiteral("上海市"),
                                                QStringLiteral("北京市"), QStringLiteral("杭州市")},
                                               scale)},
            {QStringLiteral("genders"),
             dimension(what + 20,
                       {QStringLiteral("男"), QStringLiteral("女"), QStringLiteral("未知")},
                       scale)},
            {QStringLiteral("platforms"),
             dimension(
                 what + 30,
                 {QStringLiteral("iPhone"), QStringLiteral("Android"), QStringLiteral("其他")},
                 scale)},
            {QStringLiteral("devices"),
             dimension(what + 40,
                       {QStringLiteral("iPhone 15"), QStringLiteral("HUAWEI Mate 60"),
                        QStringLiteral("Xiaomi 14")},
                       scale)},
            {QStringLiteral("ages"),
             dimension(what + 50,
                       {QStringLiteral("17岁以下"), QStringLiteral("18-24岁"),
                        QStringLiteral("25-29岁"), QStringLiteral("30-39岁"),
                        QStringLiteral("40-49岁"), QStringLiteral("50岁以上")},
                       scale)}};
    };
    return Reply::json({{QStringLiteral("ref_date"),
                         span.begin.toString(kMpDate) + u'-' + span.end.toString(kMpDate)},
                        {QStringLiteral("visit_uv_new"), portrait(1800, 10)},
                        {QStringLiteral("visit_uv"), portrait(1900, 1)}});
}
} // namespace

void addDatacubeRoutes(EmulatorState &state, Routes &routes)
{
    const QString oa = QStringLiteral("oa");
    const QString mp = QStringLiteral("mp");
    auto add = [&](const char *name, const QString &kind,
                   Reply (*fn)(EmulatorState &, const Call &)) {
        routes.insert(QStringLiteral("/datacube/") + QLatin1String(name),
                      {QStringLiteral("POST"), true, kind,
                       [&state, fn](const Call &c) { return fn(state, c); }});
    };
    add("getusersummary", oa, userSummary);
    add("getusercumulate", oa, userCumulate);
    add("getarticlesummary", oa, articleSummary);
    add("getarticletotal", oa, articleTotal);
    add("getuserread", oa, userRead);
    add("getusershare", oa, userShare);
    add("getupstreammsg", oa, upstreamMsg);
    add("getupstreammsgdist", oa, upstreamMsgDist);
    add("getinterfacesummary", oa, interfaceSummary);
    add("getweanalysisappiddailysummarytrend", mp, dailySummary);
    add("getweanalysisappiddailyvisittrend", mp, dailyVisitTrend);
    add("getweanalysisappidweeklyvisittrend", mp, weeklyVisitTrend);
    add("getweanalysisappidmonthlyvisittrend", mp, monthlyVisitTrend);
    add("getweanalysisappiddailyretaininfo", mp, retainInfo);
    add("getweanalysisappidvisitpage", mp, visitPage);
    add("getweanalysisappidvisitdistribution", mp, visitDistribution);
    add("getweanalysisappiduserportrait", mp, userPortrait);
}
