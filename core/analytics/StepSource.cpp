#include "StepSource.h"

#include <QString>

StepSource StepSource::of(const FunnelStep &step)
{
    switch (step.kind) {
    case FunnelStep::Kind::Follow:
        return {QStringLiteral("FROM accounts x"),
                QStringLiteral("x.profile_id"),
                QStringLiteral("x.subscribe_time"),
                QStringLiteral("x.app_id IN (SELECT id FROM apps WHERE kind = ?)"),
                {QStringLiteral("oa")}};
    case FunnelStep::Kind::Message: {
        StepSource source{QStringLiteral("FROM deliveries x"),
                          QStringLiteral("x.profile_id"),
                          QStringLiteral("x.sent_at"),
                          QStringLiteral("x.state = ?"),
                          {QStringLiteral("sent")}};
        if (step.campaignId > 0) {
            source.condition += QStringLiteral(" AND x.campaign_id = ?");
            source.values << step.campaignId;
        }
        return source;
    }
    case FunnelStep::Kind::Event:
        break;
    }
    StepSource source{QStringLiteral("FROM events x"),
                      QStringLiteral("x.profile_id"),
                      QStringLiteral("x.occurred_at"),
                      QStringLiteral("x.name = ?"),
                      {step.eventName}};
    if (!step.appKind.isEmpty()) {
        source.condition += QStringLiteral(" AND x.app_id IN (SELECT id FROM apps WHERE kind = ?)");
        source.values << step.appKind;
    }
    return source;
}
