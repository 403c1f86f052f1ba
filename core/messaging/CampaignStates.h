#pragma once

#include <optional>
#include <QList>
#include <QString>

// A campaign's life: Draft → Running → Finished, or Paused (staff, an app setting to fix, the
// daily quota) / Stopped (a bad template) / Cancelled on the way. Only Finished and Cancelled
// are final. Every change is a compare-and-set against the state its caller saw.
enum class CampaignState
{
    Draft,
    Running,
    Paused,
    Stopped,
    Finished,
    Cancelled,
};

// One delivery's life: Pending → Sending → Sent | Failed | Skipped | Unknown. A row left in
// Sending by a crash becomes Unknown, never re-sent unless staff ask; Unknown may go back to
// Pending by that decision, and a refusal that sent nothing puts Sending back to Pending.
enum class DeliveryState
{
    Pending,
    Sending,
    Sent,
    Failed,
    Skipped,
    Unknown,
};

// The text of each state, as stored in the database and printed by the command line. Text is
// used only at these edges; the code compares enums.
namespace States {

QString text(CampaignState state);
QString text(DeliveryState state);
std::optional<CampaignState> campaignState(const QString &text);
std::optional<DeliveryState> deliveryState(const QString &text);
const QList<CampaignState> &allCampaignStates();
const QList<DeliveryState> &allDeliveryStates();
bool isFinal(CampaignState state);
// The state as a quoted SQL literal ('sent'), for SQL generated from a definition where a
// constant keeps the plan the same as a literal would (never for values from outside).
QString sqlLiteral(DeliveryState state);

} // namespace States
