#include "CampaignDefinition.h"

#include "ingest/ImportRow.h"
#include "SendWindow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignDefinition)
};

QString trimmedText(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}
Status tooLong(const QString &key, const QString &value, int limit)
{
    return Status::failure(
        Text::tr("\"%1\": %2 characters; at most %3.").arg(key).arg(value.size()).arg(limit));
}

const QRegularExpression &variable()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{[^}]*\\}\\}"));
    return re;
}

} // namespace

bool CampaignDefinition::isFieldKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,63}$"));
    return pattern.match(key).hasMatch();
}

namespace {

// template and subscribe: a template, its fields, where the message leads.
Status parseTemplate(const QJsonObject &o, CampaignDefinition *d)
{
    d->templateId = trimmedText(o, "template_id");
    if (d->templateId.isEmpty())
        return Status::failure(
            Text::tr("\"template_id\": a %1 message needs a template.").arg(d->channel));
    const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
    if (fields.isEmpty())
        return Status::failure(Text::tr("\"fields\": fill the template's fields."));
    if (fields.size() > CampaignDefinition::kMaxFields)
        return Status::failure(Text::tr("\"fields\": %1 fields; a template has at most %2.")
                                   .arg(fields.size())
                                   .arg(CampaignDefinition::kMaxFields));
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!CampaignDefinition::isFieldKey(it.key()))
            return Status::failure(Text::tr("\"fields\": \"%1\" is not a template field's key "
                                            "(a letter, then letters, digits or '_', as in "
                                            "keyword1 or thing2).")
                                       .arg(it.key().left(64)));
        if (!it.value().isString())
            return Status::failure(Text::tr("\"fields.%1\": must be text.").arg(it.key()));
        if (it.value().toString().size() > CampaignDefinition::kMaxFieldLength)
            return tooLong(QStringLiteral("fields.") + it.key(), it.value().toString(),
                           CampaignDefinition::kMaxFieldLength);
        d->fields.insert(it.key(), it.value().toString());
    }
    if (d->channel == QStringLiteral("subscribe")) {
        d->page = trimmedText(o, "page");
        if (d->page.startsWith(u'/'))
            return Status::failure(
                Text::tr("\"page\": a Mini Program path without a leading \"/\"."));
        if (o.contains(QStringLiteral("miniprogram_state")))
            d->miniprogramState = trimmedText(o, "miniprogram_state");
        if (!QStringList{QStringLiteral("formal"), QStringLiteral("trial"),
                         QStringLiteral("developer")}
                 .contains(d->miniprogramState))
            return Status::failure(Text::tr("\"miniprogram_state\": formal, trial or developer."));
        return Status::ok();
    }
    d->url = trimmedText(o, "url");
    const QJsonObject mp = o.value(QStringLiteral("miniprogram")).toObject();
    d->miniprogramAppid = trimmedText(mp, "appid");
    d->miniprogramPage = trimmedText(mp, "pagepath");
    if (d->miniprogramAppid.isEmpty() != d->miniprogramPage.isEmpty())
        return Status::failure(
            Text::tr("\"miniprogram\": give both \"appid\" and \"pagepath\", or neither."));
    return Status::ok();
}

// custom: a text, or a Mini Program card.
Status parseCustom(const QJsonObject &o, CampaignDefinition *d)
{
    d->text = o.value(QStringLiteral("text")).toString();
    const QJsonObject card = o.value(QStringLiteral("card")).toObject();
    d->cardTitle = trimmedText(card, "title");
    d->miniprogramAppid = trimmedText(card, "appid");
    d->miniprogramPage = trimmedText(card, "pagepath");
    d->thumbMediaId = trimmedText(card, "thumb_media_id");
    const bool hasCard = o.contains(QStringLiteral("card"));
    if (d->text.trimmed().isEmpty() == !hasCard)
        return Status::failure(Text::tr("\"text\" or \"card\": a customer-service message is "
                                        "either a text or a Mini Program card."));
    if (hasCard && (d->cardTitle.isEmpty() || d->miniprogramAppid.isEmpty() ||
                    d->miniprogramPage.isEmpty() || d->thumbMediaId.isEmpty()))
        return Status::failure(Text::tr("\"card\": give \"title\", \"appid\", \"pagepath\" "
                                        "and \"thumb_media_id\"."));
    return Status::ok();
}

// mass: one text or article for everyone in a call, 2 to 10,000 openids a call.
Status parseMass(const QJsonObject &o, CampaignDefinition *d)
{
    d->text = o.value(QStringLiteral("text")).toString();
    d->mpnewsMediaId = trimmedText(o, "mpnews_media_id");
    d->mpnewsTitle = trimmedText(o, "mpnews_title");
    d->mpnewsCoverUrl = trimmedText(o, "mpnews_cover_url");
    if (d->text.trimmed().isEmpty() == d->mpnewsMediaId.isEmpty())
        return Status::failure(Text::tr("\"text\" or \"mpnews_media_id\": a mass message is "
                                        "either a text or an article."));
    if (d->text.contains(variable()))
        return Status::failure(Text::tr("\"text\": a mass message is one text for everyone in "
                                        "the call; per-person variables cannot be filled."));
    if (o.contains(QStringLiteral("tag_id"))) {
        d->massTagId = o.value(QStringLiteral("tag_id")).toInteger(0);
        if (d->massTagId <= 0)
            return Status::failure(Text::tr("\"tag_id\": the id of a WeChat tag (a whole number "
                                            "above 0)."));
        if (!d->segment.isEmpty())
            return Status::failure(Text::tr("\"segment\": a send to a WeChat tag reaches the "
                                            "tag's followers; leave the segment out."));
        return Status::ok();
    }
    if (d->segment.isEmpty())
        return Status::failure(Text::tr("\"segment\": which saved segment receives it?"));
    if (o.contains(QStringLiteral("batch_size"))) {
        d->batchSize = o.value(QStringLiteral("batch_size")).toInt(-1);
        // WeChat takes 2 to 10,000; from 3 up, batches can always be cut so that no single
        // openid is left over for a call of its own.
        if (d->batchSize < 3 || d->batchSize > CampaignDefinition::kMaxMassBatch)
            return Status::failure(Text::tr("\"batch_size\": from 3 to %1 openids a call.")
                                       .arg(CampaignDefinition::kMaxMassBatch));
    }
    return Status::ok();
}
} // namespace

QStringList CampaignDefinition::channels()
{
    return {QStringLiteral("template"), QStringLiteral("custom"), QStringLiteral("subscribe"),
            QStringLiteral("mass")};
}

double CampaignDefinition::defaultRate(const QString &channel)
{
    return channel == QStringLiteral("mass") ? 0.5 : 20.0;
}

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
    d.name = trimmedText(o, "name");
    d.appid = trimmedText(o, "appid");
    d.segment = trimmedText(o, "segment");
    d.channel = trimmedText(o, "channel");
    if (d.name.isEmpty())
        return Status::failure(Text::tr("\"name\": the campaign needs a name."));
    if (d.name.size() > kMaxNameLength)
        return tooLong(QStringLiteral("name"), d.name, kMaxNameLength);
    if (d.appid.isEmpty())
        return Status::failure(Text::tr("\"appid\": which account sends the campaign?"));
    if (d.segment.isEmpty() && d.channel != QStringLiteral("mass")) // a mass send may go by tag
        return Status::failure(Text::tr("\"segment\": which saved segment receives it?"));
    if (!channels().contains(d.channel))
        return Status::failure(Text::tr("\"channel\": \"%1\" is not a channel; use one of %2.")
                                   .arg(d.channel, channels().join(QStringLiteral(", "))));
    if (d.channel == QStringLiteral("template") || d.channel == QStringLiteral("subscribe"))
        WX_TRY(parseTemplate(o, &d));
    else if (d.channel == QStringLiteral("custom"))
        WX_TRY(parseCustom(o, &d));
    else
        WX_TRY(parseMass(o, &d));
    if (d.text.size() > kMaxTextLength) // a custom or mass text
        return tooLong(QStringLiteral("text"), d.text, kMaxTextLength);
    d.ratePerSecond = defaultRate(d.channel);
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
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("appid"), appid},
                  {QStringLiteral("segment"), segment},
                  {QStringLiteral("channel"), channel},
                  {QStringLiteral("rate_per_second"), ratePerSecond},
                  {QStringLiteral("concurrency"), concurrency}};
    if (!templateId.isEmpty()) {
        QJsonObject fieldsJson;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            fieldsJson.insert(it.key(), it.value());
        o.insert(QStringLiteral("template_id"), templateId);
        o.insert(QStringLiteral("fields"), fieldsJson);
    }
    if (!url.isEmpty())
        o.insert(QStringLiteral("url"), url);
    if (channel == QStringLiteral("template") && !miniprogramAppid.isEmpty())
        o.insert(QStringLiteral("miniprogram"),
                 QJsonObject{{QStringLiteral("appid"), miniprogramAppid},
                             {QStringLiteral("pagepath"), miniprogramPage}});
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    if (!cardTitle.isEmpty())
        o.insert(QStringLiteral("card"),
                 QJsonObject{{QStringLiteral("title"), cardTitle},
                             {QStringLiteral("appid"), miniprogramAppid},
                             {QStringLiteral("pagepath"), miniprogramPage},
                             {QStringLiteral("thumb_media_id"), thumbMediaId}});
    if (sentByMiniProgram()) {
        if (!page.isEmpty())
            o.insert(QStringLiteral("page"), page);
        o.insert(QStringLiteral("miniprogram_state"), miniprogramState);
    }
    if (!mpnewsMediaId.isEmpty())
        o.insert(QStringLiteral("mpnews_media_id"), mpnewsMediaId);
    if (!mpnewsTitle.isEmpty())
        o.insert(QStringLiteral("mpnews_title"), mpnewsTitle);
    if (!mpnewsCoverUrl.isEmpty())
        o.insert(QStringLiteral("mpnews_cover_url"), mpnewsCoverUrl);
    if (massByTag()) {
        o.insert(QStringLiteral("tag_id"), massTagId);
        o.remove(QStringLiteral("segment"));
    } else if (isMass()) {
        o.insert(QStringLiteral("batch_size"), batchSize);
    }
    if (capMessages > 0)
        o.insert(QStringLiteral("frequency_cap"),
                 QJsonObject{{QStringLiteral("messages"), capMessages},
                             {QStringLiteral("days"), capDays}});
    if (scheduledAt > 0) // as ISO 8601 in UTC: reads back whatever the year
        o.insert(QStringLiteral("start_at"),
                 QDateTime::fromMSecsSinceEpoch(scheduledAt, Qt::UTC)
                     .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
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

Status CampaignDefinition::checkSender(bool miniProgram) const
{
    if (sentByMiniProgram() && !miniProgram)
        return Status::failure(Text::tr("Subscribe messages are sent by a Mini Program; %1 is "
                                        "an Official Account.")
                                   .arg(appid));
    if (!sentByMiniProgram() && miniProgram)
        return Status::failure(Text::tr("%1 messages are sent by an Official Account; %2 is a "
                                        "Mini Program.")
                                   .arg(channel, appid));
    return Status::ok();
}
