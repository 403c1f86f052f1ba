#include "CredentialSecrets.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>

QString CredentialSecrets::fileName(const QString &appid)
{
    return QStringLiteral("wxops-appsecret-") + appid;
}

void CredentialSecrets::readSecret(const QString &appid, QObject *context,
                                   std::function<void(const QString &, const QString &)> done)
{
    // An AppID is letters and digits: never a path of its own.
    static const QRegularExpression kAppid(QStringLiteral("^[A-Za-z0-9]{1,64}$"));
    QFile file(QDir(m_directory).filePath(fileName(appid)));
    if (m_directory.isEmpty() || !kAppid.match(appid).hasMatch() || !file.exists())
        return m_fallback.readSecret(appid, context, std::move(done));
    QString secret;
    QString error;
    if (file.open(QIODevice::ReadOnly))
        secret = QString::fromUtf8(file.read(4096)).trimmed();
    if (secret.isEmpty())
        error = QStringLiteral("the credential %1 is empty or unreadable").arg(file.fileName());
    QTimer::singleShot(0, context, [secret, error, done] { done(secret, error); });
}
