#include "AccountListDialog.h"

#include "MessageBanner.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

AccountListDialog::AccountListDialog(const QString &title, const QString &listName,
                                     const QStringList &headers, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(0, int(headers.size()), this)),
      m_message(new MessageBanner(this)), m_actions(new QHBoxLayout), m_side(new QVBoxLayout),
      m_under(new QVBoxLayout)
{
    setWindowTitle(title);
    m_table->setObjectName(listName);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The first column takes the room; the others are as wide as they need.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *buttons = new QHBoxLayout;
    buttons->addLayout(m_actions);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(m_side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(middle, 1);
    layout->addLayout(m_under);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { updateActions(); });
}

QString AccountListDialog::message() const
{
    return m_message->shown();
}

QPushButton *AccountListDialog::addAction(const QString &text, const QKeySequence &shortcut)
{
    auto *button = new QPushButton(text, this);
    if (!shortcut.isEmpty())
        button->setShortcut(shortcut);
    m_actions->addWidget(button);
    return button;
}

void AccountListDialog::say(const QString &text, Tone tone)
{
    m_message->say(text, tone);
}

int AccountListDialog::selectedRow() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? -1 : selected.first()->row();
}

void AccountListDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void AccountListDialog::finish(bool ok, const QString &text)
{
    setBusy(false);
    m_message->sayOutcome(text, ok);
    emit operationFinished(ok);
}
