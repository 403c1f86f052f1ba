#include "AccessTokenManager.h"

#include "ApiCall.h"
#include "logging/LogCategories.h"
#include "SecretSource.h"
#include "util/Clock.h"

namespace {
// Refresh this long before expiry (at most a fifth of the lifetime).
constexpr qint64 kRefreshAheadSeconds = 300;
// A token this close to expiry is not handed out: a call could carry it past its end.
constexpr qint64 kSafetyMarginMsecs = 30 * 1000;
} // namespace

AccessTokenManager::AccessTokenManager(const AppConfig &app, SecretSource &secrets,
                                       const RetryPolicy &policy, Clock &clock, QObject *parent)
    : QObject(parent), m_app(app), m_secrets(secrets), m_policy(policy), m_clock(clock)
{
}

bool AccessTokenManager::hasValidToken() const
{
    return !m_token.isEmpty() && m_clock.nowMsecs() + kSafetyMarginMsecs < m_expiresAtMsecs;
}

void AccessTokenManager::withToken(QObject *context, TokenCallback callback)
{
    if (hasValidToken()) {
        if (!m_fetching && m_clock.nowMsecs() >= m_refreshAheadAtMsecs)
            fetch(); // background refresh; this caller still gets the current token
        callback(m_token, ApiError());
        return;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(callback)});
    if (!m_fetching)
        fetch();
}

void AccessTokenManager::invalidate(const QString &token)
{
    if (!token.isEmpty() && token == m_token) {
        qCInfo(lcWechat) << m_app.appid << "access token rejected by WeChat; fetching a new one";
        m_token.clear();
        m_expiresAtMsecs = 0;
    }
}

void AccessTokenManager::fetch()
{
    m_fetching = true;
    QPointer<AccessTokenManager> self(this);
    m_secrets.readSecret(
        m_app.appid, this, [this, self](const QString &secret, const QString &error) {
            if (!self)
                return;
            if (secret.isEmpty()) {
                onFetched(QString(), 0, ApiError::credentials(error));
                return;
            }
            ++m_fetchCount;
            ApiRequest request = ApiRequest::post(
                QStringLiteral("/cgi-bin/stable_token"),
                {{QStringLiteral("grant_type"), QStringLiteral("client_credential")},
                 {QStringLiteral("appid"), m_app.appid},
                 {QStringLiteral("secret"), secret},
                 {QStringLiteral("force_refresh"), false}});
            request.withToken = false;
            auto *call = new ApiCall(m_app, request, m_policy, nullptr, this);
            connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
                if (!result.ok()) {
                    onFetched(QString(), 0, result.error);
                    return;
                }
                const QString token = result.json.value(QStringLiteral("access_token")).toString();
                const qint64 expiresIn =
                    result.json.value(QStringLiteral("expires_in")).toInteger(0);
                if (token.isEmpty() || expiresIn <= 0) {
                    ApiError error;
                    error.kind = ApiError::Kind::BadReply;
                    error.errmsg =
                        QStringLiteral("stable_token reply without access_token/expires_in");
                    onFetched(QString(), 0, error);
                    return;
                }
                onFetched(token, expiresIn, ApiError());
            });
            call->start();
        });
}

void AccessTokenManager::onFetched(const QString &token, qint64 expiresInSeconds,
                                   const ApiError &error)
{
    m_fetching = false;
    if (error.ok()) {
        const qint64 now = m_clock.nowMsecs();
        const bool sameToken = token == m_token;
        m_token = token;
        m_expiresAtMsecs = now + expiresInSeconds * 1000;
        const qint64 ahead = qMin(kRefreshAheadSeconds, expiresInSeconds / 5) * 1000;
        // stable_token hands out the same token until it expires: when a refresh ahead brought
        // the same one back, wait for its expiry instead of asking again and again.
        m_refreshAheadAtMsecs = sameToken ? m_expiresAtMsecs : m_expiresAtMsecs - ahead;
        qCDebug(lcWechat) << m_app.appid << "token valid for" << expiresInSeconds << "s";
        emit tokenFetched(m_expiresAtMsecs);
    } else if (!m_token.isEmpty() && hasValidToken()) {
        // A failed refresh ahead: keep using the current token until it expires.
        m_refreshAheadAtMsecs = m_clock.nowMsecs() + 60 * 1000;
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (!waiter.context)
            continue;
        if (error.ok() || hasValidToken())
            waiter.callback(m_token, ApiError());
        else
            waiter.callback(QString(), error);
    }
}
