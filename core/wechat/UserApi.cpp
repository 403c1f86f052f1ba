#include "UserApi.h"

#include "util/Identifier.h"

#include "BatchCall.h"
#include "WechatClient.h"

#include <QCoreApplication>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UserApi)
};

bool isReservedTag(int tagId)
{
    return tagId >= 0 && tagId <= 2;
}

ApiError reservedTagError()
{
    return ApiError::refused(Text::tr("Tags 0, 1 and 2 are reserved by WeChat."));
}

// A call whose reply carries nothing but errcode 0.
void callPlain(WechatClient &client, const ApiRequest &request, QObject *context,
               std::function<void(const ApiError &)> done)
{
    client.call(request, context, [done](const ApiResult &result) { done(result.error); });
}
} // namespace

QString UserApi::tagNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty() || name.toUtf8().size() > kMaxTagNameBytes)
        return Text::tr(
            "A WeChat tag name must be 1 to 30 bytes long (about 10 Chinese characters).");
    return {};
}

QString UserApi::remarkProblem(const QString &remark)
{
    if (remark.toUtf8().size() > kMaxRemarkBytes)
        return Text::tr("A remark must be at most 30 bytes long (about 10 Chinese characters).");
    return {};
}

bool UserApi::parseFollowerPage(const QJsonObject &json, FollowerPage *page)
{
    if (!json.contains(QStringLiteral("total")))
        return false;
    page->total = json.value(QStringLiteral("total")).toInt(-1);
    if (page->total < 0)
        return false;
    page->nextOpenid = json.value(QStringLiteral("next_openid")).toString();
    const QJsonArray ids =
        json.value(QStringLiteral("data")).toObject().value(QStringLiteral("openid")).toArray();
    page->openids.clear();
    page->openids.reserve(ids.size());
    for (const QJsonValue &id : ids) {
        // Not what WeChat sends: the page is refused rather than a broken openid stored.
        if (!Identifier::isPlain(id.toString()))
            return false;
        page->openids.append(id.toString());
    }
    return true;
}

FollowerInfo UserApi::parseFollowerInfo(const QJsonObject &json)
{
    FollowerInfo info;
    info.openid = json.value(QStringLiteral("openid")).toString();
    info.unionid = json.value(QStringLiteral("unionid")).toString();
    info.subscribed = json.value(QStringLiteral("subscribe")).toInt() == 1;
    info.subscribeTime = json.value(QStringLiteral("subscribe_time")).toInteger();
    info.subscribeScene = json.value(QStringLiteral("subscribe_scene")).toString();
    info.qrScene = json.value(QStringLiteral("qr_scene_str")).toString();
    if (info.qrScene.isEmpty() && json.value(QStringLiteral("qr_scene")).toInteger() > 0)
        info.qrScene = QString::number(json.value(QStringLiteral("qr_scene")).toInteger());
    info.language = json.value(QStringLiteral("language")).toString();
    info.remark = json.value(QStringLiteral("remark")).toString();
    for (const QJsonValue &tag : json.value(QStringLiteral("tagid_list")).toArray())
        info.tagIds.append(tag.toInt());
    return info;
}

void UserApi::followers(const QString &nextOpenid, QObject *context,
                        std::function<void(const Result<FollowerPage> &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("next_openid"), nextOpenid);
    callTyped<FollowerPage>(
        m_client, ApiRequest::get(QStringLiteral("/cgi-bin/user/get"), query), context,
        [](const ApiResult &r, FollowerPage *page) { return parseFollowerPage(r.json, page); },
        done);
}

void UserApi::followerInfos(const QStringList &openids, QObject *context,
                            std::function<void(const Result<QList<FollowerInfo>> &)> done)
{
    QList<ApiRequest> requests;
    for (const QStringList &chunk : chunked(openids, kUserInfoBatch)) {
        QJsonArray list;
        for (const QString &openid : chunk)
            list.append(QJsonObject{{QStringLiteral("openid"), openid},
                                    {QStringLiteral("lang"), QStringLiteral("zh_CN")}});
        requests.append(ApiRequest::post(QStringLiteral("/cgi-bin/user/info/batchget"),
                                         {{QStringLiteral("user_list"), list}}));
    }
    runBatch(m_client, requests, context,
             [done](const QList<ApiResult> &results, const ApiError &error) {
                 Result<QList<FollowerInfo>> out;
                 out.error = error;
                 if (error.ok()) {
                     for (const ApiResult &r : results)
                         for (const QJsonValue &v :
                              r.json.value(QStringLiteral("user_info_list")).toArray())
                             out.value.append(parseFollowerInfo(v.toObject()));
                 }
                 done(out);
             });
}

void UserApi::tags(QObject *context, std::function<void(const Result<QList<WechatTag>> &)> done)
{
    callTyped<QList<WechatTag>>(
        m_client, ApiRequest::get(QStringLiteral("/cgi-bin/tags/get")), context,
        [](const ApiResult &r, QList<WechatTag> *tags) {
            if (!r.json.value(QStringLiteral("tags")).isArray())
                return false;
            for (const QJsonValue &v : r.json.value(QStringLiteral("tags")).toArray()) {
                const QJsonObject t = v.toObject();
                tags->append({t.value(QStringLiteral("id")).toInt(),
                              t.value(QStringLiteral("name")).toString(),
                              t.value(QStringLiteral("count")).toInt()});
            }
            return true;
        },
        done);
}

void UserApi::createTag(const QString &name, QObject *context,
                        std::function<void(const Result<WechatTag> &)> done)
{
    if (const QString problem = tagNameProblem(name); !problem.isEmpty()) {
        done({ApiError::refused(problem), {}});
        return;
    }
    callTyped<WechatTag>(
        m_client,
        ApiRequest::post(QStringLiteral("/cgi-bin/tags/create"),
                         {{QStringLiteral("tag"), QJsonObject{{QStringLiteral("name"), name}}}}),
        context,
        [](const ApiResult &r, WechatTag *tag) {
            const QJsonObject t = r.json.value(QStringLiteral("tag")).toObject();
            tag->id = t.value(QStringLiteral("id")).toInt(-1);
            tag->name = t.value(QStringLiteral("name")).toString();
            return tag->id >= 0;
        },
        done);
}

void UserApi::tagFollowers(int tagId, const QStringList &openids, bool tag, QObject *context,
                           std::function<void(const Result<int> &)> done)
{
    if (isReservedTag(tagId)) {
        done({reservedTagError(), 0});
        return;
    }
    const QString path = tag ? QStringLiteral("/cgi-bin/tags/members/batchtagging")
                             : QStringLiteral("/cgi-bin/tags/members/batchuntagging");
    QList<ApiRequest> requests;
    for (const QStringList &chunk : chunked(openids, kTaggingBatch))
        requests.append(ApiRequest::post(
            path, {{QStringLiteral("openid_list"), QJsonArray::fromStringList(chunk)},
                   {QStringLiteral("tagid"), tagId}}));
    const int count = int(openids.size());
    runBatch(m_client, requests, context,
             [done, count](const QList<ApiResult> &, const ApiError &error) {
                 done({error, error.ok() ? count : 0});
             });
}

void UserApi::renameTag(int tagId, const QString &name, QObject *context,
                        std::function<void(const ApiError &)> done)
{
    if (isReservedTag(tagId))
        return done(reservedTagError());
    if (const QString problem = tagNameProblem(name); !problem.isEmpty())
        return done(ApiError::refused(problem));
    callPlain(
        m_client,
        ApiRequest::post(QStringLiteral("/cgi-bin/tags/update"),
                         {{QStringLiteral("tag"), QJsonObject{{QStringLiteral("id"), tagId},
                                                              {QStringLiteral("name"), name}}}}),
        context, done);
}

void UserApi::deleteTag(int tagId, QObject *context, std::function<void(const ApiError &)> done)
{
    if (isReservedTag(tagId))
        return done(reservedTagError());
    callPlain(
        m_client,
        ApiRequest::post(QStringLiteral("/cgi-bin/tags/delete"),
                         {{QStringLiteral("tag"), QJsonObject{{QStringLiteral("id"), tagId}}}}),
        context, done);
}

void UserApi::updateRemark(const QString &openid, const QString &remark, QObject *context,
                           std::function<void(const ApiError &)> done)
{
    if (const QString problem = remarkProblem(remark); !problem.isEmpty())
        return done(ApiError::refused(problem));
    callPlain(
        m_client,
        ApiRequest::post(QStringLiteral("/cgi-bin/user/info/updateremark"),
                         {{QStringLiteral("openid"), openid}, {QStringLiteral("remark"), remark}}),
        context, done);
}

void UserApi::followersWithTag(int tagId, const QString &nextOpenid, QObject *context,
                               std::function<void(const Result<FollowerPage> &)> done)
{
    callTyped<FollowerPage>(
        m_client,
        ApiRequest::post(
            QStringLiteral("/cgi-bin/user/tag/get"),
            {{QStringLiteral("tagid"), tagId}, {QStringLiteral("next_openid"), nextOpenid}}),
        context,
        [](const ApiResult &r, FollowerPage *page) {
            QJsonObject json = r.json;
            if (!json.contains(QStringLiteral("total")))
                json.insert(QStringLiteral("total"), json.value(QStringLiteral("count")));
            return parseFollowerPage(json, page);
        },
        done);
}

void UserApi::quota(const QString &cgiPath, QObject *context,
                    std::function<void(const Result<Quota> &)> done)
{
    callTyped<Quota>(
        m_client,
        ApiRequest::post(QStringLiteral("/cgi-bin/openapi/quota/get"),
                         {{QStringLiteral("cgi_path"), cgiPath}}),
        context,
        [](const ApiResult &r, Quota *quota) {
            const QJsonObject q = r.json.value(QStringLiteral("quota")).toObject();
            if (q.isEmpty())
                return false;
            quota->dailyLimit = q.value(QStringLiteral("daily_limit")).toInteger();
            quota->used = q.value(QStringLiteral("used")).toInteger();
            quota->remain = q.value(QStringLiteral("remain")).toInteger();
            return true;
        },
        done);
}
