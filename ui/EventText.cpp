#include "EventText.h"

#include "CodeNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace {
const CodeName kNames[] = {
    {"app_open", QT_TRANSLATE_NOOP("EventText", "Opened the Mini Program")},
    {"view_item", QT_TRANSLATE_NOOP("EventText", "Viewed an item")},
    {"view_page", QT_TRANSLATE_NOOP("EventText", "Viewed a page")},
    {"add_to_cart", QT_TRANSLATE_NOOP("EventText", "Added to cart")},
    {"purchase", QT_TRANSLATE_NOOP("EventText", "Purchased")},
    {"share", QT_TRANSLATE_NOOP("EventText", "Shared")},
    {"subscribe_msg_accept", QT_TRANSLATE_NOOP("EventText", "Accepted subscribe messages")},
    {"subscribe_msg_reject", QT_TRANSLATE_NOOP("EventText", "Declined subscribe messages")},
    {"subscribe", QT_TRANSLATE_NOOP("EventText", "Followed the Official Account")},
    {"unsubscribe", QT_TRANSLATE_NOOP("EventText", "Unfollowed the Official Account")},
    {"scan", QT_TRANSLATE_NOOP("EventText", "Scanned a QR code")},
    {"menu_click", QT_TRANSLATE_NOOP("EventText", "Clicked a menu")},
    {"menu_view", QT_TRANSLATE_NOOP("EventText", "Opened a menu link")},
    {"message", QT_TRANSLATE_NOOP("EventText", "Sent a message")},
};

const CodeName kKeys[] = {
    {"template_id", QT_TRANSLATE_NOOP("EventText", "Template")},
    {"item", QT_TRANSLATE_NOOP("EventText", "Item")},
    {"page", QT_TRANSLATE_NOOP("EventText", "Page")},
    {"amount", QT_TRANSLATE_NOOP("EventText", "Amount")},
    {"price", QT_TRANSLATE_NOOP("EventText", "Price")},
    {"quantity", QT_TRANSLATE_NOOP("EventText", "Quantity")},
    {"order_id", QT_TRANSLATE_NOOP("EventText", "Order")},
    {"scene", QT_TRANSLATE_NOOP("EventText", "Scene")},
    {"source", QT_TRANSLATE_NOOP("EventText", "Source")},
};

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? EventText::tr("yes") : EventText::tr("no");
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("–");
    // Nested objects and lists: compact, as data.
    return QString::fromUtf8(value.isObject()
                                 ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}
} // namespace

QString EventText::name(const QString &code)
{
    return nameOfCode("EventText", kNames, code);
}

QString EventText::details(const QString &propsJson)
{
    if (propsJson.trimmed().isEmpty())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(propsJson.toUtf8());
    if (!document.isObject())
        return propsJson;
    const QJsonObject props = document.object();
    QStringList parts;
    for (auto it = props.constBegin(); it != props.constEnd(); ++it)
        parts << tr("%1: %2").arg(nameOfCode("EventText", kKeys, it.key()), valueText(it.value()));
    return parts.join(QStringLiteral(" · "));
}
