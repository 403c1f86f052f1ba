#include "CommandLine.h"

#include <cstring>
#include <QCoreApplication>

namespace {
// Options that take a value, so the pre-scan does not take the value for a subcommand.
bool takesValue(const char *arg)
{
    for (const char *name :
         {"--database", "--lang", "--kind", "--appid", "--name", "--api-base", "--proxy",
          "--report", "--max-in-flight", "--definition", "--csv", "--tag"})
        if (std::strcmp(arg, name) == 0)
            return true;
    return false;
}

bool isAny(const char *arg, std::initializer_list<const char *> names)
{
    for (const char *name : names)
        if (std::strcmp(arg, name) == 0)
            return true;
    return false;
}
} // namespace

bool CommandLine::wantsWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (isAny(arg, {"-h", "--help", "--help-all", "-v", "--version"}))
            return false;
        if (takesValue(arg)) {
            ++i;
            continue;
        }
        if (arg[0] != '-')
            return false; // a subcommand
    }
    return true;
}

QString CommandLine::preScanLanguage(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return QString();
}

CommandLine::CommandLine()
    : m_database(
          QStringLiteral("database"),
          QCoreApplication::translate(
              "CommandLine",
              "The database to open: sqlite:/path/file.db or postgresql://user@host:port/db "
              "(password from ~/.pgpass). Default: a SQLite file in the application data folder."),
          QStringLiteral("url")),
      m_language(
          QStringLiteral("lang"),
          QCoreApplication::translate(
              "CommandLine", "The interface language: zh_CN or en. Default: the system language."),
          QStringLiteral("language")),
      m_verbose(QStringLiteral("verbose"),
                QCoreApplication::translate("CommandLine", "Log debug details of every module."))
{
    m_parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "wxops: the operations console for a WeChat Official Account and Mini "
                       "Program. Without a command it opens the window."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_database);
    m_parser.addOption(m_language);
    m_parser.addOption(m_verbose);
    auto commandOption = [this](const QString &name, const char *help, const QString &valueName) {
        m_commandOptions.append(
            QCommandLineOption(name, QCoreApplication::translate("CommandLine", help), valueName));
        m_parser.addOption(m_commandOptions.constLast());
    };
    commandOption(
        QStringLiteral("kind"),
        QT_TRANSLATE_NOOP("CommandLine", "account: oa (Official Account) or mp (Mini Program)."),
        QStringLiteral("kind"));
    commandOption(QStringLiteral("appid"),
                  QT_TRANSLATE_NOOP("CommandLine", "account: the app's AppID."),
                  QStringLiteral("appid"));
    commandOption(QStringLiteral("name"),
                  QT_TRANSLATE_NOOP("CommandLine", "account: a name for the app."),
                  QStringLiteral("name"));
    commandOption(
        QStringLiteral("api-base"),
        QT_TRANSLATE_NOOP(
            "CommandLine",
            "account: API base URL (e.g. a fixed-IP gateway); default https://api.weixin.qq.com."),
        QStringLiteral("url"));
    commandOption(
        QStringLiteral("proxy"),
        QT_TRANSLATE_NOOP("CommandLine", "account: HTTP or SOCKS5 proxy URL; empty for none."),
        QStringLiteral("url"));
    commandOption(
        QStringLiteral("secret-stdin"),
        QT_TRANSLATE_NOOP(
            "CommandLine",
            "account: read the AppSecret from standard input (never from the command line)."),
        QString());
    commandOption(QStringLiteral("skip-bad-rows"),
                  QT_TRANSLATE_NOOP("CommandLine",
                                    "import: import the good rows of a file that has bad ones "
                                    "(the bad ones are listed in the report)."),
                  QString());
    commandOption(QStringLiteral("report"),
                  QT_TRANSLATE_NOOP("CommandLine",
                                    "import: write the bad-row report to this file (default: "
                                    "standard error)."),
                  QStringLiteral("file"));
    commandOption(
        QStringLiteral("max-in-flight"),
        QT_TRANSLATE_NOOP("CommandLine", "sync: WeChat calls in flight at once (default 8)."),
        QStringLiteral("n"));
    commandOption(QStringLiteral("definition"),
                  QT_TRANSLATE_NOOP("CommandLine",
                                    "segment, campaign create: the definition, a JSON file "
                                    "(docs/segments.md, docs/campaigns.md); \"-\" reads "
                                    "standard input."),
                  QStringLiteral("file"));
    commandOption(QStringLiteral("csv"),
                  QT_TRANSLATE_NOOP("CommandLine", "segment export: the CSV file to write."),
                  QStringLiteral("file"));
    commandOption(QStringLiteral("tag"),
                  QT_TRANSLATE_NOOP("CommandLine",
                                    "segment push-tag: the WeChat tag to put on the members "
                                    "(created when missing)."),
                  QStringLiteral("name"));
    commandOption(QStringLiteral("openid"),
                  QT_TRANSLATE_NOOP("CommandLine",
                                    "campaign preview: the staff member's OpenID that receives "
                                    "the test."),
                  QStringLiteral("openid"));
    commandOption(QStringLiteral("channel"),
                  QT_TRANSLATE_NOOP("CommandLine",
                                    "optout: all (default), template, custom, subscribe or mass."),
                  QStringLiteral("channel"));
    commandOption(QStringLiteral("reason"),
                  QT_TRANSLATE_NOOP("CommandLine", "optout: why; kept in the audit log."),
                  QStringLiteral("text"));
    commandOption(QStringLiteral("json"),
                  QT_TRANSLATE_NOOP("CommandLine", "Print machine-readable JSON."), QString());
    m_parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate(
            "CommandLine",
            "A headless command:\naccount add --kind oa|mp --appid ID --name NAME "
            "[--api-base URL] [--proxy URL] --secret-stdin\naccount edit --appid ID "
            "[--name NAME] [--api-base URL] [--proxy URL] [--secret-stdin]\naccount "
            "list [--json]\naccount test --appid ID\naccount remove --appid ID\nsync followers "
            "--appid ID\nsync tags --appid ID\nimport FILE [--skip-bad-rows] "
            "[--report FILE]\nlookup TEXT [--json]\nidentity rebuild\nsegment count --definition "
            "FILE\nsegment save --name NAME --definition FILE\nsegment list [--json]\nsegment "
            "refresh NAME\nsegment export NAME --csv OUT.csv\nsegment push-tag NAME --appid ID "
            "--tag TAG\ncampaign create --definition FILE\ncampaign list [--json]\ncampaign "
            "preview ID --openid OPENID\ncampaign start ID\ncampaign run ID\ncampaign status "
            "ID [--json]\ncampaign pause|resume|cancel|resend-unknown ID\noptout add|remove TEXT "
            "[--channel C] --reason R\noptout list TEXT"),
        QStringLiteral("[command]"));
}

void CommandLine::process(const QCoreApplication &app)
{
    m_parser.process(app);
}
