#pragma once

#include "FollowerWriter.h"
#include "PageWriterThread.h"
#include "SyncProgress.h"
#include "wechat/ApiError.h"

#include <memory>
#include <QElapsedTimer>
#include <QObject>
#include <QSet>

class ConnectionFactory;
class WechatClient;
class UserApi;

// Syncs one Official Account's followers and tags into the database: pages user/get, fetches
// details with user/info/batchget (100 a call, the client's concurrency), and hands each page to
// a writer thread that writes it in one transaction with the cursor, while the next page is
// fetched. At the end of a complete listing the followers who are gone are marked unsubscribed.
// A sync that stopped (Cancel, crash, 45009) continues where it stopped.
class FollowerSync : public QObject
{
    Q_OBJECT
public:
    struct Report
    {
        bool completed = false;
        bool cancelled = false;
        ApiError apiError;            // why WeChat stopped it
        Status status = Status::ok(); // why the database stopped it
        qint64 followers = 0;         // listed in this run
        qint64 subscribed = 0;        // subscribed accounts of this app after the run
        qint64 unsubscribed = 0;
        qint64 changed = 0;
        qint64 elapsedMsecs = 0;
        bool ok() const { return completed && apiError.ok() && status.isOk(); }

        // How the run ended; all but Completed leave a run the next sync continues.
        enum class End
        {
            Completed,
            Cancelled,         // staff pressed Cancel (or the command got Ctrl+C)
            StoppedByWechat,   // apiError says why
            StoppedByDatabase, // status says why
        };
        End end() const
        {
            return !status.isOk()   ? End::StoppedByDatabase
                   : !apiError.ok() ? End::StoppedByWechat
                   : cancelled      ? End::Cancelled
                                    : End::Completed;
        }
    };

    FollowerSync(ConnectionFactory &connections, qint64 appRowId, WechatClient &client,
                 const Clock &clock, QObject *parent = nullptr);
    // Pages written ahead of the network: more would only hold memory.
    static constexpr int kMaxQueuedPages = 2;
    ~FollowerSync() override;

    void start();
    void cancel();
    // Only tags (tags/get), as `wxops sync tags` does.
    void startTagsOnly();

signals:
    void progressed(const SyncProgress &progress);
    void finished(const FollowerSync::Report &report);

private:
    void fetchTags(bool thenFollowers);
    void fetchPage(const QString &cursor);
    void onPage(const FollowerPage &page);
    void fetchDetails();
    void advance();
    void onPageWritten(int followers, int changed, const Status &status);
    // Stops asking WeChat; finishes once the pages already handed to the writer are written.
    void stopAfterWrites(const ApiError &error = {}, const Status &status = Status::ok());
    void finishIfDone();
    void finish(const ApiError &error = {}, const Status &status = Status::ok());

    ConnectionFactory &m_connections;
    qint64 m_app;
    std::unique_ptr<UserApi> m_api;
    std::unique_ptr<PageWriterThread> m_writer;
    QElapsedTimer m_timer;
    Report m_report;
    qint64 m_listedAtStart = 0;
    qint64 m_total = 0;
    bool m_cancelled = false;
    bool m_stopping = false;
    ApiError m_stopError;
    Status m_stopStatus = Status::ok();
    bool m_done = false;

    // The page being fetched in detail, and the next listing page fetched meanwhile.
    FollowerPage m_current;
    std::optional<FollowerPage> m_prefetched;
    bool m_prefetching = false;
    QSet<QString> m_requestedCursors; // in this run: a cursor asked for twice is a loop
    bool m_fetchingDetails = false;
    bool m_listingDone = false;
};

Q_DECLARE_METATYPE(FollowerSync::Report)
