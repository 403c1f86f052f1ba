#include "SettingsPage.h"

#include "ConsoleContext.h"
#include "settings/AccountsPanel.h"
#include "storage/Database.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {
QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

SettingsPage::SettingsPage(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent), m_accounts(new AccountsPanel(context.database.connections().connection(),
                                                    context.secrets, context.dialogs, this))
{
    auto *accounts = new QGroupBox(tr("WeChat accounts"), this);
    auto *accountsLayout = new QVBoxLayout(accounts);
    accountsLayout->addWidget(m_accounts);

    auto *console = new QGroupBox(tr("This console"), this);
    auto *form = new QFormLayout(console);
    form->addRow(tr("Database:"), selectableLabel(context.database.spec().displayName(), console));
    form->addRow(tr("Log file:"), selectableLabel(context.logFile, console));
    form->addRow(tr("Language:"), selectableLabel(QLocale().nativeLanguageName(), console));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(accounts, 1);
    layout->addWidget(console);
}
