#pragma once

#include "ApiRequest.h"
#include "ApiResult.h"
#include "AppConfig.h"
#include "RetryPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class AccessTokenManager;
class QNetworkReply;
class QTimer;

// One API call as a job: it owns its reply, adds the access token, applies the transfer
// timeout, retries transient failures within the policy's bounds, refreshes a rejected token
// once, and ends with exactly one finished() carrying a typed result. It deletes itself after.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ApiCall(const AppConfig &app, const ApiRequest &request, const RetryPolicy &policy,
            AccessTokenManager *tokens, QObject *parent = nullptr);
    // Which of the thread's network managers carries this call (see NetworkAccess).
    void setLane(int lane) { m_lane = lane; }
    ~ApiCall() override;

    void start();
    void cancel();

signals:
    void finished(const ApiResult &result);

private:
    void attempt();
    void send(const QString &token);
    void onReplyFinished();
    ApiResult readReply(QNetworkReply *reply) const;
    bool mayRetry(const ApiError &error) const;
    void finish(const ApiResult &result);
    QUrl urlFor(const QString &token) const;

    AppConfig m_app;
    ApiRequest m_request;
    RetryPolicy m_policy;
    QPointer<AccessTokenManager> m_tokens;
    int m_lane = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer;
    QElapsedTimer m_elapsed;
    QString m_usedToken;
    bool m_requestSent = false;
    bool m_replyTooLarge = false;
    bool m_tokenRefreshed = false;
    bool m_done = false;
    int m_attempts = 0;
};
