#include "MaterialApi.h"

#include "BatchCall.h"
#include "WechatClient.h"

#include <QJsonArray>

namespace {
// An item with news_item (an article) or a plain file (name, url).
LibraryItem itemOf(const QJsonObject &json)
{
    LibraryItem item;
    item.id = json.value(QStringLiteral("media_id")).toString();
    if (item.id.isEmpty())
        item.id = json.value(QStringLiteral("article_id")).toString();
    item.updatedAt = json.value(QStringLiteral("update_time")).toInteger();
    const QJsonArray news = json.value(QStringLiteral("content"))
                                .toObject()
                                .value(QStringLiteral("news_item"))
                                .toArray();
    if (news.isEmpty()) {
        item.title = json.value(QStringLiteral("name")).toString();
        item.coverUrl = json.value(QStringLiteral("url")).toString();
        return item;
    }
    // A multi-article item is shown by its first article, as WeChat's own list does.
    const QJsonObject first = news.first().toObject();
    item.title = first.value(QStringLiteral("title")).toString();
    item.author = first.value(QStringLiteral("author")).toString();
    item.digest = first.value(QStringLiteral("digest")).toString();
    item.thumbMediaId = first.value(QStringLiteral("thumb_media_id")).toString();
    item.coverUrl = first.value(QStringLiteral("thumb_url")).toString();
    item.url = first.value(QStringLiteral("url")).toString();
    return item;
}
} // namespace

bool MaterialApi::parsePage(const QJsonObject &json, LibraryPage *page)
{
    if (!json.contains(QStringLiteral("total_count")))
        return false;
    page->total = json.value(QStringLiteral("total_count")).toInt(-1);
    if (page->total < 0) // not a count: not WeChat's reply
        return false;
    for (const QJsonValue &item : json.value(QStringLiteral("item")).toArray())
        page->items.append(itemOf(item.toObject()));
    return true;
}

void MaterialApi::counts(QObject *context, std::function<void(const Result<MaterialCounts> &)> done)
{
    callTyped<MaterialCounts>(
        m_client, ApiRequest::get(QStringLiteral("/cgi-bin/material/get_materialcount")), context,
        [](const ApiResult &r, MaterialCounts *counts) {
            if (!r.json.contains(QStringLiteral("news_count")))
                return false;
            counts->news = r.json.value(QStringLiteral("news_count")).toInt();
            counts->images = r.json.value(QStringLiteral("image_count")).toInt();
            counts->videos = r.json.value(QStringLiteral("video_count")).toInt();
            counts->voices = r.json.value(QStringLiteral("voice_count")).toInt();
            return true;
        },
        done);
}

void MaterialApi::materials(const QString &type, int offset, QObject *context,
                            std::function<void(const Result<LibraryPage> &)> done)
{
    callTyped<LibraryPage>(
        m_client,
        ApiRequest::post(QStringLiteral("/cgi-bin/material/batchget_material"),
                         {{QStringLiteral("type"), type},
                          {QStringLiteral("offset"), offset},
                          {QStringLiteral("count"), kPageSize}}),
        context, [](const ApiResult &r, LibraryPage *page) { return parsePage(r.json, page); },
        done);
}

void MaterialApi::published(int offset, QObject *context,
                            std::function<void(const Result<LibraryPage> &)> done)
{
    callTyped<LibraryPage>(
        m_client,
        ApiRequest::post(QStringLiteral("/cgi-bin/freepublish/batchget"),
                         {{QStringLiteral("offset"), offset},
                          {QStringLiteral("count"), kPageSize},
                          {QStringLiteral("no_content"), 1}}),
        context, [](const ApiResult &r, LibraryPage *page) { return parsePage(r.json, page); },
        done);
}

void MaterialApi::image(const QString &url, QObject *context,
                        std::function<void(const Result<QByteArray> &)> done)
{
    ApiRequest request = ApiRequest::get(QString());
    request.absoluteUrl = QUrl(url);
    request.withToken = false;
    request.binaryReply = true;
    if (!request.absoluteUrl.isValid() ||
        !QStringList{QStringLiteral("http"), QStringLiteral("https")}.contains(
            request.absoluteUrl.scheme())) {
        done({ApiError::refused(QStringLiteral("not an image address: ") + url), {}});
        return;
    }
    callTyped<QByteArray>(
        m_client, request, context,
        [](const ApiResult &r, QByteArray *bytes) {
            *bytes = r.body;
            return !bytes->isEmpty();
        },
        done);
}
