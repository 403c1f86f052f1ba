#include "HistoryPanel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    cell->setToolTip(text);
    return cell;
}
} // namespace

HistoryPanel::HistoryPanel(QWidget *parent) : QWidget(parent), m_table(new QTableWidget(this))
{
    m_table->setObjectName(QStringLiteral("identityHistory"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("What"), tr("Account"), tr("From → to"), tr("Why"), QString()});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void HistoryPanel::show(const QList<IdentityChange> &changes)
{
    const QHash<QString, QString> actions{
        {QStringLiteral("link"), tr("linked by rule")},
        {QStringLiteral("merge"), tr("merged by rule")},
        {QStringLiteral("manual_link"), tr("linked by hand")},
        {QStringLiteral("unlink"), tr("unlinked by hand")},
        {QStringLiteral("undo"), tr("undone")},
    };
    m_table->setRowCount(0);
    const QLocale locale;
    for (const IdentityChange &c : changes) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(
            row, 0,
            item(locale.toString(QDateTime::fromMSecsSinceEpoch(c.at), QLocale::ShortFormat)));
        m_table->setItem(row, 1, item(c.actor));
        m_table->setItem(
            row, 2,
            item(actions.value(c.action, c.action) + (c.undone ? tr(" (undone)") : QString())));
        m_table->setItem(row, 3, item(c.account));
        m_table->setItem(
            row, 4,
            item(QStringLiteral("%1 → %2")
                     .arg(c.fromProfile ? QString::number(c.fromProfile) : QStringLiteral("–"))
                     .arg(c.toProfile)));
        m_table->setItem(row, 5, item(c.reason));
        if (!c.undone &&
            (c.action == QStringLiteral("manual_link") || c.action == QStringLiteral("unlink"))) {
            auto *undo = new QPushButton(tr("Undo"), m_table);
            undo->setObjectName(QStringLiteral("undo%1").arg(c.id));
            const qint64 id = c.id;
            connect(undo, &QPushButton::clicked, this, [this, id] { emit undoRequested(id); });
            m_table->setCellWidget(row, 6, undo);
        }
    }
    m_table->resizeColumnsToContents();
}
