#include "MessagesPanel.h"

#include "DeliveryText.h"
#include "EmptyState.h"
#include "PlainItem.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedLayout>
#include <QTableWidget>
#include <QVBoxLayout>

MessagesPanel::MessagesPanel(const RoleGate &gate, QWidget *parent)
    : QWidget(parent), m_gate(gate), m_optOuts(new QLabel(this)),
      m_optOut(new QPushButton(tr("&Opt out…"), this)),
      m_optIn(new QPushButton(tr("Opt back &in…"), this)), m_stack(new QStackedLayout),
      m_empty(new EmptyState(this)), m_table(new QTableWidget(this))
{
    m_optOuts->setObjectName(QStringLiteral("optOuts"));
    m_optOuts->setTextFormat(Qt::PlainText); // reasons are typed by people
    m_optOuts->setWordWrap(true);
    m_optOut->setObjectName(QStringLiteral("optOut"));
    m_gate.setEnabled(m_optOut, TeamAccess::Work::OptOuts, true,
                      tr("Stop campaign messages to this person, on every channel or one"));
    m_optIn->setObjectName(QStringLiteral("optIn"));
    connect(m_optOut, &QPushButton::clicked, this, &MessagesPanel::optOutRequested);
    connect(m_optIn, &QPushButton::clicked, this, &MessagesPanel::optInRequested);
    auto *optOutRow = new QHBoxLayout;
    optOutRow->addWidget(m_optOuts, 1);
    optOutRow->addWidget(m_optOut);
    optOutRow->addWidget(m_optIn);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(optOutRow);
    layout->addLayout(m_stack, 1);
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

void MessagesPanel::showOptOuts(const QList<OptOutList::Entry> &optOuts)
{
    QStringList lines;
    const QLocale locale;
    for (const OptOutList::Entry &e : optOuts)
        lines << tr("Opted out of %1: %2 (%3, %4)")
                     .arg(DeliveryText::optOutChannel(e.channel), e.reason, e.actor,
                          locale.toString(QDateTime::fromMSecsSinceEpoch(e.at).date(),
                                          QLocale::ShortFormat));
    m_optOuts->setText(lines.isEmpty() ? tr("Receives campaign messages.") : lines.join(u'\n'));
    m_gate.setEnabled(m_optIn, TeamAccess::Work::OptOuts, !optOuts.isEmpty());
}

QString MessagesPanel::optOutText() const
{
    return m_optOuts->text();
}
