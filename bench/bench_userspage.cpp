// The Users page on a big database: time from constructing the window to its first paint,
// and the process's resident memory then and after scrolling to row 10,000.
//   QT_QPA_PLATFORM=offscreen bench_userspage sqlite:/path/to.db
#include "ConsoleContext.h"
#include "credentials/SecretStore.h"
#include "DialogRunner.h"
#include "MainWindow.h"
#include "storage/Database.h"
#include "users/ProfileTableModel.h"
#include "users/UsersPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTextStream>

namespace {
qint64 residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    return -1;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QString error;
    const auto spec = DatabaseSpec::parse(app.arguments().value(1), &error);
    if (!spec) {
        out << "usage: bench_userspage sqlite:/path/to.db: " << error << Qt::endl;
        return 64;
    }
    Database database(*spec);
    if (const Status opened = database.open(); !opened.isOk()) {
        out << opened.message() << Qt::endl;
        return 1;
    }
    const qint64 before = residentMegabytes();
    SecretStore secrets;
    QElapsedTimer timer;
    timer.start();
    MainWindow window(
        ConsoleContext{database, secrets, DialogRunner::interactive(), QString(), TeamAccess()});
    window.resize(1400, 900);
    window.show();
    window.grab(); // forces the first paint
    const qint64 firstPaint = timer.elapsed();
    const qint64 atFirstPaint = residentMegabytes();
    ProfileTableModel *model = window.usersPage()->model();
    timer.restart();
    while (model->rowCount() < 10000 && model->canFetchMore({}))
        model->fetchMore({});
    window.usersPage()->table()->scrollToBottom();
    window.grab();
    const qint64 scrolled = timer.elapsed();
    out << QStringLiteral("profiles %1: first paint %2 ms; resident %3 MB before the window, %4 MB "
                          "at first paint; 10,000 rows fetched and painted in %5 ms, %6 MB")
               .arg(model->total())
               .arg(firstPaint)
               .arg(before)
               .arg(atFirstPaint)
               .arg(scrolled)
               .arg(residentMegabytes())
        << Qt::endl;
    return 0;
}
