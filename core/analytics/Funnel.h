#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

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

class ConnectionFactory;

// Reads tables events, accounts, apps, deliveries, segments and segment_members.
// The people are counted in `parts` ranges of profile ids at once, each on its own thread and
// connection: a funnel is a sum over people, and one statement runs on one core (SQLite's,
// or one PostgreSQL backend's: its own parallel workers were slower, bench/README.md).
// parts 0: one per core, at most 4.
class Funnel
{
public:
    explicit Funnel(ConnectionFactory &connections, int parts = 0)
        : m_connections(connections), m_parts(parts)
    {
    }

    StatusOr<FunnelResult> count(const FunnelDefinition &definition) const;

private:
    struct Statement
    {
        QString sql;
        QVariantList values;
        QList<qsizetype> rangesAt; // where each range of people's two values are
    };
    Statement statement(const FunnelDefinition &definition, qint64 segmentId,
                        bool lookupPerPerson) const;
    int partCount() const;

    ConnectionFactory &m_connections;
    int m_parts;
};
