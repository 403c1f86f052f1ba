#pragma once

#include "StatsReports.h"
#include "storage/DbConnection.h"
#include "util/Status.h"

#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QStringList>

class WechatClient;
struct ApiResult;

// What a statistics fetch did.
struct StatsFetchSummary
{
    int calls = 0;      // calls answered
    int spansSaved = 0; // spans whose numbers are now held
    // Days WeChat had not published yet (61503), of any report: asked again next time.
    QSet<QDate> unpublished;
    int unpublishedDays() const { return int(unpublished.size()); }
    QStringList failures; // "report: why", one per report that stopped
    bool cancelled = false;
    bool ok() const { return failures.isEmpty() && !cancelled; }
};
Q_DECLARE_METATYPE(StatsFetchSummary)

// One call of a fetch: a report over one span.
struct StatsCall
{
    const StatsReport *report = nullptr;
    DateSpan span;
};

// Fetches an app's statistics into StatsStore: each report's days in [from, to] that are not
// held for good yet, in the spans its endpoint takes, as many calls in flight as the app's
// client allows. Each span is saved as its reply arrives, so a fetch cancelled or cut off
// resumes where it stopped. WeChat's 61503 (not ready) leaves the day for a later fetch
// without failing the rest (a span of several days is asked again day by day); another error stops
// that report, or every report when it is about the app (credentials, the network).
class StatsFetcher : public QObject
{
    Q_OBJECT
public:
    StatsFetcher(DbConnection db, WechatClient &client, qint64 appRowId, QObject *parent = nullptr);

    // The calls that fetch [from, to] of `reports` (all of the app's kind when empty) on
    // `todayInBeijing`, leaving out what is held for good. Fails on a database error or an
    // unknown report name.
    Status plan(const QDate &from, const QDate &to, const QDate &todayInBeijing,
                const QStringList &reports = {});
    const QList<StatsCall> &calls() const { return m_calls; }
    // Sends the planned calls; finished() follows (at once when there are none).
    void start();
    // Stops sending; replies already on the way are still saved.
    void cancel();

    // The calls a report needs for [from, to] given the days already settled (span starts).
    static QList<DateSpan> spansToFetch(const StatsReport &report, const QDate &from,
                                        const QDate &to, const QSet<QDate> &settled);

signals:
    void progress(int done, int total);
    void finished(const StatsFetchSummary &summary);

private:
    void sendMore();
    void onReply(const StatsCall &call, const ApiResult &result);
    void stopReport(const QString &report, const QString &why);
    void stopAll(const QString &why);
    void finishIfDone();

    DbConnection m_db;
    WechatClient &m_client;
    qint64 m_appRowId;
    QDate m_today;
    QList<StatsCall> m_calls;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    int m_answered = 0;
    QSet<QString> m_stoppedReports;
    bool m_stopAll = false;
    bool m_finished = false;
    StatsFetchSummary m_summary;
};
