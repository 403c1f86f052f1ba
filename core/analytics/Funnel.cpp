#include "Funnel.h"

#include "BeijingDays.h"
#include "StepSource.h"
#include "storage/ConnectionFactory.h"
#include "storage/Sql.h"
#include "util/Identifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Funnel)
};

Status fail(const QString &where, const QString &why)
{
    return Status::failure(QStringLiteral("\"%1\": %2").arg(where, why));
}

Status parseStep(const QJsonValue &value, const QString &where, FunnelStep *step)
{
    const QJsonObject o = value.toObject();
    const bool hasEvent = o.contains(QStringLiteral("event"));
    const bool hasFollow = o.contains(QStringLiteral("follow"));
    const bool hasMessage = o.contains(QStringLiteral("message"));
    if (!value.isObject() || int(hasEvent) + int(hasFollow) + int(hasMessage) != 1)
        return fail(where, Text::tr("a step is one of {\"event\": NAME}, {\"follow\": {}} or "
                                    "{\"message\": {}}."));
    if (hasEvent) {
        step->kind = FunnelStep::Kind::Event;
        step->eventName = o.value(QStringLiteral("event")).toString();
        if (!Identifier::isPlain(step->eventName))
            return fail(where, Text::tr("\"event\" takes an event's name, as the Mini Program "
                                        "sends it (1 to %1 characters).")
                                   .arg(Identifier::kMaxLength));
        step->appKind = o.value(QStringLiteral("kind")).toString();
        if (o.contains(QStringLiteral("kind")) && step->appKind != QStringLiteral("oa") &&
            step->appKind != QStringLiteral("mp"))
            return fail(where, Text::tr("\"kind\" is \"oa\" or \"mp\" (leave it out for both)."));
        return Status::ok();
    }
    if (hasFollow) {
        step->kind = FunnelStep::Kind::Follow;
        return Status::ok();
    }
    step->kind = FunnelStep::Kind::Message;
    const QJsonValue campaign =
        o.value(QStringLiteral("message")).toObject().value(QStringLiteral("campaign"));
    if (!campaign.isUndefined()) {
        step->campaignId = campaign.toInteger(0);
        if (!campaign.isDouble() || step->campaignId <= 0)
            return fail(where, Text::tr("\"campaign\" takes a campaign's id."));
    }
    return Status::ok();
}

QDate dateField(const QJsonObject &o, const QString &key, const QDate &fallback, bool *ok)
{
    *ok = true;
    if (!o.contains(key))
        return fallback;
    const QDate date = QDate::fromString(o.value(key).toString(), Qt::ISODate);
    *ok = date.isValid();
    return date;
}

} // namespace

QString FunnelStep::label() const
{
    switch (kind) {
    case Kind::Follow:
        return Text::tr("Followed the Official Account");
    case Kind::Message:
        return campaignId > 0 ? Text::tr("Received campaign %1").arg(campaignId)
                              : Text::tr("Received a message");
    case Kind::Event:
        break;
    }
    if (appKind == QStringLiteral("oa"))
        return Text::tr("%1 (Official Account)").arg(eventName);
    if (appKind == QStringLiteral("mp"))
        return Text::tr("%1 (Mini Program)").arg(eventName);
    return eventName;
}

Status FunnelDefinition::parse(const QByteArray &json, const QDate &today, FunnelDefinition *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Status::failure(Text::tr("The funnel is not a JSON object: %1 at offset %2.")
                                   .arg(error.errorString())
                                   .arg(error.offset));
    const QJsonObject o = doc.object();
    FunnelDefinition d;
    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    if (steps.isEmpty() || steps.size() > kMaxSteps)
        return fail(QStringLiteral("steps"),
                    Text::tr("a funnel has 1 to %1 steps.").arg(kMaxSteps));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        FunnelStep step;
        WX_TRY(parseStep(steps.at(i), QStringLiteral("steps[%1]").arg(i), &step));
        d.steps.append(step);
    }
    if (o.contains(QStringLiteral("within_hours"))) {
        const QJsonValue hours = o.value(QStringLiteral("within_hours"));
        d.withinHours = int(hours.toInteger(0));
        if (!hours.isDouble() || hours.toDouble() != double(d.withinHours) || d.withinHours < 1 ||
            d.withinHours > kMaxHours)
            return fail(QStringLiteral("within_hours"),
                        Text::tr("whole hours from 1 to %1.").arg(kMaxHours));
    }
    bool ok = true;
    d.to = dateField(o, QStringLiteral("to"), today, &ok);
    if (!ok)
        return fail(QStringLiteral("to"), Text::tr("a date, YYYY-MM-DD (Beijing time)."));
    d.from = dateField(o, QStringLiteral("from"), d.to.addDays(-29), &ok);
    if (!ok)
        return fail(QStringLiteral("from"), Text::tr("a date, YYYY-MM-DD (Beijing time)."));
    if (d.from > d.to)
        return fail(QStringLiteral("from"), Text::tr("the first day is after the last."));
    const QJsonValue segment = o.value(QStringLiteral("segment"));
    if (!segment.isUndefined() && (!segment.isString() || segment.toString().isEmpty()))
        return fail(QStringLiteral("segment"), Text::tr("a saved segment's name."));
    d.segment = segment.toString();
    *out = d;
    return Status::ok();
}

int Funnel::partCount() const
{
    return m_parts > 0 ? m_parts : std::clamp(QThread::idealThreadCount(), 1, 4);
}

// One statement: s1 holds each person's first step in the range, s(k) the first step k after
// step k-1 and within the window of s1; the counts of each are the funnel. Each part counts a
// range of people (the values at rangesAt), which also makes SQLite group s1 in the order of
// the index on (name, person, time) instead of sorting. With lookupPerPerson (SQLite) step k
// is a lookup per person of s(k-1) in that index; otherwise (PostgreSQL) the steps are joins,
// which PostgreSQL runs as hash joins, each step's rows limited to the part's range too.
Funnel::Statement Funnel::statement(const FunnelDefinition &definition, qint64 segmentId,
                                    bool lookupPerPerson) const
{
    Statement s;
    QStringList ctes;
    const StepSource first = StepSource::of(definition.steps.constFirst());
    QString firstSql = QStringLiteral("s1 AS (SELECT %1 AS p, MIN(%2) AS t0 %3 WHERE %4 AND "
                                      "%1 IS NOT NULL AND %2 >= ? AND %2 < ?")
                           .arg(first.person, first.time, first.from, first.condition);
    s.values << first.values << BeijingDays::startOf(definition.from)
             << BeijingDays::startOf(definition.to.addDays(1));
    if (segmentId > 0) {
        firstSql += QStringLiteral(" AND %1 IN (SELECT m.profile_id FROM segment_members m WHERE "
                                   "m.segment_id = ?)")
                        .arg(first.person);
        s.values << segmentId;
    }
    const auto addRange = [&s](const QString &person) {
        s.rangesAt << s.values.size();
        s.values << 0 << 0;
        return QStringLiteral(" AND %1 BETWEEN ? AND ?").arg(person);
    };
    firstSql += addRange(first.person);
    ctes << firstSql + QStringLiteral(" GROUP BY %1)").arg(first.person);
    const qint64 window = qint64(definition.withinHours) * 3600 * 1000;
    QStringList counts{QStringLiteral("(SELECT COUNT(*) FROM s1)")};
    QString previousTime = QStringLiteral("t0");
    for (qsizetype k = 1; k < definition.steps.size(); ++k) {
        const StepSource step = StepSource::of(definition.steps.at(k));
        if (lookupPerPerson) {
            ctes << QStringLiteral("s%1 AS (SELECT prev.p, prev.t0, (SELECT MIN(%3) %4 WHERE %5 = "
                                   "prev.p AND %6 AND %3 > prev.%7 AND %3 <= prev.t0 + ?) AS t "
                                   "FROM s%2 prev WHERE prev.%7 IS NOT NULL)")
                        .arg(k + 1)
                        .arg(k)
                        .arg(step.time, step.from, step.person, step.condition, previousTime);
            counts << QStringLiteral("(SELECT COUNT(t) FROM s%1)").arg(k + 1);
        } else {
            ctes << QStringLiteral("s%1 AS (SELECT prev.p, prev.t0, MIN(%3) AS t FROM s%2 prev "
                                   "CROSS JOIN %4 WHERE %5 = prev.p AND %6 AND %3 > prev.%7 AND "
                                   "%3 <= prev.t0 + ?")
                        .arg(k + 1)
                        .arg(k)
                        .arg(step.time, step.joined(), step.person, step.condition, previousTime);
            counts << QStringLiteral("(SELECT COUNT(*) FROM s%1)").arg(k + 1);
        }
        s.values << step.values << window;
        if (!lookupPerPerson)
            ctes.last() += addRange(step.person) + QStringLiteral(" GROUP BY prev.p, prev.t0)");
        previousTime = QStringLiteral("t");
    }
    s.sql = QStringLiteral("WITH ") + ctes.join(QStringLiteral(", ")) + QStringLiteral(" SELECT ") +
            counts.join(QStringLiteral(", "));
    return s;
}

namespace {
// Runs a funnel's statement on the calling thread's connection; the counts per step.
StatusOr<QList<qint64>> countOn(QSqlDatabase db, const QString &sql, const QVariantList &values,
                                qsizetype steps)
{
    QSqlQuery q(db);
    if (!Sql::run(q, sql, values) || !q.next())
        return Sql::failure(q);
    QList<qint64> people;
    for (qsizetype k = 0; k < steps; ++k)
        people << q.value(int(k)).toLongLong();
    return people;
}
} // namespace

StatusOr<FunnelResult> Funnel::count(const FunnelDefinition &definition) const
{
    QSqlDatabase db = m_connections.connection();
    qint64 segmentId = 0;
    if (!definition.segment.isEmpty()) {
        const StatusOr<QVariant> id = Sql::scalar(
            db, QStringLiteral("SELECT id FROM segments WHERE name = ?"), {definition.segment});
        WX_TRY(id.status());
        if (!id.value().isValid())
            return Status::failure(
                Text::tr("No saved segment is called \"%1\".").arg(definition.segment));
        segmentId = id.value().toLongLong();
    }
    const qsizetype steps = definition.steps.size();
    const Statement s = statement(definition, segmentId, m_connections.spec().isSqlite());
    QSqlQuery bounds(db);
    if (!Sql::run(bounds, QStringLiteral("SELECT MIN(id), MAX(id) FROM profiles")) ||
        !bounds.next())
        return Sql::failure(bounds);
    const qint64 low = bounds.value(0).toLongLong();
    const qint64 high = bounds.value(1).toLongLong();
    const int parts = partCount();
    const qint64 width = (high - low) / parts + 1;
    QList<StatusOr<QList<qint64>>> counted(parts, Status::failure(QString()));
    const auto countPart = [&](int part) {
        const qint64 from = low + part * width;
        QVariantList values = s.values;
        for (const qsizetype at : s.rangesAt) {
            values[at] = from;
            values[at + 1] = from + width - 1;
        }
        counted[part] = countOn(m_connections.connection(), s.sql, values, steps);
    };
    std::vector<std::unique_ptr<QThread>> threads;
    for (int part = 1; part < parts; ++part) {
        threads.emplace_back(QThread::create(countPart, part));
        threads.back()->start();
    }
    countPart(0);
    for (const auto &thread : threads)
        thread->wait();

    FunnelResult result;
    result.people.fill(0, steps);
    for (const auto &part : counted) {
        WX_TRY(part.status());
        for (qsizetype k = 0; k < steps; ++k)
            result.people[k] += part.value().at(k);
    }
    return result;
}
