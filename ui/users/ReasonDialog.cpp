#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReasonDialog::ReasonDialog(const QString &title, const QString &explanation, bool askAccount,
                           QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit(this))
{
    setWindowTitle(title);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    if (askAccount) {
        m_account = new QLineEdit(this);
        m_account->setObjectName(QStringLiteral("account"));
        m_account->setPlaceholderText(tr("OpenID of the account to link"));
        form->addRow(tr("&Account:"), m_account);
        connect(m_account, &QLineEdit::textChanged, this, &ReasonDialog::updateOk);
    }
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("e.g. ticket 4711: same phone number"));
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &ReasonDialog::updateOk);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    updateOk();
}

QString ReasonDialog::account() const
{
    return m_account ? m_account->text().trimmed() : QString();
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ReasonDialog::updateOk()
{
    m_ok->setEnabled(!reason().isEmpty() && (!m_account || !account().isEmpty()));
}
