#include "WorkerSecrets.h"

#include "credentials/MemorySecrets.h"
#include "credentials/SecretStore.h"

namespace {
struct Reading
{
    SecretStore &keychain;
    QStringList appids;
    QObject *context;
    std::function<void(const std::shared_ptr<MemorySecrets> &)> ready;
    std::function<void(const QString &, const QString &)> failed;
    std::shared_ptr<MemorySecrets> secrets = std::make_shared<MemorySecrets>();
};

void readNext(const std::shared_ptr<Reading> &reading, int next)
{
    if (next >= reading->appids.size())
        return reading->ready(reading->secrets);
    const QString appid = reading->appids.at(next);
    reading->keychain.read(SecretStore::appSecretKey(appid), reading->context,
                           [reading, next, appid](const SecretStore::Reply &reply) {
                               if (!reply.ok())
                                   return reading->failed(appid, reply.message);
                               reading->secrets->set(appid, reply.secret);
                               readNext(reading, next + 1);
                           });
}
} // namespace

void readSecretsForWorker(SecretStore &keychain, const QStringList &appids, QObject *context,
                          std::function<void(const std::shared_ptr<MemorySecrets> &secrets)> ready,
                          std::function<void(const QString &appid, const QString &message)> failed)
{
    readNext(std::make_shared<Reading>(
                 Reading{keychain, appids, context, std::move(ready), std::move(failed)}),
             0);
}
