#include "FollowerSync.h"

#include "logging/LogCategories.h"
#include "wechat/UserApi.h"

#include <QSqlQuery>

FollowerSync::FollowerSync(QSqlDatabase db, qint64 appRowId, WechatClient &client,
                           const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_app(appRowId), m_clock(clock),
      m_api(std::make_unique<UserApi>(client)), m_writer(db, appRowId, clock)
{
}

FollowerSync::~FollowerSync() = default;

void FollowerSync::start()
{
    m_timer.start();
    FollowerWriter::State state;
    const Status begun = m_writer.beginRun(&state);
    if (!begun.isOk()) {
        finish({}, begun);
        return;
    }
    m_listedAtStart = state.listed;
    if (!state.cursor.isEmpty())
        qCInfo(lcSync) << "resuming follower sync after" << state.listed << "followers";
    m_current.nextOpenid = state.cursor;
    fetchTags(/*thenFollowers=*/true);
}

void FollowerSync::startTagsOnly()
{
    m_timer.start();
    fetchTags(/*thenFollowers=*/false);
}

void FollowerSync::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    // What was written stays written; in-flight replies are ignored.
    finish();
}

void FollowerSync::fetchTags(bool thenFollowers)
{
    m_api->tags(this, [this, thenFollowers](const Result<QList<WechatTag>> &tags) {
        if (m_done)
            return;
        if (!tags.ok()) {
            finish(tags.error);
            return;
        }
        const Status written = m_writer.writeTags(tags.value);
        if (!written.isOk()) {
            finish({}, written);
            return;
        }
        if (!thenFollowers) {
            m_report.completed = true;
            finish();
            return;
        }
        fetchPage(m_current.nextOpenid);
    });
}

void FollowerSync::fetchPage(const QString &cursor)
{
    m_prefetching = true;
    m_api->followers(cursor, this, [this](const Result<FollowerPage> &page) {
        m_prefetching = false;
        if (m_done)
            return;
        if (!page.ok()) {
            finish(page.error);
            return;
        }
        onPage(page.value);
    });
}

void FollowerSync::onPage(const FollowerPage &page)
{
    if (page.total > 0 || !page.openids.isEmpty())
        m_total = page.total;
    if (!m_current.openids.isEmpty()) { // details of the current page are still coming
        m_prefetched = page;
        return;
    }
    if (page.openids.isEmpty()) { // the listing is complete
        m_listingDone = true;
        FollowerWriter::Finish finished;
        const Status status = m_writer.finishRun(&finished);
        m_report.unsubscribed = finished.unsubscribed;
        m_report.completed = status.isOk();
        finish({}, status);
        return;
    }
    m_current = page;
    // Fetch the next listing page while the details of this one are fetched.
    if (!page.nextOpenid.isEmpty())
        fetchPage(page.nextOpenid);
    fetchDetails();
}

void FollowerSync::fetchDetails()
{
    m_api->followerInfos(m_current.openids, this, [this](const Result<QList<FollowerInfo>> &infos) {
        if (m_done)
            return;
        if (!infos.ok()) {
            finish(infos.error);
            return;
        }
        FollowerWriter::PageResult written;
        const Status status = m_writer.writePage(infos.value, m_current.openids,
                                                 m_current.nextOpenid, m_total, &written);
        if (!status.isOk()) {
            finish({}, status);
            return;
        }
        m_report.changed += written.changed;
        m_report.followers += m_current.openids.size();
        emit progressed(
            SyncProgress{m_listedAtStart + m_report.followers, m_total, m_timer.elapsed()});
        const QString cursor = m_current.nextOpenid;
        m_current = FollowerPage{};
        m_current.nextOpenid = cursor;
        if (cursor.isEmpty()) { // a last page without a cursor: nothing follows it
            onPage(FollowerPage{});
        } else if (m_prefetched) {
            const FollowerPage next = *m_prefetched;
            m_prefetched.reset();
            onPage(next);
        } else if (!m_prefetching) {
            fetchPage(m_current.nextOpenid);
        }
    });
}

void FollowerSync::finish(const ApiError &error, const Status &status)
{
    if (m_done)
        return;
    m_done = true;
    m_report.cancelled = m_cancelled;
    m_report.apiError = error;
    m_report.status = status;
    m_report.elapsedMsecs = m_timer.elapsed();
    m_report.followers += m_listedAtStart; // the whole run, also the part before a resume
    m_listedAtStart = 0;
    QSqlQuery q(m_db);
    if (q.prepare(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE app_id = ? AND subscribed = "
                                 "1"))) {
        q.addBindValue(m_app);
        if (q.exec() && q.next())
            m_report.subscribed = q.value(0).toLongLong();
    }
    if (!error.ok())
        qCWarning(lcSync).noquote() << "follower sync stopped:" << error.summary();
    emit finished(m_report);
}
