#pragma once

#include "ApiResult.h"
#include "ApiTypes.h"

#include <functional>
#include <QDate>

class QObject;
class WechatClient;

// Statistics. WeChat caps each call's date span (OA user series: 7 days; MP daily series: one
// day); the wrapper splits a longer range into allowed spans and joins the rows in date order.
class DatacubeApi
{
public:
    explicit DatacubeApi(WechatClient &client) : m_client(client) {}

    using Done = std::function<void(const Result<DatacubeRows> &)>;

    void userSummary(const QDate &begin, const QDate &end, QObject *context, Done done);
    void userCumulate(const QDate &begin, const QDate &end, QObject *context, Done done);
    void visitTrend(const QDate &begin, const QDate &end, QObject *context, Done done);
    void retainInfo(const QDate &begin, const QDate &end, QObject *context, Done done);
    // Spans of exactly 1, 7 or 30 days; others are refused before sending.
    void userPortrait(const QDate &begin, const QDate &end, QObject *context, Done done);

    // The spans a range is split into for an API whose calls cover at most `maxDays`.
    static QList<QPair<QDate, QDate>> spans(const QDate &begin, const QDate &end, int maxDays);

private:
    void series(const QString &path, const QString &dateFormat, int maxDays, bool wholeReply,
                const QDate &begin, const QDate &end, QObject *context, Done done);

    WechatClient &m_client;
};
