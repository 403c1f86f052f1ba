#pragma once

#include "ConnectionFactory.h"
#include "DatabaseSpec.h"
#include "util/Status.h"

#include <memory>

// The database the console works on: connections for every thread, migrated to the
// schema this program knows before anything else touches it.
class Database
{
public:
    explicit Database(const DatabaseSpec &spec);

    // Connects and migrates; refuses a database from a newer wxops without changing it.
    Status open();

    const DatabaseSpec &spec() const { return m_connections->spec(); }
    ConnectionFactory &connections() { return *m_connections; }

private:
    std::unique_ptr<ConnectionFactory> m_connections;
};
