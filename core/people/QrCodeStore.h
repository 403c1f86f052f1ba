#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <QHash>
#include <QList>
#include <QString>

// A channel QR code made through wxops: a name staff gave it (a poster, a shop) and the scene
// WeChat adds to each follow through it.
struct StoredQrCode
{
    qint64 id = 0;
    QString scene;
    QString name;
    bool permanent = false;
    QString ticket;
    QString url;
    QString createdBy;
    qint64 createdAt = 0; // msecs
    qint64 expiresAt = 0; // msecs; 0 for a permanent code
    qint64 followers = 0; // subscribed followers whose follow carried the scene
};

// Table `qr_codes`, per app (by row id).
class QrCodeStore
{
public:
    explicit QrCodeStore(DbConnection db) : m_db(db) {}

    // Fails for a scene the app already has a code for (a follow must name one code).
    Status add(qint64 appRowId, StoredQrCode *code);
    Status rename(qint64 appRowId, const QString &scene, const QString &name);
    // Newest first, each with how many subscribed followers came through it.
    StatusOr<QList<StoredQrCode>> ofApp(qint64 appRowId) const;
    // Scene -> name of every code of every app: how the console names a follow's source.
    StatusOr<QHash<QString, QString>> namesByScene() const;
    StatusOr<bool> hasScene(qint64 appRowId, const QString &scene) const;

private:
    DbConnection m_db;
};
