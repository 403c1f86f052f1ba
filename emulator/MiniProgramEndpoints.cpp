// Mini Program login, subscribe messages and links into the Mini Program.
#include "EmulatorState.h"
#include "Router.h"

#include <QJsonArray>
#include <QSet>

namespace {
const QStringList kSubscribeTemplates{QStringLiteral("SUB_order_status_01"),
                                      QStringLiteral("SUB_event_start_002")};
const qint64 kMaxLinkDays = 30;

// A valid 1x1 PNG: what getwxacodeunlimit returns in place of a rendered code.
const QByteArray &pngBytes()
{
    static const QByteArray png =
        QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+"
                               "M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    return png;
}

Reply jscode2session(EmulatorState &state, const Call &call)
{
    static QSet<QString> usedCodes;
    const EmulatedApp *app = state.appById(call.query.queryItemValue(QStringLiteral("appid")));
    if (!app || app->kind != QStringLiteral("mp"))
        return Reply::error(40013, QStringLiteral("invalid appid"));
    if (call.query.queryItemValue(QStringLiteral("secret")) != app->secret)
        return Reply::error(40125, QStringLiteral("invalid appsecret"));
    // Codes are "code-<mp user index>" in the emulator; each works once.
    const QString code = call.query.queryItemValue(QStringLiteral("js_code"));
    bool ok = false;
    const int index = code.startsWith(QStringLiteral("code-")) ? code.mid(5).toInt(&ok) : -1;
    const MiniProgramUser user = state.population().mpUser(ok ? index : -1);
    if (user.index < 0)
        return Reply::error(40029, QStringLiteral("invalid code"));
    if (usedCodes.contains(code))
        return Reply::error(40163, QStringLiteral("code been used"));
    usedCodes.insert(code);
    QJsonObject out{
        {QStringLiteral("openid"), user.openid},
        {QStringLiteral("session_key"), QStringLiteral("emu-session-key-%1").arg(index)}};
    if (!user.unionid.isEmpty())
        out.insert(QStringLiteral("unionid"), user.unionid);
    return Reply::json(out);
}

Reply subscribeSend(EmulatorState &state, const Call &call)
{
    const QString touser = call.json.value(QStringLiteral("touser")).toString();
    const int index = state.population().mpUserIndex(touser);
    if (index < 0)
        return Reply::error(40003, QStringLiteral("invalid openid"));
    const QString templateId = call.json.value(QStringLiteral("template_id")).toString();
    if (!kSubscribeTemplates.contains(templateId))
        return Reply::error(40037, QStringLiteral("invalid template id"));
    const QJsonObject data = call.json.value(QStringLiteral("data")).toObject();
    if (data.isEmpty())
        return Reply::error(47003, QStringLiteral("argument invalid! data is empty"));
    for (auto it = data.constBegin(); it != data.constEnd(); ++it)
        if (it.value().toObject().value(QStringLiteral("value")).toString().isEmpty())
            return Reply::error(
                47003, QStringLiteral("argument invalid! data.%1.value is empty").arg(it.key()));
    const QString state_ =
        call.json.value(QStringLiteral("miniprogram_state")).toString(QStringLiteral("formal"));
    if (!QStringList{QStringLiteral("formal"), QStringLiteral("trial"), QStringLiteral("developer")}
             .contains(state_))
        return Reply::error(40097, QStringLiteral("invalid args: miniprogram_state"));
    if (state.acceptancesLeft(index, templateId) <= 0)
        return Reply::error(43101, QStringLiteral("user refuse to accept the msg"));
    state.addAcceptances(index, templateId, -1);
    const qint64 msgid = state.nextMsgId();
    state.recordMessage({{QStringLiteral("endpoint"), QStringLiteral("subscribe")},
                         {QStringLiteral("appid"), call.appid},
                         {QStringLiteral("touser"), touser},
                         {QStringLiteral("template_id"), templateId},
                         {QStringLiteral("page"), call.json.value(QStringLiteral("page"))},
                         {QStringLiteral("data"), data},
                         {QStringLiteral("msgid"), msgid},
                         {QStringLiteral("at"), state.nowMsecs()}});
    return Reply::ok({{QStringLiteral("msgid"), msgid}});
}

// Validates expire_type / expire_time / expire_interval (at most 30 days) for links.
std::optional<Reply> expiryError(EmulatorState &state, const QJsonObject &json)
{
    const int type = json.value(QStringLiteral("expire_type")).toInt(0);
    if (type == 1) {
        const int days = json.value(QStringLiteral("expire_interval")).toInt(0);
        if (days < 1 || days > kMaxLinkDays)
            return Reply::error(40097, QStringLiteral("invalid args: expire_interval"));
    } else if (type == 0) {
        const qint64 at = json.value(QStringLiteral("expire_time")).toInteger(0) * 1000;
        if (at <= state.nowMsecs() || at > state.nowMsecs() + kMaxLinkDays * 86400 * 1000)
            return Reply::error(40097, QStringLiteral("invalid args: expire_time"));
    } else {
        return Reply::error(40097, QStringLiteral("invalid args: expire_type"));
    }
    return std::nullopt;
}

bool validPath(const QString &path)
{
    return !path.startsWith(u'/') && !path.contains(u'?');
}

QString linkToken(EmulatorState &state)
{
    return QString::number(state.random().generate64() % 0xFFFFFFFFFFFFULL, 36);
}
} // namespace

void addMiniProgramRoutes(EmulatorState &state, Routes &routes)
{
    const QString mp = QStringLiteral("mp");
    routes.insert(QStringLiteral("/sns/jscode2session"),
                  {QStringLiteral("GET"), false, QString(),
                   [&state](const Call &c) { return jscode2session(state, c); }});
    routes.insert(QStringLiteral("/cgi-bin/message/subscribe/send"),
                  {QStringLiteral("POST"), true, mp,
                   [&state](const Call &c) { return subscribeSend(state, c); }});
    routes.insert(QStringLiteral("/wxa/generate_urllink"),
                  {QStringLiteral("POST"), true, mp, [&state](const Call &c) {
                       if (!validPath(c.json.value(QStringLiteral("path")).toString()))
                           return Reply::error(40165, QStringLiteral("invalid weapp pagepath"));
                       if (auto error = expiryError(state, c.json))
                           return *error;
                       return Reply::ok(
                           {{QStringLiteral("url_link"),
                             QStringLiteral("https://wxaurl.cn/emu%1").arg(linkToken(state))}});
                   }});
    routes.insert(
        QStringLiteral("/wxa/generatescheme"),
        {QStringLiteral("POST"), true, mp, [&state](const Call &c) {
             const QJsonObject jump = c.json.value(QStringLiteral("jump_wxa")).toObject();
             if (!validPath(jump.value(QStringLiteral("path")).toString()))
                 return Reply::error(40165, QStringLiteral("invalid weapp pagepath"));
             if (auto error = expiryError(state, c.json))
                 return *error;
             return Reply::ok(
                 {{QStringLiteral("openlink"),
                   QStringLiteral("weixin://dl/business/?t=emu%1").arg(linkToken(state))}});
         }});
    routes.insert(QStringLiteral("/wxa/getwxacodeunlimit"),
                  {QStringLiteral("POST"), true, mp, [](const Call &c) {
                       const QString scene = c.json.value(QStringLiteral("scene")).toString();
                       if (scene.isEmpty() || scene.size() > 32)
                           return Reply::error(40097, QStringLiteral("invalid args: scene"));
                       if (!validPath(c.json.value(QStringLiteral("page")).toString()))
                           return Reply::error(41030, QStringLiteral("invalid page"));
                       Reply reply;
                       reply.contentType = "image/png";
                       reply.body = pngBytes();
                       return reply;
                   }});
}
