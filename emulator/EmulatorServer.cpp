#include "EmulatorServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {
Call toCall(const QHttpServerRequest &request)
{
    Call call;
    call.method = request.method() == QHttpServerRequest::Method::Get ? QStringLiteral("GET")
                                                                      : QStringLiteral("POST");
    call.path = request.url().path();
    call.query = request.query();
    call.base = request.url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    call.body = request.body();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(call.body, &error);
    call.jsonValid = error.error == QJsonParseError::NoError && doc.isObject();
    call.json = doc.object();
    call.peer = request.remoteAddress();
    return call;
}

int replyErrcode(const Reply &reply)
{
    if (!reply.contentType.startsWith("application/json"))
        return 0;
    return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("errcode")).toInt(0);
}

QString peerText(const QHostAddress &peer)
{
    bool mapped = false;
    const quint32 v4 = peer.toIPv4Address(&mapped);
    const QString ip = mapped ? QHostAddress(v4).toString() : peer.toString();
    return QStringLiteral("invalid ip %1 ipv6 ::ffff:%1, not in whitelist").arg(ip);
}
} // namespace

EmulatorServer::EmulatorServer(EmulatorState &state, QObject *parent)
    : QAbstractHttpServer(parent), m_state(state)
{
    addAccountRoutes(m_state, m_routes);
    addMessageRoutes(m_state, m_routes);
    addMiniProgramRoutes(m_state, m_routes);
    addDatacubeRoutes(m_state, m_routes);
    addMaterialRoutes(m_state, m_routes);
}

bool EmulatorServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const Call call = toCall(request);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    if (call.path.startsWith(QStringLiteral("/_emu/"))) {
        respond(responder, inspect(call));
        return true;
    }
    bool hang = false;
    bool reset = false;
    bool loseReply = false;
    const Reply reply = dispatch(call, &hang, &reset, &loseReply);
    if (reset || loseReply) {
        socket->abort();
        return true;
    }
    if (hang) {
        m_hanging.append(responder);
        return true;
    }
    if (m_state.config().latencyMs <= 0) {
        respond(responder, reply);
        return true;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(m_state.config().latencyMs, this, [this, responder, reply, guard] {
        if (guard)
            respond(responder, reply);
    });
    return true;
}

void EmulatorServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

std::optional<Reply> EmulatorServer::injectedFault(bool *hang, bool *reset, bool *loseReply)
{
    const EmulatorConfig &config = m_state.config();
    if (config.faultRate <= 0 || config.faultKinds.isEmpty() ||
        m_state.random().generateDouble() >= config.faultRate)
        return std::nullopt;
    const QString kind =
        config.faultKinds.at(int(m_state.random().bounded(config.faultKinds.size())));
    if (kind == QStringLiteral("busy"))
        return Reply::error(-1, QStringLiteral("system error"));
    if (kind == QStringLiteral("minute-limit"))
        return Reply::error(
            45011, QStringLiteral("api minute-quota reach limit mustslower retry next minute"));
    if (kind == QStringLiteral("lost-reply")) {
        *loseReply = true; // the call takes effect, then the connection drops
        return std::nullopt;
    }
    if (kind == QStringLiteral("huge-reply")) { // 50 MB of valid JSON: no WeChat reply is near
        Reply huge = Reply::ok();
        huge.body = "{\"errcode\":0,\"padding\":\"" + QByteArray(50 * 1024 * 1024, 'x') + "\"}";
        return huge;
    }
    if (kind == QStringLiteral("cut-json")) { // a complete HTTP reply whose JSON stops midway
        Reply cut;
        cut.body = "{\"total\":100,\"count\":2,\"data\":{\"openid\":[\"o1\",\"o2\"";
        return cut;
    }
    if (kind == QStringLiteral("timeout"))
        *hang = true;
    else if (kind == QStringLiteral("reset"))
        *reset = true;
    Reply serverError;
    serverError.httpStatus = 500;
    serverError.contentType = "text/html";
    serverError.body = "<html><body>500 Internal Server Error</body></html>";
    return serverError;
}

Reply EmulatorServer::dispatch(const Call &call, bool *hang, bool *reset, bool *loseReply)
{
    m_state.countCall(call.path);
    if (auto fault = injectedFault(hang, reset, loseReply))
        return *fault;
    if (m_state.config().denyIp)
        return Reply::error(40164, peerText(call.peer));

    const auto route = m_routes.constFind(call.path);
    if (route == m_routes.constEnd()) {
        Reply notFound;
        notFound.httpStatus = 404;
        notFound.contentType = "text/plain";
        notFound.body = "404 Not Found";
        return notFound;
    }
    if (call.method != route->method)
        return route->method == QStringLiteral("POST")
                   ? Reply::error(43002, QStringLiteral("require POST method"))
                   : Reply::error(43001, QStringLiteral("require GET method"));
    if (call.method == QStringLiteral("POST") && call.body.trimmed().isEmpty())
        return Reply::error(44002, QStringLiteral("empty post data"));
    if (call.method == QStringLiteral("POST") && !call.jsonValid)
        return Reply::error(47001, QStringLiteral("data format error"));

    Call authorised = call;
    if (route->needsToken) {
        int errcode = 0;
        const auto appid = m_state.appForToken(
            call.query.queryItemValue(QStringLiteral("access_token")), &errcode);
        if (!appid) {
            static const QHash<int, QString> messages{
                {41001, QStringLiteral("access_token missing")},
                {40001,
                 QStringLiteral("invalid credential, access_token is invalid or not latest")},
                {42001, QStringLiteral("access_token expired")}};
            return Reply::error(errcode, messages.value(errcode));
        }
        authorised.appid = *appid;
        authorised.appKind = m_state.appById(*appid)->kind;
        if (!route->kind.isEmpty() && route->kind != authorised.appKind)
            return Reply::error(48001, QStringLiteral("api unauthorized"));
    }
    if (!m_state.takeMinuteQuota(call.path))
        return Reply::error(
            45011, QStringLiteral("api minute-quota reach limit mustslower retry next minute"));
    m_state.rollQuotaDay();
    if (m_state.quotaFor(call.path).value(QStringLiteral("remain")).toInt() <= 0 &&
        m_state.config().dailyQuota.contains(call.path))
        return Reply::error(45009, QStringLiteral("reach max api daily quota limit"));

    const Reply reply = route->handler(authorised);
    if (replyErrcode(reply) == 0)
        m_state.takeDailyQuota(call.path);
    return reply;
}

void EmulatorServer::respond(std::shared_ptr<QHttpServerResponder> responder, const Reply &reply)
{
    responder->write(reply.body, reply.contentType,
                     static_cast<QHttpServerResponder::StatusCode>(reply.httpStatus));
}

Reply EmulatorServer::inspect(const Call &call)
{
    const QString what = call.path.mid(6);
    if (what == QStringLiteral("messages")) {
        QJsonObject requests;
        for (auto it = m_state.sendRequests().constBegin(); it != m_state.sendRequests().constEnd();
             ++it)
            requests.insert(it.key(), it.value());
        return Reply::json({{QStringLiteral("messages"), m_state.messages()},
                            {QStringLiteral("send_requests"), requests}});
    }
    if (what == QStringLiteral("counts"))
        return Reply::json({{QStringLiteral("counts"), m_state.counts()}});
    if (what == QStringLiteral("population")) {
        QJsonObject tags;
        QJsonObject tagNames;
        for (auto it = m_state.tags().constBegin(); it != m_state.tags().constEnd(); ++it) {
            tags.insert(QString::number(it.key()), m_state.tagCount(it.key()));
            tagNames.insert(QString::number(it.key()), it.value());
        }
        return Reply::json({{QStringLiteral("followers"), m_state.population().options().followers},
                            {QStringLiteral("subscribed"), m_state.subscribedCount()},
                            {QStringLiteral("mp_users"), m_state.population().options().mpUsers},
                            {QStringLiteral("tags"), tags},
                            {QStringLiteral("tag_names"), tagNames}});
    }
    if (what == QStringLiteral("followers")) { // the ground truth, for tests of a full sync
        QJsonArray followers;
        for (int i = 0; i < m_state.population().options().followers; ++i) {
            const Follower f = m_state.population().follower(i);
            QJsonArray tags;
            for (int tag : m_state.tagsOf(i))
                tags.append(tag);
            followers.append(QJsonObject{{QStringLiteral("openid"), f.openid},
                                         {QStringLiteral("unionid"), f.unionid},
                                         {QStringLiteral("subscribed"), m_state.isSubscribed(i)},
                                         {QStringLiteral("remark"), m_state.remarkOf(i)},
                                         {QStringLiteral("blocked"), m_state.blocked().contains(i)},
                                         {QStringLiteral("tags"), tags}});
        }
        return Reply::json({{QStringLiteral("followers"), followers}});
    }
    if (what == QStringLiteral("reset")) {
        m_state.reset();
        m_hanging.clear();
        return Reply::ok();
    }
    if (what == QStringLiteral("new-day")) { // as if midnight passed in Beijing: quotas reset
        m_state.startNewDay();
        return Reply::ok();
    }
    if (what == QStringLiteral("routes")) { // every WeChat path served, for the errcode checks
        QJsonArray routes;
        for (auto it = m_routes.constBegin(); it != m_routes.constEnd(); ++it)
            routes.append(QJsonObject{{QStringLiteral("path"), it.key()},
                                      {QStringLiteral("method"), it->method},
                                      {QStringLiteral("token"), it->needsToken},
                                      {QStringLiteral("kind"), it->kind}});
        return Reply::json({{QStringLiteral("routes"), routes}});
    }
    if (what == QStringLiteral("tokens")) { // every access_token issued: for the secrets scan
        return Reply::json(
            {{QStringLiteral("tokens"), QJsonArray::fromStringList(m_state.issuedTokens())}});
    }
    if (what == QStringLiteral("expire-tokens")) {
        m_state.expireAllTokens();
        return Reply::ok();
    }
    if (what == QStringLiteral("config")) {
        EmulatorConfig &config = m_state.config();
        const QJsonObject &j = call.json;
        if (j.contains(QStringLiteral("fault_rate")))
            config.faultRate = j.value(QStringLiteral("fault_rate")).toDouble();
        if (j.contains(QStringLiteral("faults"))) {
            config.faultKinds.clear();
            for (const QJsonValue &v : j.value(QStringLiteral("faults")).toArray())
                config.faultKinds << v.toString();
        }
        if (j.contains(QStringLiteral("latency_ms")))
            config.latencyMs = j.value(QStringLiteral("latency_ms")).toInt();
        if (j.contains(QStringLiteral("deny_ip")))
            config.denyIp = j.value(QStringLiteral("deny_ip")).toBool();
        if (j.contains(QStringLiteral("loop_followers")))
            config.loopFollowerCursor = j.value(QStringLiteral("loop_followers")).toBool();
        if (j.contains(QStringLiteral("stats_unpublished_days")))
            config.statsUnpublishedDays = j.value(QStringLiteral("stats_unpublished_days")).toInt();
        if (j.contains(QStringLiteral("token_ttl")))
            config.tokenTtlSeconds = j.value(QStringLiteral("token_ttl")).toInt();
        const QJsonObject quota = j.value(QStringLiteral("quota")).toObject();
        for (auto it = quota.constBegin(); it != quota.constEnd(); ++it)
            config.dailyQuota.insert(it.key(), it.value().toInt());
        const QJsonObject minute = j.value(QStringLiteral("minute_limit")).toObject();
        for (auto it = minute.constBegin(); it != minute.constEnd(); ++it)
            config.minuteLimit.insert(it.key(), it.value().toInt());
        return Reply::ok();
    }
    if (what == QStringLiteral("unsubscribe")) {
        const int index = m_state.population().followerIndex(
            call.json.value(QStringLiteral("openid")).toString());
        if (index < 0)
            return Reply::error(40003, QStringLiteral("invalid openid"));
        m_state.unsubscribe(index);
        return Reply::ok();
    }
    if (what == QStringLiteral("interact")) {
        const QString openid = call.json.value(QStringLiteral("openid")).toString();
        m_state.interactions().insert(
            openid, {call.json.value(QStringLiteral("kind")).toString(QStringLiteral("message")),
                     m_state.nowMsecs(), 0});
        return Reply::ok();
    }
    if (what == QStringLiteral("refuse")) { // the follower refuses template messages
        m_state.refusingTemplates().insert(call.json.value(QStringLiteral("openid")).toString());
        return Reply::ok();
    }
    if (what == QStringLiteral("accept")) {
        const int index =
            m_state.population().mpUserIndex(call.json.value(QStringLiteral("openid")).toString());
        if (index < 0)
            return Reply::error(40003, QStringLiteral("invalid openid"));
        m_state.addAcceptances(index, call.json.value(QStringLiteral("template_id")).toString(),
                               call.json.value(QStringLiteral("count")).toInt(1));
        return Reply::ok();
    }
    Reply notFound;
    notFound.httpStatus = 404;
    notFound.body = "unknown /_emu/ call";
    return notFound;
}
