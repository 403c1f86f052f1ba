#pragma once

#include "ApiResult.h"

#include <functional>
#include <QList>
#include <QString>

class QObject;
class WechatClient;

// One item of the Official Account's library: an article (a permanent news material or a
// published article) or a permanent image, video or voice.
struct LibraryItem
{
    QString id;    // media_id, or article_id for a published article
    QString title; // an article's title, or a file's name
    QString author;
    QString digest;
    QString thumbMediaId;
    QString coverUrl;     // an article's cover, or an image itself (on WeChat's image host)
    QString url;          // where an article reads
    qint64 updatedAt = 0; // seconds since the epoch
};

struct LibraryPage
{
    int total = 0;
    QList<LibraryItem> items;
};

struct MaterialCounts
{
    int news = 0;
    int images = 0;
    int videos = 0;
    int voices = 0;
};

// The Official Account's library (material/batchget_material, get_materialcount) and its
// published articles (freepublish/batchget), 20 items a request as WeChat allows.
class MaterialApi
{
public:
    static constexpr int kPageSize = 20;

    explicit MaterialApi(WechatClient &client) : m_client(client) {}

    void counts(QObject *context, std::function<void(const Result<MaterialCounts> &)> done);
    // `type`: "news", "image", "video" or "voice"; newest first from `offset`.
    void materials(const QString &type, int offset, QObject *context,
                   std::function<void(const Result<LibraryPage> &)> done);
    void published(int offset, QObject *context,
                   std::function<void(const Result<LibraryPage> &)> done);
    // An image WeChat gave the URL of (a cover), without the token.
    void image(const QString &url, QObject *context,
               std::function<void(const Result<QByteArray> &)> done);

    static bool parsePage(const QJsonObject &json, LibraryPage *page);

private:
    WechatClient &m_client;
};
