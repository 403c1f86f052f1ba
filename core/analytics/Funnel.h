#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <QDate>
#include <QList>
#include <QString>

// A funnel across both apps (docs/analytics.md): steps that one person takes in order, each
// strictly after the one before and all within `withinHours` of the first, which falls in
// [from, to] (Beijing days; a person's first such step is where their funnel starts).
struct FunnelStep
{
    enum class Kind
    {
        Event,   // an event by name, on either app or on one kind ("oa" or "mp")
        Follow,  // an Official Account follow (accounts.subscribe_time)
        Message, // a message wxops sent them (a delivery marked sent), of one campaign or any
    };
    Kind kind = Kind::Event;
    QString eventName;
    QString appKind;       // Event: "oa", "mp" or empty for both
    qint64 campaignId = 0; // Message: 0 for any campaign
    QString label() const; // how the step is named in reports
};

struct FunnelDefinition
{
    static constexpr int kMaxSteps = 10;
    static constexpr int kMaxHours = 24 * 366;

    QList<FunnelStep> steps;
    int withinHours = 24 * 7;
    QDate from;
    QDate to;
    QString segment; // a saved segment's name: only its members; empty for everyone

    // Reads {"steps": [{"event": "visit", "kind": "mp"}, {"follow": {}}, {"message":
    // {"campaign": 3}}], "within_hours": 72, "from": "2026-11-01", "to": "2026-11-30",
    // "segment": "VIP followers"}; dates default to the 30 days before `today`.
    static Status parse(const QByteArray &json, const QDate &today, FunnelDefinition *out);
};

struct FunnelResult
{
    QList<qint64> people; // per step: how many reached it
};

// Reads tables events, accounts, apps, deliveries, segments and segment_members.
class Funnel
{
public:
    explicit Funnel(DbConnection db) : m_db(db) {}

    StatusOr<FunnelResult> count(const FunnelDefinition &definition) const;

private:
    DbConnection m_db;
};
