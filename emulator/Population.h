#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The synthetic people behind wxemu, derived from a seed: every attribute is a pure function of
// (seed, index), so a million followers cost no memory and two runs with one seed agree.
//
// People 0..followers-1 have an Official Account openid ("follower" i). The first
// round(overlap * mpUsers) Mini Program users are the same people as followers 0.. (person j);
// the rest are Mini-Program-only people (index followers + j).
struct PopulationOptions
{
    quint64 seed = 1;
    int followers = 1000;
    double unionidRatio = 0.8;
    double unsubscribedRatio = 0.05;
    int mpUsers = 600;
    double overlap = 0.6;
    double memberIdRatio = 0.5;
    int tags = 8;
    int eventsPerUser = 5; // in the MP backend export
    QString oaAppid = QStringLiteral("wxoa0000000000emu");
    QString mpAppid = QStringLiteral("wxmp0000000000emu");
    // Follows, unfollows and first Mini Program visits happen from 2020-01-01 up to this moment
    // (seconds since the epoch; 0: the start of the day the emulator starts, Beijing time), more
    // of them in recent months, so the last weeks' statistics are not empty.
    qint64 historyEnd = 0;
};

struct Follower
{
    int index = -1;
    QString openid;
    QString unionid; // empty when the account returns none
    bool subscribed = false;
    qint64 subscribeTime = 0; // seconds since epoch, as WeChat returns it
    QString scene;
    QString qrScene; // the QR code's scene for ADD_SCENE_QR_CODE: a string or a number
    QString language;
    QString remark;
    QList<int> tagIds;
};

struct MiniProgramUser
{
    int index = -1;
    int person = -1;
    QString openid;
    QString unionid;
    QString memberId;
    qint64 firstSeenMsecs = 0;
};

class Population
{
public:
    explicit Population(const PopulationOptions &options);

    const PopulationOptions &options() const { return m_options; }

    Follower follower(int index) const;
    // The follower index encoded in an OA openid of this population, or -1.
    int followerIndex(const QString &openid) const;
    MiniProgramUser mpUser(int index) const;
    int mpUserIndex(const QString &openid) const;

    QString unionidForPerson(int person) const;
    bool personHasUnionid(int person) const;

    // The tags the emulated account starts with: ids 100, 101, ...
    QList<QPair<int, QString>> initialTags() const;
    // The kind of an MP user's n-th exported event: an index into the export's event names,
    // where kAcceptEvent is a subscribe_msg_accept for kAcceptedTemplate.
    static int eventKind(int mpIndex, int n) { return (mpIndex * 7 + n * 3) % 6; }
    static constexpr int kAcceptEvent = 5;
    static QString acceptedTemplate() { return QStringLiteral("SUB_order_status_01"); }
    // Subscribe-message acceptances an MP user starts with for a template: the
    // subscribe_msg_accept events the export holds for it, so an import and the emulator agree.
    int initialAcceptances(int mpIndex, const QString &templateId) const;

    // Base subscribed state (before unsubscribes made through /_emu/).
    bool baseSubscribed(int index) const;
    // The follow history behind the statistics, cheap enough for a million followers.
    qint64 subscribeTime(int index) const;
    // When a follower who no longer follows (baseSubscribed false) unfollowed; 0 otherwise.
    qint64 baseUnsubscribeTime(int index) const;
    // WeChat's user_source code for how follower `index` came (getusersummary).
    int userSource(int index) const;
    qint64 firstSeenMsecs(int mpIndex) const;
    qint64 historyEnd() const { return m_historyEnd; }

private:
    quint64 mix(quint64 a, quint64 b) const;
    double unit(quint64 a, quint64 b) const; // a uniform [0,1) from the seed and (a, b)
    QString token(const char *prefix, quint64 kind, int index) const;

    // A moment in the history, more of them in recent months (density grows linearly).
    qint64 historyMoment(quint64 stream, int index) const;

    PopulationOptions m_options;
    qint64 m_historyEnd = 0;
};
