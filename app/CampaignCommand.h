#pragma once

#include <QStringList>

class CommandLine;
class Database;

// `wxops campaign create|list|start|run|status|pause|resume|cancel|resend-unknown`.
int runCampaignCommand(const QStringList &arguments, const CommandLine &commandLine,
                       Database &database);
