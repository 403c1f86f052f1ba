#include "FollowerWriter.h"

#include "storage/TagRepository.h"

#include "identity/AccountRepository.h"
#include "storage/BulkWriteSettings.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString kKind = QStringLiteral("followers");
} // namespace

FollowerWriter::FollowerWriter(DbConnection db, qint64 appRowId, const Clock &clock)
    : m_db(db), m_bulkWrites(std::make_unique<BulkWriteSettings>(db)),
      m_sql(std::make_unique<PreparedStatements>(db)), m_app(appRowId), m_clock(clock),
      m_linker(db, clock)
{
}

FollowerWriter::~FollowerWriter() = default;

Status FollowerWriter::beginRun(State *state)
{
    Status status = Status::ok();
    SqlRows &q = m_sql->run(QStringLiteral("SELECT cursor, progress, started_at, completed_at, "
                                           "run FROM sync_state WHERE app_id = ? AND kind = ?"),
                            {m_app, kKind}, &status);
    WX_TRY(status);
    qint64 lastRun = 0;
    if (q.next()) {
        lastRun = q.value(4).toLongLong();
        if (q.value(3).isNull()) { // an unfinished run: continue it
            m_state.cursor = q.value(0).toString();
            m_state.listed = QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                                 .object()
                                 .value(QStringLiteral("listed"))
                                 .toInteger();
            m_state.startedAt = q.value(2).toLongLong();
            m_state.run = lastRun;
            q.finish();
            *state = m_state;
            return Status::ok();
        }
    }
    q.finish();
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    WX_TRY(Sql::exec(m_db, QStringLiteral("DELETE FROM sync_listing WHERE app_id = ?"), {m_app}));
    m_state = State{QString(), 0, m_clock.nowMsecs(), lastRun + 1};
    WX_TRY(saveState(QString(), 0, 0, m_state.startedAt, false));
    WX_TRY(transaction.commit());
    *state = m_state;
    return Status::ok();
}

Status FollowerWriter::writeTags(const QList<WechatTag> &tags)
{
    const StatusOr<QHash<int, qint64>> refs = TagRepository(m_db).replaceAppTags(m_app, tags);
    WX_TRY(refs.status());
    m_tagRefs = refs.value();
    return Status::ok();
}

Status FollowerWriter::writePage(const QList<FollowerInfo> &infos, const QStringList &listed,
                                 const QString &nextCursor, qint64 total, PageResult *result)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    const qint64 now = m_clock.nowMsecs();
    QList<qint64> changed;
    QSet<QString> written;
    WX_TRY(upsertFollowers(infos, now, &changed, &written));
    // Written accounts carry this run's number; only the others need a listing row.
    QList<QVariantList> listing;
    for (const QString &openid : listed)
        if (!written.contains(openid))
            listing.append({m_app, openid});
    WX_TRY(m_sql->runMany(QStringLiteral("INSERT INTO sync_listing (app_id, openid)"), listing,
                          QStringLiteral("ON CONFLICT DO NOTHING")));
    WX_TRY(m_linker.linkAccounts(changed));
    const qint64 listedSoFar = m_state.listed + listed.size();
    WX_TRY(saveState(nextCursor, listedSoFar, total, m_state.startedAt, false));
    WX_TRY(transaction.commit());
    m_state.cursor = nextCursor;
    m_state.listed = listedSoFar;
    result->changed = int(changed.size());
    return Status::ok();
}

Status FollowerWriter::upsertFollowers(const QList<FollowerInfo> &infos, qint64 now,
                                       QList<qint64> *changed, QSet<QString> *writtenOpenids)
{
    AccountRepository accounts(*m_sql);
    QList<const FollowerInfo *> subscribed;
    QHash<QString, const FollowerInfo *> byOpenid;
    for (const FollowerInfo &info : infos) {
        if (!info.subscribed) {
            // Unfollowed between the listing and the details: WeChat returns only the openid.
            const StatusOr<QList<qint64>> left = accounts.markUnfollowed(m_app, info.openid, now);
            WX_TRY(left.status());
            changed->append(left.value());
            continue;
        }
        byOpenid.insert(info.openid, &info);
        subscribed.append(&info);
    }
    QList<QPair<qint64, const FollowerInfo *>> written;
    WX_TRY(accounts.upsertFollowers(m_app, m_state.run, now, subscribed,
                                    [&](qint64 id, const QString &openid) {
                                        written.append({id, byOpenid.value(openid)});
                                    }));
    for (const auto &[id, info] : std::as_const(written)) {
        changed->append(id);
        writtenOpenids->insert(info->openid);
    }
    return replaceAccountTags(written);
}

Status
FollowerWriter::replaceAccountTags(const QList<QPair<qint64, const FollowerInfo *>> &accounts)
{
    QVariantList ids;
    for (const auto &[id, info] : accounts)
        ids << id;
    QList<QVariantList> rows;
    for (const auto &[id, info] : accounts)
        for (int tagId : info->tagIds)
            if (const qint64 ref = m_tagRefs.value(tagId)) // a tag newer than the tag list
                rows.append({id, ref});                    // comes with the next sync
    return TagRepository::replaceAccountTags(*m_sql, ids, rows);
}

Status FollowerWriter::finishRun(Finish *finish)
{
    Transaction transaction(m_db, SqlDialect::of(m_db));
    WX_TRY(transaction.beginStatus());
    const qint64 now = m_clock.nowMsecs();
    const StatusOr<qint64> gone =
        AccountRepository(*m_sql).unsubscribeUnlisted(m_app, m_state.run, now);
    WX_TRY(gone.status());
    finish->unsubscribed = int(gone.value());
    WX_TRY(Sql::exec(m_db, QStringLiteral("DELETE FROM sync_listing WHERE app_id = ?"), {m_app}));
    WX_TRY(saveState(QString(), m_state.listed, m_state.listed, m_state.startedAt, true));
    return transaction.commit();
}

Status FollowerWriter::saveState(const QString &cursor, qint64 listed, qint64 total,
                                 qint64 startedAt, bool completed)
{
    const qint64 now = m_clock.nowMsecs();
    const QString progress =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("listed"), listed},
                                                    {QStringLiteral("total"), total}})
                              .toJson(QJsonDocument::Compact));
    return Sql::exec(
        m_db,
        QStringLiteral("INSERT INTO sync_state (app_id, kind, cursor, progress, started_at, "
                       "updated_at, completed_at, run) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                       "(app_id, kind) DO UPDATE SET cursor = excluded.cursor, progress = "
                       "excluded.progress, started_at = excluded.started_at, updated_at = "
                       "excluded.updated_at, completed_at = excluded.completed_at, run = "
                       "excluded.run"),
        {m_app, kKind, Sql::text(cursor), progress, startedAt, now,
         completed ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong)), m_state.run});
}
