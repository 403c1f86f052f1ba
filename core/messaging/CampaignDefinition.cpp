#include "CampaignDefinition.h"

#include "ingest/ImportRow.h"
#include "SendWindow.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignDefinition)
};

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}
} // namespace

Status CampaignDefinition::parse(const QByteArray &json, CampaignDefinition *definition)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return Status::failure(Text::tr("The campaign is not a JSON object: %1 at offset %2.")
                                   .arg(error.error == QJsonParseError::NoError
                                            ? Text::tr("not an object")
                                            : error.errorString())
                                   .arg(error.offset));
    const QJsonObject o = document.object();
    CampaignDefinition d;
    d.name = text(o, "name");
    d.appid = text(o, "appid");
    d.segment = text(o, "segment");
    d.channel = text(o, "channel");
    d.templateId = text(o, "template_id");
    d.url = text(o, "url");
    const QJsonObject mp = o.value(QStringLiteral("miniprogram")).toObject();
    d.miniprogramAppid = text(mp, "appid");
    d.miniprogramPage = text(mp, "pagepath");
    if (d.name.isEmpty())
        return Status::failure(Text::tr("\"name\": the campaign needs a name."));
    if (d.appid.isEmpty())
        return Status::failure(Text::tr("\"appid\": which account sends the campaign?"));
    if (d.segment.isEmpty())
        return Status::failure(Text::tr("\"segment\": which saved segment receives it?"));
    if (d.channel != QStringLiteral("template"))
        return Status::failure(
            Text::tr("\"channel\": \"%1\" is not a channel this version sends; use "
                     "\"template\".")
                .arg(d.channel));
    if (d.templateId.isEmpty())
        return Status::failure(Text::tr("\"template_id\": a template message needs a template."));
    const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
    if (fields.isEmpty())
        return Status::failure(Text::tr("\"fields\": fill the template's fields."));
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!it.value().isString())
            return Status::failure(Text::tr("\"fields.%1\": must be text.").arg(it.key()));
        d.fields.insert(it.key(), it.value().toString());
    }
    if (d.miniprogramAppid.isEmpty() != d.miniprogramPage.isEmpty())
        return Status::failure(
            Text::tr("\"miniprogram\": give both \"appid\" and \"pagepath\", or neither."));
    if (o.contains(QStringLiteral("rate_per_second"))) {
        d.ratePerSecond = o.value(QStringLiteral("rate_per_second")).toDouble(-1);
        if (!(d.ratePerSecond > 0 && d.ratePerSecond <= kMaxRatePerSecond))
            return Status::failure(Text::tr("\"rate_per_second\": a number above 0 and at most %1.")
                                       .arg(kMaxRatePerSecond));
    }
    if (o.contains(QStringLiteral("concurrency"))) {
        d.concurrency = o.value(QStringLiteral("concurrency")).toInt(-1);
        if (d.concurrency < 1 || d.concurrency > kMaxConcurrency)
            return Status::failure(
                Text::tr("\"concurrency\": a whole number from 1 to %1.").arg(kMaxConcurrency));
    }
    if (o.contains(QStringLiteral("frequency_cap"))) {
        const QJsonObject cap = o.value(QStringLiteral("frequency_cap")).toObject();
        d.capMessages = cap.value(QStringLiteral("messages")).toInt(-1);
        d.capDays = cap.value(QStringLiteral("days")).toInt(-1);
        if (d.capMessages < 1 || d.capDays < 1)
            return Status::failure(Text::tr("\"frequency_cap\": {\"messages\": N, \"days\": D} "
                                            "with N and D at least 1."));
    }
    if (o.contains(QStringLiteral("start_at"))) {
        const QJsonValue at = o.value(QStringLiteral("start_at"));
        if (!ImportRow::parseTime(at.isString() ? at.toString() : QString::number(at.toInteger()),
                                  &d.scheduledAt))
            return Status::failure(Text::tr("\"start_at\": a time with an offset "
                                            "(2026-12-12T09:00:00+08:00) or epoch milliseconds."));
    }
    if (o.contains(QStringLiteral("quiet_hours"))) {
        const QJsonObject quiet = o.value(QStringLiteral("quiet_hours")).toObject();
        d.quietFrom = SendWindow::minuteOfDay(quiet.value(QStringLiteral("from")).toString());
        d.quietTo = SendWindow::minuteOfDay(quiet.value(QStringLiteral("to")).toString());
        if (d.quietFrom < 0 || d.quietTo < 0 || d.quietFrom == d.quietTo)
            return Status::failure(Text::tr("\"quiet_hours\": {\"from\": \"22:00\", \"to\": "
                                            "\"08:00\"}, two different times of day (Beijing)."));
    }
    *definition = d;
    return Status::ok();
}

QJsonObject CampaignDefinition::toJson() const
{
    QJsonObject fieldsJson;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        fieldsJson.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("appid"), appid},
                  {QStringLiteral("segment"), segment},
                  {QStringLiteral("channel"), channel},
                  {QStringLiteral("template_id"), templateId},
                  {QStringLiteral("fields"), fieldsJson},
                  {QStringLiteral("rate_per_second"), ratePerSecond},
                  {QStringLiteral("concurrency"), concurrency}};
    if (!url.isEmpty())
        o.insert(QStringLiteral("url"), url);
    if (!miniprogramAppid.isEmpty())
        o.insert(QStringLiteral("miniprogram"),
                 QJsonObject{{QStringLiteral("appid"), miniprogramAppid},
                             {QStringLiteral("pagepath"), miniprogramPage}});
    if (capMessages > 0)
        o.insert(QStringLiteral("frequency_cap"),
                 QJsonObject{{QStringLiteral("messages"), capMessages},
                             {QStringLiteral("days"), capDays}});
    if (scheduledAt > 0)
        o.insert(QStringLiteral("start_at"), scheduledAt);
    if (quietFrom >= 0) {
        const auto hhmm = [](int minute) {
            return QStringLiteral("%1:%2")
                .arg(minute / 60, 2, 10, QLatin1Char('0'))
                .arg(minute % 60, 2, 10, QLatin1Char('0'));
        };
        o.insert(QStringLiteral("quiet_hours"),
                 QJsonObject{{QStringLiteral("from"), hhmm(quietFrom)},
                             {QStringLiteral("to"), hhmm(quietTo)}});
    }
    return o;
}
