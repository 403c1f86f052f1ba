#pragma once

#include "MessageRenderer.h"
#include "wechat/ApiError.h"

#include <functional>

class QObject;
class WechatClient;

// Sends one request on a campaign's channel: to one recipient (template, customer-service and
// subscribe messages) or to a batch of openids (mass), and hands WeChat's answer back in one
// shape, whatever the endpoint returns.
class ChannelSender
{
public:
    using Done = std::function<void(const ApiError &error, qint64 msgid)>;

    ChannelSender(WechatClient &client, const MessageRenderer &renderer,
                  const CampaignDefinition &definition)
        : m_client(client), m_renderer(renderer), m_definition(definition)
    {
    }

    // clientMsgId de-duplicates the message at WeChat where the channel has such an id.
    void send(const QList<MessageRenderer::Recipient> &recipients, const QString &clientMsgId,
              QObject *context, Done done);
    // A test to a staff member: the message as `recipient` would get it (a mass message goes
    // through mass/preview, which WeChat provides for exactly that).
    void preview(const MessageRenderer::Recipient &staff, QObject *context, Done done);

private:
    WechatClient &m_client;
    const MessageRenderer &m_renderer;
    const CampaignDefinition &m_definition;
};
