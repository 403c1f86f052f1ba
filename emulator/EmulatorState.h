#pragma once

#include "AudienceHistory.h"
#include "Population.h"

#include "Router.h"
#include <memory>

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>

struct EmulatedApp
{
    QString kind; // "oa" or "mp"
    QString appid;
    QString secret;
};

// A template message template the Official Account holds.
struct EmulatedTemplate
{
    QString id;
    QString title;
    QString content; // with {{key.DATA}} placeholders
};

struct IssuedToken
{
    QString appid;
    qint64 expiresAtMsecs = 0;
};

// Settings that /_emu/config can change while the emulator runs.
struct EmulatorConfig
{
    double faultRate = 0.0;
    QStringList faultKinds{QStringLiteral("busy"), QStringLiteral("http500"),
                           QStringLiteral("timeout"), QStringLiteral("reset"),
                           QStringLiteral("minute-limit")};
    int latencyMs = 0;
    bool denyIp = false;
    int tokenTtlSeconds = 7200;
    // user/get answers every cursor with that same cursor as next_openid: a listing that loops.
    bool loopFollowerCursor = false;
    QHash<QString, int> dailyQuota;  // path -> calls a day
    QHash<QString, int> minuteLimit; // path -> calls a minute
    // Statistics of the last N days before today are not published yet (61503).
    int statsUnpublishedDays = 0;
};

// Everything the emulated WeChat remembers: issued tokens, quotas used, messages accepted,
// and the changes made to the seeded population (tags, unsubscribes, acceptances).
class EmulatorState
{
public:
    EmulatorState(const PopulationOptions &population, const QList<EmulatedApp> &apps,
                  const EmulatorConfig &config);

    const Population &population() const { return m_population; }
    EmulatorConfig &config() { return m_config; }
    QRandomGenerator &random() { return m_random; }
    qint64 nowMsecs() const { return QDateTime::currentMSecsSinceEpoch(); }

    const EmulatedApp *appById(const QString &appid) const;
    const EmulatedApp *appOfKind(const QString &kind) const;
    const QList<EmulatedApp> &apps() const { return m_apps; }

    // Tokens. std::nullopt + errcode when the token is unknown (40001) or expired (42001).
    std::optional<QString> appForToken(const QString &token, int *errcode) const;
    QStringList issuedTokens() const { return m_tokens.keys(); } // since the last reset
    QString stableToken(const QString &appid, bool forceRefresh, qint64 *expiresIn);
    QString legacyToken(const QString &appid, qint64 *expiresIn); // invalidates the previous one
    void expireAllTokens();

    // Counters and quotas.
    void countCall(const QString &path) { ++m_counts[path]; }
    QJsonObject counts() const;
    bool takeDailyQuota(const QString &path);  // false once used up (45009)
    bool takeMinuteQuota(const QString &path); // false past the per-minute limit (45011)
    QJsonObject quotaFor(const QString &path) const;

    // Followers with the changes made at run time.
    bool isSubscribed(int followerIndex) const;
    void unsubscribe(int followerIndex);
    // Follows, unfollows and first visits per day (built on first use: a pass over everyone).
    const AudienceHistory &audienceHistory() const;
    // Unfollows made through /_emu/unsubscribe: follower -> when (msecs).
    const QHash<int, qint64> &runTimeUnsubscribes() const { return m_unsubscribed; }
    int subscribedCount() const { return m_subscribedCount; }
    QList<int> tagsOf(int followerIndex) const;
    bool setTagged(int followerIndex, int tagId, bool tagged); // false at 20 tags
    QMap<int, QString> &tags() { return m_tags; }
    int tagCount(int tagId) const { return m_tagCounts.value(tagId); }
    // Who a send to the tag reaches: its followers who still follow.
    int subscribedWithTag(int tagId) const;
    int nextTagId() { return m_nextTagId++; }
    // Deletes a tag and takes it off every follower.
    void deleteTag(int tagId);
    QString remarkOf(int followerIndex) const;
    void setRemark(int followerIndex, const QString &remark) { m_remarks[followerIndex] = remark; }
    // Follower indexes the account blocked, in follower order (the order getblacklist pages in).
    QMap<int, bool> &blocked() { return m_blocked; }

    // The account's template message templates (three to start with).
    QList<EmulatedTemplate> &templates() { return m_templates; }

    // QR codes made: ticket -> when it expires (msecs; 0 for a permanent code).
    QHash<QString, qint64> &qrTickets() { return m_qrTickets; }

    // Messaging memory.
    void recordMessage(const QJsonObject &message) { m_messages.append(message); }
    // Every valid send request per recipient, de-duplicated by WeChat or not: what a test reads
    // to prove a console never asked twice.
    void countSendRequest(const QString &touser) { ++m_sendRequests[touser]; }
    const QHash<QString, int> &sendRequests() const { return m_sendRequests; }
    const QJsonArray &messages() const { return m_messages; }
    qint64 nextMsgId() { return ++m_lastMsgId; }
    QHash<QString, QPair<qint64, qint64>> &templateDedup() { return m_templateDedup; }
    QHash<QString, QPair<qint64, qint64>> &massDedup() { return m_massDedup; }
    // Daily quotas reset at midnight in Beijing; startNewDay() resets them now (for tests).
    void startNewDay() { m_dailyUsed.clear(); }
    void rollQuotaDay();
    int acceptancesLeft(int mpIndex, const QString &templateId) const;
    void addAcceptances(int mpIndex, const QString &templateId, int delta);
    struct Interaction
    {
        QString kind; // "message" (48 h, 5 replies) or "event" (1 min, 3 replies)
        qint64 atMsecs = 0;
        int used = 0;
    };
    QHash<QString, Interaction> &interactions() { return m_interactions; }
    // Followers who refuse the account's template messages (43101).
    QSet<QString> &refusingTemplates() { return m_refusingTemplates; }

    void reset();

private:
    Population m_population;
    QList<EmulatedApp> m_apps;
    EmulatorConfig m_config;
    QRandomGenerator m_random;

    QHash<QString, IssuedToken> m_tokens;    // every token still known
    QHash<QString, QString> m_currentStable; // appid -> current stable token
    QHash<QString, QString> m_currentLegacy; // appid -> current /cgi-bin/token token
    QHash<QString, int> m_counts;
    QHash<QString, int> m_dailyUsed;                 // calls today (Beijing), per path
    qint64 m_quotaDay = 0;                           // the Beijing day m_dailyUsed counts
    QHash<QString, QPair<qint64, int>> m_minuteUsed; // path -> (minute, calls)

    mutable std::unique_ptr<AudienceHistory> m_audienceHistory;
    QHash<int, qint64> m_unsubscribed; // follower -> when (msecs), for unfollows made at run time
    int m_subscribedCount = 0;
    QMap<int, QString> m_tags;
    QHash<int, int> m_tagCounts;
    QHash<qint64, bool> m_tagChanges; // (follower << 20 | tag) -> tagged
    int m_nextTagId = 200;
    QHash<int, QString> m_remarks; // remarks changed at run time
    QMap<int, bool> m_blocked;
    QHash<QString, qint64> m_qrTickets;
    QList<EmulatedTemplate> m_templates;

    QJsonArray m_messages;
    QHash<QString, int> m_sendRequests; // touser -> valid send requests
    qint64 m_lastMsgId = 1000000;
    QHash<QString, QPair<qint64, qint64>> m_templateDedup; // touser|client_msg_id -> (msgid, at)
    QHash<QString, QPair<qint64, qint64>> m_massDedup;     // clientmsgid -> (msgid, at)
    QHash<QString, int> m_acceptanceDelta;                 // mpIndex|template -> delta
    QHash<QString, Interaction> m_interactions;
    QSet<QString> m_refusingTemplates;
};
