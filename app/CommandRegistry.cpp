#include "CommandRegistry.h"

#include "AccountCommand.h"
#include "CampaignCommand.h"
#include "FunnelCommand.h"
#include "ImportCommand.h"
#include "LookupCommand.h"
#include "OptOutCommand.h"
#include "ScheduleCommand.h"
#include "SegmentCommand.h"
#include "ServiceCommand.h"
#include "StatsCommand.h"
#include "SyncCommand.h"
#include "TeamCommand.h"

#include <QCoreApplication>

namespace CommandRegistry {

QList<Command> all()
{
    return {accountCommand(),  syncCommand(),    importCommand(),   lookupCommand(),
            identityCommand(), segmentCommand(), campaignCommand(), optOutCommand(),
            statsCommand(),    funnelCommand(),  teamCommand(),     serviceCommand(),
            scheduleCommand()};
}

Command find(const QString &name)
{
    for (const Command &command : all())
        if (command.name == name)
            return command;
    return {};
}

QStringList commandsWithOption(const QString &name)
{
    QStringList commands;
    for (const Command &command : all())
        for (const QCommandLineOption &option : command.options)
            if (option.names().contains(name))
                commands << command.name;
    return commands;
}

bool optionTakesValue(const QString &name)
{
    for (const Command &command : all())
        for (const QCommandLineOption &option : command.options)
            if (option.names().contains(name))
                return !option.valueName().isEmpty();
    return false;
}

} // namespace CommandRegistry

namespace CommonOptions {

QCommandLineOption json()
{
    return {QStringLiteral("json"),
            QCoreApplication::translate("CommandLine", "Print machine-readable JSON.")};
}

QCommandLineOption appid()
{
    return {QStringLiteral("appid"), QCoreApplication::translate("CommandLine", "The app's AppID."),
            QStringLiteral("appid")};
}

QCommandLineOption maxInFlight()
{
    return {QStringLiteral("max-in-flight"),
            QCoreApplication::translate("CommandLine",
                                        "sync, stats fetch: WeChat calls in flight at once "
                                        "(default 8)."),
            QStringLiteral("n")};
}

QCommandLineOption definition()
{
    return {QStringLiteral("definition"),
            QCoreApplication::translate("CommandLine",
                                        "segment, campaign create, funnel: the definition, a JSON "
                                        "file (docs/segments.md, docs/campaigns.md, "
                                        "docs/analytics.md); \"-\" reads "
                                        "standard input."),
            QStringLiteral("file")};
}

} // namespace CommonOptions
