#include "SegmentCommand.h"

#include "CommandLine.h"
#include "CommandOutput.h"
#include "CommandRegistry.h"
#include "credentials/SecretStore.h"
#include "InterruptWatcher.h"
#include "segments/SegmentExport.h"
#include "segments/SegmentStore.h"
#include "segments/SegmentTagPush.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "wechat/WechatClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace CommandOutput;

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SegmentCommand)
};

// Milliseconds shown: a count can take a few of them, and bench/segments.sh reads this.
QString seconds(const QElapsedTimer &timer)
{
    return QString::number(double(timer.nsecsElapsed()) / 1e9, 'f', 3);
}

int count(const CommandLine &cl, SegmentStore &store)
{
    QByteArray definition;
    int code = 0;
    if (!readDefinition(cl, &definition, &code))
        return code;
    QElapsedTimer timer;
    timer.start();
    qint64 n = 0;
    if (const Status status = store.count(definition, &n); !status.isOk())
        return fail(status.message(), 65); // EX_DATAERR: the definition is wrong
    out() << QStringLiteral("%1 profiles (%2 s)").arg(n).arg(seconds(timer)) << Qt::endl;
    return 0;
}

int save(const CommandLine &cl, SegmentStore &store)
{
    const QString name = cl.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        return fail(Text::tr("segment save needs --name NAME."), 64);
    QByteArray definition;
    int code = 0;
    if (!readDefinition(cl, &definition, &code))
        return code;
    SegmentStore::Segment existing;
    Status status = Status::ok();
    if (store.find(name, &existing).isOk()) {
        status = store.update(existing.id, definition);
    } else {
        qint64 id = 0;
        status = store.create(name, definition, &id);
    }
    if (!status.isOk())
        return fail(status.message(), 65);
    out() << QStringLiteral("saved segment %1").arg(name) << Qt::endl;
    return 0;
}

int refresh(const QString &name, SegmentStore &store)
{
    SegmentStore::Segment segment;
    if (const Status found = store.find(name, &segment); !found.isOk())
        return fail(found.message());
    QElapsedTimer timer;
    timer.start();
    SegmentStore::Refresh result;
    if (const Status status = store.refresh(segment.id, &result); !status.isOk())
        return fail(status.message());
    out() << QStringLiteral("refreshed %1: %2 members (+%3 -%4) in %5 s")
                 .arg(name)
                 .arg(result.size)
                 .arg(result.added)
                 .arg(result.removed)
                 .arg(seconds(timer))
          << Qt::endl;
    return 0;
}

int list(const CommandLine &cl, SegmentStore &store)
{
    QList<SegmentStore::Segment> segments;
    if (const Status status = store.list(&segments); !status.isOk())
        return fail(status.message());
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray json;
        for (const SegmentStore::Segment &s : std::as_const(segments))
            json.append(QJsonObject{
                {QStringLiteral("id"), s.id},
                {QStringLiteral("name"), s.name},
                {QStringLiteral("definition"), QJsonDocument::fromJson(s.definition).object()},
                {QStringLiteral("size"), s.size},
                {QStringLiteral("refreshed_at"), s.refreshedAt}});
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const SegmentStore::Segment &s : std::as_const(segments))
        out() << QStringLiteral("%1\t%2\t%3")
                     .arg(s.name,
                          s.freshness() == SegmentStore::Segment::Freshness::NeverRefreshed
                              ? Text::tr("never refreshed")
                              : QString::number(s.size),
                          QString::fromUtf8(s.definition))
              << Qt::endl;
    return 0;
}

int exportCsv(const QString &name, const CommandLine &cl, Database &database, SegmentStore &store)
{
    const QString path = cl.value(QStringLiteral("csv"));
    if (path.isEmpty())
        return fail(Text::tr("segment export needs --csv OUT.csv."), 64);
    SegmentStore::Segment segment;
    if (const Status found = store.find(name, &segment); !found.isOk())
        return fail(found.message());
    SegmentExport exporter(database.connections().connection());
    InterruptWatcher interrupt([&exporter] { exporter.cancel(); });
    qint64 rows = 0;
    const Status status = exporter.toFile(
        segment.id, path,
        [](qint64 done, qint64 total) {
            err() << Text::tr("export: %1 of %2 members").arg(done).arg(total) << Qt::endl;
        },
        &rows);
    if (!status.isOk())
        return fail(status.message());
    out() << QStringLiteral("exported %1 members to %2").arg(rows).arg(path) << Qt::endl;
    return 0;
}

int pushTag(const QString &name, const CommandLine &cl, Database &database, SegmentStore &store)
{
    const QString appid = cl.value(QStringLiteral("appid"));
    const QString tagName = cl.value(QStringLiteral("tag")).trimmed();
    if (appid.isEmpty() || tagName.isEmpty())
        return fail(Text::tr("segment push-tag needs --appid ID and --tag NAME."), 64);
    SegmentStore::Segment segment;
    if (const Status found = store.find(name, &segment); !found.isOk())
        return fail(found.message());
    DbConnection db = database.connections().connection();
    AppRepository apps(db);
    const std::optional<AppConfig> app = apps.find(appid);
    if (!app || app->kind != AppConfig::Kind::OfficialAccount)
        return fail(Text::tr("%1 is not a configured Official Account.").arg(appid), 64);
    SecretStore secrets;
    WechatClient client(*app, secrets);
    SegmentTagPush push(db, apps.rowId(appid), client);
    InterruptWatcher interrupt([&push] { push.cancel(); });
    QObject::connect(&push, &SegmentTagPush::progressed, [](qint64 done, qint64 total) {
        err() << Text::tr("tagged %1 of %2 followers").arg(done).arg(total) << Qt::endl;
    });
    SegmentTagPush::Report report;
    waitUntil([&](std::function<void()> quit) {
        QObject::connect(&push, &SegmentTagPush::finished,
                         [&report, quit](const SegmentTagPush::Report &r) {
                             report = r;
                             quit();
                         });
        push.start(segment.id, tagName);
    });
    if (!report.status.isOk())
        return fail(report.status.message(), 2);
    if (report.cancelled)
        return fail(Text::tr("Stopped after tagging %1 followers.").arg(report.tagged), 130);
    out() << QStringLiteral("tagged %1 followers with tag %2 (id %3%4)")
                 .arg(report.tagged)
                 .arg(tagName)
                 .arg(report.tagId)
                 .arg(report.tagCreated ? QStringLiteral(", created") : QString())
          << Qt::endl;
    return 0;
}
} // namespace

int runSegmentCommand(const QStringList &arguments, const CommandLine &cl, Database &database)
{
    const QString what = arguments.value(1);
    const QString name = arguments.mid(2).join(QLatin1Char(' ')).trimmed();
    SegmentStore store(database.connections().connection(), Clock::system());
    if (what == QStringLiteral("count"))
        return count(cl, store);
    if (what == QStringLiteral("save"))
        return save(cl, store);
    if (what == QStringLiteral("list"))
        return list(cl, store);
    if (name.isEmpty() && (what == QStringLiteral("refresh") || what == QStringLiteral("export") ||
                           what == QStringLiteral("push-tag")))
        return fail(Text::tr("segment %1 needs the segment's name.").arg(what), 64);
    if (what == QStringLiteral("refresh"))
        return refresh(name, store);
    if (what == QStringLiteral("export"))
        return exportCsv(name, cl, database, store);
    if (what == QStringLiteral("push-tag"))
        return pushTag(name, cl, database, store);
    return fail(Text::tr("segment needs count, save, refresh, list, export or push-tag."), 64);
}

Command segmentCommand()
{
    return {
        QStringLiteral("segment"),
        QCoreApplication::translate(
            "CommandLine", "Count, save, refresh, export segments and push one as a WeChat tag."),
        QStringLiteral("segment count --definition FILE\nsegment save --name NAME --definition "
                       "FILE\nsegment list [--json]\nsegment refresh NAME\nsegment export NAME "
                       "--csv OUT.csv\nsegment push-tag NAME --appid ID --tag TAG"),
        {
            CommonOptions::definition(),
            QCommandLineOption(
                QStringLiteral("name"),
                QCoreApplication::translate("CommandLine", "segment save: the segment's name."),
                QStringLiteral("name")),
            QCommandLineOption(QStringLiteral("csv"),
                               QCoreApplication::translate(
                                   "CommandLine", "segment export: the CSV file to write."),
                               QStringLiteral("file")),
            QCommandLineOption(QStringLiteral("tag"),
                               QCoreApplication::translate(
                                   "CommandLine", "segment push-tag: the WeChat tag to put on the "
                                                  "members (created when missing)."),
                               QStringLiteral("name")),
            CommonOptions::appid(),
            CommonOptions::json(),
        },
        &runSegmentCommand};
}
