#pragma once

#include <QList>
#include <QStringList>

// Which code owns each table: the one file that writes it (and may read it), and the query
// classes that may read it. A test
// (tst_tableowners) fails when a table's name appears in SQL anywhere else, when a table has
// no entry, and when an entry lists a file that no longer touches the table.
// Paths are relative to core/ (or the source tree for ui/ and app/).
struct TableOwner
{
    const char *table;
    const char *owner;   // the only writer
    QStringList readers; // read-only: query classes, and SQL generated from a definition
};

namespace TableOwners {
const QList<TableOwner> &all();
// The entry of `table`, or nullptr.
const TableOwner *of(const QString &table);
} // namespace TableOwners
