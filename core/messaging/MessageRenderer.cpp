#include "MessageRenderer.h"

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

QJsonObject MessageRenderer::templateBody(const Recipient &recipient,
                                          const QString &clientMsgId) const
{
    QJsonObject data;
    const QMap<QString, QString> filled = fields(recipient);
    for (auto it = filled.constBegin(); it != filled.constEnd(); ++it)
        data.insert(it.key(), QJsonObject{{QStringLiteral("value"), it.value()}});
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

QString MessageRenderer::emptyField(const Recipient &recipient) const
{
    const QMap<QString, QString> filled = fields(recipient);
    for (auto it = filled.constBegin(); it != filled.constEnd(); ++it)
        if (it.value().trimmed().isEmpty())
            return it.key();
    return QString();
}
