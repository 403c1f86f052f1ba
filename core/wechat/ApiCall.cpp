#include "ApiCall.h"

#include "AccessTokenManager.h"
#include "logging/LogCategories.h"
#include "logging/Redaction.h"
#include "NetworkAccess.h"
#include "OneShotBody.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

ApiCall::ApiCall(const AppConfig &app, const ApiRequest &request, const RetryPolicy &policy,
                 AccessTokenManager *tokens, QObject *parent)
    : QObject(parent), m_app(app), m_request(request), m_policy(policy), m_tokens(tokens),
      m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ApiCall::attempt);
}

ApiCall::~ApiCall()
{
    if (m_reply)
        m_reply->abort();
}

void ApiCall::start()
{
    m_elapsed.start();
    attempt();
}

void ApiCall::cancel()
{
    ApiResult result;
    result.error.kind = ApiError::Kind::Network;
    result.error.networkError = QNetworkReply::OperationCanceledError;
    result.error.errmsg = QStringLiteral("cancelled");
    result.error.requestSent = m_requestSent;
    finish(result);
}

QUrl ApiCall::urlFor(const QString &token) const
{
    if (m_request.absoluteUrl.isValid())
        return m_request.absoluteUrl; // withToken is false for these
    QUrl url = m_request.onWebsiteHost && m_app.apiBase.isEmpty()
                   ? QUrl(QStringLiteral("https://mp.weixin.qq.com"))
                   : m_app.effectiveApiBase();
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + m_request.path);
    QUrlQuery query = m_request.query;
    if (!token.isEmpty())
        query.addQueryItem(QStringLiteral("access_token"), token);
    url.setQuery(query);
    return url;
}

void ApiCall::attempt()
{
    if (m_done)
        return;
    ++m_attempts;
    if (!m_request.withToken) {
        send(QString());
        return;
    }
    if (!m_tokens) {
        ApiResult result;
        result.error =
            ApiError::refused(QStringLiteral("no token manager for %1").arg(m_request.path));
        finish(result);
        return;
    }
    m_tokens->withToken(this, [this](const QString &token, const ApiError &error) {
        if (!error.ok()) {
            ApiResult result;
            result.error = error;
            finish(result);
            return;
        }
        send(token);
    });
}

void ApiCall::send(const QString &token)
{
    m_usedToken = token;
    QNetworkRequest request(urlFor(token));
    request.setTransferTimeout(m_policy.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkAccessManager *manager = NetworkAccess::forThisThread(m_app.proxy, m_lane);
    if (m_request.method == ApiRequest::Method::Get) {
        m_reply = manager->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        const QByteArray body = QJsonDocument(m_request.body).toJson(QJsonDocument::Compact);
        // Qt silently re-sends a POST when a kept-alive connection drops after the request was
        // written; for a send that could deliver a message twice, and Qt 6.4 then often stalls
        // until the transfer timeout. A one-shot body leaves every retry to our RetryPolicy.
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new OneShotBody(body);
        m_reply = manager->post(request, device);
        device->setParent(m_reply);
    }
    qCDebug(lcWechat).noquote() << "attempt" << m_attempts
                                << (m_request.method == ApiRequest::Method::Get ? "GET" : "POST")
                                << Redaction::redact(request.url());
    connect(m_reply, &QNetworkReply::requestSent, this, [this] { m_requestSent = true; });
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

ApiResult ApiCall::readReply(QNetworkReply *reply) const
{
    ApiResult result;
    ApiError &error = result.error;
    error.requestSent = m_requestSent;
    error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QNetworkReply::NetworkError netError = reply->error();
    if (reply->isOpen()) // an aborted reply (timeout, reset) is closed and has no body
        result.body = reply->readAll();

    if (netError == QNetworkReply::OperationCanceledError ||
        netError == QNetworkReply::TimeoutError) {
        error.kind = ApiError::Kind::Timeout;
        error.networkError = netError;
        error.errmsg = QStringLiteral("no reply within %1 ms").arg(m_policy.transferTimeoutMs);
        return result;
    }
    if (error.httpStatus == 0 && netError != QNetworkReply::NoError) {
        error.kind = ApiError::Kind::Network;
        error.networkError = netError;
        error.errmsg = Redaction::redact(reply->errorString());
        return result;
    }
    if (error.httpStatus < 200 || error.httpStatus >= 300) {
        error.kind = ApiError::Kind::Http;
        error.networkError = netError;
        error.errmsg = QStringLiteral("HTTP %1").arg(error.httpStatus);
        return result;
    }
    if (m_request.binaryReply && !result.contentType.contains("json"))
        return result; // e.g. a PNG
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        error.kind = ApiError::Kind::BadReply;
        error.errmsg = QStringLiteral("not a JSON object (%1)").arg(parseError.errorString());
        return result;
    }
    result.json = doc.object();
    const int errcode = result.json.value(QStringLiteral("errcode")).toInt(0);
    if (errcode != 0) {
        const int status = error.httpStatus;
        const bool sent = error.requestSent;
        error = ApiError::wechat(errcode, result.json.value(QStringLiteral("errmsg")).toString());
        error.httpStatus = status;
        error.requestSent = sent;
    }
    if (m_request.binaryReply)
        result.body.clear();
    return result;
}

bool ApiCall::mayRetry(const ApiError &error) const
{
    if (!error.isTransient() || error.isFatalForApp())
        return false;
    if (m_attempts >= m_policy.maxAttempts)
        return false;
    // A send that may have been processed is repeated only if WeChat can drop the duplicate.
    const bool explicitlyNotProcessed = error.kind == ApiError::Kind::Wechat; // -1 / 45011 reject
    const bool ambiguous = !explicitlyNotProcessed && error.requestSent;
    if (m_request.isSend && ambiguous && !m_request.hasDedupKey)
        return false;
    return true;
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    ApiResult result = readReply(reply);
    result.attempts = m_attempts;
    m_requestSent = false;

    if (result.error.isTokenInvalid() && m_request.withToken && !m_tokenRefreshed && m_tokens) {
        // Another holder may have replaced the token, or it expired early: refresh once.
        qCInfo(lcWechat).noquote()
            << m_request.path << result.error.summary() << "- refreshing the token once";
        m_tokenRefreshed = true;
        m_tokens->invalidate(m_usedToken);
        --m_attempts; // the retry after a refresh is not a backoff attempt
        attempt();
        return;
    }
    if (!result.ok() && mayRetry(result.error)) {
        const int delay = m_policy.delayBeforeRetry(m_attempts);
        if (m_elapsed.elapsed() + delay + m_policy.transferTimeoutMs <= m_policy.totalBudgetMs ||
            m_attempts < 2) {
            qCInfo(lcWechat).noquote() << m_request.path << result.error.summary() << "- retry"
                                       << m_attempts << "in" << delay << "ms";
            m_retryTimer->start(delay);
            return;
        }
    }
    finish(result);
}

void ApiCall::finish(const ApiResult &result)
{
    if (m_done)
        return;
    m_done = true;
    m_retryTimer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (!result.ok())
        qCInfo(lcWechat).noquote() << m_app.appid << m_request.path << "failed after" << m_attempts
                                   << "attempt(s):" << result.error.summary();
    emit finished(result);
    deleteLater();
}
