#pragma once

#include <functional>
#include <memory>
#include <QStringList>

class MemorySecrets;
class QObject;
class SecretStore;

// The one way a background job gets AppSecrets: they are read from the keychain here, in the
// GUI thread (QtKeychain's jobs must stay on the thread that owns its connection), one app
// after another, and travel to the worker in memory only. `ready` gets them all; the first
// failure calls `failed` with its app and the keychain's words instead. Nothing is called once
// `context` is gone.
void readSecretsForWorker(SecretStore &keychain, const QStringList &appids, QObject *context,
                          std::function<void(const std::shared_ptr<MemorySecrets> &secrets)> ready,
                          std::function<void(const QString &appid, const QString &message)> failed);
