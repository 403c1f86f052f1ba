#include "MessageRenderer.h"

#include <QJsonArray>
#include <QRegularExpression>

QString MessageRenderer::fill(const QString &text, const Recipient &recipient)
{
    static const QRegularExpression variable(
        QStringLiteral("\\{\\{\\s*(member_id|remark|profile_id)\\s*(?:\\|([^}]*))?\\}\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        QString value = name == QStringLiteral("member_id") ? recipient.memberId
                        : name == QStringLiteral("remark")  ? recipient.remark
                                                            : QString::number(recipient.profileId);
        if (value.trimmed().isEmpty())
            value = match.captured(2);
        out += value;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QMap<QString, QString> MessageRenderer::fields(const Recipient &recipient) const
{
    QMap<QString, QString> filled;
    for (auto it = m_definition.fields.constBegin(); it != m_definition.fields.constEnd(); ++it)
        filled.insert(it.key(), fill(it.value(), recipient));
    return filled;
}

QJsonObject MessageRenderer::fieldData(const Recipient &recipient) const
{
    QJsonObject data;
    const QMap<QString, QString> filled = fields(recipient);
    for (auto it = filled.constBegin(); it != filled.constEnd(); ++it)
        data.insert(it.key(), QJsonObject{{QStringLiteral("value"), it.value()}});
    return data;
}

QJsonObject MessageRenderer::templateBody(const Recipient &recipient,
                                          const QString &clientMsgId) const
{
    const QJsonObject data = fieldData(recipient);
    QJsonObject body{{QStringLiteral("touser"), recipient.openid},
                     {QStringLiteral("template_id"), m_definition.templateId},
                     {QStringLiteral("data"), data},
                     {QStringLiteral("client_msg_id"), clientMsgId}};
    if (!m_definition.url.isEmpty())
        body.insert(QStringLiteral("url"), m_definition.url);
    if (!m_definition.miniprogramAppid.isEmpty())
        body.insert(QStringLiteral("miniprogram"),
                    QJsonObject{{QStringLiteral("appid"), m_definition.miniprogramAppid},
                                {QStringLiteral("pagepath"), m_definition.miniprogramPage}});
    return body;
}

QJsonObject MessageRenderer::customBody(const Recipient &recipient) const
{
    const CampaignDefinition &d = m_definition;
    if (!d.cardTitle.isEmpty())
        return {{QStringLiteral("touser"), recipient.openid},
                {QStringLiteral("msgtype"), QStringLiteral("miniprogrampage")},
                {QStringLiteral("miniprogrampage"),
                 QJsonObject{{QStringLiteral("title"), fill(d.cardTitle, recipient)},
                             {QStringLiteral("appid"), d.miniprogramAppid},
                             {QStringLiteral("pagepath"), d.miniprogramPage},
                             {QStringLiteral("thumb_media_id"), d.thumbMediaId}}}};
    return {{QStringLiteral("touser"), recipient.openid},
            {QStringLiteral("msgtype"), QStringLiteral("text")},
            {QStringLiteral("text"),
             QJsonObject{{QStringLiteral("content"), fill(d.text, recipient)}}}};
}

QJsonObject MessageRenderer::subscribeBody(const Recipient &recipient) const
{
    const QJsonObject data = fieldData(recipient);
    QJsonObject body{{QStringLiteral("touser"), recipient.openid},
                     {QStringLiteral("template_id"), m_definition.templateId},
                     {QStringLiteral("data"), data},
                     {QStringLiteral("miniprogram_state"), m_definition.miniprogramState},
                     {QStringLiteral("lang"), QStringLiteral("zh_CN")}};
    if (!m_definition.page.isEmpty())
        body.insert(QStringLiteral("page"), m_definition.page);
    return body;
}

namespace {
void addMassContent(const CampaignDefinition &d, QJsonObject *body)
{
    if (!d.mpnewsMediaId.isEmpty()) {
        body->insert(QStringLiteral("msgtype"), QStringLiteral("mpnews"));
        body->insert(QStringLiteral("mpnews"),
                     QJsonObject{{QStringLiteral("media_id"), d.mpnewsMediaId}});
        body->insert(QStringLiteral("send_ignore_reprint"), 0);
    } else {
        body->insert(QStringLiteral("msgtype"), QStringLiteral("text"));
        body->insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("content"), d.text}});
    }
}
} // namespace

QJsonObject MessageRenderer::massBody(const QStringList &openids, const QString &clientMsgId) const
{
    QJsonObject body{{QStringLiteral("clientmsgid"), clientMsgId}};
    if (m_definition.massByTag())
        body.insert(QStringLiteral("filter"),
                    QJsonObject{{QStringLiteral("is_to_all"), false},
                                {QStringLiteral("tag_id"), m_definition.massTagId}});
    else
        body.insert(QStringLiteral("touser"), QJsonArray::fromStringList(openids));
    addMassContent(m_definition, &body);
    return body;
}

QJsonObject MessageRenderer::massPreviewBody(const QString &openid) const
{
    QJsonObject body{{QStringLiteral("touser"), openid}};
    addMassContent(m_definition, &body);
    return body;
}

QJsonObject MessageRenderer::bodyFor(const Recipient &recipient, const QString &clientMsgId) const
{
    if (m_definition.channel == QStringLiteral("custom"))
        return customBody(recipient);
    if (m_definition.channel == QStringLiteral("subscribe"))
        return subscribeBody(recipient);
    return templateBody(recipient, clientMsgId);
}

QString MessageRenderer::emptyField(const Recipient &recipient) const
{
    if (m_definition.channel == QStringLiteral("custom") && m_definition.cardTitle.isEmpty())
        return fill(m_definition.text, recipient).trimmed().isEmpty() ? QStringLiteral("text")
                                                                      : QString();
    const QMap<QString, QString> filled = fields(recipient);
    for (auto it = filled.constBegin(); it != filled.constEnd(); ++it)
        if (it.value().trimmed().isEmpty())
            return it.key();
    return QString();
}
