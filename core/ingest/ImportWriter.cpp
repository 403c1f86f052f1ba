#include "ImportWriter.h"

#include "identity/AccountRepository.h"
#include "storage/EventRepository.h"
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

ImportWriter::ImportWriter(DbConnection db, const Clock &clock)
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
    WX_TRY(EventRepository::insertImported(m_sql, m_events, &m_eventsAdded));
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
    const StatusOr<qint64> written =
        AccountRepository(m_sql).upsertImported(app, row.openid, row.unionid, row.memberId, seen);
    WX_TRY(written.status());
    if (written.value()) {
        m_touched.append(written.value());
        m_accounts.remove(cacheKey(app, row.openid)); // its profile may change: look it up again
    }
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
    AccountRepository accounts(m_sql);
    const StatusOr<AccountRepository::Identity> found = accounts.find(app, openid);
    *status = found.status();
    if (!status->isOk())
        return 0;
    qint64 id = found.value().id;
    *profile = found.value().profileId;
    if (!id) { // an event of a user the export did not list: the account starts here
        const StatusOr<qint64> created = accounts.createSeen(app, openid, m_clock.nowMsecs());
        *status = created.status();
        if (!status->isOk())
            return 0;
        id = created.value();
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
