#include "SecretStore.h"

#include "logging/LogCategories.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

QString noKeychain(const QString &detail)
{
    return Text::tr(
               "No system keychain is available (%1). wxops keeps secrets only in the keychain: "
               "start a desktop session with a keyring (e.g. GNOME Keyring or KWallet) and unlock "
               "it, then try again.")
        .arg(detail);
}

SecretStore::Reply replyFor(const QKeychain::Job &job, const QString &key)
{
    SecretStore::Reply reply;
    switch (job.error()) {
    case QKeychain::NoError:
        return reply;
    case QKeychain::EntryNotFound:
        reply.outcome = SecretStore::Outcome::NotFound;
        reply.message =
            Text::tr("No secret is stored for %1 in the system keychain. Enter it again in "
                     "Settings → Accounts (or `wxops account add ... --secret-stdin`).")
                .arg(key);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        reply.outcome = SecretStore::Outcome::NoKeychain;
        reply.message = noKeychain(job.errorString());
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        reply.outcome = SecretStore::Outcome::AccessDenied;
        reply.message =
            Text::tr("The system keychain refused access (%1). Unlock the keyring and allow "
                     "wxops to use it, then try again.")
                .arg(job.errorString());
        break;
    default:
        reply.outcome = SecretStore::Outcome::Failed;
        // libsecret reports a missing Secret Service as "OtherError" with a D-Bus message.
        if (job.errorString().contains(QStringLiteral("org.freedesktop.secrets")) ||
            job.errorString().contains(QStringLiteral("ServiceUnknown"))) {
            reply.outcome = SecretStore::Outcome::NoKeychain;
            reply.message = noKeychain(job.errorString());
        } else {
            reply.message = Text::tr("The system keychain failed: %1").arg(job.errorString());
        }
        break;
    }
    return reply;
}

template <typename JobType>
void runJob(JobType *job, const QString &key, QObject *context, SecretStore::Done done)
{
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    QObject::connect(
        job, &QKeychain::Job::finished, context, [job, key, guard, done](QKeychain::Job *) {
            if (!guard)
                return;
            SecretStore::Reply reply = replyFor(*job, key);
            if constexpr (std::is_same_v<JobType, QKeychain::ReadPasswordJob>) {
                if (reply.ok())
                    reply.secret = job->textData();
            }
            if (!reply.ok())
                qCWarning(lcCredentials).noquote() << "keychain" << key << reply.message;
            done(reply);
        });
    job->start();
}

SecretStore::Reply waitFor(const std::function<void(QObject *, SecretStore::Done)> &start)
{
    QEventLoop loop;
    SecretStore::Reply result;
    bool finished = false;
    start(&loop, [&](const SecretStore::Reply &reply) {
        result = reply;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}
} // namespace

SecretStore::SecretStore(const QString &service) : m_service(service) {}

QString SecretStore::appSecretKey(const QString &appid)
{
    return QStringLiteral("appsecret/%1").arg(appid);
}

QString SecretStore::databasePasswordKey(const QString &databaseUrl)
{
    return QStringLiteral("database/%1").arg(databaseUrl);
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setTextData(secret);
    runJob(job, key, context, done);
}

void SecretStore::read(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    runJob(job, key, context, done);
}

void SecretStore::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    runJob(job, key, context, done);
}

void SecretStore::readSecret(const QString &appid, QObject *context,
                             std::function<void(const QString &, const QString &)> done)
{
    read(appSecretKey(appid), context,
         [done](const Reply &reply) { done(reply.secret, reply.message); });
}

SecretStore::Reply SecretStore::writeAndWait(const QString &key, const QString &secret)
{
    return waitFor([&](QObject *ctx, Done done) { write(key, secret, ctx, done); });
}

SecretStore::Reply SecretStore::readAndWait(const QString &key)
{
    return waitFor([&](QObject *ctx, Done done) { read(key, ctx, done); });
}

SecretStore::Reply SecretStore::removeAndWait(const QString &key)
{
    return waitFor([&](QObject *ctx, Done done) { remove(key, ctx, done); });
}
