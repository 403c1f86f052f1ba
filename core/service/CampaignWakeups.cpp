#include "CampaignWakeups.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

CampaignWakeups::CampaignWakeups(DbConnection db, QObject *parent) : QObject(parent), m_db(db)
{
    // SQLite's driver "notifies" of its own connection's table updates only: nothing to hear.
    if (QSqlDatabase(m_db).driverName() != QLatin1String("QPSQL"))
        return;
    QSqlDriver *driver = QSqlDatabase(m_db).driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    m_listening = driver->subscribeToNotification(QLatin1String(kChannel));
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == QLatin1String(kChannel))
                    emit campaignStarted(payload.toLongLong());
            });
}

CampaignWakeups::~CampaignWakeups()
{
    if (m_listening)
        if (QSqlDriver *driver = QSqlDatabase(m_db).driver())
            driver->unsubscribeFromNotification(QLatin1String(kChannel));
}
