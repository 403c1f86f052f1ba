#pragma once

// Header-only: a migrated test database (TestDatabase's backend) with wxemu's Official Account
// configured, a follower sync into it over real HTTP, and campaign runs from it.
#include "Emulator.h"
#include "FixedSecrets.h"
#include "messaging/OutboxRunner.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "sync/FollowerSync.h"
#include "TestDatabase.h"
#include "util/Clock.h"
#include "wechat/WechatClient.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTimer>

// Short waits, so the tests that inject faults stay quick.
inline RetryPolicy testPolicy()
{
    RetryPolicy policy;
    policy.maxAttempts = 6;
    policy.baseDelayMs = 10;
    policy.maxDelayMs = 100;
    policy.transferTimeoutMs = 2000;
    policy.totalBudgetMs = 30000;
    return policy;
}

// A migrated database with the emulator's Official Account configured.
struct SyncTarget
{
    explicit SyncTarget(const Emulator &emu) : database(testDb.spec())
    {
        opened = testDb.error().isEmpty() ? database.open() : Status::failure(testDb.error());
        app.appid = Emulator::oaAppid();
        app.name = QStringLiteral("OA");
        app.apiBase = emu.baseUrl();
        if (opened.isOk())
            opened = AppRepository(db()).insert(app);
        secrets.set(app.appid, Emulator::oaSecret());
    }
    QSqlDatabase db() { return database.connections().connection(); }
    qint64 appRow() { return AppRepository(db()).rowId(app.appid); }

    // Runs a sync to its end, or cancels it after `cancelAfterMs` (if set) or once
    // `cancelAfterFollowers` (if set) are written.
    FollowerSync::Report sync(int cancelAfterMs = -1, qint64 cancelAfterFollowers = -1)
    {
        WechatClient client(app, secrets, Clock::system(), testPolicy());
        FollowerSync sync(database.connections(), appRow(), client, Clock::system());
        QSignalSpy finished(&sync, &FollowerSync::finished);
        if (cancelAfterMs >= 0)
            QTimer::singleShot(cancelAfterMs, &sync, &FollowerSync::cancel);
        if (cancelAfterFollowers >= 0)
            QObject::connect(&sync, &FollowerSync::progressed, &sync,
                             [&sync, cancelAfterFollowers](const SyncProgress &progress) {
                                 if (progress.done >= cancelAfterFollowers)
                                     sync.cancel();
                             });
        sync.start();
        if (finished.isEmpty() && !finished.wait(120000))
            return {};
        return finished.constFirst().constFirst().value<FollowerSync::Report>();
    }

    // Works campaign `id` to its end with `sender`'s credentials, on `clock`.
    OutboxRunner::Report runCampaign(qint64 id, const AppConfig &sender,
                                     const Clock &clock = Clock::system())
    {
        WechatClient client(sender, secrets, Clock::system(), testPolicy());
        OutboxRunner runner(db(), id, client, clock);
        QSignalSpy finished(&runner, &OutboxRunner::finished);
        runner.start();
        if (finished.isEmpty() && !finished.wait(120000))
            return {};
        return finished.constFirst().constFirst().value<OutboxRunner::Report>();
    }

    TestDatabase testDb;
    Database database;
    Status opened = Status::ok();
    AppConfig app;
    FixedSecrets secrets;
};
