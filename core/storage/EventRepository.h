#pragma once

#include "storage/DbConnection.h"
#include "util/StatusOr.h"

class PreparedStatements;

#include <QStringList>

// Behaviour events across both apps (table `events`), as far as staff pick from them.
class EventRepository
{
public:
    explicit EventRepository(DbConnection db) : m_db(db) {}

    // How many names a picker offers: enough for any real app's events, bounded against
    // imports that used ids as names.
    static constexpr int kNamesOffered = 500;

    // The distinct event names in the data, sorted, at most `limit`.
    StatusOr<QStringList> names(int limit = kNamesOffered) const;

    // Imported events, (account_id, profile_id, app_id, name, occurred_at, props, source_id)
    // each; one already held (by source_id) is skipped. Adds the number written to `*added`.
    static Status insertImported(PreparedStatements &sql, const QList<QVariantList> &rows,
                                 qint64 *added);
    // Events follow their account's person. On the linker's prepared statements: these run
    // once per linked batch or moved account.
    static Status followAccounts(PreparedStatements &sql, const QVariantList &accountIds);
    static Status moveAccount(PreparedStatements &sql, qint64 accountId, qint64 toProfile);
    // After a rebuild: every event to its account's profile again.
    Status followAllAccounts();

private:
    DbConnection m_db;
};
