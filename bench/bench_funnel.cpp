// A funnel of three steps over generated data, beside the query written by hand:
//   bench_funnel DATABASE_URL [PROFILES] [EVENTS] [PARTS]
// Fills an empty database (PROFILES people with an MP account each, EVENTS events over 90
// days: visit, view_item, add_to_cart, purchase, share) unless it already holds events, then
// times Funnel::count (visit -> add_to_cart -> purchase within 72 h, over 30 days) and the
// hand-written statement, three runs each, and prints the best of each and their ratio.
#include "analytics/BeijingDays.h"
#include "analytics/Funnel.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

const QDate kTo(2026, 11, 30);

Status fill(QSqlDatabase db, qint64 profiles, qint64 events)
{
    AppRepository apps(db);
    WX_TRY(apps.insert({QStringLiteral("wxmp00000000bench1"),
                        AppConfig::Kind::MiniProgram,
                        QStringLiteral("bench"),
                        {},
                        {}}));
    const qint64 mp = apps.rowId(QStringLiteral("wxmp00000000bench1"));
    const qint64 start = BeijingDays::startOf(kTo.addDays(-89));
    const qint64 span = 90LL * BeijingDays::kDayMsecs;
    WX_TRY(Sql::exec(db,
                     QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                    "FROM n WHERE i < ?) INSERT INTO profiles (created_at, "
                                    "updated_at) SELECT 0, 0 FROM n"),
                     {profiles}));
    WX_TRY(Sql::exec(db,
                     QStringLiteral("INSERT INTO accounts (profile_id, app_id, openid) SELECT "
                                    "id, ?, 'o' || id FROM profiles"),
                     {mp}));
    // A person's events come five hours apart from a day in the first half of the 90 days,
    // their names varying from one to the next: visits common, purchases rare.
    WX_TRY(Sql::exec(
        db,
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT CAST(1 AS BIGINT) UNION ALL SELECT i + 1 FROM n "
            "WHERE i < ?) INSERT INTO events (account_id, profile_id, app_id, name, occurred_at) "
            "SELECT (i * 7919) % ? + 1, (i * 7919) % ? + 1, ?, CASE (i * 31 + i / ?) % 20 "
            "WHEN 10 THEN 'view_item' WHEN 11 THEN 'view_item' WHEN 12 THEN 'view_item' "
            "WHEN 13 THEN 'add_to_cart' WHEN 14 THEN 'add_to_cart' WHEN 15 THEN "
            "'add_to_cart' WHEN 16 THEN 'share' WHEN 17 THEN 'purchase' WHEN 18 THEN "
            "'purchase' ELSE 'visit' END, ? + ((i % ?) * 104729) % ? + (i / ?) * 18000000 FROM n"),
        {events, profiles, profiles, mp, profiles, start, profiles, span / 2, profiles}));
    return Sql::execUnprepared(db, QStringLiteral("ANALYZE"));
}

// The best statement found by hand for each backend, constants inline: on SQLite one lookup per
// person for the later steps (its nested loops), on PostgreSQL joins (its hash joins).
QString handWritten(const FunnelDefinition &d, bool sqlite)
{
    const qint64 from = BeijingDays::startOf(d.from);
    const qint64 to = BeijingDays::startOf(d.to.addDays(1));
    const qint64 window = qint64(d.withinHours) * 3600 * 1000;
    if (sqlite)
        return QStringLiteral(
                   "WITH a AS (SELECT profile_id p, MIN(occurred_at) t FROM events INDEXED BY "
                   "events_name_profile_time WHERE name = 'visit' AND occurred_at >= %1 AND "
                   "occurred_at < %2 GROUP BY profile_id), "
                   "b AS (SELECT a.p, a.t t0, (SELECT MIN(occurred_at) FROM events e WHERE e.name "
                   "= 'add_to_cart' AND e.profile_id = a.p AND e.occurred_at > a.t AND "
                   "e.occurred_at <= a.t + %3) t FROM a), "
                   "c AS (SELECT (SELECT MIN(occurred_at) FROM events e WHERE e.name = "
                   "'purchase' AND e.profile_id = b.p AND e.occurred_at > b.t AND e.occurred_at "
                   "<= b.t0 + %3) t FROM b WHERE b.t IS NOT NULL) "
                   "SELECT (SELECT COUNT(*) FROM a), (SELECT COUNT(t) FROM b), (SELECT COUNT(t) "
                   "FROM c)")
            .arg(from)
            .arg(to)
            .arg(window);
    return QStringLiteral(
               "WITH a AS (SELECT profile_id p, MIN(occurred_at) t FROM events WHERE name = "
               "'visit' AND occurred_at >= %1 AND occurred_at < %2 GROUP BY profile_id), "
               "b AS (SELECT a.p, a.t t0, MIN(e.occurred_at) t FROM a JOIN events e ON "
               "e.profile_id = a.p AND e.name = 'add_to_cart' AND e.occurred_at > a.t AND "
               "e.occurred_at <= a.t + %3 GROUP BY a.p, a.t), "
               "c AS (SELECT b.p FROM b JOIN events e ON e.profile_id = b.p AND e.name = "
               "'purchase' AND e.occurred_at > b.t AND e.occurred_at <= b.t0 + %3 GROUP BY b.p) "
               "SELECT (SELECT COUNT(*) FROM a), (SELECT COUNT(*) FROM b), (SELECT COUNT(*) FROM "
               "c)")
        .arg(from)
        .arg(to)
        .arg(window);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString error;
    const auto spec = DatabaseSpec::parse(args.value(1), &error);
    if (!spec) {
        out() << "usage: bench_funnel DATABASE_URL [PROFILES] [EVENTS] [PARTS]: " << error
              << Qt::endl;
        return 64;
    }
    const qint64 profiles = args.value(2, QStringLiteral("1000000")).toLongLong();
    const qint64 events = args.value(3, QStringLiteral("10000000")).toLongLong();
    const int parts = args.value(4, QStringLiteral("0")).toInt(); // 0: Funnel's own choice
    Database database(*spec);
    if (const Status opened = database.open(); !opened.isOk()) {
        out() << opened.message() << Qt::endl;
        return 1;
    }
    QSqlDatabase db = database.connections().connection();
    if (Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM events")).value().toLongLong() == 0) {
        QElapsedTimer filling;
        filling.start();
        if (const Status filled = fill(db, profiles, events); !filled.isOk()) {
            out() << filled.message() << Qt::endl;
            return 1;
        }
        out() << "filled " << profiles << " profiles, " << events << " events in "
              << filling.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    FunnelDefinition definition;
    const Status parsed = FunnelDefinition::parse(
        R"({"steps": [{"event": "visit"}, {"event": "add_to_cart"}, {"event": "purchase"}],
            "within_hours": 72, "from": "2026-09-15", "to": "2026-10-14"})",
        kTo, &definition);
    if (!parsed.isOk()) {
        out() << parsed.message() << Qt::endl;
        return 1;
    }
    qint64 bestFunnel = -1;
    qint64 bestHand = -1;
    QList<qint64> counts;
    QList<qint64> handCounts;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto result = Funnel(database.connections(), parts).count(definition);
        const qint64 funnelMs = timer.elapsed();
        if (!result.isOk()) {
            out() << result.status().message() << Qt::endl;
            return 1;
        }
        counts = result.value().people;
        timer.restart();
        QSqlQuery q(db);
        if (!Sql::run(q, handWritten(definition, spec->isSqlite())) || !q.next()) {
            out() << Sql::failure(q).message() << Qt::endl;
            return 1;
        }
        const qint64 handMs = timer.elapsed();
        handCounts = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
        bestFunnel = bestFunnel < 0 ? funnelMs : std::min(bestFunnel, funnelMs);
        bestHand = bestHand < 0 ? handMs : std::min(bestHand, handMs);
    }
    out() << spec->displayName() << ": funnel " << counts[0] << " -> " << counts[1] << " -> "
          << counts[2] << (counts == handCounts ? " (the hand query agrees)" : " (DIFFERS)")
          << Qt::endl
          << "Funnel::count best of 3: " << bestFunnel << " ms; hand-written: " << bestHand
          << " ms; ratio " << double(bestFunnel) / double(std::max<qint64>(1, bestHand))
          << Qt::endl;
    return counts == handCounts ? 0 : 1;
}
