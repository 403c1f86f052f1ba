#include "QrCodeApi.h"

#include "BatchCall.h"
#include "WechatClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(QrCodeApi)
};

QString refusal(const QString &scene, bool permanent, int expireSeconds, bool numeric)
{
    if (scene.trimmed().isEmpty() || scene.toUtf8().size() > QrCodeApi::kMaxSceneBytes)
        return Text::tr("A QR code's parameter must be 1 to 64 bytes long.");
    if (numeric && (scene.toLongLong() < 1 ||
                    scene.toLongLong() > (permanent ? QrCodeApi::kMaxPermanentSceneId
                                                    : qint64(std::numeric_limits<qint32>::max()))))
        return permanent ? Text::tr("A permanent QR code's number must be from 1 to 100000; "
                                    "use a text parameter for more.")
                         : Text::tr("A temporary QR code's number must be from 1 to 2147483647.");
    if (!permanent && (expireSeconds < 60 || expireSeconds > QrCodeApi::kMaxTemporarySeconds))
        return Text::tr("A temporary QR code lives from 60 seconds to 30 days.");
    return {};
}
} // namespace

void QrCodeApi::create(const QString &scene, bool permanent, int expireSeconds, QObject *context,
                       std::function<void(const Result<ChannelQrCode> &)> done)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,10}$"));
    const bool numeric = digits.match(scene).hasMatch();
    if (const QString why = refusal(scene, permanent, expireSeconds, numeric); !why.isEmpty()) {
        done({ApiError::refused(why), {}});
        return;
    }
    QJsonObject body{
        {QStringLiteral("action_name"),
         QLatin1String(permanent ? (numeric ? "QR_LIMIT_SCENE" : "QR_LIMIT_STR_SCENE")
                                 : (numeric ? "QR_SCENE" : "QR_STR_SCENE"))},
        {QStringLiteral("action_info"),
         QJsonObject{{QStringLiteral("scene"),
                      numeric ? QJsonObject{{QStringLiteral("scene_id"), scene.toLongLong()}}
                              : QJsonObject{{QStringLiteral("scene_str"), scene}}}}}};
    if (!permanent)
        body.insert(QStringLiteral("expire_seconds"), expireSeconds);
    callTyped<ChannelQrCode>(
        m_client, ApiRequest::post(QStringLiteral("/cgi-bin/qrcode/create"), body), context,
        [](const ApiResult &r, ChannelQrCode *code) {
            code->ticket = r.json.value(QStringLiteral("ticket")).toString();
            code->url = r.json.value(QStringLiteral("url")).toString();
            code->expireSeconds = r.json.value(QStringLiteral("expire_seconds")).toInt();
            return !code->ticket.isEmpty();
        },
        done);
}

void QrCodeApi::image(const QString &ticket, QObject *context,
                      std::function<void(const Result<QByteArray> &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("ticket"),
                       QString::fromLatin1(QUrl::toPercentEncoding(ticket)));
    ApiRequest request = ApiRequest::get(QStringLiteral("/cgi-bin/showqrcode"), query);
    request.withToken = false;
    request.binaryReply = true;
    request.onWebsiteHost = true;
    callTyped<QByteArray>(
        m_client, request, context,
        [](const ApiResult &r, QByteArray *bytes) {
            *bytes = r.body;
            return !bytes->isEmpty();
        },
        done);
}
