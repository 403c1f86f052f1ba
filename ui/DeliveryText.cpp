#include "DeliveryText.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QStringList>

namespace {
QString lookup(const QHash<QString, const char *> &names, const QString &key)
{
    const char *name = names.value(key);
    return name ? QCoreApplication::translate("DeliveryText", name) : key;
}
} // namespace

namespace DeliveryText {

QString state(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Pending:
        return QCoreApplication::translate("DeliveryText", "waiting");
    case DeliveryState::Sending:
        return QCoreApplication::translate("DeliveryText", "sending");
    case DeliveryState::Sent:
        return QCoreApplication::translate("DeliveryText", "sent");
    case DeliveryState::Failed:
        return QCoreApplication::translate("DeliveryText", "failed");
    case DeliveryState::Skipped:
        return QCoreApplication::translate("DeliveryText", "not sent");
    case DeliveryState::Unknown:
        return QCoreApplication::translate("DeliveryText", "unknown");
    }
    Q_UNREACHABLE();
}

QString state(const QString &text)
{
    const std::optional<DeliveryState> parsed = States::deliveryState(text);
    return parsed ? state(*parsed) : text;
}

QString campaignState(CampaignState state)
{
    switch (state) {
    case CampaignState::Draft:
        return QCoreApplication::translate("CampaignsPage", "draft");
    case CampaignState::Running:
        return QCoreApplication::translate("CampaignsPage", "running");
    case CampaignState::Paused:
        return QCoreApplication::translate("CampaignsPage", "paused");
    case CampaignState::Stopped:
        return QCoreApplication::translate("CampaignsPage", "stopped");
    case CampaignState::Cancelled:
        return QCoreApplication::translate("CampaignsPage", "cancelled");
    case CampaignState::Finished:
        return QCoreApplication::translate("CampaignsPage", "finished");
    }
    Q_UNREACHABLE();
}

QString reason(const QString &reason)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("unsubscribed"), QT_TRANSLATE_NOOP("DeliveryText", "not following")},
        {QStringLiteral("blocked"), QT_TRANSLATE_NOOP("DeliveryText", "blocked by the account")},
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

QString leftOut(const QMap<QString, qint64> &peopleByReason)
{
    const QLocale locale;
    QStringList reasons;
    for (auto it = peopleByReason.constBegin(); it != peopleByReason.constEnd(); ++it)
        if (it.value() > 0)
            reasons << QCoreApplication::translate("DeliveryText", "%1 %2")
                           .arg(locale.toString(it.value()), reason(it.key()));
    return reasons.isEmpty() ? QCoreApplication::translate("DeliveryText", "nobody")
                             : reasons.join(QCoreApplication::translate("DeliveryText", ", "));
}

} // namespace DeliveryText
