#include "CampaignRun.h"

#include "CampaignStore.h"
#include "storage/AppRepository.h"
#include "wechat/WechatClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMutexLocker>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRun)
};
} // namespace

CampaignRun::CampaignRun(QSqlDatabase db, qint64 campaignId, SecretSource &secrets,
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
    Status found = Status::ok();
    const std::optional<AppConfig> app =
        AppRepository(m_db).find(campaign.definition.appid, &found);
    if (!app) {
        report.status = found.isOk() ? Status::failure(Text::tr("No account with AppID %1 is "
                                                                "configured.")
                                                           .arg(campaign.definition.appid))
                                     : found;
        return report;
    }
    WechatClient client(*app, m_secrets);
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
