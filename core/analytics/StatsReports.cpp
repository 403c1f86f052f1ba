#include "StatsReports.h"

#include <cmath>
#include <QCoreApplication>
#include <QJsonArray>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StatsReports)
};

using Rule = StatsCalendar::Rule;
using Kind = AppConfig::Kind;

// Dimension names and labels come from WeChat and are shown as plain text; a longer one is a
// damaged reply, not a page path or a title.
constexpr int kMaxNameLength = 300;

const QString kRefDate = QStringLiteral("ref_date");

bool fail(QString *error, const QString &why)
{
    *error = why;
    return false;
}

// Every number in `row` but the fields in `skip`, as metrics of (day, span, dimension).
bool addNumbers(const QJsonObject &row, const QStringList &skip, StatValue base,
                QList<StatValue> *values, QString *error)
{
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (skip.contains(it.key()) || it.key() == kRefDate)
            continue;
        if (!it.value().isDouble())
            continue; // a text field (a title, a page) is not a metric
        const double value = it.value().toDouble();
        if (!std::isfinite(value))
            return fail(error, Text::tr("The field \"%1\" is not a number.").arg(it.key()));
        base.metric = it.key();
        base.value = value;
        values->append(base);
    }
    return true;
}

QString nameOf(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

bool checkName(const QString &name, QString *error)
{
    if (name.size() > kMaxNameLength)
        return fail(error, Text::tr("A name of %n characters is longer than WeChat gives.", nullptr,
                                    int(name.size())));
    return true;
}

// The day a row names, which must lie in the span asked for.
bool rowDay(const QJsonObject &row, const DateSpan &span, const QString &format, QDate *day,
            QString *error)
{
    const QString text = row.value(kRefDate).toString();
    *day = QDate::fromString(text, format);
    if (!day->isValid())
        return fail(error, Text::tr("The date \"%1\" is not a %2 date.").arg(text, format));
    if (*day < span.begin || *day > span.end)
        return fail(error, Text::tr("The reply holds %1, outside the days asked for.").arg(text));
    return true;
}

bool listOf(const QJsonObject &reply, const QString &key, QJsonArray *list, QString *error)
{
    const QJsonValue value = reply.value(key);
    if (!value.isArray())
        return fail(error, Text::tr("The reply has no \"%1\" list.").arg(key));
    *list = value.toArray();
    return true;
}

// {list:[{ref_date, <dimension fields>, numbers...}]}: one row per day and dimension.
bool readDailyRows(const QJsonObject &reply, const DateSpan &span, const QString &format,
                   const QStringList &dimensionFields, QList<StatValue> *values, QString *error)
{
    QJsonArray list;
    if (!listOf(reply, QStringLiteral("list"), &list, error))
        return false;
    for (const QJsonValue &item : list) {
        const QJsonObject row = item.toObject();
        StatValue base;
        if (!rowDay(row, span, format, &base.day, error))
            return false;
        QStringList parts;
        for (const QString &field : dimensionFields)
            parts << nameOf(row.value(field));
        base.dimension = parts.join(u'/');
        base.label = row.value(QStringLiteral("title")).toString();
        if (!checkName(base.dimension, error) || !checkName(base.label, error))
            return false;
        if (!addNumbers(row, dimensionFields, base, values, error))
            return false;
    }
    return true;
}

#define DAILY_READER(NAME, ...)                                                                    \
    bool NAME(const QJsonObject &reply, const DateSpan &span, const QString &format,               \
              QList<StatValue> *values, QString *error)                                            \
    {                                                                                              \
        return readDailyRows(reply, span, format, QStringList{__VA_ARGS__}, values, error);        \
    }

DAILY_READER(readPlainDays)
DAILY_READER(readBySource, QStringLiteral("user_source"))
DAILY_READER(readByArticle, QStringLiteral("msgid"))
DAILY_READER(readByShareScene, QStringLiteral("share_scene"))
DAILY_READER(readByMessageType, QStringLiteral("msg_type"))
DAILY_READER(readByCountInterval, QStringLiteral("count_interval"))
#undef DAILY_READER

// getarticletotal: per article, a detail per day since it was published; the newest detail
// holds the totals so far.
bool readArticleTotals(const QJsonObject &reply, const DateSpan &span, const QString &format,
                       QList<StatValue> *values, QString *error)
{
    QJsonArray list;
    if (!listOf(reply, QStringLiteral("list"), &list, error))
        return false;
    for (const QJsonValue &item : list) {
        const QJsonObject row = item.toObject();
        StatValue base;
        if (!rowDay(row, span, format, &base.day, error))
            return false;
        base.dimension = nameOf(row.value(QStringLiteral("msgid")));
        base.label = row.value(QStringLiteral("title")).toString();
        if (!checkName(base.dimension, error) || !checkName(base.label, error))
            return false;
        QJsonObject newest;
        for (const QJsonValue &detail : row.value(QStringLiteral("details")).toArray())
            if (detail.toObject().value(QStringLiteral("stat_date")).toString() >=
                newest.value(QStringLiteral("stat_date")).toString())
                newest = detail.toObject();
        if (!addNumbers(newest, {QStringLiteral("stat_date")}, base, values, error))
            return false;
    }
    return true;
}

// The weekly and monthly trends: one row for the whole span.
bool readPeriod(const QJsonObject &reply, const DateSpan &span, const QString &,
                QList<StatValue> *values, QString *error)
{
    QJsonArray list;
    if (!listOf(reply, QStringLiteral("list"), &list, error))
        return false;
    if (list.size() > 1)
        return fail(error, Text::tr("The reply holds %n periods where one was asked for.", nullptr,
                                    int(list.size())));
    StatValue base;
    base.day = span.begin;
    base.spanDays = int(span.begin.daysTo(span.end)) + 1;
    return list.isEmpty() || addNumbers(list.first().toObject(), {}, base, values, error);
}

// [{key, value}] entries (retention days, distribution buckets) as `metric` by key.
bool addKeyedEntries(const QJsonArray &entries, const QDate &day, const QString &metric,
                     QList<StatValue> *values, QString *error)
{
    for (const QJsonValue &item : entries) {
        const QJsonObject entry = item.toObject();
        if (!entry.value(QStringLiteral("value")).isDouble())
            return fail(error, Text::tr("An entry of \"%1\" has no number.").arg(metric));
        values->append({day, 1, nameOf(entry.value(QStringLiteral("key"))), QString(), metric,
                        entry.value(QStringLiteral("value")).toDouble()});
    }
    return true;
}

// {ref_date, visit_uv_new:[{key, value}], visit_uv:[...]}: people still coming back `key`
// days later.
bool readRetention(const QJsonObject &reply, const DateSpan &span, const QString &,
                   QList<StatValue> *values, QString *error)
{
    for (const QString &metric : {QStringLiteral("visit_uv_new"), QStringLiteral("visit_uv")}) {
        QJsonArray list;
        if (!listOf(reply, metric, &list, error) ||
            !addKeyedEntries(list, span.begin, metric, values, error))
            return false;
    }
    return true;
}

bool readPages(const QJsonObject &reply, const DateSpan &span, const QString &,
               QList<StatValue> *values, QString *error)
{
    QJsonArray list;
    if (!listOf(reply, QStringLiteral("list"), &list, error))
        return false;
    for (const QJsonValue &item : list) {
        const QJsonObject row = item.toObject();
        StatValue base;
        base.day = span.begin;
        base.dimension = row.value(QStringLiteral("page_path")).toString();
        if (base.dimension.isEmpty())
            return fail(error, Text::tr("A page row has no page_path."));
        if (!checkName(base.dimension, error) ||
            !addNumbers(row, {QStringLiteral("page_path")}, base, values, error))
            return false;
    }
    return true;
}

// {list:[{index: "access_source_session_cnt", item_list:[{key, value}]}]}: the metric is the
// index, the dimension the bucket's key.
bool readDistribution(const QJsonObject &reply, const DateSpan &span, const QString &,
                      QList<StatValue> *values, QString *error)
{
    QJsonArray list;
    if (!listOf(reply, QStringLiteral("list"), &list, error))
        return false;
    for (const QJsonValue &item : list) {
        const QJsonObject index = item.toObject();
        const QString metric = index.value(QStringLiteral("index")).toString();
        if (metric.isEmpty() || !checkName(metric, error))
            return fail(error, Text::tr("A distribution has no index."));
        if (!addKeyedEntries(index.value(QStringLiteral("item_list")).toArray(), span.begin, metric,
                             values, error))
            return false;
    }
    return true;
}

// {visit_uv_new:{province:[{id, name, value}], ...}, visit_uv:{...}}: the dimension is
// "province/广东省".
bool readPortrait(const QJsonObject &reply, const DateSpan &span, const QString &,
                  QList<StatValue> *values, QString *error)
{
    const int days = int(span.begin.daysTo(span.end)) + 1;
    for (const QString &metric : {QStringLiteral("visit_uv_new"), QStringLiteral("visit_uv")}) {
        if (!reply.value(metric).isObject())
            return fail(error, Text::tr("The reply has no \"%1\" portrait.").arg(metric));
        const QJsonObject portrait = reply.value(metric).toObject();
        for (auto it = portrait.constBegin(); it != portrait.constEnd(); ++it) {
            for (const QJsonValue &item : it.value().toArray()) {
                const QJsonObject entry = item.toObject();
                const QString dimension =
                    it.key() + u'/' + entry.value(QStringLiteral("name")).toString();
                if (!entry.value(QStringLiteral("value")).isDouble() ||
                    !checkName(dimension, error))
                    return fail(error, Text::tr("A portrait entry has no number."));
                values->append({span.begin, days, dimension, QString(), metric,
                                entry.value(QStringLiteral("value")).toDouble()});
            }
        }
    }
    return true;
}

StatsReport report(const char *name, const char *endpoint, Kind kind, Rule rule, int days,
                   decltype(StatsReport::read) read, int revisedDays = 3)
{
    return {QLatin1String(name),
            QStringLiteral("/datacube/") + QLatin1String(endpoint),
            kind,
            rule,
            days,
            revisedDays,
            read};
}
} // namespace

QString StatsReport::dateFormat() const
{
    return kind == Kind::OfficialAccount ? QStringLiteral("yyyy-MM-dd")
                                         : QStringLiteral("yyyyMMdd");
}

int StatsReport::storedSpan(const DateSpan &span) const
{
    return rule == Rule::UpToDays ? 1 : int(span.begin.daysTo(span.end)) + 1;
}

namespace StatsReports {

const QList<StatsReport> &all()
{
    const Kind oa = Kind::OfficialAccount;
    const Kind mp = Kind::MiniProgram;
    static const QList<StatsReport> reports{
        report("user_summary", "getusersummary", oa, Rule::UpToDays, 7, readBySource),
        report("user_cumulate", "getusercumulate", oa, Rule::UpToDays, 7, readBySource),
        report("article_summary", "getarticlesummary", oa, Rule::UpToDays, 1, readByArticle),
        // An article's totals grow for 7 days after it is published.
        report("article_total", "getarticletotal", oa, Rule::UpToDays, 1, readArticleTotals, 7),
        report("user_read", "getuserread", oa, Rule::UpToDays, 3, readBySource),
        report("user_share", "getusershare", oa, Rule::UpToDays, 7, readByShareScene),
        report("upstream_msg", "getupstreammsg", oa, Rule::UpToDays, 7, readByMessageType),
        report("upstream_msg_dist", "getupstreammsgdist", oa, Rule::UpToDays, 15,
               readByCountInterval),
        report("interface_summary", "getinterfacesummary", oa, Rule::UpToDays, 30, readPlainDays),
        report("daily_summary", "getweanalysisappiddailysummarytrend", mp, Rule::UpToDays, 1,
               readPlainDays),
        report("visit_trend", "getweanalysisappiddailyvisittrend", mp, Rule::UpToDays, 1,
               readPlainDays),
        report("visit_trend_weekly", "getweanalysisappidweeklyvisittrend", mp, Rule::CalendarWeek,
               7, readPeriod),
        report("visit_trend_monthly", "getweanalysisappidmonthlyvisittrend", mp,
               Rule::CalendarMonth, 31, readPeriod),
        report("retention", "getweanalysisappiddailyretaininfo", mp, Rule::UpToDays, 1,
               readRetention),
        report("visit_page", "getweanalysisappidvisitpage", mp, Rule::UpToDays, 1, readPages),
        report("visit_distribution", "getweanalysisappidvisitdistribution", mp, Rule::UpToDays, 1,
               readDistribution),
        report("portrait_1d", "getweanalysisappiduserportrait", mp, Rule::Trailing, 1,
               readPortrait),
        report("portrait_7d", "getweanalysisappiduserportrait", mp, Rule::Trailing, 7,
               readPortrait),
        report("portrait_30d", "getweanalysisappiduserportrait", mp, Rule::Trailing, 30,
               readPortrait),
    };
    return reports;
}

QList<StatsReport> of(AppConfig::Kind kind)
{
    QList<StatsReport> out;
    for (const StatsReport &r : all())
        if (r.kind == kind)
            out.append(r);
    return out;
}

const StatsReport *byName(const QString &name)
{
    for (const StatsReport &r : all())
        if (r.name == name)
            return &r;
    return nullptr;
}

} // namespace StatsReports
