#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <QList>
#include <QPair>
#include <QStringList>

// WeChat tags as last synced (tables `tags`, `account_tags`): what staff choose from.
class TagRepository
{
public:
    explicit TagRepository(DbConnection db) : m_db(db) {}

    // Every tag name across the apps, each once, sorted.
    StatusOr<QStringList> names() const;
    // The tags of one app as (WeChat's tag id, name), sorted by name.
    StatusOr<QList<QPair<qint64, QString>>> ofApp(const QString &appid) const;

    // Whether the app (by row id) holds WeChat's tag `tagId`.
    StatusOr<bool> exists(qint64 appRowId, qint64 tagId) const;

private:
    DbConnection m_db;
};
