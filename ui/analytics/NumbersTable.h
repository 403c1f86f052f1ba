#pragma once

#include "Exportable.h"

#include <QTableWidget>

// A read-only table of numbers (top pages, the retention heat map) that saves as PNG and CSV.
// Text from WeChat is shown as plain text; its CSV neutralises spreadsheet formulas.
class NumbersTable : public QTableWidget, public Exportable
{
    Q_OBJECT
public:
    explicit NumbersTable(QWidget *parent = nullptr);

    void setColumns(const QStringList &headers);
    struct Cell
    {
        QString text;   // as shown ("1,234", "45.6 %", or "–" for none)
        QVariant value; // as the CSV holds it (a plain number; invalid for none)
    };
    // Appends a row: its first cell a label, then `cells`.
    void addRow(const QString &label, const QList<Cell> &cells);
    // Shades cell (row, column) by `share` (0..1) of the strongest colour, as a heat map does.
    void shade(int row, int column, double share);
    QString csv() const override;

protected:
    QWidget *exportedWidget() override { return this; }
};
