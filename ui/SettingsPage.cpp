#include "SettingsPage.h"

#include "EmptyState.h"
#include "storage/DatabaseSpec.h"

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

SettingsPage::SettingsPage(const DatabaseSpec &database, const QString &logFile, QWidget *parent)
    : QWidget(parent)
{
    auto *accounts = new QGroupBox(tr("WeChat accounts"), this);
    auto *accountsEmpty = new EmptyState(accounts);
    accountsEmpty->setTitle(tr("No accounts configured"));
    accountsEmpty->setHint(tr("Add an Official Account or Mini Program with its AppID. Its "
                              "AppSecret is kept in the system keychain, never in the database."));
    auto *accountsLayout = new QVBoxLayout(accounts);
    accountsLayout->addWidget(accountsEmpty);

    auto *console = new QGroupBox(tr("This console"), this);
    auto *form = new QFormLayout(console);
    form->addRow(tr("Database:"), selectableLabel(database.displayName(), console));
    form->addRow(tr("Log file:"), selectableLabel(logFile, console));
    form->addRow(tr("Language:"), selectableLabel(QLocale().nativeLanguageName(), console));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(accounts, 1);
    layout->addWidget(console);
}
