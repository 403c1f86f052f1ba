#include "MessageApi.h"

#include "BatchCall.h"
#include "WechatClient.h"

#include <QCoreApplication>

namespace {
ApiRequest sendRequest(const QString &path, const QJsonObject &body, const QString &dedupKey)
{
    ApiRequest request = ApiRequest::post(path, body);
    request.isSend = true;
    request.hasDedupKey = !body.value(dedupKey).toString().isEmpty();
    return request;
}

bool parseMsgId(const ApiResult &r, qint64 *msgid)
{
    *msgid = r.json.value(QStringLiteral("msgid")).toInteger(0);
    return true;
}
} // namespace

void MessageApi::templates(QObject *context,
                           std::function<void(const Result<QList<MessageTemplate>> &)> done)
{
    callTyped<QList<MessageTemplate>>(
        m_client, ApiRequest::get(QStringLiteral("/cgi-bin/template/get_all_private_template")),
        context,
        [](const ApiResult &r, QList<MessageTemplate> *out) {
            if (!r.json.value(QStringLiteral("template_list")).isArray())
                return false;
            for (const QJsonValue &v : r.json.value(QStringLiteral("template_list")).toArray()) {
                const QJsonObject t = v.toObject();
                out->append({t.value(QStringLiteral("template_id")).toString(),
                             t.value(QStringLiteral("title")).toString(),
                             t.value(QStringLiteral("content")).toString(),
                             t.value(QStringLiteral("example")).toString()});
            }
            return true;
        },
        done);
}

void MessageApi::sendTemplate(const QJsonObject &body, QObject *context,
                              std::function<void(const Result<qint64> &)> done)
{
    callTyped<qint64>(m_client,
                      sendRequest(QStringLiteral("/cgi-bin/message/template/send"), body,
                                  QStringLiteral("client_msg_id")),
                      context, parseMsgId, done);
}

void MessageApi::sendCustom(const QJsonObject &body, QObject *context,
                            std::function<void(const Result<bool> &)> done)
{
    callTyped<bool>(
        m_client, sendRequest(QStringLiteral("/cgi-bin/message/custom/send"), body, QString()),
        context, [](const ApiResult &, bool *sent) { return *sent = true; }, done);
}

void MessageApi::massCall(const QString &path, const QJsonObject &body, QObject *context,
                          std::function<void(const Result<MassSendReceipt> &)> done)
{
    callTyped<MassSendReceipt>(
        m_client, sendRequest(path, body, QStringLiteral("clientmsgid")), context,
        [](const ApiResult &r, MassSendReceipt *receipt) {
            receipt->msgId = r.json.value(QStringLiteral("msg_id")).toInteger();
            receipt->msgDataId = r.json.value(QStringLiteral("msg_data_id")).toInteger();
            return true;
        },
        done);
}

void MessageApi::massSendAll(const QJsonObject &body, QObject *context,
                             std::function<void(const Result<MassSendReceipt> &)> done)
{
    massCall(QStringLiteral("/cgi-bin/message/mass/sendall"), body, context, done);
}

void MessageApi::massSend(const QJsonObject &body, QObject *context,
                          std::function<void(const Result<MassSendReceipt> &)> done)
{
    const qsizetype recipients = body.value(QStringLiteral("touser")).toArray().size();
    if (recipients < kMassSendMin || recipients > kMassSendMax) {
        done({ApiError::refused(QCoreApplication::translate(
                                    "MessageApi", "A mass send by openid takes 2 to 10,000 "
                                                  "recipients per call; this one has %1.")
                                    .arg(recipients)),
              {}});
        return;
    }
    massCall(QStringLiteral("/cgi-bin/message/mass/send"), body, context, done);
}

void MessageApi::massPreview(const QJsonObject &body, QObject *context,
                             std::function<void(const Result<MassSendReceipt> &)> done)
{
    massCall(QStringLiteral("/cgi-bin/message/mass/preview"), body, context, done);
}

void MessageApi::sendSubscribe(const QJsonObject &body, QObject *context,
                               std::function<void(const Result<qint64> &)> done)
{
    callTyped<qint64>(
        m_client, sendRequest(QStringLiteral("/cgi-bin/message/subscribe/send"), body, QString()),
        context, parseMsgId, done);
}

void MessageApi::addTemplate(const QString &shortId, QObject *context,
                             std::function<void(const Result<QString> &)> done)
{
    callTyped<QString>(
        m_client,
        ApiRequest::post(QStringLiteral("/cgi-bin/template/api_add_template"),
                         {{QStringLiteral("template_id_short"), shortId.trimmed()}}),
        context,
        [](const ApiResult &r, QString *id) {
            *id = r.json.value(QStringLiteral("template_id")).toString();
            return !id->isEmpty();
        },
        done);
}

void MessageApi::deleteTemplate(const QString &templateId, QObject *context,
                                std::function<void(const ApiError &)> done)
{
    m_client.call(ApiRequest::post(QStringLiteral("/cgi-bin/template/del_private_template"),
                                   {{QStringLiteral("template_id"), templateId}}),
                  context, [done](const ApiResult &r) { done(r.error); });
}
