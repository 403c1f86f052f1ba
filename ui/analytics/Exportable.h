#pragma once

#include <QString>

class QWidget;

// A chart or table of the Analytics page that saves as a PNG of what is shown and its numbers
// as CSV (the Save buttons above each one).
class Exportable
{
public:
    virtual ~Exportable() = default;
    // The numbers shown, as CSV text (a header row, then one row per line shown).
    virtual QString csv() const = 0;
    bool saveCsv(const QString &path, QString *error) const;
    bool savePng(const QString &path);

protected:
    virtual QWidget *exportedWidget() = 0;
};
