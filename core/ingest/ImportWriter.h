#pragma once

#include "identity/IdentityLinker.h"
#include "ImportRow.h"
#include "storage/DbConnection.h"
#include "storage/Sql.h"

#include <QHash>

class Clock;
class Transaction;

// The database side of an import: users become accounts (or update them), events are added
// once (by their source id), and the accounts touched are linked into profiles at the end of
// each batch, in the batch's transaction.
class ImportWriter
{
public:
    ImportWriter(DbConnection db, const Clock &clock);
    ~ImportWriter();

    Status loadApps();
    bool knowsApp(const QString &appid) const { return m_apps.contains(appid); }

    Status beginBatch();
    Status writeUser(const ImportRow &row);
    // Queues an event; it is written with the batch, once (by its source id).
    Status writeEvent(const ImportRow &row);
    // Writes the queued events (`added` counts the batch's new ones, the rest were already
    // there), links the accounts the batch touched, and commits.
    Status commitBatch(qint64 *added = nullptr);

private:
    Status flushEvents();
    qint64 accountFor(qint64 app, const QString &openid, qint64 *profile, Status *status);

    DbConnection m_db;
    PreparedStatements m_sql;
    const Clock &m_clock;
    IdentityLinker m_linker;
    QHash<QString, qint64> m_apps;                        // appid -> apps.id
    QHash<QString, std::pair<qint64, qint64>> m_accounts; // "app|openid" -> (account, profile)
    QList<qint64> m_touched;      // accounts to link at the end of the batch
    QList<QVariantList> m_events; // events not yet written, written a few thousand at a time
    qint64 m_eventsAdded = 0;     // in this batch (an event already there is not added)
    std::unique_ptr<Transaction> m_transaction;
};
