#include "CampaignRun.h"

#include "CampaignStore.h"
#include "wechat/WechatClient.h"

#include <QEventLoop>
#include <QMutexLocker>

CampaignRun::CampaignRun(DbConnection db, qint64 campaignId, SecretSource &secrets,
                         const Clock &clock)
    : m_db(db), m_campaignId(campaignId), m_secrets(secrets), m_clock(clock)
{
}

OutboxRunner::Report CampaignRun::run(const ProgressHandler &onProgress)
{
    OutboxRunner::Report report;
    CampaignStore::Campaign campaign;
    report.status = CampaignStore(m_db, m_clock).load(m_campaignId, &campaign);
    if (!report.status.isOk())
        return report;
    const StatusOr<AppConfig> app = CampaignStore(m_db, m_clock).appOf(campaign.definition);
    if (!app.isOk()) {
        report.status = app.status();
        return report;
    }
    WechatClient client(app.value(), m_secrets);
    OutboxRunner runner(m_db, m_campaignId, client, m_clock);
    if (onProgress)
        QObject::connect(&runner, &OutboxRunner::progressed, &runner, onProgress);
    bool ended = false;
    QEventLoop loop;
    QObject::connect(&runner, &OutboxRunner::finished, &loop, [&](const OutboxRunner::Report &r) {
        report = r;
        ended = true;
        loop.quit();
    });
    {
        const QMutexLocker locker(&m_mutex);
        m_runner = &runner;
    }
    runner.start();
    {
        const QMutexLocker locker(&m_mutex);
        if (m_interrupted) // asked before the runner existed
            runner.interrupt();
    }
    if (!ended)
        loop.exec();
    const QMutexLocker locker(&m_mutex);
    m_runner = nullptr;
    return report;
}

void CampaignRun::interrupt()
{
    const QMutexLocker locker(&m_mutex);
    m_interrupted = true;
    if (m_runner) {
        OutboxRunner *runner = m_runner;
        QMetaObject::invokeMethod(runner, [runner] { runner->interrupt(); });
    }
}
