#include "ImportWriter.h"

#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

namespace {
const int kAccountCacheLimit = 200000;
const int kQueuedEvents = 4000;

QString cacheKey(qint64 app, const QString &openid)
{
    return QString::number(app) + QLatin1Char('|') + openid;
}
} // namespace

ImportWriter::ImportWriter(QSqlDatabase db, const Clock &clock)
    : m_db(db), m_sql(db), m_clock(clock), m_linker(db, clock)
{
}

// Defined here, where Transaction is complete; an uncommitted batch rolls back with it.
ImportWriter::~ImportWriter() = default;

Status ImportWriter::loadApps()
{
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("SELECT appid, id FROM apps")))
        return Sql::failure(q);
    m_apps.clear();
    while (q.next())
        m_apps.insert(q.value(0).toString(), q.value(1).toLongLong());
    return Status::ok();
}

Status ImportWriter::beginBatch()
{
    m_transaction = std::make_unique<Transaction>(m_db, SqlDialect::of(m_db));
    m_touched.clear();
    m_eventsAdded = 0;
    return m_transaction->beginStatus();
}

Status ImportWriter::flushEvents()
{
    WX_TRY(m_sql.runMany(QStringLiteral("INSERT INTO events (account_id, profile_id, app_id, name, "
                                        "occurred_at, props, source_id)"),
                         m_events,
                         QStringLiteral("ON CONFLICT (source_id) DO NOTHING RETURNING id"),
                         [this](const SqlRows &) { ++m_eventsAdded; }));
    m_events.clear();
    return Status::ok();
}

Status ImportWriter::commitBatch(qint64 *added)
{
    if (!m_transaction)
        return Status::ok();
    WX_TRY(flushEvents());
    if (added)
        *added = m_eventsAdded;
    m_eventsAdded = 0;
    // Linking after the events: an account that moves takes its events along. Linking may
    // move other accounts too (a merge), so the cached profiles are forgotten.
    WX_TRY(m_linker.linkAccounts(m_touched));
    if (!m_touched.isEmpty())
        m_accounts.clear();
    m_touched.clear();
    const Status committed = m_transaction->commit();
    m_transaction.reset();
    if (!committed.isOk())
        m_accounts.clear(); // ids of a rolled-back batch must not be reused
    return committed;
}

Status ImportWriter::writeUser(const ImportRow &row)
{
    const qint64 app = m_apps.value(row.appid);
    const qint64 seen = row.seenAt ? row.seenAt : m_clock.nowMsecs();
    Status status = Status::ok();
    // Values the export leaves out keep what the database knows; a row that changes nothing
    // is not written.
    SqlRows &q = m_sql.run(
        QStringLiteral(
            "INSERT INTO accounts (app_id, openid, unionid, member_id, first_seen, last_seen) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (app_id, openid) DO UPDATE SET "
            "unionid = COALESCE(excluded.unionid, accounts.unionid), "
            "member_id = COALESCE(excluded.member_id, accounts.member_id), "
            "first_seen = CASE WHEN accounts.first_seen IS NULL OR excluded.first_seen < "
            "accounts.first_seen THEN excluded.first_seen ELSE accounts.first_seen END, "
            "last_seen = CASE WHEN accounts.last_seen IS NULL OR excluded.last_seen > "
            "accounts.last_seen THEN excluded.last_seen ELSE accounts.last_seen END "
            "WHERE (excluded.unionid IS NOT NULL AND accounts.unionid IS DISTINCT FROM "
            "excluded.unionid) OR (excluded.member_id IS NOT NULL AND accounts.member_id IS "
            "DISTINCT FROM excluded.member_id) OR accounts.first_seen IS NULL OR "
            "excluded.first_seen < accounts.first_seen OR accounts.last_seen IS NULL OR "
            "excluded.last_seen > accounts.last_seen RETURNING id"),
        {app, row.openid, Sql::textOrNull(row.unionid), Sql::textOrNull(row.memberId), seen, seen},
        &status);
    WX_TRY(status);
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        m_touched.append(id);
        m_accounts.remove(cacheKey(app, row.openid)); // its profile may change: look it up again
    }
    q.finish();
    return Status::ok();
}

qint64 ImportWriter::accountFor(qint64 app, const QString &openid, qint64 *profile, Status *status)
{
    // The profile is what the account had when first seen in this import; linking at the end of
    // the batch moves the events of any account it moves.
    const QString key = cacheKey(app, openid);
    if (const auto cached = m_accounts.constFind(key); cached != m_accounts.cend()) {
        *profile = cached->second;
        return cached->first;
    }
    qint64 id = 0;
    {
        SqlRows &q = m_sql.run(
            QStringLiteral("SELECT id, profile_id FROM accounts WHERE app_id = ? AND openid = ?"),
            {app, openid}, status);
        if (!status->isOk())
            return 0;
        if (q.next()) {
            id = q.value(0).toLongLong();
            *profile = q.value(1).toLongLong();
        }
        q.finish();
    }
    if (!id) { // an event of a user the export did not list: the account starts here
        const qint64 now = m_clock.nowMsecs();
        id = m_sql
                 .scalar(QStringLiteral("INSERT INTO accounts (app_id, openid, first_seen, "
                                        "last_seen) VALUES (?, ?, ?, ?) RETURNING id"),
                         {app, openid, now, now}, status)
                 .toLongLong();
        if (!status->isOk())
            return 0;
        *profile = 0;
        m_touched.append(id);
    }
    if (m_accounts.size() >= kAccountCacheLimit)
        m_accounts.clear(); // keeps memory flat on exports with millions of users
    m_accounts.insert(key, {id, *profile});
    return id;
}

Status ImportWriter::writeEvent(const ImportRow &row)
{
    const qint64 app = m_apps.value(row.appid);
    Status status = Status::ok();
    qint64 profile = 0;
    const qint64 account = accountFor(app, row.openid, &profile, &status);
    WX_TRY(status);
    m_events.append({account,
                     profile ? QVariant(profile) : QVariant(QMetaType(QMetaType::LongLong)), app,
                     row.name, row.at,
                     row.propsJson.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                             : QVariant(row.propsJson),
                     row.sourceId()});
    // Written in the batch's transaction a few thousand at a time: memory stays small however
    // large the transaction.
    return m_events.size() >= kQueuedEvents ? flushEvents() : Status::ok();
}
