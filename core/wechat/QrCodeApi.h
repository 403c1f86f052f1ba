#pragma once

#include "ApiResult.h"

#include <functional>
#include <QString>

class QObject;
class WechatClient;

// A channel QR code as WeChat made it: scanning it follows the account (or opens it) and
// the follow carries the code's scene (qr_scene / qr_scene_str).
struct ChannelQrCode
{
    QString ticket;        // shows the image at mp.weixin.qq.com/cgi-bin/showqrcode?ticket=
    QString url;           // what the image encodes
    int expireSeconds = 0; // a temporary code's lifetime; 0 for a permanent one
};

// Parametric QR codes of an Official Account (qrcode/create). A scene of digits is a numeric
// scene (scene_id), any other text a string scene (scene_str).
class QrCodeApi
{
public:
    static constexpr int kMaxTemporarySeconds = 30 * 24 * 3600; // WeChat's limit: 30 days
    static constexpr int kMaxPermanentSceneId = 100000;
    static constexpr int kMaxSceneBytes = 64;

    explicit QrCodeApi(WechatClient &client) : m_client(client) {}

    // A temporary code lives `expireSeconds` (60 to 30 days); a permanent one for ever (an
    // account may hold at most 100,000 permanent codes).
    void create(const QString &scene, bool permanent, int expireSeconds, QObject *context,
                std::function<void(const Result<ChannelQrCode> &)> done);

    // The code's image (a JPEG or PNG) from WeChat's showqrcode, which needs no token.
    void image(const QString &ticket, QObject *context,
               std::function<void(const Result<QByteArray> &)> done);

private:
    WechatClient &m_client;
};
