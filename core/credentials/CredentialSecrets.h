#pragma once

#include "wechat/SecretSource.h"

#include <QString>

// AppSecrets for `wxops service` under systemd: LoadCredentialEncrypted= decrypts each into a
// file of $CREDENTIALS_DIRECTORY (a private, memory-backed folder only the service reads),
// named wxops-appsecret-APPID. An app without such a file is asked of `fallback` (the keychain,
// where one runs). Read per request, never cached.
class CredentialSecrets : public SecretSource
{
public:
    // `directory`: $CREDENTIALS_DIRECTORY (empty: every secret comes from `fallback`).
    CredentialSecrets(const QString &directory, SecretSource &fallback)
        : m_directory(directory), m_fallback(fallback)
    {
    }

    static QString fileName(const QString &appid);

    void readSecret(const QString &appid, QObject *context,
                    std::function<void(const QString &secret, const QString &error)> done) override;

private:
    QString m_directory;
    SecretSource &m_fallback;
};
