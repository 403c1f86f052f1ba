#pragma once

#include "ApiRequest.h"
#include "ApiResult.h"
#include "AppConfig.h"
#include "RetryPolicy.h"

#include <functional>
#include <QObject>
#include <QPointer>
#include <QQueue>

class AccessTokenManager;
class Clock;
class SecretSource;

// The client for one app: every call goes through it, so it can hold the app's token and keep
// at most maxInFlight calls on the wire (default 8); the rest wait in order.
class WechatClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ApiResult &result)>;

    WechatClient(const AppConfig &app, SecretSource &secrets, QObject *parent = nullptr);
    WechatClient(const AppConfig &app, SecretSource &secrets, Clock &clock,
                 const RetryPolicy &policy, QObject *parent = nullptr);

    const AppConfig &app() const { return m_app; }
    AccessTokenManager &tokens() { return *m_tokens; }
    const RetryPolicy &retryPolicy() const { return m_policy; }

    void setMaxInFlight(int calls);
    int maxInFlight() const { return m_maxInFlight; }
    int inFlight() const { return m_inFlight; }

    // Queues a call; `done` runs in this client's thread unless `context` is gone by then.
    void call(const ApiRequest &request, QObject *context, Done done);

    // Fetches a token: the "Test connection" of Settings → Accounts.
    void testConnection(QObject *context, std::function<void(const ApiError &error)> done);

private:
    struct Pending
    {
        ApiRequest request;
        QPointer<QObject> context;
        Done done;
    };
    void pump();

    AppConfig m_app;
    RetryPolicy m_policy;
    AccessTokenManager *m_tokens;
    QQueue<Pending> m_queue;
    int m_maxInFlight = 8;
    int m_inFlight = 0;
    quint64 m_callCount = 0;
};
