#pragma once

// Header-only: the template campaign most tests send, wxemu's points-change template to the
// saved segment "everyone".
#include "Emulator.h"
#include "messaging/CampaignDefinition.h"

#include <QJsonDocument>
#include <QJsonObject>

// Its definition as JSON; `overrides` replace or add keys.
inline QJsonObject pointsCampaignJson(const QJsonObject &overrides = {})
{
    QJsonObject json{
        {QStringLiteral("name"), QStringLiteral("Points")},
        {QStringLiteral("appid"), Emulator::oaAppid()},
        {QStringLiteral("segment"), QStringLiteral("everyone")},
        {QStringLiteral("channel"), QStringLiteral("template")},
        {QStringLiteral("template_id"), QStringLiteral("TPL_points_change_0003")},
        {QStringLiteral("fields"),
         QJsonObject{{QStringLiteral("character_string1"), QStringLiteral("{{profile_id}}")},
                     {QStringLiteral("amount2"), QStringLiteral("+100 for {{remark|you}}")}}},
        {QStringLiteral("rate_per_second"), 400},
        {QStringLiteral("concurrency"), 8}};
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

// The parsed definition; an empty name when `overrides` made it invalid (the test fails then).
inline CampaignDefinition pointsCampaign(const QJsonObject &overrides = {})
{
    CampaignDefinition definition;
    if (!CampaignDefinition::parse(QJsonDocument(pointsCampaignJson(overrides)).toJson(),
                                   &definition)
             .isOk())
        return {};
    return definition;
}
