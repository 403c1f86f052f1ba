#pragma once

#include "wechat/SecretSource.h"

#include <QHash>
#include <QTimer>

// Secrets held by the test itself, answered asynchronously like the keychain, for client
// tests that are not about the keychain.
class FixedSecrets : public SecretSource
{
public:
    void set(const QString &appid, const QString &secret) { m_secrets.insert(appid, secret); }
    int reads() const { return m_reads; }

    void readSecret(const QString &appid, QObject *context,
                    std::function<void(const QString &, const QString &)> done) override
    {
        ++m_reads;
        const QString secret = m_secrets.value(appid);
        QTimer::singleShot(0, context, [secret, done] {
            done(secret, secret.isEmpty() ? QStringLiteral("no secret stored") : QString());
        });
    }

private:
    QHash<QString, QString> m_secrets;
    int m_reads = 0;
};
