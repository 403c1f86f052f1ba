// wxops entry point: command line, translators, logging, database, and then either the
// window or a headless command. Nothing else lives here.
#include "AppPaths.h"
#include "CommandLine.h"
#include "ConsoleContext.h"
#include "credentials/SecretStore.h"
#include "DialogRunner.h"
#include "i18n/Translations.h"
#include "logging/LogCategories.h"
#include "logging/LogFile.h"
#include "MainWindow.h"
#include "storage/Database.h"
#include "wechat/ApiError.h"

#include <cstdio>
#include <memory>
#include <optional>
#include <QApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace {

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv, bool window)
{
    if (window)
        return std::make_unique<QApplication>(argc, argv);
    return std::make_unique<QCoreApplication>(argc, argv);
}

std::optional<DatabaseSpec> chooseDatabase(const QString &option, QString *error)
{
    if (option.isEmpty())
        return DatabaseSpec::sqliteFile(AppPaths::defaultDatabaseFile(), true);
    return DatabaseSpec::parse(option, error);
}

void printError(const QString &text)
{
    QTextStream(stderr) << QStringLiteral("wxops: ") << text << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    const bool window = CommandLine::wantsWindow(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("wxops"));
    QCoreApplication::setApplicationName(QStringLiteral("wxops"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WXOPS_VERSION));
    std::unique_ptr<QCoreApplication> app = createApplication(argc, argv, window);
    if (!window) // advice names the command that fixes an app, not the console's Settings
        ApiError::setAccountsAdvice(ApiError::AccountsAdvice::CommandLine);

    // --lang wins over the language chosen in Settings, which wins over the system's.
    const QString language = CommandLine::preScanLanguage(argc, argv);
    Translations::install(*app, language.isEmpty() ? Translations::savedChoice() : language);
    CommandLine commandLine;
    commandLine.process(*app);

    if (commandLine.verbose())
        QLoggingCategory::setFilterRules(QStringLiteral("wxops.*.debug=true"));
    LogFile log(AppPaths::logDir());
    log.install(/*alsoToStderr=*/commandLine.verbose());
    qCInfo(lcApp) << "wxops" << WXOPS_VERSION << "starting";

    QString error;
    const std::optional<DatabaseSpec> spec = chooseDatabase(commandLine.database(), &error);
    if (!spec) {
        printError(error);
        return 64;
    }
    Database database(*spec);
    const Status opened = database.open();
    if (!opened.isOk() && !window) {
        printError(opened.message());
        return 2;
    }
    if (commandLine.command().run)
        return commandLine.command().run(commandLine.positional(), commandLine, database);
    if (!opened.isOk()) {
        qCCritical(lcApp).noquote() << opened.message();
        DialogRunner::interactive().showError(
            nullptr, QCoreApplication::translate("main", "wxops cannot open its database"),
            opened.message());
        return 2;
    }

    SecretStore secrets;
    // Only what the window shows: PostgreSQL's grants decide what is done.
    const StatusOr<TeamAccess> access = TeamAccess::read(database.connections().connection());
    if (!access.isOk())
        qCWarning(lcApp).noquote() << "cannot read this login's team roles:"
                                   << access.status().message();
    MainWindow mainWindow(ConsoleContext{database, secrets, DialogRunner::interactive(),
                                         log.currentPath(),
                                         access.isOk() ? access.value() : TeamAccess()});
    mainWindow.show();
    return app->exec();
}
