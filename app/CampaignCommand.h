#pragma once

#include <QStringList>

class CommandLine;
struct Command;
class Database;

// `wxops campaign create|list|start|run|status|pause|resume|cancel|resend-unknown`.
int runCampaignCommand(const QStringList &arguments, const CommandLine &commandLine,
                       Database &database);
// The registry entry of `wxops campaign`.
Command campaignCommand();
