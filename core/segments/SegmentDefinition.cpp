#include "SegmentDefinition.h"

#include "ingest/ImportRow.h"
#include "messaging/CampaignStates.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SegmentDefinition)
};

const int kMaxDepth = 32;

QString tooManyConditions()
{
    return Text::tr("a definition holds at most %1 conditions; for a long list of people, tag "
                    "them, import their member IDs, or save a segment and use in_segment")
        .arg(SegmentDefinition::kMaxConditions);
}

// Reads one definition, remembering the first error with the path of the node it is in.
class Parser
{
public:
    bool node(const QJsonValue &json, const QString &path, int depth, SegmentNode *out);
    QString error;

private:
    int m_nodes = 0;
    bool fail(const QString &path, const QString &why)
    {
        error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    }
    bool group(const QString &key, const QJsonValue &body, const QString &path, int depth,
               SegmentNode *out);
    bool leaf(const QString &key, const QJsonValue &body, const QString &path, SegmentNode *out);
    bool onlyKeys(const QJsonObject &object, const QStringList &allowed, const QString &path);
    bool text(const QJsonObject &o, const QString &key, const QString &path, QString *out,
              bool required = false);
    bool count(const QJsonObject &o, const QString &key, const QString &path, qint64 *out);
    bool platform(const QJsonObject &o, const QString &path, QString *out);
    bool timeRange(const QJsonObject &o, const QString &withinKey, const QString &betweenKey,
                   const QString &path, std::optional<SegmentTimeRange> *out);
    bool account(const QJsonValue &body, const QString &path, SegmentNode *out);
    bool tag(const QJsonValue &body, const QString &path, SegmentNode *out);
    bool event(const QJsonValue &body, const QString &path, SegmentNode *out);
    bool delivery(const QJsonValue &body, const QString &path, SegmentNode *out);
};

bool Parser::node(const QJsonValue &json, const QString &path, int depth, SegmentNode *out)
{
    if (depth > kMaxDepth)
        return fail(path, Text::tr("nested more than %1 levels deep").arg(kMaxDepth));
    if (++m_nodes > SegmentDefinition::kMaxConditions)
        return fail(path, tooManyConditions());
    if (!json.isObject() || json.toObject().size() != 1)
        return fail(path, Text::tr("must be an object with one key: a group (all, any, not) or "
                                   "a condition"));
    const QJsonObject object = json.toObject();
    const QString key = object.constBegin().key();
    const QJsonValue body = object.constBegin().value();
    const QString here = path.isEmpty() ? key : path + QLatin1Char('.') + key;
    out->path = here;
    if (key == QStringLiteral("all") || key == QStringLiteral("any") ||
        key == QStringLiteral("not"))
        return group(key, body, here, depth, out);
    return leaf(key, body, here, out);
}

bool Parser::group(const QString &key, const QJsonValue &body, const QString &path, int depth,
                   SegmentNode *out)
{
    if (key == QStringLiteral("not")) {
        out->kind = SegmentNode::Kind::Not;
        SegmentNode child;
        if (!node(body, path, depth + 1, &child))
            return false;
        out->children.append(child);
        return true;
    }
    out->kind = key == QStringLiteral("all") ? SegmentNode::Kind::All : SegmentNode::Kind::Any;
    if (!body.isArray())
        return fail(path, Text::tr("must be a list of conditions"));
    const QJsonArray items = body.toArray();
    if (items.size() > SegmentDefinition::kMaxConditions) // said before reading 100,000 of them
        return fail(path, tooManyConditions());
    for (qsizetype i = 0; i < items.size(); ++i) {
        SegmentNode child;
        if (!node(items.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), depth + 1, &child))
            return false;
        out->children.append(child);
    }
    return true;
}

bool Parser::leaf(const QString &key, const QJsonValue &body, const QString &path, SegmentNode *out)
{
    using Kind = SegmentNode::Kind;
    auto flag = [&](Kind kind) {
        out->kind = kind;
        if (!body.isBool())
            return fail(path, Text::tr("must be true or false"));
        out->flag = body.toBool();
        return true;
    };
    if (key == QStringLiteral("account"))
        return account(body, path, out);
    if (key == QStringLiteral("tag"))
        return tag(body, path, out);
    if (key == QStringLiteral("event"))
        return event(body, path, out);
    if (key == QStringLiteral("delivery"))
        return delivery(body, path, out);
    if (key == QStringLiteral("has_member_id"))
        return flag(Kind::HasMemberId);
    if (key == QStringLiteral("has_unionid"))
        return flag(Kind::HasUnionid);
    if (key == QStringLiteral("opted_out"))
        return flag(Kind::OptedOut);
    if (key == QStringLiteral("received_campaign")) {
        out->kind = Kind::ReceivedCampaign;
        if (!body.isDouble() || body.toDouble() != double(body.toInteger()) || body.toInteger() < 1)
            return fail(path, Text::tr("must be a campaign id (a whole number)"));
        out->campaignId = body.toInteger();
        return true;
    }
    if (key == QStringLiteral("in_segment")) {
        out->kind = Kind::InSegment;
        if (!body.isString() || body.toString().trimmed().isEmpty())
            return fail(path, Text::tr("must be the name of a saved segment"));
        out->segmentName = body.toString().trimmed();
        return true;
    }
    return fail(path, Text::tr("unknown condition \"%1\"").arg(key));
}

bool Parser::onlyKeys(const QJsonObject &object, const QStringList &allowed, const QString &path)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (!allowed.contains(it.key()))
            return fail(path, Text::tr("unknown field \"%1\" (known: %2)")
                                  .arg(it.key(), allowed.join(QStringLiteral(", "))));
    return true;
}

bool Parser::text(const QJsonObject &o, const QString &key, const QString &path, QString *out,
                  bool required)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined()) {
        if (required)
            return fail(path, Text::tr("needs \"%1\"").arg(key));
        return true;
    }
    if (!value.isString() || value.toString().isEmpty())
        return fail(path + QLatin1Char('.') + key, Text::tr("must be a non-empty text"));
    *out = value.toString();
    return true;
}

bool Parser::count(const QJsonObject &o, const QString &key, const QString &path, qint64 *out)
{
    const QJsonValue value = o.value(key);
    if (!value.isDouble() || value.toDouble() != double(value.toInteger()) || value.toInteger() < 0)
        return fail(path + QLatin1Char('.') + key, Text::tr("must be a whole number, 0 or more"));
    *out = value.toInteger();
    return true;
}

bool Parser::platform(const QJsonObject &o, const QString &path, QString *out)
{
    if (!text(o, QStringLiteral("kind"), path, out))
        return false;
    if (!out->isEmpty() && *out != QStringLiteral("oa") && *out != QStringLiteral("mp"))
        return fail(path + QStringLiteral(".kind"), Text::tr("must be \"oa\" or \"mp\""));
    return true;
}

bool Parser::timeRange(const QJsonObject &o, const QString &withinKey, const QString &betweenKey,
                       const QString &path, std::optional<SegmentTimeRange> *out)
{
    const bool within = o.contains(withinKey);
    const bool between = o.contains(betweenKey);
    if (within && between)
        return fail(path, Text::tr("give \"%1\" or \"%2\", not both").arg(withinKey, betweenKey));
    SegmentTimeRange range;
    if (within) {
        if (!count(o, withinKey, path, &range.withinDays))
            return false;
        // A century is more than any account's history, and keeps the time arithmetic exact.
        if (range.withinDays > 36500)
            return fail(path + QLatin1Char('.') + withinKey, Text::tr("at most 36500 days"));
        *out = range;
    }
    if (between) {
        const QString here = path + QLatin1Char('.') + betweenKey;
        const QJsonArray pair = o.value(betweenKey).toArray();
        if (!o.value(betweenKey).isArray() || pair.size() != 2 || !pair.at(0).isString() ||
            !pair.at(1).isString())
            return fail(here, Text::tr("must be two dates: [\"2026-01-01\", \"2026-01-31\"]"));
        if (!SegmentDefinition::parseInstant(pair.at(0).toString(), false, &range.from) ||
            !SegmentDefinition::parseInstant(pair.at(1).toString(), true, &range.to))
            return fail(here, Text::tr("a date is YYYY-MM-DD (Beijing time) or ISO 8601 with an "
                                       "offset"));
        if (range.to <= range.from)
            return fail(here, Text::tr("the second date is before the first"));
        *out = range;
    }
    return true;
}

bool Parser::account(const QJsonValue &body, const QString &path, SegmentNode *out)
{
    out->kind = SegmentNode::Kind::Account;
    if (!body.isObject())
        return fail(path, Text::tr("must be an object"));
    const QJsonObject o = body.toObject();
    if (!onlyKeys(o,
                  {QStringLiteral("app"), QStringLiteral("kind"), QStringLiteral("subscribed"),
                   QStringLiteral("scene"), QStringLiteral("qr_scene"), QStringLiteral("language"),
                   QStringLiteral("subscribed_within_days"), QStringLiteral("subscribed_between")},
                  path) ||
        !text(o, QStringLiteral("app"), path, &out->appid) || !platform(o, path, &out->platform) ||
        !text(o, QStringLiteral("scene"), path, &out->scene) ||
        !text(o, QStringLiteral("qr_scene"), path, &out->qrScene) ||
        !text(o, QStringLiteral("language"), path, &out->language) ||
        !timeRange(o, QStringLiteral("subscribed_within_days"),
                   QStringLiteral("subscribed_between"), path, &out->subscribeTime))
        return false;
    if (o.contains(QStringLiteral("subscribed"))) {
        if (!o.value(QStringLiteral("subscribed")).isBool())
            return fail(path + QStringLiteral(".subscribed"), Text::tr("must be true or false"));
        out->subscribed = o.value(QStringLiteral("subscribed")).toBool();
    }
    return true;
}

bool Parser::tag(const QJsonValue &body, const QString &path, SegmentNode *out)
{
    out->kind = SegmentNode::Kind::Tag;
    if (!body.isObject())
        return fail(path, Text::tr("must be an object with \"name\" or \"id\""));
    const QJsonObject o = body.toObject();
    if (!onlyKeys(o, {QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("app")}, path) ||
        !text(o, QStringLiteral("name"), path, &out->tagName) ||
        !text(o, QStringLiteral("app"), path, &out->appid))
        return false;
    if (o.contains(QStringLiteral("id")) && !count(o, QStringLiteral("id"), path, &out->tagId))
        return false;
    if (out->tagName.isEmpty() == (out->tagId < 0))
        return fail(path, Text::tr("give the tag's \"name\" or its \"id\" (one of them)"));
    return true;
}

bool Parser::event(const QJsonValue &body, const QString &path, SegmentNode *out)
{
    out->kind = SegmentNode::Kind::Event;
    if (!body.isObject())
        return fail(path, Text::tr("must be an object with the event's \"name\""));
    const QJsonObject o = body.toObject();
    if (!onlyKeys(o,
                  {QStringLiteral("name"), QStringLiteral("app"), QStringLiteral("kind"),
                   QStringLiteral("prop"), QStringLiteral("at_least"), QStringLiteral("at_most"),
                   QStringLiteral("within_days"), QStringLiteral("between")},
                  path) ||
        !text(o, QStringLiteral("name"), path, &out->eventName, true) ||
        !text(o, QStringLiteral("app"), path, &out->appid) || !platform(o, path, &out->platform) ||
        !timeRange(o, QStringLiteral("within_days"), QStringLiteral("between"), path,
                   &out->eventTime))
        return false;
    if (o.contains(QStringLiteral("at_least")) &&
        !count(o, QStringLiteral("at_least"), path, &out->atLeast))
        return false;
    if (o.contains(QStringLiteral("at_most"))) {
        qint64 atMost = 0;
        if (!count(o, QStringLiteral("at_most"), path, &atMost))
            return false;
        out->atMost = atMost;
        if (!o.contains(QStringLiteral("at_least")))
            out->atLeast = 0; // "at most 3 times" includes never
        if (atMost < out->atLeast)
            return fail(path, Text::tr("\"at_most\" is less than \"at_least\""));
    }
    if (o.contains(QStringLiteral("prop"))) {
        const QString here = path + QStringLiteral(".prop");
        const QJsonObject prop = o.value(QStringLiteral("prop")).toObject();
        if (!o.value(QStringLiteral("prop")).isObject() ||
            !onlyKeys(prop, {QStringLiteral("key"), QStringLiteral("value")}, here) ||
            !text(prop, QStringLiteral("key"), here, &out->propKey, true))
            return false;
        if (out->propKey.contains(QLatin1Char('"')) || out->propKey.contains(QLatin1Char('\\')))
            return fail(here + QStringLiteral(".key"), Text::tr("must not contain \" or \\"));
        const QJsonValue value = prop.value(QStringLiteral("value"));
        if (value.isString())
            out->propValue = value.toString();
        else if (value.isDouble() && value.toDouble() == double(value.toInteger()))
            out->propValue = QString::number(value.toInteger());
        else
            return fail(here + QStringLiteral(".value"), Text::tr("must be a text or a number"));
    }
    return true;
}

bool Parser::delivery(const QJsonValue &body, const QString &path, SegmentNode *out)
{
    out->kind = SegmentNode::Kind::Delivery;
    if (!body.isObject())
        return fail(path, Text::tr("must be an object"));
    const QJsonObject o = body.toObject();
    if (!onlyKeys(o, {QStringLiteral("state"), QStringLiteral("campaign")}, path) ||
        !text(o, QStringLiteral("state"), path, &out->deliveryState, true))
        return false;
    if (!States::deliveryState(out->deliveryState)) {
        QStringList known;
        for (DeliveryState state : States::allDeliveryStates())
            known << States::text(state);
        return fail(path + QStringLiteral(".state"),
                    Text::tr("must be one of %1").arg(known.join(QStringLiteral(", "))));
    }
    if (o.contains(QStringLiteral("campaign")) &&
        !count(o, QStringLiteral("campaign"), path, &out->campaignId))
        return false;
    return true;
}

void collectSegments(const SegmentNode &node, QStringList *names)
{
    if (node.kind == SegmentNode::Kind::InSegment && !names->contains(node.segmentName))
        names->append(node.segmentName);
    for (const SegmentNode &child : node.children)
        collectSegments(child, names);
}
} // namespace

bool SegmentDefinition::parse(const QJsonValue &json, SegmentNode *root, QString *error)
{
    Parser parser;
    *root = SegmentNode{};
    if (parser.node(json, QString(), 0, root))
        return true;
    *error = parser.error;
    return false;
}

bool SegmentDefinition::parse(const QByteArray &jsonText, SegmentNode *root, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(jsonText, &parseError);
    if (doc.isNull()) {
        *error = Text::tr("not valid JSON: %1 (at character %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    return parse(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), root, error);
}

QStringList SegmentDefinition::referencedSegments(const SegmentNode &root)
{
    QStringList names;
    collectSegments(root, &names);
    return names;
}

bool SegmentDefinition::parseInstant(const QString &text, bool endOfDay, qint64 *msecs)
{
    const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (day.isValid() && text.trimmed().size() == 10) {
        // A whole day in Beijing time; as the end of a range it includes that day.
        const QDate start = endOfDay ? day.addDays(1) : day;
        *msecs = QDateTime(start, QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
        return true;
    }
    return ImportRow::parseTime(text, msecs);
}
