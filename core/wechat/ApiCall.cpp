#include "ApiCall.h"

#include "AccessTokenManager.h"
#include "logging/LogCategories.h"
#include "logging/Redaction.h"
#include "NetworkAccess.h"
#include "OneShotBody.h"
#include "ReplyReader.h"

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
    // A reply larger than any WeChat sends is stopped before it fills the memory.
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if ((received > ReplyReader::kMaxReplyBytes || total > ReplyReader::kMaxReplyBytes) &&
            m_reply && !m_replyTooLarge) {
            m_replyTooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

ApiResult ApiCall::readReply(QNetworkReply *reply) const
{
    RawReply raw;
    raw.requestSent = m_requestSent;
    raw.tooLarge = m_replyTooLarge;
    raw.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    raw.networkError = reply->error();
    raw.errorString = reply->errorString();
    if (reply->isOpen() && !m_replyTooLarge) // an aborted reply (timeout, reset) has no body
        raw.body = reply->readAll();
    return ReplyReader::read(raw, m_request.binaryReply, m_policy.transferTimeoutMs);
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
    m_replyTooLarge = false;

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
