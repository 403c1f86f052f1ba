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
        {QStringLiteral("no_account"), QT_TRANSLATE_NOOP("DeliveryText", "no account on this app")},
        {QStringLiteral("outside_window"),
         QT_TRANSLATE_NOOP("DeliveryText", "no open customer-service window")},
        {QStringLiteral("window_used"),
         QT_TRANSLATE_NOOP("DeliveryText", "the window's replies are used")},
        {QStringLiteral("no_acceptance"),
         QT_TRANSLATE_NOOP("DeliveryText", "no acceptance left for the template")},
        {QStringLiteral("monthly_limit"),
         QT_TRANSLATE_NOOP("DeliveryText", "4 mass messages this month already")},
        {QStringLiteral("mass_needs_two"),
         QT_TRANSLATE_NOOP("DeliveryText", "a mass call needs two people")},
        {QStringLiteral("already_sent"),
         QT_TRANSLATE_NOOP("DeliveryText", "already sent (WeChat de-duplicated it)")}};
    return lookup(names, reason);
}

QString channel(const QString &channel)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("template"), QT_TRANSLATE_NOOP("DeliveryText", "template message")},
        {QStringLiteral("custom"), QT_TRANSLATE_NOOP("DeliveryText", "customer-service message")},
        {QStringLiteral("mass"), QT_TRANSLATE_NOOP("DeliveryText", "mass message")},
        {QStringLiteral("subscribe"), QT_TRANSLATE_NOOP("DeliveryText", "subscribe message")}};
    return lookup(names, channel);
}

QString optOutChannel(const QString &channel)
{
    return channel == QStringLiteral("all")
               ? QCoreApplication::translate("DeliveryText", "all messages")
               : DeliveryText::channel(channel);
}

} // namespace DeliveryText
