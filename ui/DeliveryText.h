#pragma once

#include <QString>

// How a delivery's state and reason read for people (the profile's messages, a campaign's
// report): one wording everywhere, translated once.
namespace DeliveryText {
QString state(const QString &state);   // pending → "waiting", skipped → "not sent", …
QString reason(const QString &reason); // opted_out → "opted out", …
QString channel(const QString &channel);
QString optOutChannel(const QString &channel); // "all" → "all messages", else the channel
} // namespace DeliveryText
