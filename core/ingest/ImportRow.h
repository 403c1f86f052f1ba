#pragma once

#include "util/Identifier.h"

#include <QString>
#include <QStringList>

class JsonLine;
class QJsonObject;

// One row of a Mini Program backend export (docs/import-format.md), checked and typed.
struct ImportRow
{
    // An identifier (appid, openid, unionid, member_id, an event's name) longer than this is a
    // wrong column, not an ID: WeChat's are 28 to 32 characters.
    static constexpr int kMaxIdentifierLength = Identifier::kMaxLength;
    // A props object's compact JSON text: details of an event, not a document. Larger objects
    // would cost every segment condition on a prop their size in reading.
    static constexpr int kMaxPropsLength = 16 * 1024;

    enum class Kind
    {
        User,
        Event
    };
    Kind kind = Kind::User;
    QString appid;
    QString openid;
    QString unionid;   // optional
    QString memberId;  // optional
    qint64 seenAt = 0; // users, optional (0: not given), epoch ms UTC
    QString eventId;   // events, optional: makes the event idempotent
    QString name;      // events
    qint64 at = 0;     // events, epoch ms UTC
    QString propsJson; // events, optional: a JSON object's compact text, empty when none

    // The key that makes an event idempotent: its id, or a digest of its content.
    QString sourceId() const;

    // Parses one JSON Lines object; on failure returns false and says why in `error`.
    static bool fromJson(const QJsonObject &object, ImportRow *row, QString *error);
    // The same for a line JsonLine could read (the fast path for millions of lines).
    static bool fromJsonLine(const JsonLine &object, ImportRow *row, QString *error);
    // Parses one CSV record with the header's field names (props as JSON text).
    static bool fromFields(const QStringList &header, const QStringList &fields, ImportRow *row,
                           QString *error);
    // ISO 8601 with an offset ("2026-03-01T08:00:00+08:00", "…Z") or epoch milliseconds.
    static bool parseTime(const QString &text, qint64 *msecs);
};
