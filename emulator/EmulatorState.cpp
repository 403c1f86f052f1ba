#include "EmulatorState.h"

namespace {
QString randomToken(QRandomGenerator &random)
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    QString token;
    token.reserve(136);
    for (int i = 0; i < 136; ++i)
        token += QLatin1Char(alphabet[random.bounded(64)]);
    return token;
}

qint64 tagKey(int follower, int tag)
{
    return (qint64(follower) << 20) | tag;
}

const qint64 kLegacyOverlapMsecs = 5 * 60 * 1000;
} // namespace

EmulatorState::EmulatorState(const PopulationOptions &population, const QList<EmulatedApp> &apps,
                             const EmulatorConfig &config)
    : m_population(population), m_apps(apps), m_config(config), m_random(quint32(population.seed))
{
    reset();
}

void EmulatorState::reset()
{
    m_tokens.clear();
    m_currentStable.clear();
    m_currentLegacy.clear();
    m_counts.clear();
    m_dailyUsed.clear();
    m_minuteUsed.clear();
    m_unsubscribed.clear();
    m_tagChanges.clear();
    m_remarks.clear();
    m_blocked.clear();
    m_qrTickets.clear();
    m_templates = {
        {QStringLiteral("TPL_order_shipped_0001"), QStringLiteral("订单发货通知"),
         QStringLiteral("{{first.DATA}}\n订单号：{{keyword1.DATA}}\n快递公司：{{keyword2.DATA}}\n{{"
                        "remark.DATA}}")},
        {QStringLiteral("TPL_event_reminder_002"), QStringLiteral("活动提醒"),
         QStringLiteral("活动名称：{{thing1.DATA}}\n活动时间：{{time2.DATA}}")},
        {QStringLiteral("TPL_points_change_0003"), QStringLiteral("积分变动提醒"),
         QStringLiteral("会员号：{{character_string1.DATA}}\n积分变动：{{amount2.DATA}}")}};
    m_messages = QJsonArray();
    m_sendRequests.clear();
    m_templateDedup.clear();
    m_massDedup.clear();
    m_acceptanceDelta.clear();
    m_interactions.clear();
    m_refusingTemplates.clear();
    m_nextTagId = 200;

    m_tags.clear();
    for (const auto &[id, name] : m_population.initialTags())
        m_tags.insert(id, name);
    m_tagCounts.clear();
    m_subscribedCount = 0;
    const int followers = m_population.options().followers;
    for (int i = 0; i < followers; ++i) {
        if (!m_population.baseSubscribed(i))
            continue;
        ++m_subscribedCount;
        for (int tag : m_population.follower(i).tagIds)
            ++m_tagCounts[tag];
    }
}

const EmulatedApp *EmulatorState::appById(const QString &appid) const
{
    for (const EmulatedApp &app : m_apps)
        if (app.appid == appid)
            return &app;
    return nullptr;
}

const EmulatedApp *EmulatorState::appOfKind(const QString &kind) const
{
    for (const EmulatedApp &app : m_apps)
        if (app.kind == kind)
            return &app;
    return nullptr;
}

std::optional<QString> EmulatorState::appForToken(const QString &token, int *errcode) const
{
    const auto it = m_tokens.constFind(token);
    if (token.isEmpty()) {
        *errcode = 41001;
        return std::nullopt;
    }
    if (it == m_tokens.constEnd()) {
        *errcode = 40001;
        return std::nullopt;
    }
    if (it->expiresAtMsecs <= nowMsecs()) {
        *errcode = 42001;
        return std::nullopt;
    }
    return it->appid;
}

QString EmulatorState::stableToken(const QString &appid, bool forceRefresh, qint64 *expiresIn)
{
    // Normal mode: everyone gets the same token until it expires.
    const QString current = m_currentStable.value(appid);
    const auto it = m_tokens.constFind(current);
    if (!forceRefresh && it != m_tokens.constEnd() && it->expiresAtMsecs > nowMsecs()) {
        *expiresIn = (it->expiresAtMsecs - nowMsecs()) / 1000;
        return current;
    }
    const QString token = randomToken(m_random);
    m_tokens.insert(token, {appid, nowMsecs() + qint64(m_config.tokenTtlSeconds) * 1000});
    m_currentStable.insert(appid, token);
    *expiresIn = m_config.tokenTtlSeconds;
    return token;
}

QString EmulatorState::legacyToken(const QString &appid, qint64 *expiresIn)
{
    // /cgi-bin/token invalidates every earlier token of the app after a short overlap:
    // the behaviour that makes it unsafe next to another holder.
    const qint64 overlapEnd = nowMsecs() + kLegacyOverlapMsecs;
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it)
        if (it->appid == appid && it->expiresAtMsecs > overlapEnd)
            it->expiresAtMsecs = overlapEnd;
    const QString token = randomToken(m_random);
    m_tokens.insert(token, {appid, nowMsecs() + qint64(m_config.tokenTtlSeconds) * 1000});
    m_currentLegacy.insert(appid, token);
    *expiresIn = m_config.tokenTtlSeconds;
    return token;
}

void EmulatorState::expireAllTokens()
{
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it)
        it->expiresAtMsecs = 0;
}

QJsonObject EmulatorState::counts() const
{
    QJsonObject out;
    for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

void EmulatorState::rollQuotaDay()
{
    const qint64 beijingDay = (nowMsecs() + 8LL * 3600 * 1000) / (24LL * 3600 * 1000);
    if (beijingDay != m_quotaDay) {
        m_quotaDay = beijingDay;
        m_dailyUsed.clear();
    }
}

bool EmulatorState::takeDailyQuota(const QString &path)
{
    const auto limit = m_config.dailyQuota.constFind(path);
    if (limit == m_config.dailyQuota.constEnd())
        return true;
    int &used = m_dailyUsed[path];
    if (used >= *limit)
        return false;
    ++used;
    return true;
}

bool EmulatorState::takeMinuteQuota(const QString &path)
{
    const auto limit = m_config.minuteLimit.constFind(path);
    if (limit == m_config.minuteLimit.constEnd())
        return true;
    const qint64 minute = nowMsecs() / 60000;
    auto &[currentMinute, calls] = m_minuteUsed[path];
    if (currentMinute != minute) {
        currentMinute = minute;
        calls = 0;
    }
    if (calls >= *limit)
        return false;
    ++calls;
    return true;
}

QJsonObject EmulatorState::quotaFor(const QString &path) const
{
    const int limit = m_config.dailyQuota.value(path, 100000);
    const int used = m_dailyUsed.value(path);
    return QJsonObject{{QStringLiteral("daily_limit"), limit},
                       {QStringLiteral("used"), used},
                       {QStringLiteral("remain"), qMax(0, limit - used)}};
}

int EmulatorState::subscribedWithTag(int tagId) const
{
    int reached = 0;
    for (int i = 0; i < m_population.options().followers; ++i)
        reached += isSubscribed(i) && tagsOf(i).contains(tagId);
    return reached;
}

bool EmulatorState::isSubscribed(int followerIndex) const
{
    return m_population.baseSubscribed(followerIndex) && !m_unsubscribed.contains(followerIndex);
}

const AudienceHistory &EmulatorState::audienceHistory() const
{
    if (!m_audienceHistory)
        m_audienceHistory = std::make_unique<AudienceHistory>(*this);
    return *m_audienceHistory;
}

void EmulatorState::unsubscribe(int followerIndex)
{
    if (!isSubscribed(followerIndex))
        return;
    for (int tag : tagsOf(followerIndex))
        --m_tagCounts[tag];
    m_unsubscribed.insert(followerIndex, nowMsecs());
    --m_subscribedCount;
}

void EmulatorState::deleteTag(int tagId)
{
    m_tags.remove(tagId);
    m_tagCounts.remove(tagId);
}

QString EmulatorState::remarkOf(int followerIndex) const
{
    return m_remarks.value(followerIndex, m_population.follower(followerIndex).remark);
}

QList<int> EmulatorState::tagsOf(int followerIndex) const
{
    QList<int> tags = m_population.follower(followerIndex).tagIds;
    tags.removeIf([this](int tag) { return !m_tags.contains(tag); }); // deleted since
    if (m_tagChanges.isEmpty())
        return tags;
    for (auto it = m_tags.constBegin(); it != m_tags.constEnd(); ++it) {
        const auto change = m_tagChanges.constFind(tagKey(followerIndex, it.key()));
        if (change == m_tagChanges.constEnd())
            continue;
        if (*change && !tags.contains(it.key()))
            tags.append(it.key());
        else if (!*change)
            tags.removeAll(it.key());
    }
    std::sort(tags.begin(), tags.end());
    return tags;
}

bool EmulatorState::setTagged(int followerIndex, int tagId, bool tagged)
{
    const QList<int> current = tagsOf(followerIndex);
    if (current.contains(tagId) == tagged)
        return true;
    if (tagged && current.size() >= 20)
        return false;
    m_tagChanges.insert(tagKey(followerIndex, tagId), tagged);
    m_tagCounts[tagId] += tagged ? 1 : -1;
    return true;
}

int EmulatorState::acceptancesLeft(int mpIndex, const QString &templateId) const
{
    return m_population.initialAcceptances(mpIndex, templateId) +
           m_acceptanceDelta.value(QString::number(mpIndex) + u'|' + templateId);
}

void EmulatorState::addAcceptances(int mpIndex, const QString &templateId, int delta)
{
    m_acceptanceDelta[QString::number(mpIndex) + u'|' + templateId] += delta;
}
