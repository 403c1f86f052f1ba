#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

// One call to WeChat's server API, before the token and base URL are added.
struct ApiRequest
{
    enum class Method
    {
        Get,
        Post
    };

    QString path; // e.g. "/cgi-bin/user/get"
    Method method = Method::Post;
    QUrlQuery query;
    QJsonObject body;
    bool withToken = true;
    // A message send cannot be taken back: after an ambiguous failure (the request may have
    // been processed) it is retried only when WeChat can drop the duplicate by a client id.
    bool isSend = false;
    bool hasDedupKey = false;
    // The reply may be binary (getwxacodeunlimit's PNG); errors still come as JSON.
    bool binaryReply = false;
    // Served by WeChat's website host (showqrcode at mp.weixin.qq.com), not api.weixin.qq.com;
    // an app with its own API base (a gateway, wxemu) is asked there for both.
    bool onWebsiteHost = false;
    // A whole URL WeChat gave (an article cover on its image host): fetched as it is, never
    // with a token.
    QUrl absoluteUrl;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {})
    {
        ApiRequest r;
        r.path = path;
        r.method = Method::Get;
        r.query = query;
        return r;
    }
    static ApiRequest post(const QString &path, const QJsonObject &body)
    {
        ApiRequest r;
        r.path = path;
        r.body = body;
        return r;
    }
};
