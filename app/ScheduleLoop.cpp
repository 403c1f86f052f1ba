#include "ScheduleLoop.h"

#include "credentials/CredentialSecrets.h"
#include "credentials/SecretStore.h"
#include "service/ScheduledWork.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QThread>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCommand)
};
} // namespace

ScheduleLoop::ScheduleLoop(ConnectionFactory &connections, const QString &service, bool once,
                           const std::atomic_bool &stopping,
                           std::function<void(const QString &)> say)
    : m_say(std::move(say)),
      m_thread(QThread::create([this, &connections, service, once, &stopping] {
          run(connections, service, once, stopping);
      }))
{
    m_thread->start();
}

ScheduleLoop::~ScheduleLoop()
{
    m_thread->wait();
}

void ScheduleLoop::wait()
{
    m_thread->wait();
}

void ScheduleLoop::run(ConnectionFactory &connections, const QString &service, bool once,
                       const std::atomic_bool &stopping)
{
    SecretStore keychain;
    CredentialSecrets secrets(qEnvironmentVariable("CREDENTIALS_DIRECTORY"), keychain);
    ScheduledWork work(connections, secrets, Clock::system(), service);
    const auto stop = [&stopping] { return stopping.load(); };
    do {
        const auto results = work.runDue(stop);
        if (!results.isOk()) {
            m_say(Text::tr("the schedules could not be run: %1").arg(results.status().message()));
            m_failed = true;
        }
        for (const ScheduledWork::Result &r : results.valueOr({})) {
            m_say(QStringLiteral("schedule %1 (%2 of %3 at %4): %5")
                      .arg(r.schedule.id)
                      .arg(ServiceSchedules::jobName(r.schedule.job), r.schedule.appid,
                           r.schedule.at(), r.outcome));
            m_failed = m_failed || !r.ok;
        }
        for (int waited = 0; !once && !stop() && waited < kLookMsecs; waited += 200)
            QThread::msleep(200);
    } while (!once && !stop());
}
