#include "CampaignStates.h"

namespace {

template <typename State> std::optional<State> parse(const QList<State> &all, const QString &text)
{
    for (State state : all)
        if (States::text(state) == text)
            return state;
    return std::nullopt;
}

} // namespace

namespace States {

QString text(CampaignState state)
{
    switch (state) {
    case CampaignState::Draft:
        return QStringLiteral("draft");
    case CampaignState::Running:
        return QStringLiteral("running");
    case CampaignState::Paused:
        return QStringLiteral("paused");
    case CampaignState::Stopped:
        return QStringLiteral("stopped");
    case CampaignState::Finished:
        return QStringLiteral("finished");
    case CampaignState::Cancelled:
        return QStringLiteral("cancelled");
    }
    Q_UNREACHABLE();
}

QString text(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Pending:
        return QStringLiteral("pending");
    case DeliveryState::Sending:
        return QStringLiteral("sending");
    case DeliveryState::Sent:
        return QStringLiteral("sent");
    case DeliveryState::Failed:
        return QStringLiteral("failed");
    case DeliveryState::Skipped:
        return QStringLiteral("skipped");
    case DeliveryState::Unknown:
        return QStringLiteral("unknown");
    }
    Q_UNREACHABLE();
}

const QList<CampaignState> &allCampaignStates()
{
    static const QList<CampaignState> all{CampaignState::Draft,    CampaignState::Running,
                                          CampaignState::Paused,   CampaignState::Stopped,
                                          CampaignState::Finished, CampaignState::Cancelled};
    return all;
}

const QList<DeliveryState> &allDeliveryStates()
{
    static const QList<DeliveryState> all{DeliveryState::Pending, DeliveryState::Sending,
                                          DeliveryState::Sent,    DeliveryState::Failed,
                                          DeliveryState::Skipped, DeliveryState::Unknown};
    return all;
}

std::optional<CampaignState> campaignState(const QString &text)
{
    return parse(allCampaignStates(), text);
}

std::optional<DeliveryState> deliveryState(const QString &text)
{
    return parse(allDeliveryStates(), text);
}

QString sqlLiteral(DeliveryState state)
{
    return QLatin1Char('\'') + text(state) + QLatin1Char('\'');
}

bool isFinal(CampaignState state)
{
    return state == CampaignState::Finished || state == CampaignState::Cancelled;
}

} // namespace States
