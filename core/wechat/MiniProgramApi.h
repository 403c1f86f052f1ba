#pragma once

#include "ApiResult.h"

#include <functional>
#include <QByteArray>
#include <QJsonObject>

class QObject;
class WechatClient;

// Links into the Mini Program for OA articles, menus and messages.
class MiniProgramApi
{
public:
    explicit MiniProgramApi(WechatClient &client) : m_client(client) {}

    // body: {path, query, expire_type, expire_interval | expire_time}; value: the url_link.
    void urlLink(const QJsonObject &body, QObject *context,
                 std::function<void(const Result<QString> &)> done);
    // body: {jump_wxa:{path, query}, expire_type, ...}; value: the weixin:// openlink.
    void scheme(const QJsonObject &body, QObject *context,
                std::function<void(const Result<QString> &)> done);
    // body: {scene, page, width}; value: the PNG bytes (errors come back as JSON).
    void unlimitedCode(const QJsonObject &body, QObject *context,
                       std::function<void(const Result<QByteArray> &)> done);

private:
    WechatClient &m_client;
};
