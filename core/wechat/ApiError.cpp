#include "ApiError.h"

#include "AppConfig.h"
#include "Errcodes.h"
#include "logging/Redaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};
} // namespace

ApiError ApiError::wechat(int errcode, const QString &errmsg)
{
    ApiError e;
    e.kind = Kind::Wechat;
    e.errcode = errcode;
    e.errmsg = Redaction::redact(errmsg);
    return e;
}

ApiError ApiError::refused(const QString &why)
{
    ApiError e;
    e.kind = Kind::Refused;
    e.errmsg = why;
    return e;
}

ApiError ApiError::credentials(const QString &why)
{
    ApiError e;
    e.kind = Kind::Credentials;
    e.errmsg = why;
    return e;
}

bool ApiError::isTokenInvalid() const
{
    return kind == Kind::Wechat &&
           (errcode == Errcode::TokenInvalid || errcode == Errcode::TokenMalformed ||
            errcode == Errcode::TokenExpired);
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus >= 500;
    case Kind::Wechat:
        return errcode == Errcode::SystemBusy || errcode == Errcode::MinuteLimit;
    default:
        return false;
    }
}

bool ApiError::isFatalForApp() const
{
    return kind == Kind::Wechat &&
           (errcode == Errcode::BadAppid || errcode == Errcode::BadAppSecret ||
            errcode == Errcode::IpNotWhitelisted || errcode == Errcode::SecretFrozen ||
            errcode == Errcode::ApiUnauthorized);
}

QString ApiError::deniedIp() const
{
    static const QRegularExpression ip(QStringLiteral("invalid ip ([0-9a-fA-F.:]+)"));
    const QRegularExpressionMatch match = ip.match(errmsg);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString ApiError::summary() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::Network:
        return QStringLiteral("network error %1: %2").arg(int(networkError)).arg(errmsg);
    case Kind::Timeout:
        return QStringLiteral("timeout: %1").arg(errmsg);
    case Kind::Http:
        return QStringLiteral("HTTP %1").arg(httpStatus);
    case Kind::Wechat:
        return QStringLiteral("errcode %1: %2").arg(errcode).arg(errmsg);
    case Kind::BadReply:
        return QStringLiteral("bad reply: %1").arg(errmsg);
    case Kind::Refused:
        return QStringLiteral("refused: %1").arg(errmsg);
    case Kind::Credentials:
        return QStringLiteral("credentials: %1").arg(errmsg);
    }
    return QString();
}

namespace {
ApiError::AccountsAdvice g_accountsAdvice = ApiError::AccountsAdvice::Console;
} // namespace

void ApiError::setAccountsAdvice(AccountsAdvice advice)
{
    g_accountsAdvice = advice;
}

QString ApiError::userMessage(const AppConfig &app) const
{
    const QString whereToFix =
        g_accountsAdvice == AccountsAdvice::CommandLine
            ? Text::tr("`wxops account edit --appid %1 --api-base URL --proxy URL`").arg(app.appid)
            : Text::tr("Settings → Accounts");
    const QUrl base = app.effectiveApiBase();
    const QString host =
        base.host() + (base.port() > 0 ? QStringLiteral(":%1").arg(base.port()) : QString());
    const QString route =
        app.proxy.isEmpty()
            ? Text::tr("directly (no proxy)")
            : Text::tr("through the proxy %1").arg(app.proxy.toString(QUrl::RemoveUserInfo));
    switch (kind) {
    case Kind::None:
        return Text::tr("Connected.");
    case Kind::Network:
        return Text::tr("Cannot reach %1 %2: %3. Check the API address and the proxy (%4), and "
                        "that this computer can reach the company's gateway.")
            .arg(host, route, errmsg, whereToFix);
    case Kind::Timeout:
        return Text::tr(
                   "%1 did not answer in time (%2). The gateway or proxy may be slow or down; try "
                   "again, or check the API address and proxy.")
            .arg(host, route);
    case Kind::Http:
        return Text::tr(
                   "%1 answered HTTP %2 instead of WeChat's reply. If the API address points to a "
                   "gateway, check that it forwards to api.weixin.qq.com.")
            .arg(host)
            .arg(httpStatus);
    case Kind::BadReply:
        return Text::tr("%1 sent a reply that is not WeChat's (%2). Check the API address.")
            .arg(host, errmsg);
    case Kind::Refused:
    case Kind::Credentials:
        return errmsg;
    case Kind::Wechat:
        break;
    }
    switch (errcode) {
    case Errcode::IpNotWhitelisted: {
        const QString ip = deniedIp().isEmpty() ? Text::tr("this computer's address") : deniedIp();
        return Text::
            tr("WeChat refused the call from IP %1: it is not on the IP whitelist of %2. Either "
               "send API calls through the company's fixed-IP gateway or proxy (API address and "
               "proxy: %4; now %3), or add %1 to the whitelist in the WeChat admin console "
               "(Settings and Development → Basic Configuration → IP whitelist).")
                .arg(ip, app.appid, route, whereToFix);
    }
    case Errcode::BadAppSecret:
        return Text::tr(
                   "WeChat says the AppSecret for %1 is wrong. Copy the current AppSecret from the "
                   "WeChat admin console (Settings and Development → Basic Configuration) and save "
                   "it again; if it was reset there, the old one no longer works.")
            .arg(app.appid);
    case Errcode::BadAppid:
        return Text::tr(
                   "WeChat does not know the AppID %1. Check it against the WeChat admin console "
                   "(Settings and Development → Basic Configuration).")
            .arg(app.appid);
    case Errcode::SecretFrozen:
        return Text::tr("The AppSecret of %1 is frozen. Unfreeze or reset it in the WeChat admin "
                        "console, then save the new one here.")
            .arg(app.appid);
    case Errcode::ApiUnauthorized:
        return Text::tr(
                   "%1 is not authorised to use this API (48001). Check the account's type and "
                   "permissions in the WeChat admin console.")
            .arg(app.appid);
    case Errcode::DailyQuota:
        return Text::tr(
            "The daily quota of this API is used up (45009). It resets at midnight (Beijing "
            "time); an admin may also clear it in the WeChat admin console.");
    case Errcode::MinuteLimit:
        return Text::tr(
            "WeChat's per-minute limit was reached (45011). Slow down and try again in a minute.");
    case Errcode::SystemBusy:
        return Text::tr("WeChat is busy (-1). Try again shortly.");
    default:
        return Text::tr("WeChat answered errcode %1: %2").arg(errcode).arg(errmsg);
    }
}
