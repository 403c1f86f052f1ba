#pragma once

#include "util/StatusOr.h"

#include <QSqlDatabase>
#include <QStringList>

// Behaviour events across both apps (table `events`), as far as staff pick from them.
class EventRepository
{
public:
    explicit EventRepository(QSqlDatabase db) : m_db(db) {}

    // The distinct event names in the data, sorted, at most `limit`.
    StatusOr<QStringList> names(int limit) const;

private:
    QSqlDatabase m_db;
};
