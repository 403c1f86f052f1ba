#include "Population.h"

#include <cmath>
#include <QDateTime>

namespace {
// Attribute streams: each attribute hashes (seed, stream, index) so they are independent.
enum Stream : quint64
{
    StreamUnionid = 1,
    StreamSubscribed,
    StreamSubscribeTime,
    StreamScene,
    StreamLanguage,
    StreamRemark,
    StreamTags,
    StreamMpUnionid,
    StreamMemberId,
    StreamMpSeen,
    StreamOpenid,
    StreamQrScene,
    StreamUnsubscribeTime,
};

const QStringList kScenes{
    QStringLiteral("ADD_SCENE_SEARCH"),       QStringLiteral("ADD_SCENE_QR_CODE"),
    QStringLiteral("ADD_SCENE_PROFILE_CARD"), QStringLiteral("ADD_SCENE_ACCOUNT_MIGRATION"),
    QStringLiteral("ADD_SCENE_PROFILE_LINK"), QStringLiteral("ADD_SCENE_OTHERS")};
// The posters and shops whose QR codes brought followers: string scenes (qr_scene_str) and
// one numeric scene (qr_scene), as an account that has used both kinds would have.
const QStringList kQrScenes{QStringLiteral("poster-spring"), QStringLiteral("shop-shanghai-01"),
                            QStringLiteral("shop-beijing-02"), QStringLiteral("7")};
const QStringList kLanguages{QStringLiteral("zh_CN"), QStringLiteral("zh_CN"),
                             QStringLiteral("zh_CN"), QStringLiteral("zh_TW"),
                             QStringLiteral("en")};
const QStringList kTagNames{QStringLiteral("VIP"),        QStringLiteral("新客"),
                            QStringLiteral("Shanghai"),   QStringLiteral("北京"),
                            QStringLiteral("Newsletter"), QStringLiteral("活动报名"),
                            QStringLiteral("Wholesale"),  QStringLiteral("沉睡用户")};
const qint64 kEpochStart = 1577836800; // 2020-01-01, first follows
const qint64 kDaySeconds = 86400;
const qint64 kBeijingOffset = 8 * 3600;

// WeChat's user_source for each scene (getusersummary): 1 search, 30 QR code, 17 profile
// card, 0 other (migration included), 57 an article's link, 161 others' sharing.
const QList<int> kSourceOfScene{1, 30, 17, 0, 57, 161};
} // namespace

Population::Population(const PopulationOptions &options)
    : m_options(options), m_historyEnd(options.historyEnd)
{
    if (m_historyEnd <= 0) {
        const qint64 now = QDateTime::currentSecsSinceEpoch() + kBeijingOffset;
        m_historyEnd = now - now % kDaySeconds - kBeijingOffset;
    }
    m_historyEnd = qMax(m_historyEnd, kEpochStart + kDaySeconds);
}

qint64 Population::historyMoment(quint64 stream, int index) const
{
    return kEpochStart +
           qint64(std::sqrt(unit(stream, quint64(index))) * double(m_historyEnd - kEpochStart - 1));
}

qint64 Population::subscribeTime(int index) const
{
    return historyMoment(StreamSubscribeTime, index);
}

qint64 Population::baseUnsubscribeTime(int index) const
{
    if (baseSubscribed(index))
        return 0;
    const qint64 followed = subscribeTime(index);
    return followed + 1 +
           qint64(unit(StreamUnsubscribeTime, quint64(index)) *
                  double(m_historyEnd - followed - 2));
}

int Population::userSource(int index) const
{
    return kSourceOfScene.at(int(mix(StreamScene, index) % quint64(kScenes.size())));
}

qint64 Population::firstSeenMsecs(int mpIndex) const
{
    return historyMoment(StreamMpSeen, mpIndex) * 1000;
}

quint64 Population::mix(quint64 a, quint64 b) const
{
    // splitmix64 over (seed, a, b): cheap, well distributed, deterministic.
    quint64 z = m_options.seed * 0x9E3779B97F4A7C15ULL + a * 0xBF58476D1CE4E5B9ULL +
                b * 0x94D049BB133111EBULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double Population::unit(quint64 a, quint64 b) const
{
    return double(mix(a, b) >> 11) / double(1ULL << 53);
}

QString Population::token(const char *prefix, quint64 kind, int index) const
{
    // 28 characters like a real openid: prefix, a hash and the index (so lookups need no map).
    const QString hash =
        QString::number(mix(StreamOpenid + kind * 31, quint64(index)) % 2176782336ULL, 36)
            .rightJustified(6, u'0');
    return QStringLiteral("%1%2_%3").arg(QLatin1String(prefix), hash,
                                         QString::number(index).rightJustified(9, u'0'));
}

bool Population::baseSubscribed(int index) const
{
    return unit(StreamSubscribed, quint64(index)) >= m_options.unsubscribedRatio;
}

bool Population::personHasUnionid(int person) const
{
    return unit(StreamUnionid, quint64(person)) < m_options.unionidRatio;
}

QString Population::unionidForPerson(int person) const
{
    return token("uEmu", 2, person);
}

Follower Population::follower(int index) const
{
    Follower f;
    if (index < 0 || index >= m_options.followers)
        return f;
    f.index = index;
    f.openid = token("oEmu", 1, index);
    if (personHasUnionid(index))
        f.unionid = unionidForPerson(index);
    f.subscribed = baseSubscribed(index);
    f.subscribeTime = subscribeTime(index);
    f.scene = kScenes.at(int(mix(StreamScene, index) % quint64(kScenes.size())));
    if (f.scene == QLatin1String("ADD_SCENE_QR_CODE"))
        f.qrScene = kQrScenes.at(int(mix(StreamQrScene, index) % quint64(kQrScenes.size())));
    f.language = kLanguages.at(int(mix(StreamLanguage, index) % quint64(kLanguages.size())));
    if (unit(StreamRemark, index) < 0.1)
        f.remark = QStringLiteral("客户%1").arg(index);
    const quint64 tagBits = mix(StreamTags, index);
    for (int t = 0; t < m_options.tags && t < 20; ++t) {
        if (((tagBits >> (t * 3)) & 7) == 0) // each tag with probability 1/8
            f.tagIds << 100 + t;
    }
    return f;
}

int Population::followerIndex(const QString &openid) const
{
    if (!openid.startsWith(QStringLiteral("oEmu")) || openid.size() != 20)
        return -1;
    bool ok = false;
    const int index = openid.right(9).toInt(&ok);
    if (!ok || index < 0 || index >= m_options.followers || token("oEmu", 1, index) != openid)
        return -1;
    return index;
}

MiniProgramUser Population::mpUser(int index) const
{
    MiniProgramUser u;
    if (index < 0 || index >= m_options.mpUsers)
        return u;
    const int overlapping =
        qMin(m_options.followers, int(m_options.overlap * m_options.mpUsers + 0.5));
    u.index = index;
    u.person = index < overlapping ? index : m_options.followers + index;
    u.openid = token("oMpE", 3, index);
    // The MP is bound to the same Open Platform account: a person's unionid is the same on both.
    if (personHasUnionid(u.person))
        u.unionid = unionidForPerson(u.person);
    if (unit(StreamMemberId, quint64(u.person)) < m_options.memberIdRatio)
        u.memberId = QStringLiteral("M%1").arg(u.person + 100000);
    u.firstSeenMsecs = firstSeenMsecs(index);
    return u;
}

int Population::mpUserIndex(const QString &openid) const
{
    if (!openid.startsWith(QStringLiteral("oMpE")) || openid.size() != 20)
        return -1;
    bool ok = false;
    const int index = openid.right(9).toInt(&ok);
    if (!ok || index < 0 || index >= m_options.mpUsers || token("oMpE", 3, index) != openid)
        return -1;
    return index;
}

QList<QPair<int, QString>> Population::initialTags() const
{
    QList<QPair<int, QString>> tags;
    for (int t = 0; t < m_options.tags && t < 20; ++t) {
        const QString base = kTagNames.at(t % kTagNames.size());
        tags.append(
            {100 + t, t < kTagNames.size() ? base : QStringLiteral("%1-%2").arg(base).arg(t)});
    }
    return tags;
}

int Population::initialAcceptances(int mpIndex, const QString &templateId) const
{
    if (templateId != acceptedTemplate())
        return 0;
    int accepted = 0;
    for (int n = 0; n < m_options.eventsPerUser; ++n)
        accepted += eventKind(mpIndex, n) == kAcceptEvent;
    return accepted;
}
