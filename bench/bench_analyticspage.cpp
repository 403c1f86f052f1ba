// The Analytics page on a big database: the main window's first paint on the Users page (the
// baseline: what opening the console costs anyway), then the time from choosing the Analytics
// page to its first paint with the numbers of the last 30 days, and of a year.
//   QT_QPA_PLATFORM=offscreen bench_analyticspage sqlite:/path/to.db
#include "analytics/AnalyticsOverview.h"
#include "analytics/AnalyticsPage.h"
#include "analytics/MiniProgramDetails.h"
#include "analytics/StatsCalendar.h"
#include "ConsoleContext.h"
#include "credentials/SecretStore.h"
#include "DialogRunner.h"
#include "MainWindow.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTextStream>

namespace {
// Waits for the page's numbers when they are read in the background (no wait when they are not).
void waitForNumbers(AnalyticsPage &page)
{
    QSignalSpy shown(&page, &AnalyticsPage::overviewShown);
    if (page.isReadingNumbers())
        shown.wait(120000);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QString error;
    const auto spec = DatabaseSpec::parse(app.arguments().value(1), &error);
    if (!spec) {
        out << "usage: bench_analyticspage DATABASE_URL: " << error << Qt::endl;
        return 64;
    }
    Database database(*spec);
    if (const Status opened = database.open(); !opened.isOk()) {
        out << opened.message() << Qt::endl;
        return 1;
    }
    SecretStore secrets;
    QElapsedTimer timer;
    timer.start();
    MainWindow window(
        ConsoleContext{database, secrets, DialogRunner::interactive(), QString(), TeamAccess()});
    window.resize(1400, 900);
    window.show();
    window.grab();
    out << "window, Users page, first paint: " << timer.elapsed() << " ms" << Qt::endl;

    AnalyticsPage &page = *window.analyticsPage();
    timer.restart();
    window.showPage(MainWindow::Analytics);
    window.grab();
    out << "Analytics page (30 days), first paint: " << timer.elapsed() << " ms" << Qt::endl;
    waitForNumbers(page);
    window.grab();
    out << "Analytics page (30 days), numbers painted: " << timer.elapsed() << " ms" << Qt::endl;

    const QDate to =
        StatsCalendar::lastDay(StatsCalendar::todayInBeijing(QDateTime::currentMSecsSinceEpoch()));
    timer.restart();
    page.setRange(to.addDays(-364), to);
    window.grab();
    out << "a year's range, first paint: " << timer.elapsed() << " ms" << Qt::endl;
    waitForNumbers(page);
    window.grab();
    out << "a year's range, numbers painted: " << timer.elapsed() << " ms" << Qt::endl;

    // The parts, read directly: where the time goes.
    DbConnection db = database.connections().connection();
    AppRepository apps(db);
    qint64 oa = 0;
    qint64 mp = 0;
    for (const AppConfig &a : apps.all(nullptr))
        (a.kind == AppConfig::Kind::OfficialAccount ? oa : mp) = apps.rowId(a.appid);
    timer.restart();
    const auto overview = AnalyticsOverview::load(db, oa, mp, to.addDays(-364), to);
    out << "  AnalyticsOverview::load, a year: " << timer.elapsed() << " ms"
        << (overview.isOk() ? QString() : u' ' + overview.status().message()) << Qt::endl;
    timer.restart();
    const auto details = MiniProgramDetails::load(db, mp, to.addDays(-364), to, 30);
    out << "  MiniProgramDetails::load, a year: " << timer.elapsed() << " ms"
        << (details.isOk() ? QString() : u' ' + details.status().message()) << Qt::endl;
    return 0;
}
