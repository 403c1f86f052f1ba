#pragma once

#include "Population.h"

#include <QString>

// Writes the Mini Program backend's export for a population (users, then their events) as JSON
// Lines in the format of docs/import-format.md. Returns an error message, or an empty string.
QString writeMpExport(const Population &population, const QString &path);
