#pragma once

#include "identity/IdentityLinker.h"
#include "storage/DbConnection.h"
#include "wechat/ApiTypes.h"

#include <memory>
#include <QHash>
#include <QSet>

class BulkWriteSettings;
class Clock;
class PreparedStatements;

// The database side of a follower sync for one app: writes a page of follower details, the
// listing and the cursor in one transaction, so a sync stopped at any point resumes from its
// last written page. Rows that did not change are not touched.
class FollowerWriter
{
public:
    struct PageResult
    {
        int changed = 0; // inserted or updated accounts
    };
    struct Finish
    {
        int unsubscribed = 0; // subscribed before, missing from the complete listing
    };
    struct State
    {
        QString cursor;    // next_openid to continue from ("" at the start)
        qint64 listed = 0; // openids written in this run
        qint64 startedAt = 0;
        qint64 run = 0; // numbers the runs of this app; accounts record the last that wrote them
    };

    FollowerWriter(DbConnection db, qint64 appRowId, const Clock &clock);
    ~FollowerWriter();

    // The run to continue, or a fresh one (listing cleared) when the last run completed.
    Status beginRun(State *state);
    Status writeTags(const QList<WechatTag> &tags);
    Status writePage(const QList<FollowerInfo> &infos, const QStringList &listed,
                     const QString &nextCursor, qint64 total, PageResult *result);
    // The listing is complete: marks the missing followers unsubscribed and closes the run.
    Status finishRun(Finish *finish);

private:
    Status upsertFollowers(const QList<FollowerInfo> &infos, qint64 now, QList<qint64> *changed,
                           QSet<QString> *writtenOpenids);
    Status replaceAccountTags(const QList<QPair<qint64, const FollowerInfo *>> &accounts);
    Status saveState(const QString &cursor, qint64 listed, qint64 total, qint64 startedAt,
                     bool completed);

    DbConnection m_db;
    std::unique_ptr<BulkWriteSettings> m_bulkWrites; // for as long as this writer (one sync) lives
    std::unique_ptr<PreparedStatements> m_sql;
    qint64 m_app;
    const Clock &m_clock;
    IdentityLinker m_linker;
    QHash<int, qint64> m_tagRefs; // WeChat tag id -> tags.id
    State m_state;
};
