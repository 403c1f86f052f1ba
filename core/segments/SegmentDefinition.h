#pragma once

#include "util/Status.h"

#include <optional>
#include <QJsonValue>
#include <QList>
#include <QString>

// A time range of a condition: the last N days (fixed when a count or refresh starts) or
// between two instants [from, to).
struct SegmentTimeRange
{
    qint64 withinDays = -1; // -1: not relative
    qint64 from = 0;        // epoch ms UTC, inclusive
    qint64 to = 0;          // epoch ms UTC, exclusive
};

// One node of a segment definition (docs/segments.md): a group (all / any / not) or a typed
// condition on a profile. Built only by SegmentDefinition::parse, which checks every field.
struct SegmentNode
{
    enum class Kind
    {
        All,
        Any,
        Not,
        Account,     // has an account matching every given property
        Tag,         // has an account with a tag
        HasMemberId, // the profile has a member ID (flag)
        HasUnionid,  // one of its accounts has a unionid (flag)
        Event,       // performed an event between atLeast and atMost times
        ReceivedCampaign,
        Delivery, // has a delivery in a state (of one campaign, or any)
        OptedOut, // (flag)
        InSegment // in a saved segment's stored membership
    };
    Kind kind = Kind::All;
    QString path; // where the node is in the definition, for messages: "all[2].event"
    QList<SegmentNode> children;

    // Account, Tag, Event: which apps count ("" for any).
    QString appid;
    QString platform; // "oa", "mp" or ""
    // Account
    std::optional<bool> subscribed;
    QString scene;
    QString qrScene; // the scene of the QR code the follow came through
    QString language;
    std::optional<SegmentTimeRange> subscribeTime;
    // Tag: by name, or by WeChat's tag id
    QString tagName;
    qint64 tagId = -1;
    // HasMemberId, HasUnionid, OptedOut
    bool flag = true;
    // Event
    QString eventName;
    QString propKey;
    QString propValue;
    qint64 atLeast = 1;
    std::optional<qint64> atMost;
    std::optional<SegmentTimeRange> eventTime;
    // ReceivedCampaign, Delivery
    qint64 campaignId = 0;
    QString deliveryState;
    // InSegment
    QString segmentName;
};

class SegmentDefinition
{
public:
    // Conditions and groups in one definition: a definition is a rule, not a list of people
    // (an `any` of 100,000 conditions would take the database minutes to plan and count).
    static constexpr int kMaxConditions = 500;

    // Reads a definition; on error says which node is wrong and why ("all[1].event.at_least:
    // must be a whole number, 0 or more").
    static bool parse(const QJsonValue &json, SegmentNode *root, QString *error);
    static bool parse(const QByteArray &jsonText, SegmentNode *root, QString *error);
    // The saved segments a definition refers to (in_segment), anywhere in the tree.
    static QStringList referencedSegments(const SegmentNode &root);
    // "YYYY-MM-DD" (a day in Beijing time), ISO 8601 with an offset, or epoch milliseconds.
    static bool parseInstant(const QString &text, bool endOfDay, qint64 *msecs);
};
