#include "ImportRow.h"

#include <cmath>

#include "JsonLine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportRow)
};

QString stringField(const QJsonObject &object, const QString &key, bool *wrongType)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (value.isString())
        return value.toString();
    if (value.isDouble() && key != QStringLiteral("appid") && key != QStringLiteral("openid"))
        return QString::number(value.toInteger());
    *wrongType = true;
    return QString();
}

QString propsNotAnObject()
{
    return Text::tr("\"props\" must be a JSON object");
}

QString mustBeAString(const QString &field)
{
    return Text::tr("\"%1\" must be a string").arg(field);
}

QString compactText(const QJsonObject &object)
{
    return object.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// An identifier is looked up and exported as it is: a control character (a NUL, a tab, a line
// break) would store a person nobody can find, and a very long value is a wrong column.
bool checkIdentifier(const char *key, const QString &value, QString *error)
{
    if (const qsizetype at = Identifier::controlCharacterAt(value); at >= 0) {
        const QString code =
            QStringLiteral("%1").arg(value.at(at).unicode(), 4, 16, QLatin1Char('0')).toUpper();
        *error = Text::tr("\"%1\" holds a control character (U+%2): identifiers take "
                          "printable text only")
                     .arg(QLatin1String(key), code);
        return false;
    }
    if (value.size() > ImportRow::kMaxIdentifierLength) {
        *error = Text::tr("\"%1\" is %2 characters long; identifiers are at most %3")
                     .arg(QLatin1String(key))
                     .arg(value.size())
                     .arg(ImportRow::kMaxIdentifierLength);
        return false;
    }
    return true;
}

bool checkRequired(const ImportRow &row, QString *error)
{
    if (!checkIdentifier("appid", row.appid, error) ||
        !checkIdentifier("openid", row.openid, error) ||
        !checkIdentifier("unionid", row.unionid, error) ||
        !checkIdentifier("member_id", row.memberId, error) ||
        !checkIdentifier("name", row.name, error))
        return false;
    if (row.appid.isEmpty()) {
        *error = Text::tr("missing required field \"appid\"");
        return false;
    }
    if (row.openid.isEmpty()) {
        *error = Text::tr("missing required field \"openid\"");
        return false;
    }
    if (row.kind == ImportRow::Kind::Event && row.name.isEmpty()) {
        *error = Text::tr("missing required field \"name\"");
        return false;
    }
    return true;
}

// Fills `row` from field values by name; `props` gives the compact text of the props object.
bool fill(const std::function<QString(const QString &)> &field,
          const std::function<bool(QString *, QString *)> &props, ImportRow *row, QString *error)
{
    const QString kind = field(QStringLiteral("kind"));
    if (kind == QStringLiteral("user"))
        row->kind = ImportRow::Kind::User;
    else if (kind == QStringLiteral("event"))
        row->kind = ImportRow::Kind::Event;
    else {
        *error = kind.isEmpty()
                     ? Text::tr("missing required field \"kind\"")
                     : Text::tr("\"kind\" must be \"user\" or \"event\", not \"%1\"").arg(kind);
        return false;
    }
    row->appid = field(QStringLiteral("appid")).trimmed();
    row->openid = field(QStringLiteral("openid")).trimmed();
    row->unionid = field(QStringLiteral("unionid")).trimmed();
    row->memberId = field(QStringLiteral("member_id")).trimmed();
    if (row->kind == ImportRow::Kind::Event)
        row->name = field(QStringLiteral("name")).trimmed();
    if (!checkRequired(*row, error))
        return false;
    if (row->kind == ImportRow::Kind::User) {
        const QString seen = field(QStringLiteral("seen_at"));
        if (!seen.isEmpty() && !ImportRow::parseTime(seen, &row->seenAt)) {
            *error =
                Text::tr("\"seen_at\" is not a time from 1970 to 9999 with an offset, or epoch "
                         "milliseconds: \"%1\"")
                    .arg(seen);
            return false;
        }
        return true;
    }
    row->eventId = field(QStringLiteral("id")).trimmed();
    if (!row->eventId.isEmpty() && !checkIdentifier("id", row->eventId, error))
        return false;
    const QString at = field(QStringLiteral("at"));
    if (at.isEmpty()) {
        *error = Text::tr("missing required field \"at\"");
        return false;
    }
    if (!ImportRow::parseTime(at, &row->at)) {
        *error = Text::tr("\"at\" is not a time from 1970 to 9999 with an offset, or epoch "
                          "milliseconds: \"%1\"")
                     .arg(at);
        return false;
    }
    if (!props(&row->propsJson, error))
        return false;
    if (row->propsJson.size() > ImportRow::kMaxPropsLength) {
        *error = Text::tr("\"props\" is %1 characters of JSON; an event's props are at most %2")
                     .arg(row->propsJson.size())
                     .arg(ImportRow::kMaxPropsLength);
        return false;
    }
    return true;
}
} // namespace

namespace {
// Reads `count` digits at `at` (QDateTime::fromString and regular expressions cost more than
// the rest of an imported row together, and a file has millions of them).
bool digits(QStringView t, qsizetype at, int count, int *value)
{
    if (at + count > t.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = t.at(at + i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        v = v * 10 + (c.unicode() - '0');
    }
    *value = v;
    return true;
}

bool isChar(QStringView t, qsizetype at, char c)
{
    return at < t.size() && t.at(at) == QLatin1Char(c);
}

// yyyy-MM-dd(T| )HH:mm[:ss[.fraction]](Z|±HH[[:]mm])
bool parseIsoWithOffset(QStringView t, qint64 *msecs)
{
    int year, month, day, hour, minute, second = 0, millis = 0;
    if (!digits(t, 0, 4, &year) || !isChar(t, 4, '-') || !digits(t, 5, 2, &month) ||
        !isChar(t, 7, '-') || !digits(t, 8, 2, &day) ||
        !(isChar(t, 10, 'T') || isChar(t, 10, ' ')) || !digits(t, 11, 2, &hour) ||
        !isChar(t, 13, ':') || !digits(t, 14, 2, &minute))
        return false;
    qsizetype at = 16;
    if (isChar(t, at, ':')) {
        if (!digits(t, at + 1, 2, &second))
            return false;
        at += 3;
        if (isChar(t, at, '.')) {
            ++at;
            int scale = 100;
            const qsizetype start = at;
            while (at < t.size() && t.at(at).isDigit()) {
                millis += (t.at(at).unicode() - '0') * scale;
                scale /= 10;
                ++at;
            }
            if (at == start || at - start > 9)
                return false;
        }
    }
    int offsetMinutes = 0;
    if (isChar(t, at, 'Z')) {
        ++at;
    } else if (isChar(t, at, '+') || isChar(t, at, '-')) {
        const int sign = isChar(t, at, '-') ? -1 : 1;
        int oh = 0, om = 0;
        if (!digits(t, at + 1, 2, &oh))
            return false;
        at += 3;
        if (isChar(t, at, ':'))
            ++at;
        if (at < t.size()) {
            if (!digits(t, at, 2, &om))
                return false;
            at += 2;
        }
        if (oh > 23 || om > 59)
            return false;
        offsetMinutes = sign * (oh * 60 + om);
    } else {
        return false; // no offset: it could be Beijing time or UTC, so it is refused
    }
    if (at != t.size() || hour > 23 || minute > 59 || second > 59)
        return false;
    const QDate date(year, month, day);
    if (!date.isValid())
        return false;
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    *msecs =
        ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60000LL + second * 1000LL + millis;
    return true;
}
} // namespace

bool ImportRow::parseTime(const QString &text, qint64 *msecs)
{
    // One range for both forms: 1970-01-01 to 9999-12-31 UTC.
    const qint64 kLastMsecs = 253402300799999;
    const QStringView t = QStringView(text).trimmed();
    if (t.size() >= 10 && t.size() <= 16) { // epoch milliseconds
        bool allDigits = true;
        for (QChar c : t)
            allDigits = allDigits && c.isDigit();
        if (allDigits) {
            *msecs = t.toLongLong();
            return *msecs <= kLastMsecs;
        }
    }
    return parseIsoWithOffset(t, msecs) && *msecs >= 0 && *msecs <= kLastMsecs;
}

bool ImportRow::fromJson(const QJsonObject &object, ImportRow *row, QString *error)
{
    bool wrongType = false;
    QString wrongField;
    auto field = [&](const QString &key) {
        bool wrong = false;
        const QJsonValue value = object.value(key);
        if (key == QStringLiteral("at") || key == QStringLiteral("seen_at")) {
            // A time given as something else than text or whole milliseconds is quoted back in
            // the error, not read as 0 or as missing.
            if (value.isDouble()) {
                const double d = value.toDouble();
                return d == std::floor(d) && std::abs(d) < 9e18
                           ? QString::number(qint64(d))
                           : QString::number(d, 'g', QLocale::FloatingPointShortest);
            }
            if (value.isBool())
                return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        }
        const QString text = stringField(object, key, &wrong);
        if (wrong && !wrongType) {
            wrongType = true;
            wrongField = key;
        }
        return text;
    };
    auto props = [&](QString *out, QString *why) {
        const QJsonValue value = object.value(QStringLiteral("props"));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isObject()) {
            *why = propsNotAnObject();
            return false;
        }
        *out = compactText(value.toObject());
        return true;
    };
    *row = ImportRow{};
    if (!fill(field, props, row, error))
        return false;
    if (wrongType) {
        *error = mustBeAString(wrongField);
        return false;
    }
    return true;
}

bool ImportRow::fromJsonLine(const JsonLine &object, ImportRow *row, QString *error)
{
    QString wrongField;
    // The same readings as fromJson: a number stands for its digits except in appid and openid.
    auto field = [&](const QString &key) {
        const JsonLine::Value *value = object.find(QStringView(key));
        if (!value || value->type == JsonLine::Value::Type::Null)
            return QString();
        const bool numberAllowed =
            key != QStringLiteral("appid") && key != QStringLiteral("openid");
        if (value->type == JsonLine::Value::Type::Bool &&
            (key == QStringLiteral("at") || key == QStringLiteral("seen_at")))
            return QString::fromUtf8(value->raw); // quoted back in the error, as fromJson does
        if (value->type == JsonLine::Value::Type::String ||
            (value->type == JsonLine::Value::Type::Integer && numberAllowed))
            return QString::fromUtf8(value->raw);
        if (wrongField.isEmpty())
            wrongField = key;
        return QString();
    };
    auto props = [&](QString *out, QString *why) {
        const JsonLine::Value *value = object.find("props");
        if (!value || value->type == JsonLine::Value::Type::Null)
            return true;
        if (value->type != JsonLine::Value::Type::Object) {
            *why = propsNotAnObject();
            return false;
        }
        if (value->raw != "{}")
            *out = QString::fromUtf8(value->raw);
        return true;
    };
    *row = ImportRow{};
    if (!fill(field, props, row, error))
        return false;
    if (!wrongField.isEmpty()) {
        *error = mustBeAString(wrongField);
        return false;
    }
    return true;
}

bool ImportRow::fromFields(const QStringList &header, const QStringList &fields, ImportRow *row,
                           QString *error)
{
    if (fields.size() != header.size()) {
        *error =
            Text::tr("%1 fields where the header has %2").arg(fields.size()).arg(header.size());
        return false;
    }
    auto field = [&](const QString &key) {
        const qsizetype index = header.indexOf(key);
        return index < 0 ? QString() : fields.at(index);
    };
    auto props = [&](QString *out, QString *why) {
        const QString text = field(QStringLiteral("props")).trimmed();
        if (text.isEmpty())
            return true;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (!doc.isObject()) {
            *why = propsNotAnObject();
            return false;
        }
        *out = compactText(doc.object());
        return true;
    };
    *row = ImportRow{};
    return fill(field, props, row, error);
}

QString ImportRow::sourceId() const
{
    if (!eventId.isEmpty())
        return QStringLiteral("%1:%2").arg(appid, eventId);
    // Without an id, the same content is the same event: importing a file twice adds nothing.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QStringLiteral("%1\n%2\n%3\n%4\n").arg(appid, openid, name).arg(at).toUtf8());
    // The props in one canonical form (sorted keys), however the file wrote them.
    hash.addData(
        QJsonDocument::fromJson(propsJson.isEmpty() ? QByteArray("{}") : propsJson.toUtf8())
            .toJson(QJsonDocument::Compact));
    return QStringLiteral("h:") + QString::fromLatin1(hash.result().toHex());
}
