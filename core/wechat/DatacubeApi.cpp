#include "DatacubeApi.h"

#include "BatchCall.h"
#include "WechatClient.h"

#include <QCoreApplication>

QList<QPair<QDate, QDate>> DatacubeApi::spans(const QDate &begin, const QDate &end, int maxDays)
{
    QList<QPair<QDate, QDate>> out;
    for (QDate from = begin; from.isValid() && from <= end; from = from.addDays(maxDays))
        out.append({from, qMin(end, from.addDays(maxDays - 1))});
    return out;
}

void DatacubeApi::series(const QString &path, const QString &dateFormat, int maxDays,
                         bool wholeReply, const QDate &begin, const QDate &end, QObject *context,
                         Done done)
{
    if (!begin.isValid() || !end.isValid() || end < begin) {
        done({ApiError::refused(QCoreApplication::translate("DatacubeApi",
                                                            "The date range is empty or invalid.")),
              {}});
        return;
    }
    QList<ApiRequest> requests;
    for (const auto &[from, to] : spans(begin, end, maxDays))
        requests.append(
            ApiRequest::post(path, {{QStringLiteral("begin_date"), from.toString(dateFormat)},
                                    {QStringLiteral("end_date"), to.toString(dateFormat)}}));
    runBatch(m_client, requests, context,
             [done, wholeReply](const QList<ApiResult> &results, const ApiError &error) {
                 Result<DatacubeRows> out;
                 out.error = error;
                 if (error.ok()) {
                     for (const ApiResult &r : results) {
                         if (wholeReply) {
                             out.value.append(r.json);
                             continue;
                         }
                         for (const QJsonValue &row :
                              r.json.value(QStringLiteral("list")).toArray())
                             out.value.append(row.toObject());
                     }
                 }
                 done(out);
             });
}

void DatacubeApi::userSummary(const QDate &begin, const QDate &end, QObject *context, Done done)
{
    series(QStringLiteral("/datacube/getusersummary"), QStringLiteral("yyyy-MM-dd"), 7, false,
           begin, end, context, done);
}

void DatacubeApi::userCumulate(const QDate &begin, const QDate &end, QObject *context, Done done)
{
    series(QStringLiteral("/datacube/getusercumulate"), QStringLiteral("yyyy-MM-dd"), 7, false,
           begin, end, context, done);
}

void DatacubeApi::visitTrend(const QDate &begin, const QDate &end, QObject *context, Done done)
{
    series(QStringLiteral("/datacube/getweanalysisappiddailyvisittrend"),
           QStringLiteral("yyyyMMdd"), 1, false, begin, end, context, done);
}

void DatacubeApi::retainInfo(const QDate &begin, const QDate &end, QObject *context, Done done)
{
    series(QStringLiteral("/datacube/getweanalysisappiddailyretaininfo"),
           QStringLiteral("yyyyMMdd"), 1, true, begin, end, context, done);
}

void DatacubeApi::userPortrait(const QDate &begin, const QDate &end, QObject *context, Done done)
{
    const qint64 days = begin.daysTo(end) + 1;
    if (days != 1 && days != 7 && days != 30) {
        done({ApiError::refused(
                  QCoreApplication::translate(
                      "DatacubeApi",
                      "The user portrait covers 1, 7 or 30 days; %1 days were asked for.")
                      .arg(days)),
              {}});
        return;
    }
    series(QStringLiteral("/datacube/getweanalysisappiduserportrait"), QStringLiteral("yyyyMMdd"),
           30, true, begin, end, context, done);
}
