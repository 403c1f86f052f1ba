#pragma once

#include "credentials/SecretStore.h"
#include "storage/DbConnection.h"
#include "util/Status.h"
#include "wechat/AppConfig.h"

#include <functional>

// What an admin does to the configured apps, keeping the database row and the keychain entry
// in step: a secret goes only to the keychain; an app is saved only if its secret was stored;
// removing an app removes its secret. Every change is in the audit log.
class AccountService
{
public:
    using Done = std::function<void(const Status &status)>;

    AccountService(DbConnection db, SecretStore &secrets, const QString &actor);

    enum class Field
    {
        Name,
        AppId,
        Secret,
        ApiBase,
        Proxy
    };
    // What is wrong with one field, in words that name it and the expected form.
    struct Problem
    {
        Field field;
        QString message;
    };

    // Every field a person typed that is missing or malformed, in the order of the form; with
    // `newSecret`, an AppSecret is required too (adding an app).
    static QList<Problem> problems(const AppConfig &app, const QString *newSecret = nullptr);
    // The first of them, or ok.
    static Status validate(const AppConfig &app);

    // Where the secrets are kept (a connection test of a stored app reads its secret there).
    SecretStore &secrets() { return m_secrets; }

    void add(const AppConfig &app, const QString &secret, QObject *context, Done done);
    // Saves the fields; replaces the secret only when `newSecret` is not empty.
    void update(const AppConfig &app, const QString &newSecret, QObject *context, Done done);
    void remove(const QString &appid, QObject *context, Done done);

private:
    // Runs `write` and its audit line in one transaction.
    Status writeAudited(const std::function<Status()> &write, const QString &action,
                        const AppConfig &app, bool secretChanged);
    Status audit(const QString &action, const AppConfig &app, bool secretChanged);

    DbConnection m_db;
    SecretStore &m_secrets;
    QString m_actor;
};
