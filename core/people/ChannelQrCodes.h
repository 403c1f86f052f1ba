#pragma once

#include "people/QrCodeStore.h"
#include "storage/DbConnection.h"

#include <functional>
#include <QObject>

class WechatClient;

// Makes channel QR codes for an Official Account (WeChat's qrcode/create), keeps each with the
// name staff gave it, audited, and fetches a code's image to show or save.
class ChannelQrCodes : public QObject
{
    Q_OBJECT
public:
    ChannelQrCodes(DbConnection db, const QString &appid, WechatClient &client,
                   QObject *parent = nullptr);

    // `expireSeconds` matters only for a temporary code.
    void create(const QString &name, const QString &scene, bool permanent, int expireSeconds,
                std::function<void(const Status &, const StoredQrCode &)> done);
    void image(const QString &ticket, std::function<void(const Status &, const QByteArray &)> done);

private:
    DbConnection m_db;
    QString m_appid;
    qint64 m_appRow = 0;
    Status m_appStatus = Status::ok();
    WechatClient &m_client;
};
