#pragma once

#include "storage/DbConnection.h"
#include "util/Status.h"
#include "wechat/AppConfig.h"

#include <optional>
#include <QList>

// The configured WeChat apps (table `apps`). Never holds a secret.
class AppRepository
{
public:
    explicit AppRepository(DbConnection db) : m_db(db) {}

    QList<AppConfig> all(Status *status = nullptr) const;
    std::optional<AppConfig> find(const QString &appid, Status *status = nullptr) const;
    // The row id of an app (the key other tables use), 0 when it is not configured.
    qint64 rowId(const QString &appid, Status *status = nullptr) const;
    Status insert(const AppConfig &app);
    Status update(const AppConfig &app); // by appid
    Status remove(const QString &appid);

private:
    DbConnection m_db;
};
