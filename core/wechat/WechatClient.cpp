#include "WechatClient.h"

#include "NetworkAccess.h"

#include "AccessTokenManager.h"
#include "ApiCall.h"
#include "util/Clock.h"

WechatClient::WechatClient(const AppConfig &app, SecretSource &secrets, QObject *parent)
    : WechatClient(app, secrets, Clock::system(), RetryPolicy(), parent)
{
}

WechatClient::WechatClient(const AppConfig &app, SecretSource &secrets, Clock &clock,
                           const RetryPolicy &policy, QObject *parent)
    : QObject(parent), m_app(app), m_policy(policy),
      m_tokens(new AccessTokenManager(app, secrets, policy, clock, this))
{
}

void WechatClient::setMaxInFlight(int calls)
{
    m_maxInFlight = qMax(1, calls);
    pump();
}

void WechatClient::call(const ApiRequest &request, QObject *context, Done done)
{
    m_queue.enqueue({request, QPointer<QObject>(context), std::move(done)});
    pump();
}

void WechatClient::pump()
{
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        Pending next = m_queue.dequeue();
        if (!next.context)
            continue; // its requester is gone: do not send
        ++m_inFlight;
        auto *job = new ApiCall(m_app, next.request, m_policy, m_tokens, this);
        const int lanes = (m_maxInFlight + NetworkAccess::kConnectionsPerManager - 1) /
                          NetworkAccess::kConnectionsPerManager;
        job->setLane(int(m_callCount++ % lanes));
        connect(job, &ApiCall::finished, this, [this, next](const ApiResult &result) {
            --m_inFlight;
            if (next.context)
                next.done(result);
            pump();
        });
        job->start();
    }
}

void WechatClient::testConnection(QObject *context, std::function<void(const ApiError &error)> done)
{
    m_tokens->forget();
    m_tokens->withToken(context, [done](const QString &, const ApiError &error) { done(error); });
}
