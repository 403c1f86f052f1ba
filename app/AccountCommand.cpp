#include "AccountCommand.h"

#include "accounts/AccountService.h"
#include "CommandLine.h"
#include "CommandOutput.h"
#include "CommandRegistry.h"
#include "credentials/SecretStore.h"
#include "storage/AppRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "wechat/AccessTokenManager.h"
#include "wechat/WechatClient.h"

#include <cstdio>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace CommandOutput;

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommand)
};

// Reads one line from standard input: the secret never appears in argv or the shell history.
QString readSecretFromStdin()
{
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

Status waitFor(const std::function<void(QObject *, AccountService::Done)> &start)
{
    QObject context;
    Status result = Status::ok();
    waitUntil([&](std::function<void()> quit) {
        start(&context, [&result, quit](const Status &status) {
            result = status;
            quit();
        });
    });
    return result;
}

// Applies the options given on the command line over `app`.
void applyOptions(const CommandLine &cl, AppConfig *app)
{
    if (cl.isSet(QStringLiteral("name")))
        app->name = cl.value(QStringLiteral("name"));
    if (cl.isSet(QStringLiteral("api-base")))
        app->apiBase = QUrl(cl.value(QStringLiteral("api-base")));
    if (cl.isSet(QStringLiteral("proxy")))
        app->proxy = QUrl(cl.value(QStringLiteral("proxy")));
}

int add(const CommandLine &cl, AccountService &service)
{
    AppConfig app;
    app.appid = cl.value(QStringLiteral("appid"));
    if (!AppConfig::kindFromCode(cl.value(QStringLiteral("kind")), &app.kind))
        return fail(Text::tr("account add needs --kind oa or --kind mp."), 64);
    applyOptions(cl, &app);
    if (!cl.isSet(QStringLiteral("secret-stdin")))
        return fail(
            Text::tr("account add needs --secret-stdin, with the AppSecret on standard input."),
            64);
    const QString secret = readSecretFromStdin();
    const Status status = waitFor(
        [&](QObject *ctx, AccountService::Done done) { service.add(app, secret, ctx, done); });
    if (!status.isOk())
        return fail(status.message());
    out() << Text::tr("added %1 (%2); its AppSecret is in the system keychain")
                 .arg(app.appid, app.name)
          << Qt::endl;
    return 0;
}

int edit(const CommandLine &cl, AccountService &service, AppRepository &apps)
{
    const QString appid = cl.value(QStringLiteral("appid"));
    std::optional<AppConfig> app = apps.find(appid);
    if (!app)
        return fail(Text::tr("No app with AppID %1 is configured.").arg(appid));
    applyOptions(cl, &*app);
    const QString secret =
        cl.isSet(QStringLiteral("secret-stdin")) ? readSecretFromStdin() : QString();
    if (cl.isSet(QStringLiteral("secret-stdin")) && secret.isEmpty())
        return fail(Text::tr("--secret-stdin was given but standard input held no secret."), 64);
    const Status status = waitFor(
        [&](QObject *ctx, AccountService::Done done) { service.update(*app, secret, ctx, done); });
    if (!status.isOk())
        return fail(status.message());
    out() << Text::tr("updated %1%2")
                 .arg(appid, secret.isEmpty() ? QString() : Text::tr("; AppSecret replaced"))
          << Qt::endl;
    return 0;
}

int list(const CommandLine &cl, AppRepository &apps, SecretStore &secrets)
{
    Status status = Status::ok();
    const QList<AppConfig> all = apps.all(&status);
    if (!status.isOk())
        return fail(status.message());
    QJsonArray json;
    for (const AppConfig &app : all) {
        const SecretStore::Reply secret = secrets.readAndWait(SecretStore::appSecretKey(app.appid));
        const QString secretState = secret.ok() ? QStringLiteral("stored")
                                    : secret.outcome == SecretStore::Outcome::NotFound
                                        ? QStringLiteral("missing")
                                        : QStringLiteral("unavailable");
        json.append(QJsonObject{{QStringLiteral("appid"), app.appid},
                                {QStringLiteral("kind"), AppConfig::kindCode(app.kind)},
                                {QStringLiteral("name"), app.name},
                                {QStringLiteral("api_base"), app.effectiveApiBase().toString()},
                                {QStringLiteral("proxy"), app.proxy.toString()},
                                {QStringLiteral("secret"), secretState}});
    }
    if (cl.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (json.isEmpty())
        out() << Text::tr(
                     "No apps configured. Add one with: wxops account add --kind oa --appid ID "
                     "--name NAME --secret-stdin")
              << Qt::endl;
    for (const QJsonValue &v : std::as_const(json)) {
        const QJsonObject o = v.toObject();
        out() << o.value(QStringLiteral("kind")).toString() << '\t'
              << o.value(QStringLiteral("appid")).toString() << '\t'
              << o.value(QStringLiteral("name")).toString() << '\t'
              << o.value(QStringLiteral("api_base")).toString() << '\t'
              << (o.value(QStringLiteral("proxy")).toString().isEmpty()
                      ? QStringLiteral("-")
                      : o.value(QStringLiteral("proxy")).toString())
              << '\t' << Text::tr("secret %1").arg(o.value(QStringLiteral("secret")).toString())
              << Qt::endl;
    }
    return 0;
}

int test(const CommandLine &cl, AppRepository &apps, SecretStore &secrets)
{
    const QString appid = cl.value(QStringLiteral("appid"));
    const std::optional<AppConfig> app = apps.find(appid);
    if (!app)
        return fail(Text::tr("No app with AppID %1 is configured.").arg(appid));
    WechatClient client(*app, secrets);
    QObject context;
    ApiError result;
    waitUntil([&](std::function<void()> quit) {
        client.testConnection(&context, [&result, quit](const ApiError &error) {
            result = error;
            quit();
        });
    });
    if (!result.ok())
        return fail(result.userMessage(*app), 2);
    out() << Text::tr("connected: %1 obtained an access token from %2")
                 .arg(appid, app->effectiveApiBase().toString())
          << Qt::endl;
    return 0;
}

int remove(const CommandLine &cl, AccountService &service)
{
    const QString appid = cl.value(QStringLiteral("appid"));
    const Status status =
        waitFor([&](QObject *ctx, AccountService::Done done) { service.remove(appid, ctx, done); });
    if (!status.isOk())
        return fail(status.message());
    out() << Text::tr("removed %1 and its AppSecret").arg(appid) << Qt::endl;
    return 0;
}
} // namespace

int runAccountCommand(const QStringList &arguments, const CommandLine &cl, Database &database)
{
    const QString verb = arguments.value(1);
    DbConnection db = database.connections().connection();
    SecretStore secrets;
    AccountService service(db, secrets, AuditLog::currentActor());
    AppRepository apps(db);
    const bool needsAppid = verb != QStringLiteral("list");
    if (needsAppid && cl.value(QStringLiteral("appid")).isEmpty() && !verb.isEmpty())
        return fail(Text::tr("account %1 needs --appid.").arg(verb), 64);
    if (verb == QStringLiteral("add"))
        return add(cl, service);
    if (verb == QStringLiteral("edit"))
        return edit(cl, service, apps);
    if (verb == QStringLiteral("list"))
        return list(cl, apps, secrets);
    if (verb == QStringLiteral("test"))
        return test(cl, apps, secrets);
    if (verb == QStringLiteral("remove"))
        return remove(cl, service);
    return fail(Text::tr("account needs one of: add, edit, list, test, remove. See wxops --help."),
                64);
}

Command accountCommand()
{
    return {
        QStringLiteral("account"),
        QCoreApplication::translate(
            "CommandLine", "Add, edit, test, list and remove the WeChat apps (the Accounts page)."),
        QStringLiteral("account add --kind oa|mp --appid ID --name NAME [--api-base URL] [--proxy "
                       "URL] --secret-stdin\naccount edit --appid ID [--name NAME] [--api-base "
                       "URL] [--proxy URL] [--secret-stdin]\naccount list [--json]\naccount test "
                       "--appid ID\naccount remove --appid ID"),
        {
            CommonOptions::appid(),
            QCommandLineOption(
                QStringLiteral("kind"),
                QCoreApplication::translate("CommandLine",
                                            "account: oa (Official Account) or mp (Mini Program)."),
                QStringLiteral("kind")),
            QCommandLineOption(
                QStringLiteral("name"),
                QCoreApplication::translate("CommandLine", "account: a name for the app."),
                QStringLiteral("name")),
            QCommandLineOption(QStringLiteral("api-base"),
                               QCoreApplication::translate(
                                   "CommandLine", "account: API base URL (e.g. a fixed-IP "
                                                  "gateway); default https://api.weixin.qq.com."),
                               QStringLiteral("url")),
            QCommandLineOption(
                QStringLiteral("proxy"),
                QCoreApplication::translate("CommandLine",
                                            "account: HTTP or SOCKS5 proxy URL; empty for none."),
                QStringLiteral("url")),
            QCommandLineOption(QStringLiteral("secret-stdin"),
                               QCoreApplication::translate(
                                   "CommandLine", "account: read the AppSecret from standard input "
                                                  "(never from the command line).")),
            CommonOptions::json(),
        },
        &runAccountCommand};
}
