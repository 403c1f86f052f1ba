#include "ChannelSender.h"

#include "wechat/MessageApi.h"

void ChannelSender::send(const QList<MessageRenderer::Recipient> &recipients,
                         const QString &clientMsgId, QObject *context, Done done)
{
    MessageApi api(m_client);
    const QString &channel = m_definition.channel;
    if (m_definition.massByTag()) {
        api.massSendAll(m_renderer.massBody({}, clientMsgId), context,
                        [done](const Result<MassSendReceipt> &r) { done(r.error, r.value.msgId); });
    } else if (m_definition.isMass()) {
        QStringList openids;
        for (const MessageRenderer::Recipient &r : recipients)
            openids << r.openid;
        api.massSend(m_renderer.massBody(openids, clientMsgId), context,
                     [done](const Result<MassSendReceipt> &r) { done(r.error, r.value.msgId); });
    } else if (channel == QStringLiteral("custom")) {
        api.sendCustom(m_renderer.customBody(recipients.constFirst()), context,
                       [done](const Result<bool> &r) { done(r.error, 0); });
    } else if (channel == QStringLiteral("subscribe")) {
        api.sendSubscribe(m_renderer.subscribeBody(recipients.constFirst()), context,
                          [done](const Result<qint64> &r) { done(r.error, r.value); });
    } else {
        api.sendTemplate(m_renderer.templateBody(recipients.constFirst(), clientMsgId), context,
                         [done](const Result<qint64> &r) { done(r.error, r.value); });
    }
}

void ChannelSender::preview(const MessageRenderer::Recipient &staff, QObject *context, Done done)
{
    if (!m_definition.isMass()) {
        send({staff}, QString(), context, std::move(done));
        return;
    }
    MessageApi(m_client).massPreview(
        m_renderer.massPreviewBody(staff.openid), context,
        [done](const Result<MassSendReceipt> &r) { done(r.error, r.value.msgId); });
}
