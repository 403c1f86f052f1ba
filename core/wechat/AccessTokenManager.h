#pragma once

#include "ApiError.h"
#include "AppConfig.h"
#include "RetryPolicy.h"

#include <functional>
#include <QList>
#include <QObject>
#include <QPointer>

class Clock;
class SecretSource;

// Keeps one app's access token. Only POST /cgi-bin/stable_token is used, never /cgi-bin/token
// (which would invalidate the company backend's token). However many calls wait, one fetch
// runs at a time (single-flight). The token is refreshed ahead of expiry, in the background,
// and a token WeChat rejected is dropped so the next call fetches a fresh one.
class AccessTokenManager : public QObject
{
    Q_OBJECT
public:
    using TokenCallback = std::function<void(const QString &token, const ApiError &error)>;

    AccessTokenManager(const AppConfig &app, SecretSource &secrets, const RetryPolicy &policy,
                       Clock &clock, QObject *parent = nullptr);

    // Calls back with a valid token (at once when one is held) or with why none could be had.
    // Nothing is called if `context` is destroyed first.
    void withToken(QObject *context, TokenCallback callback);
    // Drops `token` if it is still the current one (a call was told it is invalid or expired).
    void invalidate(const QString &token);
    // Forgets any held token, so the next call fetches one (Test connection).
    void forget() { invalidate(m_token); }

    int fetchCount() const { return m_fetchCount; }
    bool hasValidToken() const;

signals:
    void tokenFetched(qint64 expiresAtMsecs);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        TokenCallback callback;
    };

    void fetch();
    void onFetched(const QString &token, qint64 expiresInSeconds, const ApiError &error);

    AppConfig m_app;
    SecretSource &m_secrets;
    RetryPolicy m_policy;
    Clock &m_clock;
    QString m_token;
    qint64 m_expiresAtMsecs = 0;
    qint64 m_refreshAheadAtMsecs = 0;
    bool m_fetching = false;
    int m_fetchCount = 0;
    QList<Waiter> m_waiters;
};
