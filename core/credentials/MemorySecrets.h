#pragma once

#include "wechat/SecretSource.h"

#include <QHash>
#include <QMutex>
#include <QTimer>

// Secrets already read from the keychain, handed to work on another thread: QtKeychain's
// jobs must run on the thread that owns the keychain connection (the GUI thread), so the
// GUI reads them first. Held in memory only, for the life of the job.
class MemorySecrets : public SecretSource
{
public:
    void set(const QString &appid, const QString &secret)
    {
        QMutexLocker lock(&m_mutex);
        m_secrets.insert(appid, secret);
    }

    void readSecret(const QString &appid, QObject *context,
                    std::function<void(const QString &, const QString &)> done) override
    {
        QString secret;
        {
            QMutexLocker lock(&m_mutex);
            secret = m_secrets.value(appid);
        }
        QTimer::singleShot(0, context, [secret, done] {
            done(secret, secret.isEmpty() ? QStringLiteral("no AppSecret stored") : QString());
        });
    }

private:
    QMutex m_mutex;
    QHash<QString, QString> m_secrets;
};
