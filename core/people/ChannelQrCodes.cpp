#include "ChannelQrCodes.h"

#include "storage/AppRepository.h"
#include "storage/AuditLog.h"
#include "wechat/QrCodeApi.h"
#include "wechat/WechatClient.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChannelQrCodes)
};
} // namespace

ChannelQrCodes::ChannelQrCodes(DbConnection db, const QString &appid, WechatClient &client,
                               QObject *parent)
    : QObject(parent), m_db(db), m_appid(appid), m_client(client)
{
    m_appRow = AppRepository(db).rowId(appid, &m_appStatus);
}

void ChannelQrCodes::create(const QString &name, const QString &scene, bool permanent,
                            int expireSeconds,
                            std::function<void(const Status &, const StoredQrCode &)> done)
{
    if (!m_appStatus.isOk())
        return done(m_appStatus, {});
    if (name.trimmed().isEmpty())
        return done(Status::failure(Text::tr("Give the QR code a name, for example the poster or "
                                             "shop it is for.")),
                    {});
    // Checked before WeChat makes a code that could not be kept.
    const StatusOr<bool> taken = QrCodeStore(m_db).hasScene(m_appRow, scene);
    if (!taken.isOk())
        return done(taken.status(), {});
    if (taken.value())
        return done(Status::failure(Text::tr("This account already has a QR code with the "
                                             "parameter “%1”. Choose another parameter.")
                                        .arg(scene)),
                    {});
    QrCodeApi(m_client).create(
        scene, permanent, expireSeconds, this, [=, this](const Result<ChannelQrCode> &made) {
            if (!made.ok())
                return done(Status::failure(made.error.userMessage(m_client.app())), {});
            StoredQrCode code;
            code.scene = scene;
            code.name = name.trimmed();
            code.permanent = permanent;
            code.ticket = made.value.ticket;
            code.url = made.value.url;
            code.createdBy = AuditLog::currentActor();
            code.createdAt = QDateTime::currentMSecsSinceEpoch();
            code.expiresAt = permanent ? 0 : code.createdAt + made.value.expireSeconds * 1000LL;
            Status status = QrCodeStore(m_db).add(m_appRow, &code);
            if (status.isOk())
                status = AuditLog(m_db).record(code.createdBy, QStringLiteral("qrcode.create"),
                                               QStringLiteral("qrcode:%1/%2").arg(m_appid, scene),
                                               {{QStringLiteral("name"), code.name},
                                                {QStringLiteral("permanent"), permanent}});
            done(status, code);
        });
}

void ChannelQrCodes::image(const QString &ticket,
                           std::function<void(const Status &, const QByteArray &)> done)
{
    QrCodeApi(m_client).image(ticket, this, [=, this](const Result<QByteArray> &image) {
        if (!image.ok())
            return done(Status::failure(image.error.userMessage(m_client.app())), {});
        done(Status::ok(), image.value);
    });
}
