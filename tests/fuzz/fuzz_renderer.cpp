// MessageRenderer with random templates and per-person values. Properties: a text without a
// variable passes unchanged; a value is put in once and never read again as a template (a
// remark of "{{member_id}}" stays that text); each body is JSON that reads back the same, and
// a template body carries exactly the fields the preview shows.
#include "FuzzCheck.h"
#include "FuzzInput.h"
#include "messaging/MessageRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

void checkRoundTrip(const QJsonObject &body)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    FUZZ_CHECK(QJsonDocument::fromJson(json).object() == body, QString::fromUtf8(json));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    static const char *const channels[] = {"template", "custom", "subscribe", "mass"};
    CampaignDefinition definition;
    definition.channel = QString::fromLatin1(in.pick(channels));
    definition.templateId = in.text(64);
    definition.text = in.text();
    definition.cardTitle = in.text(64);
    definition.page = in.text(64);
    definition.url = in.text(64);
    definition.miniprogramAppid = in.text(32);
    // Keys as a definition accepts them (CampaignDefinition::isFieldKey).
    for (int i = in.number(0, 5); i > 0; --i) {
        const QString key = in.text(32);
        const QString value = in.text();
        if (CampaignDefinition::isFieldKey(key))
            definition.fields.insert(key, value);
    }

    MessageRenderer::Recipient recipient;
    recipient.profileId = in.number(0, 65535);
    recipient.openid = in.text(64);
    recipient.memberId = in.text(64);
    recipient.remark = in.text(64);
    const QString freeText = in.text(512);

    if (!freeText.contains(QStringLiteral("{{")))
        FUZZ_CHECK(MessageRenderer::fill(freeText, recipient) == freeText, freeText);
    if (!recipient.remark.trimmed().isEmpty())
        FUZZ_CHECK(MessageRenderer::fill(QStringLiteral("{{remark}}"), recipient) ==
                       recipient.remark,
                   recipient.remark);
    if (!recipient.memberId.trimmed().isEmpty())
        FUZZ_CHECK(MessageRenderer::fill(QStringLiteral("[{{ member_id | x }}]"), recipient) ==
                       u'[' + recipient.memberId + u']',
                   recipient.memberId);

    const MessageRenderer renderer(definition);
    const QMap<QString, QString> shown = renderer.fields(recipient);
    if (definition.isMass()) {
        checkRoundTrip(
            renderer.massBody({recipient.openid, QStringLiteral("o2")}, QStringLiteral("m1")));
        checkRoundTrip(renderer.massPreviewBody(recipient.openid));
        return 0;
    }
    const QJsonObject body = renderer.bodyFor(recipient, QStringLiteral("c1"));
    checkRoundTrip(body);
    if (definition.channel == QStringLiteral("template")) {
        const QJsonObject fieldData = body.value(QStringLiteral("data")).toObject();
        FUZZ_CHECK(fieldData.size() == shown.size(), "the body and the preview differ");
        for (auto it = shown.constBegin(); it != shown.constEnd(); ++it)
            FUZZ_CHECK(
                fieldData.value(it.key()).toObject().value(QStringLiteral("value")).toString() ==
                    it.value(),
                it.key());
    }
    renderer.emptyField(recipient);
    return 0;
}
