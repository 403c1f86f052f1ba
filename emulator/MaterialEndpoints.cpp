// The Official Account's permanent materials and published articles: a fixed library, so a
// console can browse, count and pick from it. Covers are served as images beside the API.
#include "EmulatorState.h"
#include "FakeQrImage.h"
#include "Router.h"

#include <optional>
#include <QJsonArray>

namespace {
const int kNews = 45;
const int kImages = 30;
const int kVideos = 4;
const int kVoices = 2;
const int kPublished = 37;
const int kMaxPage = 20;
const qint64 kLibraryStart = 1700000000; // 2023-11-14, the oldest item; one a day after it

const QStringList kTitles{
    QStringLiteral("春季新品上市"),   QStringLiteral("会员日双倍积分"),
    QStringLiteral("门店开业邀请"),   QStringLiteral("Weekend brunch menu"),
    QStringLiteral("十二月活动预告"), QStringLiteral("How to track your order"),
    QStringLiteral("年终感恩回馈")};

QString coverUrl(const Call &call, const QString &key)
{
    return call.base.toString() + QStringLiteral("/mmbiz/cover?key=") + key;
}

QJsonObject article(const Call &call, const QString &key, int n)
{
    return {{QStringLiteral("title"),
             QStringLiteral("%1 · %2").arg(kTitles.at(n % kTitles.size())).arg(n + 1)},
            {QStringLiteral("author"), QStringLiteral("运营部")},
            {QStringLiteral("digest"), QStringLiteral("第 %1 期：点击查看详情。").arg(n + 1)},
            {QStringLiteral("content"), QStringLiteral("<p>…</p>")},
            {QStringLiteral("content_source_url"), QString()},
            {QStringLiteral("thumb_media_id"),
             QStringLiteral("MEDIAimg%1").arg(n % kImages, 3, 10, QLatin1Char('0'))},
            {QStringLiteral("thumb_url"), coverUrl(call, key)},
            {QStringLiteral("show_cover_pic"), 1},
            {QStringLiteral("need_open_comment"), 0},
            {QStringLiteral("only_fans_can_comment"), 0},
            {QStringLiteral("url"), QStringLiteral("http://mp.weixin.qq.com/s/%1").arg(key)},
            {QStringLiteral("is_deleted"), false}};
}

// offset and count of a page request, or the refusal.
std::optional<Reply> pageOf(const Call &call, int *offset, int *count)
{
    *offset = call.json.value(QStringLiteral("offset")).toInt(-1);
    *count = call.json.value(QStringLiteral("count")).toInt(-1);
    if (*offset < 0 || *count < 1 || *count > kMaxPage)
        return Reply::error(40035, QStringLiteral("invalid args: offset or count (1 to 20)"));
    return std::nullopt;
}

Reply materialCount()
{
    return Reply::json({{QStringLiteral("voice_count"), kVoices},
                        {QStringLiteral("video_count"), kVideos},
                        {QStringLiteral("image_count"), kImages},
                        {QStringLiteral("news_count"), kNews}});
}

Reply batchGetMaterial(const Call &call)
{
    static const QHash<QString, int> totals{{QStringLiteral("news"), kNews},
                                            {QStringLiteral("image"), kImages},
                                            {QStringLiteral("video"), kVideos},
                                            {QStringLiteral("voice"), kVoices}};
    const QString type = call.json.value(QStringLiteral("type")).toString();
    if (!totals.contains(type))
        return Reply::error(40004, QStringLiteral("invalid media type"));
    int offset = 0, count = 0;
    if (std::optional<Reply> bad = pageOf(call, &offset, &count))
        return *bad;
    const int total = totals.value(type);
    QJsonArray items;
    // Newest first, as WeChat lists them.
    for (int i = offset; i < total && items.size() < count; ++i) {
        const int n = total - 1 - i;
        const QString mediaId =
            QStringLiteral("MEDIA%1%2").arg(type).arg(n, 3, 10, QLatin1Char('0'));
        const qint64 updated = kLibraryStart + n * 86400LL;
        if (type == QStringLiteral("news"))
            items.append(QJsonObject{
                {QStringLiteral("media_id"), mediaId},
                {QStringLiteral("content"),
                 QJsonObject{{QStringLiteral("news_item"), QJsonArray{article(call, mediaId, n)}},
                             {QStringLiteral("create_time"), updated},
                             {QStringLiteral("update_time"), updated}}},
                {QStringLiteral("update_time"), updated}});
        else
            items.append(QJsonObject{
                {QStringLiteral("media_id"), mediaId},
                {QStringLiteral("name"), QStringLiteral("%1-%2").arg(type).arg(n + 1)},
                {QStringLiteral("update_time"), updated},
                {QStringLiteral("url"),
                 type == QStringLiteral("image") ? coverUrl(call, mediaId) : QString()}});
    }
    return Reply::json({{QStringLiteral("total_count"), total},
                        {QStringLiteral("item_count"), int(items.size())},
                        {QStringLiteral("item"), items}});
}

Reply publishedArticles(const Call &call)
{
    int offset = 0, count = 0;
    if (std::optional<Reply> bad = pageOf(call, &offset, &count))
        return *bad;
    const bool noContent = call.json.value(QStringLiteral("no_content")).toInt() == 1;
    QJsonArray items;
    for (int i = offset; i < kPublished && items.size() < count; ++i) {
        const int n = kPublished - 1 - i;
        const QString articleId = QStringLiteral("ARTICLEemu%1").arg(n, 3, 10, QLatin1Char('0'));
        QJsonObject news = article(call, articleId, n);
        if (noContent)
            news.remove(QStringLiteral("content"));
        const qint64 updated = kLibraryStart + n * 86400LL + 3600;
        items.append(QJsonObject{
            {QStringLiteral("article_id"), articleId},
            {QStringLiteral("content"), QJsonObject{{QStringLiteral("news_item"), QJsonArray{news}},
                                                    {QStringLiteral("create_time"), updated},
                                                    {QStringLiteral("update_time"), updated}}},
            {QStringLiteral("update_time"), updated}});
    }
    return Reply::json({{QStringLiteral("total_count"), kPublished},
                        {QStringLiteral("item_count"), int(items.size())},
                        {QStringLiteral("item"), items}});
}
} // namespace

void addMaterialRoutes(EmulatorState &, Routes &routes)
{
    const QString oa = QStringLiteral("oa");
    routes.insert(QStringLiteral("/cgi-bin/material/get_materialcount"),
                  {QStringLiteral("GET"), true, oa, [](const Call &) { return materialCount(); }});
    routes.insert(
        QStringLiteral("/cgi-bin/material/batchget_material"),
        {QStringLiteral("POST"), true, oa, [](const Call &c) { return batchGetMaterial(c); }});
    routes.insert(
        QStringLiteral("/cgi-bin/freepublish/batchget"),
        {QStringLiteral("POST"), true, oa, [](const Call &c) { return publishedArticles(c); }});
    // Covers live on WeChat's image host (mmbiz.qpic.cn), which needs no token.
    routes.insert(QStringLiteral("/mmbiz/cover"),
                  {QStringLiteral("GET"), false, QString(), [](const Call &c) {
                       Reply reply;
                       reply.contentType = "image/png";
                       reply.body =
                           fakeCoverPng(c.query.queryItemValue(QStringLiteral("key")).toUtf8());
                       return reply;
                   }});
}
