#include "SyncCommand.h"

#include "CommandLine.h"
#include "CommandOutput.h"
#include "CommandRegistry.h"
#include "credentials/SecretStore.h"
#include "InterruptWatcher.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "sync/FollowerSync.h"
#include "util/Clock.h"
#include "wechat/WechatClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

using namespace CommandOutput;

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
};
} // namespace

int runSyncCommand(const QStringList &arguments, const CommandLine &cl, Database &database)
{
    const QString what = arguments.value(1);
    if (what != QStringLiteral("followers") && what != QStringLiteral("tags"))
        return fail(Text::tr("sync needs followers or tags: wxops sync followers --appid ID"), 64);
    const QString appid = cl.value(QStringLiteral("appid"));
    if (appid.isEmpty())
        return fail(Text::tr("sync %1 needs --appid.").arg(what), 64);
    DbConnection db = database.connections().connection();
    AppRepository apps(db);
    const std::optional<AppConfig> app = apps.find(appid);
    if (!app)
        return fail(Text::tr("No app with AppID %1 is configured.").arg(appid));
    if (app->kind != AppConfig::Kind::OfficialAccount)
        return fail(
            Text::tr("%1 is a Mini Program: followers and tags belong to an Official Account. "
                     "Mini Program users come in with wxops import.")
                .arg(appid),
            64);

    SecretStore secrets;
    WechatClient client(*app, secrets);
    int calls = client.maxInFlight();
    int code = 0;
    if (!readMaxInFlight(cl, &calls, &code))
        return code;
    client.setMaxInFlight(calls);
    FollowerSync sync(database.connections(), apps.rowId(appid), client, Clock::system());
    QElapsedTimer sinceLastLine;
    sinceLastLine.start();
    QObject::connect(&sync, &FollowerSync::progressed, [&](const SyncProgress &progress) {
        if (sinceLastLine.elapsed() < 1000 && progress.done < progress.total)
            return; // a line a second is enough for a person or a log
        sinceLastLine.restart();
        err() << Text::tr("followers: %1").arg(progress.describe()) << Qt::endl;
    });
    InterruptWatcher interrupt([&sync] { sync.cancel(); });

    FollowerSync::Report report;
    waitUntil([&](std::function<void()> quit) {
        QObject::connect(&sync, &FollowerSync::finished,
                         [&report, quit](const FollowerSync::Report &r) {
                             report = r;
                             quit();
                         });
        if (what == QStringLiteral("tags"))
            sync.startTagsOnly();
        else
            sync.start();
    });

    const QLocale locale;
    switch (report.end()) {
    case FollowerSync::Report::End::StoppedByDatabase:
        return fail(report.status.message());
    case FollowerSync::Report::End::StoppedByWechat:
        return fail(Text::tr("%1 Run the same command again to continue from follower %2.")
                        .arg(report.apiError.userMessage(*app), locale.toString(report.followers)),
                    2);
    case FollowerSync::Report::End::Cancelled:
        return fail(Text::tr("Stopped after %1 followers. Run the same command again to continue.")
                        .arg(locale.toString(report.followers)),
                    130);
    case FollowerSync::Report::End::Completed:
        break;
    }
    const QString seconds = locale.toString(report.elapsedMsecs / 1000.0, 'f', 1);
    if (what == QStringLiteral("tags")) {
        out() << QStringLiteral("synced tags in %1 s").arg(seconds) << Qt::endl;
        return 0;
    }
    // The summary line is a stable, untranslated format for scripts.
    out() << QStringLiteral("synced %1 followers (%2 subscribed, %3 unsubscribed) in %4 s")
                 .arg(report.followers)
                 .arg(report.subscribed)
                 .arg(report.unsubscribed)
                 .arg(report.elapsedMsecs / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return 0;
}

Command syncCommand()
{
    return {QStringLiteral("sync"),
            QCoreApplication::translate(
                "CommandLine", "Sync an Official Account's followers or tags from WeChat."),
            QStringLiteral("sync followers --appid ID [--max-in-flight N]\nsync tags --appid ID"),
            {
                CommonOptions::appid(),
                CommonOptions::maxInFlight(),
            },
            &runSyncCommand};
}
