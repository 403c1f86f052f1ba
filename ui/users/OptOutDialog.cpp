#include "OptOutDialog.h"

#include "DeliveryText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OptOutDialog::OptOutDialog(const QString &title, const QString &explanation,
                           const QStringList &channels, QWidget *parent)
    : QDialog(parent), m_channel(new QComboBox(this)), m_reason(new QLineEdit(this))
{
    setWindowTitle(title);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (const QString &channel : channels)
        m_channel->addItem(DeliveryText::optOutChannel(channel), channel);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("e.g. asked by phone, ticket 4711"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Messages:"), m_channel);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this] { m_ok->setEnabled(!reason().isEmpty()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString OptOutDialog::channel() const
{
    return m_channel->currentData().toString();
}

QString OptOutDialog::reason() const
{
    return m_reason->text().trimmed();
}
