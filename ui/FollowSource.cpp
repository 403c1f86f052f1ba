#include "FollowSource.h"

#include "CodeNames.h"

namespace {
// The documented values of user/info's subscribe_scene.
const CodeName kScenes[] = {
    {"ADD_SCENE_SEARCH", QT_TRANSLATE_NOOP("FollowSource", "Search")},
    {"ADD_SCENE_QR_CODE", QT_TRANSLATE_NOOP("FollowSource", "QR code")},
    {"ADD_SCENE_PROFILE_CARD", QT_TRANSLATE_NOOP("FollowSource", "Shared name card")},
    {"ADD_SCENE_PROFILE_LINK", QT_TRANSLATE_NOOP("FollowSource", "Name in an article")},
    {"ADD_SCENE_PROFILE_ITEM", QT_TRANSLATE_NOOP("FollowSource", "Article menu")},
    {"ADD_SCENE_ACCOUNT_MIGRATION", QT_TRANSLATE_NOOP("FollowSource", "Account migration")},
    {"ADD_SCENE_PAID", QT_TRANSLATE_NOOP("FollowSource", "After paying")},
    {"ADD_SCENE_WECHAT_ADVERTISEMENT", QT_TRANSLATE_NOOP("FollowSource", "WeChat ad")},
    {"ADD_SCENE_REPRINT", QT_TRANSLATE_NOOP("FollowSource", "Reprinted article")},
    {"ADD_SCENE_LIVESTREAM", QT_TRANSLATE_NOOP("FollowSource", "Live stream")},
    {"ADD_SCENE_CHANNELS", QT_TRANSLATE_NOOP("FollowSource", "Channels")},
    {"ADD_SCENE_WXA", QT_TRANSLATE_NOOP("FollowSource", "Mini Program")},
    {"ADD_SCENE_OTHERS", QT_TRANSLATE_NOOP("FollowSource", "Other")},
};
} // namespace

QList<QString> FollowSource::scenes()
{
    QList<QString> codes;
    for (const CodeName &scene : kScenes)
        codes << QLatin1String(scene.code);
    return codes;
}

QString FollowSource::sceneName(const QString &scene)
{
    return nameOfCode("FollowSource", kScenes, scene);
}

QString FollowSource::describe(const QString &scene, const QString &qrScene)
{
    const QString name = sceneName(scene);
    return qrScene.isEmpty() ? name : tr("%1 · %2").arg(name, qrScene);
}
