#pragma once

#include <QTableWidgetItem>

// A read-only table cell for text that may come from WeChat or an import: plain text (a
// QTableWidgetItem never interprets markup), with the whole text as tooltip for long values.
inline QTableWidgetItem *plainItem(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    cell->setToolTip(text);
    return cell;
}
