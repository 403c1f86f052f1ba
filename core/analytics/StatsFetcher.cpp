#include "StatsFetcher.h"

#include "logging/LogCategories.h"
#include "StatsStore.h"
#include "wechat/ApiRequest.h"
#include "wechat/ApiResult.h"
#include "wechat/Errcodes.h"
#include "wechat/WechatClient.h"

#include <algorithm>
#include <QCoreApplication>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StatsFetcher)
};
} // namespace

StatsFetcher::StatsFetcher(DbConnection db, WechatClient &client, qint64 appRowId, QObject *parent)
    : QObject(parent), m_db(db), m_client(client), m_appRowId(appRowId)
{
}

QList<DateSpan> StatsFetcher::spansToFetch(const StatsReport &report, const QDate &from,
                                           const QDate &to, const QSet<QDate> &settled)
{
    QList<DateSpan> out;
    if (report.rule != StatsCalendar::Rule::UpToDays) {
        for (const DateSpan &span : StatsCalendar::spans(report.rule, report.days, from, to))
            if (!settled.contains(span.begin))
                out.append(span);
        return out;
    }
    // Runs of days not held, each split into the spans the endpoint takes.
    QDate runStart;
    const QDate first = std::max(from, StatsCalendar::firstDay());
    for (QDate d = first; d <= to.addDays(1); d = d.addDays(1)) {
        const bool missing = d <= to && !settled.contains(d);
        if (missing && !runStart.isValid())
            runStart = d;
        if (!missing && runStart.isValid()) {
            out += StatsCalendar::spans(report.rule, report.days, runStart, d.addDays(-1));
            runStart = QDate();
        }
    }
    return out;
}

Status StatsFetcher::plan(const QDate &from, const QDate &to, const QDate &todayInBeijing,
                          const QStringList &reports)
{
    m_today = todayInBeijing;
    m_calls.clear();
    const QDate last = std::min(to, StatsCalendar::lastDay(todayInBeijing));
    const QList<StatsReport> ofKind = StatsReports::of(m_client.app().kind);
    for (const QString &name : reports) {
        const auto known = std::find_if(ofKind.cbegin(), ofKind.cend(),
                                        [&](const StatsReport &r) { return r.name == name; });
        if (known == ofKind.cend())
            return Status::failure(Text::tr("\"%1\" is not a statistics report of this app. Its "
                                            "reports: %2.")
                                       .arg(name, [&] {
                                           QStringList names;
                                           for (const StatsReport &r : ofKind)
                                               names << r.name;
                                           return names.join(QStringLiteral(", "));
                                       }()));
    }
    StatsStore store(m_db);
    for (const StatsReport &known : StatsReports::all()) {
        if (known.kind != m_client.app().kind ||
            (!reports.isEmpty() && !reports.contains(known.name)))
            continue;
        const auto settled = store.settledDays(m_appRowId, known, from.addDays(-31), last);
        WX_TRY(settled.status());
        for (const DateSpan &span : spansToFetch(known, from, last, settled.value()))
            m_calls.append({&known, span});
    }
    return Status::ok();
}

void StatsFetcher::start()
{
    m_next = 0;
    m_summary = {};
    emit progress(0, int(m_calls.size()));
    sendMore();
    finishIfDone();
}

void StatsFetcher::cancel()
{
    if (m_finished)
        return;
    m_summary.cancelled = true;
    m_stopAll = true;
    finishIfDone();
}

void StatsFetcher::sendMore()
{
    while (!m_stopAll && m_inFlight < m_client.maxInFlight() && m_next < m_calls.size()) {
        const StatsCall call = m_calls.at(m_next++);
        if (m_stoppedReports.contains(call.report->name))
            continue;
        const QString format = call.report->dateFormat();
        ++m_inFlight;
        m_client.call(
            ApiRequest::post(call.report->path,
                             {{QStringLiteral("begin_date"), call.span.begin.toString(format)},
                              {QStringLiteral("end_date"), call.span.end.toString(format)}}),
            this, [this, call](const ApiResult &result) { onReply(call, result); });
    }
}

void StatsFetcher::stopReport(const QString &report, const QString &why)
{
    if (m_stoppedReports.contains(report))
        return;
    m_stoppedReports.insert(report);
    m_summary.failures << QStringLiteral("%1: %2").arg(report, why);
}

void StatsFetcher::stopAll(const QString &why)
{
    if (m_stopAll)
        return; // the calls still in flight fail for the same reason
    m_stopAll = true;
    m_summary.failures << why;
}

void StatsFetcher::onReply(const StatsCall &call, const ApiResult &result)
{
    --m_inFlight;
    ++m_answered;
    ++m_summary.calls;
    StatsStore store(m_db);
    const StatsReport &report = *call.report;
    if (result.error.ok()) {
        QList<StatValue> values;
        QString why;
        if (!report.read(result.json, call.span, report.dateFormat(), &values, &why)) {
            stopReport(report.name,
                       Text::tr("WeChat's reply is not in the documented shape (%1)").arg(why));
        } else if (const Status saved = store.save(m_appRowId, report, call.span, values, m_today);
                   !saved.isOk()) {
            stopAll(report.name + QStringLiteral(": ") + saved.message()); // one database for all
        } else {
            ++m_summary.spansSaved;
        }
    } else if (result.error.kind == ApiError::Kind::Wechat &&
               result.error.errcode == Errcode::DataNotReady &&
               report.rule == StatsCalendar::Rule::UpToDays && call.span.begin < call.span.end) {
        // One day not published refuses the whole span: ask for its days one by one, so the
        // published ones are kept and only the others wait.
        for (QDate day = call.span.begin; day <= call.span.end; day = day.addDays(1))
            m_calls.append({call.report, {day, day}});
    } else if (result.error.kind == ApiError::Kind::Wechat &&
               result.error.errcode == Errcode::DataNotReady) {
        const Status marked = store.markUnpublished(m_appRowId, report, call.span, m_today);
        if (!marked.isOk())
            stopAll(report.name + QStringLiteral(": ") + marked.message());
        // A week, month or portrait is refused for its recent end, not for every day of it.
        const QDate first =
            report.rule == StatsCalendar::Rule::UpToDays ? call.span.begin : call.span.end;
        for (QDate day = first; day <= call.span.end; day = day.addDays(1))
            m_summary.unpublished.insert(day);
    } else {
        const QString why = result.error.userMessage(m_client.app());
        qCWarning(lcWechat).noquote()
            << "statistics" << report.name << "failed:" << result.error.summary();
        // An errcode is about this endpoint (48001: not authorised for it); a network or
        // credentials failure is about every call of the app.
        const bool aboutTheApp =
            result.error.kind != ApiError::Kind::Wechat || result.error.isTokenInvalid() ||
            (result.error.isFatalForApp() && result.error.errcode != Errcode::ApiUnauthorized);
        if (!aboutTheApp)
            stopReport(report.name, why);
        else
            stopAll(why);
    }
    emit progress(m_answered, int(m_calls.size()));
    sendMore();
    finishIfDone();
}

void StatsFetcher::finishIfDone()
{
    if (m_finished || m_inFlight > 0 || (!m_stopAll && m_next < m_calls.size()))
        return;
    m_finished = true;
    emit finished(m_summary);
}
