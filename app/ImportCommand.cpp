#include "ImportCommand.h"

#include "CommandLine.h"
#include "CommandOutput.h"
#include "CommandRegistry.h"
#include "ingest/Importer.h"
#include "InterruptWatcher.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QThread>

using namespace CommandOutput;

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};
} // namespace

int runImportCommand(const QStringList &arguments, const CommandLine &cl, Database &database)
{
    const QString path = arguments.value(1);
    if (path.isEmpty() || arguments.size() > 2)
        return fail(Text::tr("import takes one file: wxops import FILE [--skip-bad-rows]"), 64);
    if (!QFile::exists(path))
        return fail(Text::tr("%1 does not exist.").arg(path), 64);

    QSaveFile reportFile(cl.value(QStringLiteral("report")));
    QIODevice *report = nullptr;
    if (cl.isSet(QStringLiteral("report"))) {
        if (!reportFile.open(QIODevice::WriteOnly))
            return fail(Text::tr("Cannot write the report %1: %2")
                            .arg(reportFile.fileName(), reportFile.errorString()));
        report = &reportFile;
    }

    Importer importer(database.connections().connection(), Clock::system());
    QElapsedTimer sinceLastLine;
    sinceLastLine.start();
    const QLocale locale;
    QObject::connect(&importer, &Importer::progressed, [&](qint64 rows, const SyncProgress &bytes) {
        if (sinceLastLine.elapsed() < 1000)
            return;
        sinceLastLine.restart();
        err() << Text::tr("import: %1 rows read, %2% done")
                     .arg(locale.toString(rows))
                     .arg(bytes.total ? 100 * bytes.done / bytes.total : 0)
              << Qt::endl;
    });
    // The importer runs to the end synchronously; Ctrl+C reaches it through a watcher thread.
    InterruptWatcher interrupt([&importer] { importer.cancel(); });
    Importer::Options options;
    options.skipBadRows = cl.isSet(QStringLiteral("skip-bad-rows"));
    options.report = report;
    Importer::Report result;
    QThread *worker = QThread::create([&] { result = importer.run(path, options); });
    waitUntil([&](std::function<void()> quit) {
        QObject::connect(worker, &QThread::finished, quit);
        worker->start();
    });
    delete worker;
    if (report == &reportFile)
        reportFile.commit();

    if (!report) { // without --report, the first bad rows are shown here
        const int shown = 20;
        for (const Importer::BadRow &bad : result.firstBadRows.mid(0, shown))
            err() << Text::tr("line %1: %2").arg(bad.line).arg(bad.reason) << Qt::endl;
        if (result.badRows > shown)
            err() << Text::tr("… and %1 more bad rows (--report FILE lists them all)")
                         .arg(result.badRows - shown)
                  << Qt::endl;
    }
    if (!result.status.isOk())
        return fail(result.status.message());
    if (result.refused)
        return fail(
            Text::tr("%1 has %2 bad rows, so nothing was imported (see the report). Fix them, "
                     "or run again with --skip-bad-rows to import the good rows.")
                .arg(path)
                .arg(result.badRows));
    out() << result.summary() << Qt::endl;
    if (result.cancelled)
        return fail(
            Text::tr("Stopped. What was imported stays; importing the file again adds only the "
                     "rest."),
            130);
    return 0;
}

Command importCommand()
{
    return {QStringLiteral("import"),
            QCoreApplication::translate("CommandLine",
                                        "Import a Mini Program backend export (JSONL or CSV)."),
            QStringLiteral("import FILE [--skip-bad-rows] [--report FILE]"),
            {
                QCommandLineOption(QStringLiteral("skip-bad-rows"),
                                   QCoreApplication::translate(
                                       "CommandLine",
                                       "import: import the good rows of a file that has bad ones "
                                       "(the bad ones are listed in the report).")),
                QCommandLineOption(
                    QStringLiteral("report"),
                    QCoreApplication::translate(
                        "CommandLine",
                        "import: write the bad-row report to this file (default: standard error)."),
                    QStringLiteral("file")),
            },
            &runImportCommand};
}
