#include "AccountService.h"

#include "storage/AppRepository.h"
#include "storage/AuditLog.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)
};

bool isUrlWithScheme(const QUrl &url, const QStringList &schemes)
{
    return url.isValid() && schemes.contains(url.scheme()) && !url.host().isEmpty();
}
} // namespace

AccountService::AccountService(DbConnection db, SecretStore &secrets, const QString &actor)
    : m_db(db), m_secrets(secrets), m_actor(actor)
{
}

QList<AccountService::Problem> AccountService::problems(const AppConfig &app,
                                                        const QString *newSecret)
{
    QList<Problem> found;
    if (app.name.trimmed().isEmpty())
        found.append({Field::Name, Text::tr("Give the app a name, so people can tell the accounts "
                                            "apart.")});
    static const QRegularExpression appidPattern(QStringLiteral("^wx[0-9A-Za-z]{8,30}$"));
    if (app.appid.trimmed().isEmpty())
        found.append({Field::AppId, Text::tr("The AppID is required: mp.weixin.qq.com shows it "
                                             "under Settings and Development → Basic "
                                             "Configuration.")});
    else if (!appidPattern.match(app.appid).hasMatch())
        found.append(
            {Field::AppId, Text::tr("The AppID \"%1\" does not look like a WeChat AppID: it starts "
                                    "with \"wx\" followed by letters and digits (e.g. "
                                    "wx1234567890abcdef).")
                               .arg(app.appid)});
    if (newSecret && newSecret->trimmed().isEmpty())
        found.append(
            {Field::Secret, Text::tr("Enter the AppSecret: wxops needs it to get access tokens.")});
    if (!app.apiBase.isEmpty() &&
        !isUrlWithScheme(app.apiBase, {QStringLiteral("https"), QStringLiteral("http")}))
        found.append({Field::ApiBase, Text::tr("The API address must be an http(s) URL, e.g. "
                                               "https://wechat-gateway.example.com, or empty for "
                                               "api.weixin.qq.com.")});
    if (!app.proxy.isEmpty() &&
        !isUrlWithScheme(app.proxy, {QStringLiteral("http"), QStringLiteral("socks5")}))
        found.append({Field::Proxy, Text::tr("The proxy must be http://host:port or "
                                             "socks5://host:port, or empty.")});
    else if (!app.proxy.password().isEmpty())
        found.append({Field::Proxy, Text::tr("Do not put a password in the proxy address: it "
                                             "would be stored in the database.")});
    return found;
}

Status AccountService::validate(const AppConfig &app)
{
    const QList<Problem> found = problems(app);
    return found.isEmpty() ? Status::ok() : Status::failure(found.constFirst().message);
}

Status AccountService::writeAudited(const std::function<Status()> &write, const QString &action,
                                    const AppConfig &app, bool secretChanged)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    WX_TRY(write());
    WX_TRY(audit(action, app, secretChanged));
    return transaction.commit();
}

Status AccountService::audit(const QString &action, const AppConfig &app, bool secretChanged)
{
    return AuditLog(m_db).record(m_actor, action, QStringLiteral("app:%1").arg(app.appid),
                                 {{QStringLiteral("kind"), AppConfig::kindCode(app.kind)},
                                  {QStringLiteral("name"), app.name},
                                  {QStringLiteral("api_base"), app.apiBase.toString()},
                                  {QStringLiteral("proxy"), app.proxy.toString()},
                                  {QStringLiteral("secret_changed"), secretChanged}});
}

void AccountService::add(const AppConfig &app, const QString &secret, QObject *context, Done done)
{
    const QList<Problem> found = problems(app, &secret);
    Status valid = found.isEmpty() ? Status::ok() : Status::failure(found.constFirst().message);
    if (valid.isOk() && AppRepository(m_db).find(app.appid))
        valid = Status::failure(Text::tr("The AppID %1 is already configured.").arg(app.appid));
    if (!valid.isOk()) {
        done(valid);
        return;
    }
    const QString key = SecretStore::appSecretKey(app.appid);
    m_secrets.write(key, secret.trimmed(), context,
                    [this, app, key, context, done](const SecretStore::Reply &reply) {
                        if (!reply.ok()) {
                            done(Status::failure(reply.message));
                            return;
                        }
                        const Status inserted =
                            writeAudited([&] { return AppRepository(m_db).insert(app); },
                                         QStringLiteral("app.add"), app, true);
                        if (!inserted.isOk()) // the row is not there: neither is its secret
                            m_secrets.remove(key, context, [](const SecretStore::Reply &) {});
                        done(inserted);
                    });
}

void AccountService::update(const AppConfig &app, const QString &newSecret, QObject *context,
                            Done done)
{
    const Status valid = validate(app);
    if (!valid.isOk()) {
        done(valid);
        return;
    }
    if (!AppRepository(m_db).find(app.appid)) {
        done(Status::failure(Text::tr("No app with AppID %1 is configured.").arg(app.appid)));
        return;
    }
    auto saveRow = [this, app, done](bool secretChanged) {
        done(writeAudited([&] { return AppRepository(m_db).update(app); },
                          QStringLiteral("app.update"), app, secretChanged));
    };
    if (newSecret.trimmed().isEmpty()) {
        saveRow(false);
        return;
    }
    m_secrets.write(SecretStore::appSecretKey(app.appid), newSecret.trimmed(), context,
                    [saveRow, done](const SecretStore::Reply &reply) {
                        if (!reply.ok()) {
                            done(Status::failure(reply.message));
                            return;
                        }
                        saveRow(true);
                    });
}

void AccountService::remove(const QString &appid, QObject *context, Done done)
{
    const std::optional<AppConfig> app = AppRepository(m_db).find(appid);
    if (!app) {
        done(Status::failure(Text::tr("No app with AppID %1 is configured.").arg(appid)));
        return;
    }
    m_secrets.remove(SecretStore::appSecretKey(appid), context,
                     [this, app, done](const SecretStore::Reply &reply) {
                         // A secret that is already gone is fine; a keychain that cannot be reached
                         // is not.
                         if (!reply.ok() && reply.outcome != SecretStore::Outcome::NotFound) {
                             done(Status::failure(reply.message));
                             return;
                         }
                         done(writeAudited([&] { return AppRepository(m_db).remove(app->appid); },
                                           QStringLiteral("app.remove"), *app, true));
                     });
}
