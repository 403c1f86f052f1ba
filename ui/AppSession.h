#pragma once

#include "people/FollowerHousekeeping.h"
#include "wechat/AppConfig.h"

#include <functional>
#include <memory>

struct ConsoleContext;
class MemorySecrets;
class QObject;
class WechatClient;

// One app ready for WeChat calls from the GUI thread: its secret read from the keychain into
// memory, a client, and (for an Official Account) the housekeeping over it. Shared by the
// dialogs that use it, gone with the last of them.
class AppSession
{
public:
    AppSession(const ConsoleContext &context, const AppConfig &app,
               std::shared_ptr<MemorySecrets> secrets);
    ~AppSession();

    // Reads the app's secret, then calls `ready`; `failed` gets the keychain's words. Nothing
    // is called once `receiver` is gone.
    static void open(const ConsoleContext &context, const AppConfig &app, QObject *receiver,
                     std::function<void(const std::shared_ptr<AppSession> &)> ready,
                     std::function<void(const QString &message)> failed);

    const AppConfig &app() const { return m_app; }
    FollowerHousekeeping &housekeeping() { return *m_work; }
    WechatClient &client() { return *m_client; }

private:
    AppConfig m_app;
    std::shared_ptr<MemorySecrets> m_secrets;
    std::unique_ptr<WechatClient> m_client;
    std::unique_ptr<FollowerHousekeeping> m_work;
};
