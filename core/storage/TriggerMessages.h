#pragma once

#include <QString>

// The refusals wxops' own PostgreSQL triggers raise (SQLSTATE WXxxx), in one catalog. The
// server knows no language but English, so the trigger bodies take their texts from here
// (`fillIn`), and a refusal that comes back is said again in the reader's language
// (`translated`): one source for both, so the two cannot drift apart.
namespace TriggerMessages {

// `sql` with each {{name}} of the catalog replaced by that message as a quoted RAISE format
// (its %1, %2... become PostgreSQL's %, in the order they appear).
QString fillIn(QString sql);

// `serverText` (PostgreSQL's message, labels removed) in the reader's language when it is one
// of the catalog's, with the values the server put in; otherwise as it is.
QString translated(const QString &serverText);

} // namespace TriggerMessages
