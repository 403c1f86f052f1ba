// Tokens, quota, followers and tags of the emulated Official Account.
#include "EmulatorState.h"
#include "FakeQrImage.h"
#include "Router.h"

#include <optional>
#include <QJsonArray>

namespace {
const int kUserPage = 10000;
const int kBatchGetLimit = 100;
const int kTaggingLimit = 50;
const int kBlacklistLimit = 20;
const int kTagNameBytes = 30;
const int kRemarkBytes = 30;

QJsonObject userInfo(EmulatorState &state, int index)
{
    const Follower f = state.population().follower(index);
    QJsonObject info{{QStringLiteral("openid"), f.openid}};
    if (!f.unionid.isEmpty())
        info.insert(QStringLiteral("unionid"), f.unionid);
    if (!state.isSubscribed(index)) {
        info.insert(QStringLiteral("subscribe"), 0);
        return info;
    }
    QJsonArray tags;
    for (int tag : state.tagsOf(index))
        tags.append(tag);
    info.insert(QStringLiteral("subscribe"), 1);
    info.insert(QStringLiteral("language"), f.language);
    info.insert(QStringLiteral("subscribe_time"), f.subscribeTime);
    info.insert(QStringLiteral("remark"), state.remarkOf(index));
    info.insert(QStringLiteral("groupid"), 0);
    info.insert(QStringLiteral("tagid_list"), tags);
    info.insert(QStringLiteral("subscribe_scene"), f.scene);
    // A numeric scene comes as qr_scene, a string one as qr_scene_str (qr_scene then 0).
    bool numeric = false;
    const int sceneId = f.qrScene.toInt(&numeric);
    info.insert(QStringLiteral("qr_scene"), numeric ? sceneId : 0);
    info.insert(QStringLiteral("qr_scene_str"), numeric ? QString() : f.qrScene);
    return info;
}

Reply openidPage(const QList<QString> &openids, int total, const QString &next)
{
    QJsonObject page{{QStringLiteral("count"), int(openids.size())},
                     {QStringLiteral("next_openid"), next}};
    if (total >= 0)
        page.insert(QStringLiteral("total"), total);
    if (!openids.isEmpty())
        page.insert(QStringLiteral("data"),
                    QJsonObject{{QStringLiteral("openid"), QJsonArray::fromStringList(openids)}});
    return Reply::json(page);
}

// Lists subscribed followers from `start` that pass `accept`, one page. `total` < 0: the reply
// has no total (user/tag/get gives only count).
template <typename Accept>
Reply listFollowers(EmulatorState &state, const QString &nextOpenid, int total, Accept accept)
{
    int start = 0;
    if (!nextOpenid.isEmpty()) {
        const int index = state.population().followerIndex(nextOpenid);
        if (index < 0)
            return Reply::error(40003, QStringLiteral("invalid openid"));
        start = index + 1;
    }
    QList<QString> openids;
    QString last;
    const int followers = state.population().options().followers;
    for (int i = start; i < followers && openids.size() < kUserPage; ++i) {
        if (!state.isSubscribed(i) || !accept(i))
            continue;
        last = state.population().follower(i).openid;
        openids.append(last);
    }
    return openidPage(openids, total, last);
}

Reply stableToken(EmulatorState &state, const Call &call)
{
    if (call.json.value(QStringLiteral("grant_type")).toString() !=
        QStringLiteral("client_credential"))
        return Reply::error(40002, QStringLiteral("invalid grant_type"));
    const QString appid = call.json.value(QStringLiteral("appid")).toString();
    if (appid.isEmpty())
        return Reply::error(41002, QStringLiteral("appid missing"));
    if (call.json.value(QStringLiteral("secret")).toString().isEmpty())
        return Reply::error(41004, QStringLiteral("appsecret missing"));
    const EmulatedApp *app = state.appById(appid);
    if (!app)
        return Reply::error(40013, QStringLiteral("invalid appid"));
    if (call.json.value(QStringLiteral("secret")).toString() != app->secret)
        return Reply::error(40125, QStringLiteral("invalid appsecret"));
    qint64 expiresIn = 0;
    const QString token = state.stableToken(
        appid, call.json.value(QStringLiteral("force_refresh")).toBool(), &expiresIn);
    return Reply::json(
        {{QStringLiteral("access_token"), token}, {QStringLiteral("expires_in"), expiresIn}});
}

Reply legacyToken(EmulatorState &state, const Call &call)
{
    if (call.query.queryItemValue(QStringLiteral("grant_type")) !=
        QStringLiteral("client_credential"))
        return Reply::error(40002, QStringLiteral("invalid grant_type"));
    const QString appid = call.query.queryItemValue(QStringLiteral("appid"));
    if (appid.isEmpty())
        return Reply::error(41002, QStringLiteral("appid missing"));
    if (call.query.queryItemValue(QStringLiteral("secret")).isEmpty())
        return Reply::error(41004, QStringLiteral("appsecret missing"));
    const EmulatedApp *app = state.appById(appid);
    if (!app)
        return Reply::error(40013, QStringLiteral("invalid appid"));
    if (call.query.queryItemValue(QStringLiteral("secret")) != app->secret)
        return Reply::error(40125, QStringLiteral("invalid appsecret"));
    qint64 expiresIn = 0;
    const QString token = state.legacyToken(appid, &expiresIn);
    return Reply::json(
        {{QStringLiteral("access_token"), token}, {QStringLiteral("expires_in"), expiresIn}});
}

Reply batchGet(EmulatorState &state, const Call &call)
{
    const QJsonArray list = call.json.value(QStringLiteral("user_list")).toArray();
    if (list.isEmpty())
        return Reply::error(40003, QStringLiteral("invalid openid"));
    if (list.size() > kBatchGetLimit)
        return Reply::error(40032, QStringLiteral("invalid openid list size, at most 100"));
    QJsonArray infos;
    for (const QJsonValue &entry : list) {
        const int index = state.population().followerIndex(
            entry.toObject().value(QStringLiteral("openid")).toString());
        if (index < 0)
            return Reply::error(40003, QStringLiteral("invalid openid"));
        infos.append(userInfo(state, index));
    }
    return Reply::json({{QStringLiteral("user_info_list"), infos}});
}

Reply tagsGet(EmulatorState &state)
{
    QJsonArray tags;
    tags.append(QJsonObject{{QStringLiteral("id"), 2},
                            {QStringLiteral("name"), QStringLiteral("星标组")},
                            {QStringLiteral("count"), 0}});
    for (auto it = state.tags().constBegin(); it != state.tags().constEnd(); ++it)
        tags.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                {QStringLiteral("name"), it.value()},
                                {QStringLiteral("count"), state.tagCount(it.key())}});
    return Reply::json({{QStringLiteral("tags"), tags}});
}

// Why WeChat refuses `name` for a tag (other than `exceptId`), or nothing.
std::optional<Reply> tagNameRefusal(EmulatorState &state, const QString &name, int exceptId)
{
    if (name.isEmpty())
        return Reply::error(40003, QStringLiteral("invalid tag name"));
    if (name.toUtf8().size() > kTagNameBytes)
        return Reply::error(45158, QStringLiteral("tag name too long"));
    for (auto it = state.tags().constBegin(); it != state.tags().constEnd(); ++it)
        if (it.value() == name && it.key() != exceptId)
            return Reply::error(45157, QStringLiteral("invalid tag name, tag name exists"));
    return std::nullopt;
}

// The tag a tags/update or tags/delete names, or the refusal.
std::optional<Reply> userTagRefusal(EmulatorState &state, int tagId)
{
    if (tagId >= 0 && tagId <= 2)
        return Reply::error(45058, QStringLiteral("can't modify sys tag"));
    if (!state.tags().contains(tagId))
        return Reply::error(45159, QStringLiteral("invalid tag id"));
    return std::nullopt;
}

Reply tagsUpdate(EmulatorState &state, const Call &call)
{
    const QJsonObject tag = call.json.value(QStringLiteral("tag")).toObject();
    const int tagId = tag.value(QStringLiteral("id")).toInt(-1);
    const QString name = tag.value(QStringLiteral("name")).toString();
    if (std::optional<Reply> bad = userTagRefusal(state, tagId))
        return *bad;
    if (std::optional<Reply> bad = tagNameRefusal(state, name, tagId))
        return *bad;
    state.tags().insert(tagId, name);
    return Reply::ok();
}

Reply tagsDelete(EmulatorState &state, const Call &call)
{
    const int tagId =
        call.json.value(QStringLiteral("tag")).toObject().value(QStringLiteral("id")).toInt(-1);
    if (std::optional<Reply> bad = userTagRefusal(state, tagId))
        return *bad;
    if (state.tagCount(tagId) > 100000)
        return Reply::error(45057, QStringLiteral("can't delete the tag that has too many fans"));
    state.deleteTag(tagId);
    return Reply::ok();
}

// The follower indexes of an openid_list, or the refusal (40003 for an unknown openid).
std::optional<Reply> followerIndexes(EmulatorState &state, const QJsonArray &openids, int limit,
                                     QList<int> *indexes)
{
    if (openids.isEmpty())
        return Reply::error(40003, QStringLiteral("invalid openid"));
    if (openids.size() > limit)
        return Reply::error(40032,
                            QStringLiteral("invalid openid list size, at most %1").arg(limit));
    for (const QJsonValue &value : openids) {
        const int index = state.population().followerIndex(value.toString());
        if (index < 0)
            return Reply::error(40003, QStringLiteral("invalid openid"));
        indexes->append(index);
    }
    return std::nullopt;
}

Reply updateRemark(EmulatorState &state, const Call &call)
{
    const int index =
        state.population().followerIndex(call.json.value(QStringLiteral("openid")).toString());
    if (index < 0)
        return Reply::error(40003, QStringLiteral("invalid openid"));
    const QString remark = call.json.value(QStringLiteral("remark")).toString();
    if (remark.toUtf8().size() > kRemarkBytes)
        return Reply::error(40092, QStringLiteral("invalid remark name"));
    if (!state.isSubscribed(index))
        return Reply::error(43004, QStringLiteral("require subscribe"));
    state.setRemark(index, remark);
    return Reply::ok();
}

Reply blacklistChange(EmulatorState &state, const Call &call, bool blocked)
{
    QList<int> indexes;
    if (std::optional<Reply> bad =
            followerIndexes(state, call.json.value(QStringLiteral("openid_list")).toArray(),
                            kBlacklistLimit, &indexes))
        return *bad;
    for (int index : indexes)
        if (blocked)
            state.blocked().insert(index, true);
        else
            state.blocked().remove(index);
    return Reply::ok();
}

Reply blacklistGet(EmulatorState &state, const Call &call)
{
    const QString begin = call.json.value(QStringLiteral("begin_openid")).toString();
    int start = 0;
    if (!begin.isEmpty()) {
        start = state.population().followerIndex(begin);
        if (start < 0)
            return Reply::error(40003, QStringLiteral("invalid openid"));
        ++start;
    }
    QList<QString> openids;
    QString last;
    for (auto it = state.blocked().lowerBound(start);
         it != state.blocked().constEnd() && openids.size() < kUserPage; ++it) {
        last = state.population().follower(it.key()).openid;
        openids.append(last);
    }
    return openidPage(openids, int(state.blocked().size()), last);
}

Reply tagsCreate(EmulatorState &state, const Call &call)
{
    const QString name =
        call.json.value(QStringLiteral("tag")).toObject().value(QStringLiteral("name")).toString();
    if (std::optional<Reply> bad = tagNameRefusal(state, name, -1))
        return *bad;
    if (state.tags().size() >= 100)
        return Reply::error(45056, QStringLiteral("too many tags now, no need to add new"));
    const int id = state.nextTagId();
    state.tags().insert(id, name);
    return Reply::json({{QStringLiteral("tag"),
                         QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}}}});
}

// qrcode/create: the four kinds of parametric code, with WeChat's limits on each.
Reply qrcodeCreate(EmulatorState &state, const Call &call)
{
    const QString action = call.json.value(QStringLiteral("action_name")).toString();
    const bool permanent = action.startsWith(QLatin1String("QR_LIMIT_"));
    const bool text = action.endsWith(QLatin1String("STR_SCENE"));
    static const QStringList kinds{QStringLiteral("QR_SCENE"), QStringLiteral("QR_STR_SCENE"),
                                   QStringLiteral("QR_LIMIT_SCENE"),
                                   QStringLiteral("QR_LIMIT_STR_SCENE")};
    if (!kinds.contains(action))
        return Reply::error(40097, QStringLiteral("invalid args: action_name"));
    const QJsonObject scene = call.json.value(QStringLiteral("action_info"))
                                  .toObject()
                                  .value(QStringLiteral("scene"))
                                  .toObject();
    QString value;
    if (text) {
        value = scene.value(QStringLiteral("scene_str")).toString();
        if (value.isEmpty() || value.toUtf8().size() > 64)
            return Reply::error(40097, QStringLiteral("invalid args: scene_str"));
    } else {
        const qint64 id = scene.value(QStringLiteral("scene_id")).toInteger();
        if (id < 1 || id > (permanent ? 100000 : std::numeric_limits<qint32>::max()))
            return Reply::error(40097, QStringLiteral("invalid args: scene_id"));
        value = QString::number(id);
    }
    // A temporary code lives 60 s unless asked otherwise, 30 days at most.
    const int expire =
        qBound(60, call.json.value(QStringLiteral("expire_seconds")).toInt(60), 30 * 24 * 3600);
    const QString ticket = QStringLiteral("gQemu%1").arg(state.nextMsgId());
    QJsonObject reply{
        {QStringLiteral("ticket"), ticket},
        {QStringLiteral("url"), QStringLiteral("http://weixin.qq.com/q/emu-") + value}};
    if (!permanent)
        reply.insert(QStringLiteral("expire_seconds"), expire);
    state.qrTickets().insert(ticket, permanent ? 0 : state.nowMsecs() + expire * 1000LL);
    return Reply::json(reply);
}

// showqrcode (on mp.weixin.qq.com, no token): the image of a code that has not expired.
Reply showQrCode(EmulatorState &state, const Call &call)
{
    const QString ticket = call.query.queryItemValue(QStringLiteral("ticket"), QUrl::FullyDecoded);
    const auto found = state.qrTickets().constFind(ticket);
    if (found == state.qrTickets().constEnd() || (*found && *found < state.nowMsecs()))
        return Reply::error(40097, QStringLiteral("invalid args: ticket"));
    Reply reply;
    reply.contentType = "image/png";
    reply.body = fakeQrPng(ticket.toUtf8());
    return reply;
}

Reply tagging(EmulatorState &state, const Call &call, bool tagged)
{
    const int tagId = call.json.value(QStringLiteral("tagid")).toInt(-1);
    if (tagId >= 0 && tagId <= 2)
        return Reply::error(45058, QStringLiteral("can't modify sys tag"));
    if (!state.tags().contains(tagId))
        return Reply::error(45159, QStringLiteral("invalid tag id"));
    QList<int> indexes;
    if (std::optional<Reply> bad =
            followerIndexes(state, call.json.value(QStringLiteral("openid_list")).toArray(),
                            kTaggingLimit, &indexes))
        return *bad;
    for (int index : indexes)
        if (!state.isSubscribed(index))
            return Reply::error(43004, QStringLiteral("require subscribe"));
    for (int index : indexes)
        if (!state.setTagged(index, tagId, tagged))
            return Reply::error(45059, QStringLiteral("has fans tag over limit"));
    return Reply::ok();
}
} // namespace

void addAccountRoutes(EmulatorState &state, Routes &routes)
{
    routes.insert(QStringLiteral("/cgi-bin/stable_token"),
                  {QStringLiteral("POST"), false, QString(),
                   [&state](const Call &c) { return stableToken(state, c); }});
    routes.insert(QStringLiteral("/cgi-bin/token"),
                  {QStringLiteral("GET"), false, QString(),
                   [&state](const Call &c) { return legacyToken(state, c); }});
    routes.insert(QStringLiteral("/cgi-bin/openapi/quota/get"),
                  {QStringLiteral("POST"), true, QString(), [&state](const Call &c) {
                       const QString path = c.json.value(QStringLiteral("cgi_path")).toString();
                       if (!path.startsWith(u'/'))
                           return Reply::error(76021, QStringLiteral("cgi_path not found"));
                       return Reply::ok({{QStringLiteral("quota"), state.quotaFor(path)}});
                   }});
    routes.insert(QStringLiteral("/cgi-bin/user/get"),
                  {QStringLiteral("GET"), true, QStringLiteral("oa"), [&state](const Call &c) {
                       const QString cursor = c.query.queryItemValue(QStringLiteral("next_openid"));
                       Reply page = listFollowers(state, cursor, state.subscribedCount(),
                                                  [](int) { return true; });
                       if (state.config().loopFollowerCursor && !cursor.isEmpty()) {
                           QJsonObject json = QJsonDocument::fromJson(page.body).object();
                           json.insert(QStringLiteral("next_openid"), cursor);
                           page = Reply::json(json);
                       }
                       return page;
                   }});
    routes.insert(QStringLiteral("/cgi-bin/user/info/batchget"),
                  {QStringLiteral("POST"), true, QStringLiteral("oa"),
                   [&state](const Call &c) { return batchGet(state, c); }});
    routes.insert(QStringLiteral("/cgi-bin/tags/get"),
                  {QStringLiteral("GET"), true, QStringLiteral("oa"),
                   [&state](const Call &) { return tagsGet(state); }});
    routes.insert(QStringLiteral("/cgi-bin/tags/create"),
                  {QStringLiteral("POST"), true, QStringLiteral("oa"),
                   [&state](const Call &c) { return tagsCreate(state, c); }});
    routes.insert(QStringLiteral("/cgi-bin/tags/members/batchtagging"),
                  {QStringLiteral("POST"), true, QStringLiteral("oa"),
                   [&state](const Call &c) { return tagging(state, c, true); }});
    routes.insert(QStringLiteral("/cgi-bin/tags/members/batchuntagging"),
                  {QStringLiteral("POST"), true, QStringLiteral("oa"),
                   [&state](const Call &c) { return tagging(state, c, false); }});
    routes.insert(QStringLiteral("/cgi-bin/user/tag/get"),
                  {QStringLiteral("POST"), true, QStringLiteral("oa"), [&state](const Call &c) {
                       const int tagId = c.json.value(QStringLiteral("tagid")).toInt(-1);
                       if (!state.tags().contains(tagId))
                           return Reply::error(45159, QStringLiteral("invalid tag id"));
                       return listFollowers(
                           state, c.json.value(QStringLiteral("next_openid")).toString(), -1,
                           [&state, tagId](int i) { return state.tagsOf(i).contains(tagId); });
                   }});
    routes.insert(QStringLiteral("/cgi-bin/qrcode/create"),
                  {QStringLiteral("POST"), true, QStringLiteral("oa"),
                   [&state](const Call &c) { return qrcodeCreate(state, c); }});
    routes.insert(QStringLiteral("/cgi-bin/showqrcode"),
                  {QStringLiteral("GET"), false, QString(),
                   [&state](const Call &c) { return showQrCode(state, c); }});
    routes.insert(QStringLiteral("/cgi-bin/tags/update"),
                  {QStringLiteral("POST"), true, QStringLiteral("oa"),
                   [&state](const Call &c) { return tagsUpdate(state, c); }});
    routes.insert(QStringLiteral("/cgi-bin/tags/delete"),
                  {QStringLiteral("POST"), true, QStringLiteral("oa"),
                   [&state](const Call &c) { return tagsDelete(state, c); }});
    routes.insert(QStringLiteral("/cgi-bin/user/info/updateremark"),
                  {QStringLiteral("POST"), true, QStringLiteral("oa"),
                   [&state](const Call &c) { return updateRemark(state, c); }});
    routes.insert(QStringLiteral("/cgi-bin/tags/members/getblacklist"),
                  {QStringLiteral("POST"), true, QStringLiteral("oa"),
                   [&state](const Call &c) { return blacklistGet(state, c); }});
    routes.insert(QStringLiteral("/cgi-bin/tags/members/batchblacklist"),
                  {QStringLiteral("POST"), true, QStringLiteral("oa"),
                   [&state](const Call &c) { return blacklistChange(state, c, true); }});
    routes.insert(QStringLiteral("/cgi-bin/tags/members/batchunblacklist"),
                  {QStringLiteral("POST"), true, QStringLiteral("oa"),
                   [&state](const Call &c) { return blacklistChange(state, c, false); }});
}
