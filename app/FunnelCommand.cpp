#include "FunnelCommand.h"

#include "analytics/Funnel.h"
#include "analytics/StatsCalendar.h"
#include "CommandLine.h"
#include "CommandOutput.h"
#include "CommandRegistry.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace CommandOutput;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FunnelCommand)
};

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) +
                           QStringLiteral(" %")
                     : QStringLiteral("-");
}
} // namespace

int runFunnelCommand(const QStringList &, const CommandLine &cl, Database &database)
{
    QByteArray json;
    int code = 0;
    if (!readDefinition(cl, &json, &code))
        return code;
    FunnelDefinition definition;
    const Status parsed = FunnelDefinition::parse(
        json, StatsCalendar::todayInBeijing(Clock::system().nowMsecs()), &definition);
    if (!parsed.isOk())
        return fail(parsed.message(), 64);
    const StatusOr<FunnelResult> result =
        Funnel(database.connections()).count(definition);
    if (!result.isOk())
        return fail(result.status().message());
    const QList<qint64> &people = result.value().people;

    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray steps;
        for (qsizetype i = 0; i < people.size(); ++i)
            steps.append(QJsonObject{{QStringLiteral("step"), definition.steps.at(i).label()},
                                     {QStringLiteral("people"), people.at(i)}});
        out() << QJsonDocument(
                     QJsonObject{{QStringLiteral("from"), definition.from.toString(Qt::ISODate)},
                                 {QStringLiteral("to"), definition.to.toString(Qt::ISODate)},
                                 {QStringLiteral("within_hours"), definition.withinHours},
                                 {QStringLiteral("steps"), steps}})
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    out() << Text::tr("%1 to %2 (Beijing), each step within %n hours of the first", nullptr,
                      definition.withinHours)
                 .arg(definition.from.toString(Qt::ISODate), definition.to.toString(Qt::ISODate))
          << Qt::endl;
    const QLocale locale;
    for (qsizetype i = 0; i < people.size(); ++i)
        out() << QStringLiteral("%1. %2: %3 (%4 of the step before, %5 of the first)")
                     .arg(i + 1)
                     .arg(definition.steps.at(i).label(), locale.toString(people.at(i)),
                          percent(people.at(i), i > 0 ? people.at(i - 1) : people.at(i)),
                          percent(people.at(i), people.constFirst()))
              << Qt::endl;
    return 0;
}

Command funnelCommand()
{
    return {
        QStringLiteral("funnel"),
        QCoreApplication::translate(
            "CommandLine", "Count how many people took each step of a funnel across both apps."),
        QStringLiteral("funnel --definition FILE [--json]"),
        {CommonOptions::definition(), CommonOptions::json()},
        &runFunnelCommand};
}
