#pragma once

#include <QNetworkReply>
#include <QString>

struct AppConfig;

// Why a WeChat API call did not succeed, typed so callers can decide without parsing text.
struct ApiError
{
    enum class Kind
    {
        None,        // success
        Network,     // could not connect, connection dropped, proxy or TLS failure
        Timeout,     // no reply within the transfer timeout
        Http,        // a non-2xx HTTP status (the gateway or WeChat's front end)
        Wechat,      // WeChat answered with a non-zero errcode
        BadReply,    // a reply that is not what the API documents
        Refused,     // refused by the client before sending (a documented limit would be broken)
        Credentials, // the AppSecret could not be read from the keychain
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    int errcode = 0;
    QString errmsg;           // WeChat's errmsg, or the transport's error text (redacted)
    bool requestSent = false; // the request reached the wire: a failure may still have taken effect

    bool ok() const { return kind == Kind::None; }

    static ApiError wechat(int errcode, const QString &errmsg);
    static ApiError refused(const QString &why);
    static ApiError credentials(const QString &why);

    bool isTokenInvalid() const; // 40001, 40014, 42001: refresh once and retry once
    bool isTransient() const;    // -1, 45011, 5xx, timeouts, connection failures
    bool isFatalForApp() const;  // 40013, 40125, 40164, 40243, 48001: never retried

    // One line for logs (already redacted).
    QString summary() const;
    // What a person should read: what went wrong and what to do about it.
    QString userMessage(const AppConfig &app) const;
    // Where this process's user changes an app's API address and proxy: the console's
    // Settings (the default), or the command that does it on the command line.
    enum class AccountsAdvice
    {
        Console,
        CommandLine
    };
    static void setAccountsAdvice(AccountsAdvice advice);
    // The IP address WeChat reported in a 40164 errmsg, if any.
    QString deniedIp() const;
};
