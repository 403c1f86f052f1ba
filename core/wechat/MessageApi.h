#pragma once

#include "ApiResult.h"
#include "ApiTypes.h"

#include <functional>

class QObject;
class WechatClient;

// Sending messages. Every send is marked as a send, so an ambiguous failure is retried only
// when the message carries WeChat's de-duplication id (client_msg_id / clientmsgid).
class MessageApi
{
public:
    explicit MessageApi(WechatClient &client) : m_client(client) {}

    static constexpr int kMassSendMin = 2;
    static constexpr int kMassSendMax = 10000;

    void templates(QObject *context,
                   std::function<void(const Result<QList<MessageTemplate>> &)> done);

    // body: {touser, template_id, data, url?, miniprogram?, client_msg_id?}; value: msgid.
    // The account's template library: a template added from the industry library by its short
    // id (for example OPENTM400231951; an account holds at most 25), or deleted.
    void addTemplate(const QString &shortId, QObject *context,
                     std::function<void(const Result<QString> &)> done);
    void deleteTemplate(const QString &templateId, QObject *context,
                        std::function<void(const ApiError &)> done);
    void sendTemplate(const QJsonObject &body, QObject *context,
                      std::function<void(const Result<qint64> &)> done);
    // body: {touser, msgtype, <msgtype>: {...}}.
    void sendCustom(const QJsonObject &body, QObject *context,
                    std::function<void(const Result<bool> &)> done);
    // body: {filter:{is_to_all, tag_id}, msgtype, ..., clientmsgid}.
    void massSendAll(const QJsonObject &body, QObject *context,
                     std::function<void(const Result<MassSendReceipt> &)> done);
    // body: {touser:[2..10000 openids], msgtype, ..., clientmsgid}; refused outside that range.
    void massSend(const QJsonObject &body, QObject *context,
                  std::function<void(const Result<MassSendReceipt> &)> done);
    void massPreview(const QJsonObject &body, QObject *context,
                     std::function<void(const Result<MassSendReceipt> &)> done);
    // Mini Program subscribe message: {touser, template_id, page?, data, miniprogram_state?,
    // lang?}.
    void sendSubscribe(const QJsonObject &body, QObject *context,
                       std::function<void(const Result<qint64> &)> done);

private:
    void massCall(const QString &path, const QJsonObject &body, QObject *context,
                  std::function<void(const Result<MassSendReceipt> &)> done);

    WechatClient &m_client;
};
