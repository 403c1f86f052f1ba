// Template, customer-service and mass messages of the emulated Official Account.
#include "EmulatorState.h"
#include "Router.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
// The industry library a template is added from by its short id (api_add_template).
const QList<EmulatedTemplate> &industryLibrary()
{
    static const QList<EmulatedTemplate> library{
        {QStringLiteral("OPENTM400231951"), QStringLiteral("订单支付成功"),
         QStringLiteral(
             "订单号：{{character_string1.DATA}}\n支付金额：{{amount2.DATA}}\n支付时间：{{"
             "time3.DATA}}")},
        {QStringLiteral("OPENTM411999701"), QStringLiteral("预约成功通知"),
         QStringLiteral(
             "预约项目：{{thing1.DATA}}\n预约时间：{{time2.DATA}}\n门店：{{thing3.DATA}}")},
        {QStringLiteral("OPENTM207940503"), QStringLiteral("会员卡开通提醒"),
         QStringLiteral("会员号：{{character_string1.DATA}}\n开通时间：{{time2.DATA}}")}};
    return library;
}

const EmulatedTemplate *findTemplate(EmulatorState &state, const QString &id)
{
    for (const EmulatedTemplate &t : state.templates())
        if (t.id == id)
            return &t;
    return nullptr;
}

// The keys a template requires; since 2023-05 `first` and `remark` are optional and not shown.
QStringList requiredKeys(const EmulatedTemplate &t)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{(\\w+)\\.DATA\\}\\}"));
    QStringList keys;
    for (auto it = placeholder.globalMatch(t.content); it.hasNext();) {
        const QString key = it.next().captured(1);
        if (key != QStringLiteral("first") && key != QStringLiteral("remark"))
            keys << key;
    }
    return keys;
}

const qint64 kTemplateDedupMsecs = 10 * 60 * 1000;
const qint64 kMassDedupMsecs = 24LL * 3600 * 1000;

// 40003 / 43004 for a recipient that is not a current follower; -1 when fine.
int followerError(EmulatorState &state, const QString &openid, int *index)
{
    *index = state.population().followerIndex(openid);
    if (*index < 0)
        return 40003;
    if (!state.isSubscribed(*index))
        return 43004;
    return -1;
}

Reply recipientError(int code)
{
    return code == 40003 ? Reply::error(40003, QStringLiteral("invalid openid"))
                         : Reply::error(43004, QStringLiteral("require subscribe"));
}

Reply templateSend(EmulatorState &state, const Call &call)
{
    const QString touser = call.json.value(QStringLiteral("touser")).toString();
    int index = -1;
    if (const int code = followerError(state, touser, &index); code > 0)
        return recipientError(code);
    if (state.refusingTemplates().contains(touser))
        return Reply::error(43101, QStringLiteral("user refuse to accept the msg"));
    const QString templateId = call.json.value(QStringLiteral("template_id")).toString();
    const EmulatedTemplate *tpl = findTemplate(state, templateId);
    if (!tpl)
        return Reply::error(40037, QStringLiteral("invalid template_id"));
    const QJsonObject data = call.json.value(QStringLiteral("data")).toObject();
    for (const QString &key : requiredKeys(*tpl)) {
        if (data.value(key).toObject().value(QStringLiteral("value")).toString().isEmpty())
            return Reply::error(
                47003, QStringLiteral("argument invalid! data.%1.value is empty").arg(key));
    }
    state.countSendRequest(touser);
    const QString clientMsgId = call.json.value(QStringLiteral("client_msg_id")).toString();
    const QString dedupKey = touser + u'|' + clientMsgId;
    if (!clientMsgId.isEmpty()) {
        const auto seen = state.templateDedup().constFind(dedupKey);
        if (seen != state.templateDedup().constEnd() &&
            state.nowMsecs() - seen->second < kTemplateDedupMsecs)
            return Reply::ok({{QStringLiteral("msgid"), seen->first}}); // dropped as a duplicate
    }
    const qint64 msgid = state.nextMsgId();
    if (!clientMsgId.isEmpty())
        state.templateDedup().insert(dedupKey, {msgid, state.nowMsecs()});
    state.recordMessage(
        {{QStringLiteral("endpoint"), QStringLiteral("template")},
         {QStringLiteral("appid"), call.appid},
         {QStringLiteral("touser"), touser},
         {QStringLiteral("template_id"), templateId},
         {QStringLiteral("data"), data},
         {QStringLiteral("url"), call.json.value(QStringLiteral("url"))},
         {QStringLiteral("miniprogram"), call.json.value(QStringLiteral("miniprogram"))},
         {QStringLiteral("client_msg_id"), clientMsgId},
         {QStringLiteral("msgid"), msgid},
         {QStringLiteral("at"), state.nowMsecs()}});
    return Reply::ok({{QStringLiteral("msgid"), msgid}});
}

Reply customSend(EmulatorState &state, const Call &call)
{
    const QString touser = call.json.value(QStringLiteral("touser")).toString();
    int index = -1;
    if (const int code = followerError(state, touser, &index); code > 0)
        return recipientError(code);
    const QString msgtype = call.json.value(QStringLiteral("msgtype")).toString();
    static const QStringList known{QStringLiteral("text"), QStringLiteral("news"),
                                   QStringLiteral("mpnews"), QStringLiteral("miniprogrampage"),
                                   QStringLiteral("image")};
    if (!known.contains(msgtype) || !call.json.value(msgtype).isObject())
        return Reply::error(40008, QStringLiteral("invalid message type"));
    if (msgtype == QStringLiteral("text") && call.json.value(QStringLiteral("text"))
                                                 .toObject()
                                                 .value(QStringLiteral("content"))
                                                 .toString()
                                                 .isEmpty())
        return Reply::error(44003, QStringLiteral("empty news data"));

    // The window opened by the user's own action: 48 h / 5 replies after a message,
    // 1 minute / 3 replies after a click, follow or scan.
    auto it = state.interactions().find(touser);
    if (it == state.interactions().end())
        return Reply::error(
            45015, QStringLiteral("response out of time limit or subscription is canceled"));
    const bool byMessage = it->kind == QStringLiteral("message");
    const qint64 window = byMessage ? 48LL * 3600 * 1000 : 60 * 1000;
    const int allowed = byMessage ? 5 : 3;
    if (state.nowMsecs() - it->atMsecs > window)
        return Reply::error(
            45015, QStringLiteral("response out of time limit or subscription is canceled"));
    if (it->used >= allowed)
        return Reply::error(45047, QStringLiteral("out of response count limit"));
    ++it->used;
    const qint64 msgid = state.nextMsgId();
    state.recordMessage({{QStringLiteral("endpoint"), QStringLiteral("custom")},
                         {QStringLiteral("appid"), call.appid},
                         {QStringLiteral("touser"), touser},
                         {QStringLiteral("msgtype"), msgtype},
                         {QStringLiteral("content"), call.json.value(msgtype)},
                         {QStringLiteral("msgid"), msgid},
                         {QStringLiteral("at"), state.nowMsecs()}});
    return Reply::ok();
}

// Checks the mass-send body common to sendall, send and preview; returns an error or nothing.
std::optional<Reply> massContentError(const Call &call)
{
    const QString msgtype = call.json.value(QStringLiteral("msgtype")).toString();
    static const QStringList known{QStringLiteral("mpnews"),  QStringLiteral("text"),
                                   QStringLiteral("voice"),   QStringLiteral("image"),
                                   QStringLiteral("mpvideo"), QStringLiteral("wxcard")};
    if (!known.contains(msgtype) || !call.json.value(msgtype).isObject())
        return Reply::error(40008, QStringLiteral("invalid message type"));
    if (call.json.value(QStringLiteral("clientmsgid")).toString().toUtf8().size() > 64)
        return Reply::error(40097,
                            QStringLiteral("invalid args: clientmsgid longer than 64 bytes"));
    return std::nullopt;
}

// 24-hour de-duplication by clientmsgid: 45065 when already sent.
std::optional<Reply> massDuplicate(EmulatorState &state, const QString &clientMsgId)
{
    if (clientMsgId.isEmpty())
        return std::nullopt;
    const auto seen = state.massDedup().constFind(clientMsgId);
    if (seen != state.massDedup().constEnd() && state.nowMsecs() - seen->second < kMassDedupMsecs)
        return Reply::error(45065, QStringLiteral("clientmsgid exist"));
    return std::nullopt;
}

Reply massRecorded(EmulatorState &state, const Call &call, const QString &endpoint,
                   const QJsonObject &extra)
{
    const QString clientMsgId = call.json.value(QStringLiteral("clientmsgid")).toString();
    const qint64 msgid = state.nextMsgId();
    if (!clientMsgId.isEmpty())
        state.massDedup().insert(clientMsgId, {msgid, state.nowMsecs()});
    QJsonObject record = extra;
    record.insert(QStringLiteral("endpoint"), endpoint);
    record.insert(QStringLiteral("appid"), call.appid);
    const QString msgtype = call.json.value(QStringLiteral("msgtype")).toString();
    record.insert(QStringLiteral("msgtype"), msgtype);
    record.insert(QStringLiteral("content"), call.json.value(msgtype)); // what people got
    record.insert(QStringLiteral("clientmsgid"), clientMsgId);
    record.insert(QStringLiteral("msgid"), msgid);
    record.insert(QStringLiteral("at"), state.nowMsecs());
    state.recordMessage(record);
    return Reply::ok(
        {{QStringLiteral("msg_id"), msgid}, {QStringLiteral("msg_data_id"), msgid * 10}});
}

Reply massSendAll(EmulatorState &state, const Call &call)
{
    if (auto error = massContentError(call))
        return *error;
    const QJsonObject filter = call.json.value(QStringLiteral("filter")).toObject();
    const bool toAll = filter.value(QStringLiteral("is_to_all")).toBool();
    const int tagId = filter.value(QStringLiteral("tag_id")).toInt(-1);
    if (!toAll && !state.tags().contains(tagId))
        return Reply::error(40050, QStringLiteral("invalid tag id"));
    if (auto duplicate =
            massDuplicate(state, call.json.value(QStringLiteral("clientmsgid")).toString()))
        return *duplicate;
    const int recipients = toAll ? state.subscribedCount() : state.subscribedWithTag(tagId);
    return massRecorded(state, call, QStringLiteral("mass_sendall"),
                        {{QStringLiteral("is_to_all"), toAll},
                         {QStringLiteral("tag_id"), tagId},
                         {QStringLiteral("recipients"), recipients}});
}

Reply massSend(EmulatorState &state, const Call &call)
{
    if (auto error = massContentError(call))
        return *error;
    const QJsonArray touser = call.json.value(QStringLiteral("touser")).toArray();
    if (touser.size() < 2)
        return Reply::error(40130, QStringLiteral("invalid openid list size, at least two openid"));
    if (touser.size() > 10000)
        return Reply::error(40032, QStringLiteral("invalid openid list size"));
    if (auto duplicate =
            massDuplicate(state, call.json.value(QStringLiteral("clientmsgid")).toString()))
        return *duplicate;
    return massRecorded(
        state, call, QStringLiteral("mass_send"),
        {{QStringLiteral("touser"), touser}, {QStringLiteral("recipients"), int(touser.size())}});
}

Reply massPreview(EmulatorState &state, const Call &call)
{
    if (auto error = massContentError(call))
        return *error;
    const QString touser = call.json.value(QStringLiteral("touser")).toString();
    int index = -1;
    if (const int code = followerError(state, touser, &index); code > 0)
        return recipientError(code);
    return massRecorded(state, call, QStringLiteral("mass_preview"),
                        {{QStringLiteral("touser"), touser}});
}

Reply templateList(EmulatorState &state)
{
    QJsonArray list;
    for (const EmulatedTemplate &t : state.templates())
        list.append(
            QJsonObject{{QStringLiteral("template_id"), t.id},
                        {QStringLiteral("title"), t.title},
                        {QStringLiteral("primary_industry"), QStringLiteral("IT科技")},
                        {QStringLiteral("deputy_industry"), QStringLiteral("互联网|电子商务")},
                        {QStringLiteral("content"), t.content},
                        {QStringLiteral("example"), QString()}});
    return Reply::json({{QStringLiteral("template_list"), list}});
}
// api_add_template: a template from the industry library joins the account's (at most 25).
Reply addTemplate(EmulatorState &state, const Call &call)
{
    const QString shortId = call.json.value(QStringLiteral("template_id_short")).toString();
    const auto found = std::find_if(industryLibrary().cbegin(), industryLibrary().cend(),
                                    [&](const EmulatedTemplate &t) { return t.id == shortId; });
    if (found == industryLibrary().cend())
        return Reply::error(40037, QStringLiteral("invalid template_id_short"));
    if (state.templates().size() >= 25)
        return Reply::error(45026, QStringLiteral("template num exceeds limit"));
    EmulatedTemplate added = *found;
    added.id = QStringLiteral("TPL_added_%1").arg(state.nextMsgId());
    state.templates().append(added);
    return Reply::ok({{QStringLiteral("template_id"), added.id}});
}

Reply deleteTemplate(EmulatorState &state, const Call &call)
{
    const QString id = call.json.value(QStringLiteral("template_id")).toString();
    const qsizetype removed =
        state.templates().removeIf([&](const EmulatedTemplate &t) { return t.id == id; });
    if (!removed)
        return Reply::error(40037, QStringLiteral("invalid template_id"));
    return Reply::ok();
}
} // namespace

void addMessageRoutes(EmulatorState &state, Routes &routes)
{
    const QString oa = QStringLiteral("oa");
    routes.insert(
        QStringLiteral("/cgi-bin/template/get_all_private_template"),
        {QStringLiteral("GET"), true, oa, [&state](const Call &) { return templateList(state); }});
    routes.insert(QStringLiteral("/cgi-bin/template/api_add_template"),
                  {QStringLiteral("POST"), true, oa,
                   [&state](const Call &c) { return addTemplate(state, c); }});
    routes.insert(QStringLiteral("/cgi-bin/template/del_private_template"),
                  {QStringLiteral("POST"), true, oa,
                   [&state](const Call &c) { return deleteTemplate(state, c); }});
    routes.insert(QStringLiteral("/cgi-bin/message/template/send"),
                  {QStringLiteral("POST"), true, oa,
                   [&state](const Call &c) { return templateSend(state, c); }});
    routes.insert(QStringLiteral("/cgi-bin/message/custom/send"),
                  {QStringLiteral("POST"), true, oa,
                   [&state](const Call &c) { return customSend(state, c); }});
    routes.insert(QStringLiteral("/cgi-bin/message/mass/sendall"),
                  {QStringLiteral("POST"), true, oa,
                   [&state](const Call &c) { return massSendAll(state, c); }});
    routes.insert(
        QStringLiteral("/cgi-bin/message/mass/send"),
        {QStringLiteral("POST"), true, oa, [&state](const Call &c) { return massSend(state, c); }});
    routes.insert(QStringLiteral("/cgi-bin/message/mass/preview"),
                  {QStringLiteral("POST"), true, oa,
                   [&state](const Call &c) { return massPreview(state, c); }});
}
