#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One versioned step of the schema. Statements may use the dialect tokens {{PK}} and {{JSON}}.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
    // Run after `statements` on one engine only (an index that suits its planner, a change
    // its ALTER TABLE cannot make).
    QStringList sqliteStatements;
    QStringList postgresStatements;
};

// Every migration wxops knows, in version order.
namespace Schema {
const QList<Migration> &migrations();
int latestVersion();
} // namespace Schema
