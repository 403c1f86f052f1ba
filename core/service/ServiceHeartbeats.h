#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

#include <optional>

// Table `service_heartbeats`: each running `wxops service` says it is alive (HeartbeatTicker),
// so a console can say who is sending and warn when no service has been seen for a while.
class ServiceHeartbeats
{
public:
    // A service not seen for this long is taken as gone.
    static constexpr qint64 kSilenceMsecs = 60 * 1000;
    struct Beat
    {
        QString service; // host:pid, one per running process
        QString host;
        QString login; // the database login it runs as
        qint64 startedAt = 0;
        qint64 seenAt = 0;
        bool aliveAt(qint64 nowMsecs) const { return nowMsecs - seenAt < kSilenceMsecs; }
    };

    explicit ServiceHeartbeats(DbConnection db) : m_db(db) {}

    Status beat(const Beat &beat);
    // A service that stops cleanly says so (a killed one falls silent instead).
    Status stopped(const QString &service);
    // The most recently seen service, if any ever beat.
    StatusOr<std::optional<Beat>> newest() const;

private:
    DbConnection m_db;
};
