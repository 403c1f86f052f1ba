#include "NameDialog.h"

#include "segments/SegmentStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

NameDialog::NameDialog(const QString &title, const QString &label, const QString &initial,
                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(initial);
    m_name->setMaxLength(SegmentStore::kMaxNameLength);
    m_name->selectAll();
    form->addRow(label, m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });
    m_ok->setEnabled(!initial.trimmed().isEmpty());
}

void NameDialog::addChoice(const QString &label, const QList<std::pair<QString, QString>> &items)
{
    m_choice = new QComboBox;
    for (const auto &[text, value] : items)
        m_choice->addItem(text, value);
    static_cast<QFormLayout *>(layout())->insertRow(1, label, m_choice);
}

QString NameDialog::name() const
{
    return m_name->text().trimmed();
}

void NameDialog::setName(const QString &name)
{
    m_name->setText(name);
}

QString NameDialog::choice() const
{
    return m_choice ? m_choice->currentData().toString() : QString();
}
