#include "AppSession.h"

#include "ConsoleContext.h"
#include "credentials/MemorySecrets.h"
#include "storage/Database.h"
#include "wechat/WechatClient.h"
#include "WorkerSecrets.h"

AppSession::AppSession(const ConsoleContext &context, const AppConfig &app,
                       std::shared_ptr<MemorySecrets> secrets)
    : m_app(app), m_secrets(std::move(secrets)),
      m_client(std::make_unique<WechatClient>(app, *m_secrets)),
      m_work(std::make_unique<FollowerHousekeeping>(context.database.connections().connection(),
                                                    app.appid, *m_client))
{
}

AppSession::~AppSession() = default;

void AppSession::open(const ConsoleContext &context, const AppConfig &app, QObject *receiver,
                      std::function<void(const std::shared_ptr<AppSession> &)> ready,
                      std::function<void(const QString &message)> failed)
{
    readSecretsForWorker(
        context.secrets, {app.appid}, receiver,
        [context, app, ready](const std::shared_ptr<MemorySecrets> &secrets) {
            ready(std::make_shared<AppSession>(context, app, secrets));
        },
        [failed](const QString &, const QString &message) { failed(message); });
}
