#include "HistoryPanel.h"

#include "EmptyState.h"
#include "PlainItem.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStackedLayout>
#include <QTableWidget>
#include <QVBoxLayout>

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedLayout), m_empty(new EmptyState(this)),
      m_table(new QTableWidget(this))
{
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setTitle(tr("No identity changes"));
    m_empty->setHint(tr("When the rules or a person link, merge or unlink this person's accounts, "
                        "each change is listed here with who made it and why, and a change made "
                        "by hand can be undone."));
    m_table->setObjectName(QStringLiteral("identityHistory"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("What"), tr("Account"), tr("From → to"), tr("Why"), QString()});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_stack);
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
            plainItem(locale.toString(QDateTime::fromMSecsSinceEpoch(c.at), QLocale::ShortFormat)));
        m_table->setItem(row, 1, plainItem(c.actor));
        m_table->setItem(row, 2,
                         plainItem(actions.value(c.action, c.action) +
                                   (c.undone ? tr(" (undone)") : QString())));
        m_table->setItem(row, 3, plainItem(c.account));
        m_table->setItem(
            row, 4,
            plainItem(QStringLiteral("%1 → %2")
                          .arg(c.fromProfile ? QString::number(c.fromProfile) : QStringLiteral("–"))
                          .arg(c.toProfile)));
        m_table->setItem(row, 5, plainItem(c.reason));
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
    m_stack->setCurrentWidget(changes.isEmpty() ? static_cast<QWidget *>(m_empty) : m_table);
}
