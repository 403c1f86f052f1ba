#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"
#include "wechat/ApiTypes.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QVariantList>

class PreparedStatements;

// WeChat tags (tables `tags`, `account_tags`, which this class alone writes): the follower
// sync's copy of them, the changes staff make in wxops, and what staff choose from.
class TagRepository
{
public:
    explicit TagRepository(DbConnection db) : m_db(db) {}

    // Every tag name across the apps, each once, sorted.
    StatusOr<QStringList> names() const;
    // The tags of one app as (WeChat's tag id, name), sorted by name.
    StatusOr<QList<QPair<qint64, QString>>> ofApp(const QString &appid) const;
    // The tags of one app (by row id) with their follower counts, sorted by name.
    StatusOr<QList<WechatTag>> withCounts(qint64 appRowId) const;

    // Whether the app (by row id) holds WeChat's tag `tagId`.
    StatusOr<bool> exists(qint64 appRowId, qint64 tagId) const;

    // The app's tags as WeChat listed them: new ones added, renamed or recounted ones updated,
    // the others deleted with their members. Returns WeChat's tag id -> the row id.
    StatusOr<QHash<int, qint64>> replaceAppTags(qint64 appRowId, const QList<WechatTag> &tags);
    // For the follower sync, on its prepared statements: the tags of `accountIds` become
    // `rows` (account id, tag row id).
    static Status replaceAccountTags(PreparedStatements &sql, const QVariantList &accountIds,
                                     const QList<QVariantList> &rows);

    // Changes WeChat accepted from wxops, kept without waiting for the next sync.
    Status addTag(qint64 appRowId, const WechatTag &tag);
    Status renameTag(qint64 appRowId, int tagId, const QString &name);
    Status removeTag(qint64 appRowId, int tagId);
    // The app's accounts among `openids` get (or lose) the tag, and its count follows.
    // Returns how many accounts changed.
    StatusOr<qint64> setTagged(qint64 appRowId, int tagId, const QStringList &openids, bool tagged);

private:
    DbConnection m_db;
};
