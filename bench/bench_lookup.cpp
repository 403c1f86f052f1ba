// Lookup latency by each kind of identifier on an existing database:
//   bench_lookup sqlite:/path/to.db [samples]
// Picks `samples` random identifiers of each kind from the data, then times ProfileLookup::find
// plus loading the profile (what support waits for), and prints p50 / p99 / max in ms.
#include "profiles/ProfileLookup.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <algorithm>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace {
QStringList sample(QSqlDatabase db, const QString &sql, int count)
{
    QStringList values;
    QSqlQuery q(db);
    if (Sql::run(q, sql, {count}))
        while (q.next())
            values << q.value(0).toString();
    return values;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    QString error;
    const auto spec = DatabaseSpec::parse(args.value(1), &error);
    if (!spec) {
        out << "usage: bench_lookup sqlite:/path/to.db [samples]: " << error << Qt::endl;
        return 64;
    }
    const int samples = args.value(2, QStringLiteral("1000")).toInt();
    Database database(*spec);
    if (const Status opened = database.open(); !opened.isOk()) {
        out << opened.message() << Qt::endl;
        return 1;
    }
    QSqlDatabase db = database.connections().connection();
    const qint64 profiles =
        Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM profiles")).value().toLongLong();
    out << "profiles: " << profiles << Qt::endl;
    // Random rows by id range: ORDER BY random() would scan the table, fine for sampling.
    const QList<QPair<QString, QString>> kinds{
        {QStringLiteral("OA openid"),
         QStringLiteral("SELECT a.openid FROM accounts a JOIN apps p ON p.id = a.app_id WHERE "
                        "p.kind = 'oa' ORDER BY random() LIMIT ?")},
        {QStringLiteral("MP openid"),
         QStringLiteral("SELECT a.openid FROM accounts a JOIN apps p ON p.id = a.app_id WHERE "
                        "p.kind = 'mp' ORDER BY random() LIMIT ?")},
        {QStringLiteral("unionid"),
         QStringLiteral("SELECT unionid FROM accounts WHERE unionid IS NOT NULL ORDER BY random() "
                        "LIMIT ?")},
        {QStringLiteral("member ID"),
         QStringLiteral("SELECT member_id FROM profiles WHERE member_id IS NOT NULL ORDER BY "
                        "random() LIMIT ?")},
        {QStringLiteral("remark"),
         QStringLiteral(
             "SELECT remark FROM accounts WHERE remark <> '' ORDER BY random() LIMIT ?")},
        {QStringLiteral("profile id"),
         QStringLiteral("SELECT id FROM profiles ORDER BY random() LIMIT ?")},
    };
    ProfileLookup lookup(db);
    for (const auto &[name, sql] : kinds) {
        const QStringList values = sample(db, sql, samples);
        if (values.isEmpty())
            continue;
        QList<double> ms;
        int found = 0;
        for (const QString &value : values) {
            QElapsedTimer timer;
            timer.start();
            Status status = Status::ok();
            const QList<qint64> ids = lookup.find(value, 50, &status);
            for (qint64 id : ids) {
                ProfileSummary profile;
                lookup.load(id, &profile, &status);
            }
            ms << timer.nsecsElapsed() / 1e6;
            found += ids.isEmpty() ? 0 : 1;
        }
        std::sort(ms.begin(), ms.end());
        out << QStringLiteral("%1: %2 lookups, found %3, p50 %4 ms, p99 %5 ms, max %6 ms")
                   .arg(name, -10)
                   .arg(values.size())
                   .arg(found)
                   .arg(ms.at(ms.size() / 2), 0, 'f', 2)
                   .arg(ms.at(qMin<qsizetype>(ms.size() - 1, ms.size() * 99 / 100)), 0, 'f', 2)
                   .arg(ms.constLast(), 0, 'f', 2)
            << Qt::endl;
    }
    return 0;
}
