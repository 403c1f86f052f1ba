#pragma once

#include "StatsCalendar.h"
#include "wechat/AppConfig.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// One number WeChat published: for an app, a report, a day (the first day of a week, month or
// portrait span), a dimension (a user source, a page, a province; empty for none) and a metric.
struct StatValue
{
    QDate day;
    int spanDays = 1; // 1 for daily rows; 7 for a week; a month's length; 1, 7 or 30 (portrait)
    QString dimension;
    QString label; // a human name where WeChat gives one (an article's title)
    QString metric;
    double value = 0;
    bool operator==(const StatValue &) const = default;
};

// A WeChat statistics endpoint (docs/analytics.md): where it is, which app kind has it, the
// spans it takes, how long WeChat keeps revising a day, and how its reply becomes StatValues.
struct StatsReport
{
    QString name; // "user_summary", as `wxops stats` and the tables name it
    QString path;
    AppConfig::Kind kind;
    StatsCalendar::Rule rule;
    int days;            // the most days a call covers (UpToDays), or the portrait's span
    int revisedDays = 3; // WeChat revises the last N days: fetched again until older
    // Reads one span's reply; false (with `error`) when it does not have the documented shape.
    bool (*read)(const QJsonObject &reply, const DateSpan &span, const QString &dateFormat,
                 QList<StatValue> *values, QString *error) = nullptr;

    // yyyy-MM-dd for the Official Account, yyyyMMdd for the Mini Program.
    QString dateFormat() const;
    // The span a day's rows are stored under: 1 for daily rows, else the call's span.
    int storedSpan(const DateSpan &span) const;
};

namespace StatsReports {
const QList<StatsReport> &all();
QList<StatsReport> of(AppConfig::Kind kind);
const StatsReport *byName(const QString &name);
} // namespace StatsReports
