#include "MiniProgramApi.h"

#include "BatchCall.h"
#include "WechatClient.h"

void MiniProgramApi::urlLink(const QJsonObject &body, QObject *context,
                             std::function<void(const Result<QString> &)> done)
{
    callTyped<QString>(
        m_client, ApiRequest::post(QStringLiteral("/wxa/generate_urllink"), body), context,
        [](const ApiResult &r, QString *link) {
            *link = r.json.value(QStringLiteral("url_link")).toString();
            return !link->isEmpty();
        },
        done);
}

void MiniProgramApi::scheme(const QJsonObject &body, QObject *context,
                            std::function<void(const Result<QString> &)> done)
{
    callTyped<QString>(
        m_client, ApiRequest::post(QStringLiteral("/wxa/generatescheme"), body), context,
        [](const ApiResult &r, QString *link) {
            *link = r.json.value(QStringLiteral("openlink")).toString();
            return !link->isEmpty();
        },
        done);
}

void MiniProgramApi::unlimitedCode(const QJsonObject &body, QObject *context,
                                   std::function<void(const Result<QByteArray> &)> done)
{
    ApiRequest request = ApiRequest::post(QStringLiteral("/wxa/getwxacodeunlimit"), body);
    request.binaryReply = true;
    callTyped<QByteArray>(
        m_client, request, context,
        [](const ApiResult &r, QByteArray *png) {
            *png = r.body;
            return png->startsWith("\x89PNG") || png->startsWith("\xFF\xD8");
        },
        done);
}
