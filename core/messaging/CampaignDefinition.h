#pragma once

#include "util/Status.h"

#include <limits>
#include <QJsonObject>
#include <QMap>
#include <QString>

// What a campaign sends to whom, as the composer or `wxops campaign create` gives it (JSON):
//   {"name": "...", "appid": "wx…", "segment": "Saved segment", "channel": "template",
//    "template_id": "…", "fields": {"thing1": "Hello {{member_id|friend}}", …},
//    "url": "https://…", "miniprogram": {"appid": "wx…", "pagepath": "pages/…"},
//    "rate_per_second": 20, "concurrency": 4,
//    "frequency_cap": {"messages": 3, "days": 7},
//    "start_at": "2026-12-12T09:00:00+08:00", "quiet_hours": {"from": "22:00", "to": "08:00"}}
// The other channels (docs/campaigns.md):
//   "custom":    {"text": "…"} or {"card": {"title", "appid", "pagepath", "thumb_media_id"}}
//   "subscribe": {"template_id", "fields", "page", "miniprogram_state"} from a Mini Program
//   "mass":      {"text": "…"} or {"mpnews_media_id": "…", optional "mpnews_title",
//                "mpnews_cover_url" as picked}, "batch_size": 3..10000, or
//                "tag_id": N to send to a WeChat tag in one call (then no "segment")
// Texts may hold per-person variables: {{member_id}}, {{remark}}, {{profile_id}}, each with an
// optional fallback after "|" for people who have no value (not in a mass message: one text
// goes to everyone in the call).
struct CampaignDefinition
{
    QString name;
    QString appid;
    QString segment;
    QString channel; // template, custom, subscribe or mass
    QString templateId;
    QMap<QString, QString> fields; // template key -> text with variables
    QString url;
    QString miniprogramAppid; // template: the page a message opens; custom: the card's
    QString miniprogramPage;
    QString text;         // custom or mass text
    QString cardTitle;    // custom Mini Program card
    QString thumbMediaId; // its picture, a permanent media id
    QString page;         // subscribe: the Mini Program page it opens
    QString miniprogramState = QStringLiteral("formal");
    QString mpnewsMediaId; // mass: an article from the media library
    QString mpnewsTitle;   // its title and cover as picked, for previews (WeChat sends by id)
    QString mpnewsCoverUrl;
    int batchSize = kMaxMassBatch;
    qint64 massTagId = 0; // mass: WeChat's tag id to send to (sendall); 0: the segment's openids
    double ratePerSecond = 20.0; // requests a second; defaultRate(channel) when not given
    int concurrency = 4;
    int capMessages = 0; // frequency cap across campaigns; 0: none
    int capDays = 0;
    qint64 scheduledAt = 0; // epoch ms; 0: as soon as it is started
    int quietFrom = -1;     // quiet hours, minutes after midnight in Beijing time; -1: none
    int quietTo = -1;

    static constexpr double kMaxRatePerSecond = 1000.0;
    static constexpr int kMaxConcurrency = 32;
    static constexpr int kMaxMassBatch = 10000;
    // Bounds that keep a definition a message, not a document (checked before anything is
    // stored): a name for lists, a text longer than any chat bubble, a template field far
    // over WeChat's own (20 characters for a "thing").
    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxTextLength = 2000;
    static constexpr int kMaxFieldLength = 200;
    static constexpr int kMaxFields = 30;
    // A template field's key as WeChat names them (first, keyword1, thing2,
    // character_string1): a letter, then up to 63 letters, digits and '_'.
    static bool isFieldKey(const QString &key);

    static QStringList channels();
    // Well under WeChat's limits: 20 sends a second, and for mass one call every two seconds
    // (sendall takes 60 a minute; each call may carry 10,000 openids).
    static double defaultRate(const QString &channel);
    // A Mini Program sends subscribe messages; the other channels need an Official Account.
    bool sentByMiniProgram() const { return channel == QStringLiteral("subscribe"); }
    bool isMass() const { return channel == QStringLiteral("mass"); }
    bool massByTag() const { return isMass() && massTagId > 0; }
    // Whether an app of this kind (a Mini Program, or an Official Account) sends this channel.
    Status checkSender(bool miniProgram) const;
    // Deliveries one request carries (a tag send: all of them).
    int recipientsPerRequest() const
    {
        return massByTag() ? std::numeric_limits<int>::max() : isMass() ? batchSize : 1;
    }

    // Reads and checks a definition; the message names the field that is wrong.
    static Status parse(const QByteArray &json, CampaignDefinition *definition);
    QJsonObject toJson() const;
};
