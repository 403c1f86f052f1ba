#include "CommandLine.h"

#include <cstdio>
#include <cstdlib>
#include <QCoreApplication>
#include <QTextStream>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

const QStringList kGlobalsWithValue{QStringLiteral("database"), QStringLiteral("lang")};

// The name of an option argument ("--appid=x" → "appid"), or empty for a positional one.
QString optionName(const QString &argument)
{
    if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-"))
        return QString();
    QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
    return name.left(name.indexOf(QLatin1Char('=')) < 0 ? name.size()
                                                        : name.indexOf(QLatin1Char('=')));
}

bool takesValue(const QString &argument)
{
    if (argument.contains(QLatin1Char('=')))
        return false; // the value is in the same argument
    const QString name = optionName(argument);
    return kGlobalsWithValue.contains(name) || CommandRegistry::optionTakesValue(name);
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// --help, --version, or an option that is not a global one (which only the parser can judge:
// it is refused without opening a window).
bool needsParserFirst(const QStringList &arguments)
{
    static const QStringList kGlobals{QStringLiteral("database"), QStringLiteral("lang"),
                                      QStringLiteral("verbose")};
    for (const QString &argument : arguments.mid(1)) {
        const QString name = optionName(argument);
        if (!name.isEmpty() && !kGlobals.contains(name))
            return true;
    }
    return false;
}
} // namespace

QString CommandLine::commandWord(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (optionName(argument).isEmpty())
            return argument;
        if (takesValue(argument))
            ++i;
    }
    return QString();
}

bool CommandLine::wantsWindow(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    return commandWord(arguments).isEmpty() && !needsParserFirst(arguments);
}

QString CommandLine::preScanLanguage(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return QString();
}

CommandLine::CommandLine()
    : m_database(QStringLiteral("database"),
                 Text::tr("The database to open: sqlite:/path/file.db or "
                          "postgresql://user@host:port/db (password from ~/.pgpass). Default: a "
                          "SQLite file in the application data folder."),
                 QStringLiteral("url")),
      m_language(QStringLiteral("lang"),
                 Text::tr("The interface language: zh_CN or en. Default: the system language."),
                 QStringLiteral("language")),
      m_verbose(QStringLiteral("verbose"), Text::tr("Log debug details of every module.")),
      m_help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Displays help.")),
      m_version({QStringLiteral("v"), QStringLiteral("version")},
                Text::tr("Displays version information."))
{
    m_parser.addOption(m_database);
    m_parser.addOption(m_language);
    m_parser.addOption(m_verbose);
    m_parser.addOption(m_help);
    m_parser.addOption(m_version);
}

void CommandLine::process(const QCoreApplication &app)
{
    const QStringList arguments = app.arguments();
    const QString word = commandWord(arguments);
    if (word == QLatin1String("help")) {
        // `wxops help` lists the commands; `wxops help COMMAND` is `wxops COMMAND --help`.
        const int at = int(arguments.indexOf(word));
        const QString topic = at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
        if (topic.isEmpty()) {
            QTextStream(stdout) << commandList();
            std::exit(0);
        }
        m_command = CommandRegistry::find(topic);
        if (m_command.name.isEmpty())
            usageError(Text::tr("unknown command \"%1\". See wxops help.").arg(topic));
        QTextStream(stdout) << commandHelp(m_command);
        std::exit(0);
    }
    if (!word.isEmpty()) {
        m_command = CommandRegistry::find(word);
        if (m_command.name.isEmpty())
            usageError(Text::tr("unknown command \"%1\". See wxops help.").arg(word));
        m_parser.addOptions(m_command.options);
    }
    m_parser.setApplicationDescription(
        m_command.name.isEmpty()
            ? Text::tr("wxops: the operations console for a WeChat Official Account and Mini "
                       "Program. Without a command it opens the window.")
            : m_command.summary);
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   m_command.name.isEmpty()
                                       ? Text::tr("A headless command (wxops help lists them).")
                                       : m_command.usage,
                                   QStringLiteral("[command]"));
    if (!m_parser.parse(arguments)) {
        for (const QString &unknown : m_parser.unknownOptionNames()) {
            const QStringList owners = CommandRegistry::commandsWithOption(unknown);
            if (owners.isEmpty())
                continue;
            usageError(
                m_command.name.isEmpty()
                    ? Text::tr("--%1 belongs to a command: wxops %2 --help says how.")
                          .arg(unknown, owners.join(QStringLiteral("|")))
                    : Text::tr("--%1 is not an option of \"%2\"; it belongs to \"%3\". "
                               "See wxops %2 --help.")
                          .arg(unknown, m_command.name, owners.join(QStringLiteral("\", \""))));
        }
        usageError(m_parser.errorText());
    }
    if (m_parser.isSet(m_version)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << Qt::endl;
        std::exit(0);
    }
    if (m_parser.isSet(m_help))
        showHelp();
}

void CommandLine::usageError(const QString &text) const
{
    QTextStream(stderr) << QStringLiteral("wxops: ") << text << Qt::endl;
    std::exit(64); // EX_USAGE
}

void CommandLine::showHelp() const
{
    QTextStream out(stdout);
    out << m_parser.helpText();
    if (m_command.name.isEmpty())
        out << Qt::endl << commandList();
    out.flush(); // std::exit runs no destructor of this frame
    std::exit(0);
}

QString CommandLine::commandHelp(const Command &command) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary);
    parser.addOptions(command.options);
    parser.addPositionalArgument(QStringLiteral("command"), command.usage,
                                 QStringLiteral("[command]"));
    return parser.helpText();
}

QString CommandLine::commandList() const
{
    QString text = Text::tr("Commands (wxops COMMAND --help tells more):") + QLatin1Char('\n');
    for (const Command &command : CommandRegistry::all())
        text += QStringLiteral("  %1  %2\n").arg(command.name, -10).arg(command.summary);
    return text;
}
