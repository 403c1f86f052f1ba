#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <QDate>
#include <QList>

// Follows and unfollows of an Official Account per day, from wxops's own follower sync:
// what WeChat's user summary does not say is who they were, and the sync also knows the
// unfollows it detected itself.
struct FollowDay
{
    QDate day;
    qint64 follows = 0;   // accounts whose subscribe_time falls on the day
    qint64 unfollows = 0; // unfollows the sync detected on the day
    bool operator==(const FollowDay &) const = default;
};

// Reads table `accounts`.
class FollowActivity
{
public:
    explicit FollowActivity(DbConnection db) : m_db(db) {}

    // Every day of [from, to], in order.
    StatusOr<QList<FollowDay>> perDay(qint64 appRowId, const QDate &from, const QDate &to) const;

private:
    DbConnection m_db;
};
