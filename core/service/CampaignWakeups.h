#pragma once

#include "storage/DbConnection.h"

#include <QObject>

// Tells `wxops service` at once when a campaign starts running, instead of at its next poll:
// PostgreSQL's LISTEN on the channel a trigger notifies (migration 17). On SQLite there is
// nothing to listen to, and the service polls.
class CampaignWakeups : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kChannel = "wxops_campaigns";

    explicit CampaignWakeups(DbConnection db, QObject *parent = nullptr);
    ~CampaignWakeups() override;

    // False where nothing can be listened to (SQLite, or the driver refused).
    bool isListening() const { return m_listening; }

signals:
    void campaignStarted(qint64 campaignId);

private:
    DbConnection m_db;
    bool m_listening = false;
};
