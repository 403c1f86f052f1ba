#include "DeliveryText.h"

#include <QCoreApplication>
#include <QHash>

namespace {
QString lookup(const QHash<QString, const char *> &names, const QString &key)
{
    const char *name = names.value(key);
    return name ? QCoreApplication::translate("DeliveryText", name) : key;
}
} // namespace

namespace DeliveryText {

QString state(const QString &state)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("DeliveryText", "waiting")},
        {QStringLiteral("sending"), QT_TRANSLATE_NOOP("DeliveryText", "sending")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("DeliveryText", "sent")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("DeliveryText", "failed")},
        {QStringLiteral("skipped"), QT_TRANSLATE_NOOP("DeliveryText", "not sent")},
        {QStringLiteral("unknown"), QT_TRANSLATE_NOOP("DeliveryText", "unknown")}};
    return lookup(names, state);
}

QString reason(const QString &reason)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("unsubscribed"), QT_TRANSLATE_NOOP("DeliveryText", "not following")},
        {QStringLiteral("opted_out"), QT_TRANSLATE_NOOP("DeliveryText", "opted out")},
        {QStringLiteral("frequency_cap"), QT_TRANSLATE_NOOP("DeliveryText", "frequency cap")},
        {QStringLiteral("empty_field"),
         QT_TRANSLATE_NOOP("DeliveryText", "a field would be empty")},
        {QStringLiteral("refused"), QT_TRANSLATE_NOOP("DeliveryText", "refused by the person")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("DeliveryText", "campaign cancelled")},
        {QStringLiteral("interrupted"),
         QT_TRANSLATE_NOOP("DeliveryText", "interrupted: may have been sent")},
        {QStringLiteral("no_answer"), QT_TRANSLATE_NOOP("DeliveryText", "no answer from WeChat")},
        {QStringLiteral("no_account"),
         QT_TRANSLATE_NOOP("DeliveryText", "no account on this app")}};
    return lookup(names, reason);
}

QString channel(const QString &channel)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("template"), QT_TRANSLATE_NOOP("DeliveryText", "template message")},
        {QStringLiteral("custom"), QT_TRANSLATE_NOOP("DeliveryText", "customer service")},
        {QStringLiteral("mass"), QT_TRANSLATE_NOOP("DeliveryText", "mass message")},
        {QStringLiteral("subscribe"), QT_TRANSLATE_NOOP("DeliveryText", "subscribe message")}};
    return lookup(names, channel);
}

} // namespace DeliveryText
