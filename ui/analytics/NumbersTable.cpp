#include "NumbersTable.h"

#include "segments/CsvWriter.h"

#include <QHeaderView>

#include <algorithm>

NumbersTable::NumbersTable(QWidget *parent) : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(false);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(false);
    setWordWrap(false);
}

void NumbersTable::setColumns(const QStringList &headers)
{
    clear();
    setRowCount(0);
    setColumnCount(int(headers.size()));
    setHorizontalHeaderLabels(headers);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

void NumbersTable::addRow(const QString &label, const QList<Cell> &cells)
{
    const int row = rowCount();
    insertRow(row);
    setItem(row, 0, new QTableWidgetItem(label)); // items show plain text
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c).text);
        item->setData(Qt::UserRole, cells.at(c).value);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, c + 1, item);
    }
}

void NumbersTable::shade(int row, int column, double share)
{
    QTableWidgetItem *cell = item(row, column);
    if (!cell)
        return;
    const double strength = std::clamp(share, 0.0, 1.0);
    // From white to a strong blue; dark text on light cells, light text on dark ones.
    cell->setBackground(QColor::fromHsvF(0.58, 0.1 + 0.8 * strength, 1.0 - 0.35 * strength));
    cell->setForeground(strength > 0.55 ? Qt::white : Qt::black);
}

QString NumbersTable::csv() const
{
    QString out;
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header << CsvWriter::cell(horizontalHeaderItem(c) ? horizontalHeaderItem(c)->text()
                                                          : QString());
    out += header.join(u',') + QStringLiteral("\r\n");
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        cells << CsvWriter::cell(item(r, 0) ? item(r, 0)->text() : QString());
        for (int c = 1; c < columnCount(); ++c) {
            const QVariant value = item(r, c) ? item(r, c)->data(Qt::UserRole) : QVariant();
            cells << (value.isValid() ? QString::number(value.toDouble(), 'g', 15) : QString());
        }
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    return out;
}
