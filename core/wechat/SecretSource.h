#pragma once

#include <functional>
#include <QObject>
#include <QString>

// Where the token manager gets an app's AppSecret when it needs a new token. The real one is
// the OS keychain (credentials/SecretStore); the secret is read per refresh, never cached.
class SecretSource
{
public:
    virtual ~SecretSource() = default;
    // Calls `done` (in `context`'s thread) with the secret, or with an empty secret and a
    // message a person can act on.
    virtual void
    readSecret(const QString &appid, QObject *context,
               std::function<void(const QString &secret, const QString &error)> done) = 0;
};
