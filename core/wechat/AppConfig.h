#pragma once

#include <QString>
#include <QUrl>

// One WeChat app the console works with. The AppSecret is not here: it lives in the keychain.
struct AppConfig
{
    enum class Kind
    {
        OfficialAccount,
        MiniProgram
    };

    QString appid;
    Kind kind = Kind::OfficialAccount;
    QString name;
    QUrl apiBase; // empty: https://api.weixin.qq.com (or a company gateway with a fixed IP)
    QUrl proxy;   // empty: direct; http://host:port or socks5://host:port

    static QUrl defaultApiBase() { return QUrl(QStringLiteral("https://api.weixin.qq.com")); }
    QUrl effectiveApiBase() const { return apiBase.isEmpty() ? defaultApiBase() : apiBase; }

    static QString kindCode(Kind kind)
    {
        return kind == Kind::MiniProgram ? QStringLiteral("mp") : QStringLiteral("oa");
    }
    static bool kindFromCode(const QString &code, Kind *kind)
    {
        if (code == QStringLiteral("oa"))
            *kind = Kind::OfficialAccount;
        else if (code == QStringLiteral("mp"))
            *kind = Kind::MiniProgram;
        else
            return false;
        return true;
    }
};
