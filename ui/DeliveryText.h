#pragma once

#include "messaging/CampaignStates.h"

#include <QMap>
#include <QString>

// How a delivery's state and reason read for people (the profile's messages, a campaign's
// report): one wording everywhere, translated once.
namespace DeliveryText {
QString state(DeliveryState state);  // Pending → "waiting", Skipped → "not sent", …
QString state(const QString &state); // the same from the stored text (unknown text as is)
QString campaignState(CampaignState state);
QString reason(const QString &reason); // opted_out → "opted out", …
QString channel(const QString &channel);
QString optOutChannel(const QString &channel); // "all" → "all messages", else the channel
// Who the rules left out, by reason: "3 opted out, 2 over the frequency cap", or "nobody".
QString leftOut(const QMap<QString, qint64> &peopleByReason);
} // namespace DeliveryText
