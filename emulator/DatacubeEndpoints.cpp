// Statistics (datacube) for the Official Account and the Mini Program, with WeChat's span rules.
#include "EmulatorState.h"
#include "Router.h"

#include <QDate>
#include <QJsonArray>
#include <QTimeZone>

namespace {
// A deterministic figure for (what, day) so charts look plausible and tests can recompute them.
int figure(EmulatorState &state, quint64 what, const QDate &day, int low, int high)
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
};

// Parses begin_date/end_date; returns an error reply for bad dates or spans.
std::optional<Reply> parseSpan(EmulatorState &state, const Call &call, const QString &format,
                               int maxDays, Span *span)
{
    span->begin =
        QDate::fromString(call.json.value(QStringLiteral("begin_date")).toString(), format);
    span->end = QDate::fromString(call.json.value(QStringLiteral("end_date")).toString(), format);
    if (!span->begin.isValid() || !span->end.isValid())
        return Reply::error(61500, QStringLiteral("date format error"));
    const QDate today =
        QDateTime::fromMSecsSinceEpoch(state.nowMsecs(), QTimeZone(8 * 3600)).date();
    if (span->end < span->begin || span->end >= today ||
        span->begin.daysTo(span->end) + 1 > maxDays)
        return Reply::error(61501, QStringLiteral("date range error"));
    return std::nullopt;
}

Reply userSummary(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, QStringLiteral("yyyy-MM-dd"), 7, &span))
        return *error;
    QJsonArray list;
    for (QDate d = span.begin; d <= span.end; d = d.addDays(1))
        for (int source : {0, 1, 17, 30, 43})
            list.append(
                QJsonObject{{QStringLiteral("ref_date"), d.toString(Qt::ISODate)},
                            {QStringLiteral("user_source"), source},
                            {QStringLiteral("new_user"), figure(state, 10 + source, d, 0, 120)},
                            {QStringLiteral("cancel_user"), figure(state, 50 + source, d, 0, 30)}});
    return Reply::json({{QStringLiteral("list"), list}});
}

Reply userCumulate(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, QStringLiteral("yyyy-MM-dd"), 7, &span))
        return *error;
    QJsonArray list;
    // Up to a tenth fewer on past days than today: never below zero, even on a small account.
    const int followers = state.subscribedCount();
    for (QDate d = span.begin; d <= span.end; d = d.addDays(1))
        list.append(QJsonObject{{QStringLiteral("ref_date"), d.toString(Qt::ISODate)},
                                {QStringLiteral("cumulate_user"),
                                 followers - figure(state, 99, d, 0, qMin(500, followers / 10))}});
    return Reply::json({{QStringLiteral("list"), list}});
}

Reply visitTrend(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, QStringLiteral("yyyyMMdd"), 1, &span))
        return *error;
    const QDate d = span.begin;
    const int uv = figure(state, 200, d, 100, 5000);
    return Reply::json({{QStringLiteral("list"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("ref_date"), d.toString(QStringLiteral("yyyyMMdd"))},
                             {QStringLiteral("session_cnt"), uv * 2},
                             {QStringLiteral("visit_pv"), uv * 5},
                             {QStringLiteral("visit_uv"), uv},
                             {QStringLiteral("visit_uv_new"), uv / 10},
                             {QStringLiteral("stay_time_uv"), 120.5},
                             {QStringLiteral("stay_time_session"), 60.25},
                             {QStringLiteral("visit_depth"), 2.5}}}}});
}

Reply retainInfo(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, QStringLiteral("yyyyMMdd"), 1, &span))
        return *error;
    QJsonArray newUsers;
    QJsonArray active;
    for (int key = 0; key <= 7; ++key) {
        newUsers.append(QJsonObject{
            {QStringLiteral("key"), key},
            {QStringLiteral("value"), figure(state, 300 + key, span.begin, 10, 500) / (key + 1)}});
        active.append(QJsonObject{
            {QStringLiteral("key"), key},
            {QStringLiteral("value"), figure(state, 400 + key, span.begin, 50, 2000) / (key + 1)}});
    }
    return Reply::json(
        {{QStringLiteral("ref_date"), span.begin.toString(QStringLiteral("yyyyMMdd"))},
         {QStringLiteral("visit_uv_new"), newUsers},
         {QStringLiteral("visit_uv"), active}});
}

Reply userPortrait(EmulatorState &state, const Call &call)
{
    Span span;
    if (auto error = parseSpan(state, call, QStringLiteral("yyyyMMdd"), 30, &span))
        return *error;
    const qint64 days = span.begin.daysTo(span.end) + 1;
    if (days != 1 && days != 7 && days != 30)
        return Reply::error(61501, QStringLiteral("date range error"));
    auto dimension = [&](quint64 what, const QStringList &names) {
        QJsonArray out;
        for (int i = 0; i < names.size(); ++i)
            out.append(
                QJsonObject{{QStringLiteral("id"), i},
                            {QStringLiteral("name"), names.at(i)},
                            {QStringLiteral("value"), figure(state, what + i, span.end, 10, 900)}});
        return out;
    };
    const QJsonObject uv{
        {QStringLiteral("province"),
         dimension(500,
                   {QStringLiteral("广东省"), QStringLiteral("上海市"), QStringLiteral("北京市")})},
        {QStringLiteral("genders"),
         dimension(520, {QStringLiteral("男"), QStringLiteral("女"), QStringLiteral("未知")})},
        {QStringLiteral("platforms"),
         dimension(540,
                   {QStringLiteral("iPhone"), QStringLiteral("Android"), QStringLiteral("其他")})}};
    const QString range = span.begin.toString(QStringLiteral("yyyyMMdd")) + u'-' +
                          span.end.toString(QStringLiteral("yyyyMMdd"));
    return Reply::json({{QStringLiteral("ref_date"), range},
                        {QStringLiteral("visit_uv_new"), uv},
                        {QStringLiteral("visit_uv"), uv}});
}
} // namespace

void addDatacubeRoutes(EmulatorState &state, Routes &routes)
{
    const QString oa = QStringLiteral("oa");
    const QString mp = QStringLiteral("mp");
    auto add = [&](const QString &path, const QString &kind,
                   Reply (*fn)(EmulatorState &, const Call &)) {
        routes.insert(path, {QStringLiteral("POST"), true, kind,
                             [&state, fn](const Call &c) { return fn(state, c); }});
    };
    add(QStringLiteral("/datacube/getusersummary"), oa, userSummary);
    add(QStringLiteral("/datacube/getusercumulate"), oa, userCumulate);
    add(QStringLiteral("/datacube/getweanalysisappiddailyvisittrend"), mp, visitTrend);
    add(QStringLiteral("/datacube/getweanalysisappiddailyretaininfo"), mp, retainInfo);
    add(QStringLiteral("/datacube/getweanalysisappiduserportrait"), mp, userPortrait);
}
