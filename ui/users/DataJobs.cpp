#include "DataJobs.h"

#include "credentials/SecretStore.h"
#include "ingest/Importer.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "sync/FollowerSync.h"
#include "util/Clock.h"
#include "wechat/WechatClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QSaveFile>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DataJobs)
};
} // namespace

namespace DataJobs {

BackgroundJob::Work syncFollowers(Database &database, SecretSource &secrets, const AppConfig &app)
{
    return [&database, &secrets, app](BackgroundJob &job) -> BackgroundJob::Outcome {
        DbConnection db = database.connections().connection();
        WechatClient client(app, secrets);
        FollowerSync sync(database.connections(), AppRepository(db).rowId(app.appid), client,
                          Clock::system());
        QObject::connect(&sync, &FollowerSync::progressed, [&job, app](const SyncProgress &p) {
            job.reportProgress(p.total ? int(100 * p.done / p.total) : 0,
                               Text::tr("Syncing followers of %1: %2").arg(app.name, p.describe()));
        });
        FollowerSync::Report report;
        QEventLoop loop;
        QObject::connect(&sync, &FollowerSync::finished, &loop, [&](const FollowerSync::Report &r) {
            report = r;
            loop.quit();
        });
        job.setCancelHook([&sync] {
            QMetaObject::invokeMethod(&sync, &FollowerSync::cancel, Qt::QueuedConnection);
        });
        job.reportProgress(0, Text::tr("Syncing followers of %1…").arg(app.name));
        sync.start();
        loop.exec();
        job.setCancelHook({});
        const QLocale locale;
        switch (report.end()) {
        case FollowerSync::Report::End::StoppedByDatabase:
            return {false, report.status.message()};
        case FollowerSync::Report::End::StoppedByWechat:
            return {false, Text::tr("%1 Sync again to continue where it stopped.")
                               .arg(report.apiError.userMessage(app))};
        case FollowerSync::Report::End::Cancelled:
            return {false, Text::tr("Sync stopped after %1 followers. Sync again to continue.")
                               .arg(locale.toString(report.followers))};
        case FollowerSync::Report::End::Completed:
            break;
        }
        return {true,
                Text::tr("Synced %1 followers of %2 (%3 subscribed, %4 unsubscribed).")
                    .arg(locale.toString(report.followers), app.name,
                         locale.toString(report.subscribed), locale.toString(report.unsubscribed))};
    };
}

BackgroundJob::Work importFile(Database &database, const QString &path, bool skipBadRows,
                               const QString &reportPath)
{
    return [&database, path, skipBadRows,
            reportPath](BackgroundJob &job) -> BackgroundJob::Outcome {
        Importer importer(database.connections().connection(), Clock::system());
        QObject::connect(
            &importer, &Importer::progressed, [&job](qint64 rows, const SyncProgress &bytes) {
                job.reportProgress(bytes.total ? int(100 * bytes.done / bytes.total) : 0,
                                   Text::tr("Importing: %1 rows").arg(QLocale().toString(rows)));
            });
        job.setCancelHook([&importer] { importer.cancel(); }); // an atomic flag
        QSaveFile report(reportPath);
        Importer::Options options;
        options.skipBadRows = skipBadRows;
        if (!reportPath.isEmpty() && report.open(QIODevice::WriteOnly))
            options.report = &report;
        const Importer::Report result = importer.run(path, options);
        job.setCancelHook({});
        if (options.report)
            report.commit();
        if (!result.status.isOk())
            return {false, result.status.message()};
        if (result.refused) {
            QStringList first;
            for (const Importer::BadRow &bad : result.firstBadRows.mid(0, 5))
                first << Text::tr("line %1: %2").arg(bad.line).arg(bad.reason);
            return {false,
                    Text::tr("The file has %1 bad rows, so nothing was imported. Fix them, or "
                             "import again with \"Import the good rows\" ticked.\n%2")
                        .arg(result.badRows)
                        .arg(first.join(QLatin1Char('\n')))};
        }
        if (result.cancelled)
            return {false,
                    Text::tr("Import stopped after %1 users and %2 events. Import the file "
                             "again to add the rest.")
                        .arg(QLocale().toString(result.users), QLocale().toString(result.events))};
        return {true, Text::tr("Imported %1 users and %2 events (%3 duplicates skipped, %4 bad "
                               "rows).")
                          .arg(QLocale().toString(result.users), QLocale().toString(result.events),
                               QLocale().toString(result.duplicates),
                               QLocale().toString(result.badRows))};
    };
}

} // namespace DataJobs
