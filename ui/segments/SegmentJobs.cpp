#include "SegmentJobs.h"

#include "segments/SegmentExport.h"
#include "segments/SegmentStore.h"
#include "segments/SegmentTagPush.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "wechat/WechatClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SegmentsPage)
};
} // namespace

namespace SegmentJobs {

BackgroundJob::Work refresh(Database &database, qint64 segmentId)
{
    return [&database, segmentId](BackgroundJob &) -> BackgroundJob::Outcome {
        SegmentStore store(database.connections().connection(), Clock::system());
        SegmentStore::Refresh result;
        const Status status = store.refresh(segmentId, &result);
        if (!status.isOk())
            return {false, status.message()};
        const QLocale locale;
        return {true, Text::tr("Refreshed: %1 members (%2 added, %3 removed).")
                          .arg(locale.toString(result.size), locale.toString(result.added),
                               locale.toString(result.removed))};
    };
}

BackgroundJob::Work exportTo(Database &database, qint64 segmentId, const QString &path)
{
    return [&database, segmentId, path](BackgroundJob &job) -> BackgroundJob::Outcome {
        SegmentExport exporter(database.connections().connection());
        job.setCancelHook([&exporter] { exporter.cancel(); });
        qint64 rows = 0;
        const Status status = exporter.toFile(
            segmentId, path,
            [&job](qint64 done, qint64 total) {
                job.reportProgress(total ? int(done * 100 / total) : 100,
                                   Text::tr("Exported %1 of %2 members").arg(done).arg(total));
            },
            &rows);
        job.setCancelHook({});
        if (!status.isOk())
            return {false, status.message()};
        return {true, Text::tr("Exported %1 members to %2.").arg(rows).arg(path)};
    };
}

BackgroundJob::Work pushAsTag(Database &database, SecretSource &secrets, const AppConfig &app,
                              qint64 segmentId, const QString &tag, bool tagged)
{
    return [&database, &secrets, app, segmentId, tag,
            tagged](BackgroundJob &job) -> BackgroundJob::Outcome {
        DbConnection db = database.connections().connection();
        WechatClient client(app, secrets);
        SegmentTagPush push(db, AppRepository(db).rowId(app.appid), client);
        QObject::connect(&push, &SegmentTagPush::progressed, [&job](qint64 done, qint64 total) {
            job.reportProgress(total ? int(done * 100 / total) : 100,
                               Text::tr("Tagged %1 of %2 followers").arg(done).arg(total));
        });
        SegmentTagPush::Report report;
        bool done = false; // a database error ends the push inside start()
        QEventLoop loop;
        QObject::connect(&push, &SegmentTagPush::finished, &loop,
                         [&](const SegmentTagPush::Report &r) {
                             report = r;
                             done = true;
                             loop.quit();
                         });
        job.setCancelHook([&push] {
            QMetaObject::invokeMethod(&push, &SegmentTagPush::cancel, Qt::QueuedConnection);
        });
        push.start(segmentId, tag, tagged);
        if (!done)
            loop.exec();
        job.setCancelHook({});
        if (!report.status.isOk())
            return {false, report.status.message()};
        if (report.cancelled)
            return {false, Text::tr("Stopped after tagging %1 followers.").arg(report.tagged)};
        if (!tagged)
            return {
                true,
                Text::tr("Took \"%1\" off %2 followers on WeChat.").arg(tag).arg(report.tagged)};
        return {true, Text::tr("Tagged %1 followers with \"%2\" on WeChat (%3 members have "
                               "no subscribed account there).")
                          .arg(report.tagged)
                          .arg(tag)
                          .arg(report.members - report.tagged)};
    };
}

} // namespace SegmentJobs
