#pragma once

#include "CampaignDefinition.h"

#include <QJsonObject>

// Fills a campaign's message for one recipient: the per-person variables in each field
// ({{member_id}}, {{remark}}, {{profile_id}}, with "|fallback"), and the request body WeChat
// takes. The texts go to WeChat as data, never interpreted as markup.
class MessageRenderer
{
public:
    struct Recipient
    {
        qint64 profileId = 0;
        QString openid;
        QString memberId;
        QString remark;
    };

    explicit MessageRenderer(const CampaignDefinition &definition) : m_definition(definition) {}

    static QString fill(const QString &text, const Recipient &recipient);
    // The fields as the person will read them.
    QMap<QString, QString> fields(const Recipient &recipient) const;
    // The body of message/template/send; clientMsgId de-duplicates it at WeChat.
    QJsonObject templateBody(const Recipient &recipient, const QString &clientMsgId) const;
    // The body of message/custom/send: the text or the Mini Program card.
    QJsonObject customBody(const Recipient &recipient) const;
    // The body of a Mini Program's message/subscribe/send.
    QJsonObject subscribeBody(const Recipient &recipient) const;
    // The body of mass/send to these openids (2 to 10,000), or of mass/sendall to the
    // definition's tag (then `openids` is not used); massPreviewBody: mass/preview to one.
    QJsonObject massBody(const QStringList &openids, const QString &clientMsgId) const;
    QJsonObject massPreviewBody(const QString &openid) const;
    // The body of this campaign's request for one recipient (not mass).
    QJsonObject bodyFor(const Recipient &recipient, const QString &clientMsgId) const;
    // A field (or "text") that would be empty for this person (WeChat refuses those), or "".
    QString emptyField(const Recipient &recipient) const;

private:
    QJsonObject
    fieldData(const Recipient &recipient) const; // {key: {value: text}}, as WeChat takes

    const CampaignDefinition &m_definition;
};
