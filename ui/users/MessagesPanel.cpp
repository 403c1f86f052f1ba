#include "MessagesPanel.h"

#include "DeliveryText.h"
#include "EmptyState.h"
#include "PlainItem.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QStackedLayout>
#include <QTableWidget>

MessagesPanel::MessagesPanel(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedLayout(this)), m_empty(new EmptyState(this)),
      m_table(new QTableWidget(this))
{
    m_empty->setTitle(tr("No messages sent yet"));
    m_empty->setHint(tr("Messages this person receives from campaigns will be listed here with "
                        "their delivery state."));
    m_table->setObjectName(QStringLiteral("receivedMessages"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Campaign"), tr("Channel"), tr("Account"), tr("State"), tr("Why")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);
}

void MessagesPanel::show(const QList<ReceivedMessage> &messages)
{
    m_table->setRowCount(0);
    const QLocale locale;
    for (const ReceivedMessage &m : messages) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(
            row, 0,
            plainItem(locale.toString(QDateTime::fromMSecsSinceEpoch(m.at), QLocale::ShortFormat)));
        m_table->setItem(row, 1,
                         plainItem(QStringLiteral("%1 · %2").arg(m.campaignId).arg(m.campaign)));
        m_table->setItem(row, 2, plainItem(DeliveryText::channel(m.channel)));
        m_table->setItem(row, 3, plainItem(m.account));
        m_table->setItem(row, 4, plainItem(DeliveryText::state(m.state)));
        QString why = m.reason.isEmpty() ? QString() : DeliveryText::reason(m.reason);
        if (m.errcode)
            why = why.isEmpty() ? tr("errcode %1").arg(m.errcode)
                                : tr("%1 (errcode %2)").arg(why).arg(m.errcode);
        m_table->setItem(row, 5, plainItem(why));
    }
    m_table->resizeColumnsToContents();
    m_stack->setCurrentWidget(messages.isEmpty() ? static_cast<QWidget *>(m_empty) : m_table);
}
