#pragma once

#include "wechat/SecretSource.h"

#include <functional>
#include <QObject>
#include <QString>

// Secrets in the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager) through
// QtKeychain's async jobs. Keys are namespaced "<service>/<kind>/<id>", e.g. wxops/appsecret/wx123.
// There is no insecure fallback: when no keychain is available, saving fails and says so.
class SecretStore : public SecretSource
{
public:
    enum class Outcome
    {
        Ok,
        NotFound,
        NoKeychain,
        AccessDenied,
        Failed
    };

    struct Reply
    {
        Outcome outcome = Outcome::Ok;
        QString secret;  // for reads
        QString message; // what to do, when not Ok
        bool ok() const { return outcome == Outcome::Ok; }
    };
    using Done = std::function<void(const Reply &reply)>;

    explicit SecretStore(const QString &service = QStringLiteral("wxops"));

    static QString appSecretKey(const QString &appid);
    static QString databasePasswordKey(const QString &databaseUrl);

    void write(const QString &key, const QString &secret, QObject *context, Done done);
    void read(const QString &key, QObject *context, Done done);
    void remove(const QString &key, QObject *context, Done done);

    // SecretSource: the AppSecret of `appid`.
    void readSecret(const QString &appid, QObject *context,
                    std::function<void(const QString &secret, const QString &error)> done) override;

    // Blocking helpers for the headless commands (they spin a local event loop).
    Reply writeAndWait(const QString &key, const QString &secret);
    Reply readAndWait(const QString &key);
    Reply removeAndWait(const QString &key);

private:
    QString m_service;
};
