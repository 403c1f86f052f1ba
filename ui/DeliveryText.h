#pragma once

#include "messaging/CampaignStates.h"

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
} // namespace DeliveryText
