#include "FollowerSync.h"

#include "logging/LogCategories.h"
#include "storage/ConnectionFactory.h"
#include "storage/Sql.h"
#include "wechat/UserApi.h"

FollowerSync::FollowerSync(ConnectionFactory &connections, qint64 appRowId, WechatClient &client,
                           const Clock &clock, QObject *parent)
    : QObject(parent), m_connections(connections), m_app(appRowId),
      m_api(std::make_unique<UserApi>(client)),
      m_writer(std::make_unique<PageWriterThread>(connections, appRowId, clock))
{
    connect(m_writer.get(), &PageWriterThread::pageWritten, this, &FollowerSync::onPageWritten);
}

FollowerSync::~FollowerSync() = default;

void FollowerSync::start()
{
    m_timer.start();
    FollowerWriter::State state;
    const Status begun = m_writer->beginRun(&state);
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
    // What is being written is finished (a page is one transaction); nothing new is asked.
    stopAfterWrites();
}

void FollowerSync::fetchTags(bool thenFollowers)
{
    m_api->tags(this, [this, thenFollowers](const Result<QList<WechatTag>> &tags) {
        if (m_done || m_stopping)
            return;
        if (!tags.ok()) {
            finish(tags.error);
            return;
        }
        const Status written = m_writer->writeTags(tags.value);
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
    // A cursor asked for twice means the listing went back on itself: it would never end.
    if (!cursor.isEmpty() && m_requestedCursors.contains(cursor)) {
        ApiError looped;
        looped.kind = ApiError::Kind::BadReply;
        looped.errmsg = QStringLiteral("user/get sent next_openid %1 a second time: the follower "
                                       "list loops, so the sync stopped")
                            .arg(cursor);
        stopAfterWrites(looped);
        return;
    }
    m_requestedCursors.insert(cursor);
    m_prefetching = true;
    m_api->followers(cursor, this, [this](const Result<FollowerPage> &page) {
        m_prefetching = false;
        if (m_done || m_stopping)
            return;
        if (!page.ok()) {
            stopAfterWrites(page.error);
            return;
        }
        onPage(page.value);
    });
}

void FollowerSync::onPage(const FollowerPage &page)
{
    if (page.total > 0 || !page.openids.isEmpty())
        m_total = page.total;
    if (m_fetchingDetails || m_writer->pending() >= kMaxQueuedPages) {
        m_prefetched = page; // taken up by advance()
        return;
    }
    if (page.openids.isEmpty()) { // the listing is complete
        m_listingDone = true;
        finishIfDone();
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
    m_fetchingDetails = true;
    m_api->followerInfos(m_current.openids, this, [this](const Result<QList<FollowerInfo>> &infos) {
        m_fetchingDetails = false;
        if (m_done || m_stopping)
            return;
        if (!infos.ok()) {
            stopAfterWrites(infos.error);
            return;
        }
        m_writer->writePage({infos.value, m_current.openids, m_current.nextOpenid, m_total});
        const QString cursor = m_current.nextOpenid;
        m_current = FollowerPage{};
        m_current.nextOpenid = cursor;
        if (cursor.isEmpty()) // a last page without a cursor: nothing follows it
            m_listingDone = true;
        advance();
    });
}

void FollowerSync::advance()
{
    if (m_done || m_stopping || m_fetchingDetails)
        return;
    if (m_listingDone) {
        finishIfDone();
        return;
    }
    if (m_writer->pending() >= kMaxQueuedPages)
        return; // onPageWritten() comes back here
    if (m_prefetched) {
        const FollowerPage next = *m_prefetched;
        m_prefetched.reset();
        onPage(next);
    } else if (!m_prefetching) {
        fetchPage(m_current.nextOpenid);
    }
}

void FollowerSync::onPageWritten(int followers, int changed, const Status &status)
{
    if (m_done)
        return;
    if (!status.isOk()) {
        stopAfterWrites({}, status);
        return;
    }
    m_report.followers += followers;
    m_report.changed += changed;
    emit progressed(SyncProgress{m_listedAtStart + m_report.followers, m_total, m_timer.elapsed()});
    if (m_stopping)
        finishIfDone();
    else
        advance();
}

void FollowerSync::stopAfterWrites(const ApiError &error, const Status &status)
{
    if (!m_stopping) {
        m_stopping = true;
        m_stopError = error;
        m_stopStatus = status;
    }
    finishIfDone();
}

void FollowerSync::finishIfDone()
{
    if (m_done || m_writer->pending() > 0)
        return; // pageWritten() comes back here
    if (m_stopping) {
        finish(m_stopError, m_stopStatus);
        return;
    }
    if (!m_listingDone || m_fetchingDetails)
        return;
    FollowerWriter::Finish finished;
    const Status status = m_writer->finishRun(&finished);
    m_report.unsubscribed = finished.unsubscribed;
    m_report.completed = status.isOk();
    finish({}, status);
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
    m_report.subscribed = Sql::toCount(
        Sql::scalar(m_connections.connection(),
                    QStringLiteral("SELECT COUNT(*) FROM accounts WHERE app_id = ? AND "
                                   "subscribed = 1"),
                    {m_app}),
        &m_report.status); // a failure here is the run's first only if nothing failed before
    if (!error.ok())
        qCWarning(lcSync).noquote() << "follower sync stopped:" << error.summary();
    emit finished(m_report);
}
