#pragma once

#include "storage/DbConnection.h"
#include "util/Status.h"
#include "wechat/ApiTypes.h"

#include <functional>
#include <QObject>

class WechatClient;

// The Official Account's template message templates, kept in WeChat: listed with the fields
// each one's content names, added from the industry library by short id, deleted; each change
// audited.
class TemplateLibrary : public QObject
{
    Q_OBJECT
public:
    TemplateLibrary(DbConnection db, WechatClient &client, QObject *parent = nullptr);

    void list(std::function<void(const Status &, const QList<MessageTemplate> &)> done);
    void add(const QString &shortId, std::function<void(const Status &, const QString &id)> done);
    void remove(const QString &templateId, std::function<void(const Status &)> done);

private:
    Status record(const QString &action, const QString &templateId, const QJsonObject &details);

    DbConnection m_db;
    WechatClient &m_client;
};
