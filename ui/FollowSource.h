#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// How a follower came to follow the Official Account, in words: WeChat's subscribe_scene
// codes (ADD_SCENE_…) and, for a QR code, the code's scene.
class FollowSource
{
    Q_DECLARE_TR_FUNCTIONS(FollowSource)
public:
    // Every scene WeChat documents, in the order a picker lists them.
    static QList<QString> scenes();
    // "Search", "QR code", …; an unknown code as it came.
    static QString sceneName(const QString &scene);
    // The scene's name, with the QR code's scene after it when there is one.
    static QString describe(const QString &scene, const QString &qrScene);
};
