#pragma once

#include "DeliveryRepository.h"

struct ApiError;
struct AppConfig;
struct CampaignDefinition;

// What WeChat's answer to one request means for the rows it carried, and for the run: a used-up
// daily quota (45009, 45028) pauses the campaign until the reset; a bad template (40037, 47003)
// stops it; an app setting to fix (IP whitelist, secret) pauses it with what to do; a failure
// that may have reached WeChat makes the rows unknown; a passing failure backs off.
struct SendOutcome
{
    enum class ForRun
    {
        Continue,
        BackOff,    // wait a little before the next send
        QuotaPause, // pause until WeChat's quota resets, with `reason`
        Pause,      // pause until staff resume, with `reason`
        Stop        // stop, with `reason`
    };

    DeliveryRepository::Outcome rows; // Pending: not sent, try again
    ForRun forRun = ForRun::Continue;
    QString reason;

    static SendOutcome of(const ApiError &error, qint64 msgid, const CampaignDefinition &definition,
                          const AppConfig &app);
};
