#include "SettingsPage.h"

#include "ConsoleContext.h"
#include "i18n/Translations.h"
#include "RoleGate.h"
#include "settings/AccountsPanel.h"
#include "settings/SchedulesPanel.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
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

QWidget *SettingsPage::languagePicker(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *picker = new QComboBox(box);
    picker->setObjectName(QStringLiteral("language"));
    picker->addItem(tr("System (%1)").arg(Translations::nativeName(QLocale::system())), QString());
    for (const QString &language : Translations::available())
        picker->addItem(Translations::nativeName(QLocale(language)), language);
    picker->setCurrentIndex(qMax(0, picker->findData(Translations::savedChoice())));
    auto *note = new QLabel(tr("In use: %1").arg(Translations::nativeName(QLocale())), box);
    note->setObjectName(QStringLiteral("languageNote"));
    connect(picker, &QComboBox::activated, note, [picker, note] {
        Translations::saveChoice(picker->currentData().toString());
        note->setText(tr("Takes effect the next time wxops starts."));
    });
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(picker);
    row->addWidget(note, 1);
    return box;
}

SettingsPage::SettingsPage(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent),
      m_accounts(new AccountsPanel(context.database.connections().connection(), context.secrets,
                                   context.dialogs, context.access, this)),
      m_schedules(new SchedulesPanel(context.database.connections().connection(), context.dialogs,
                                     context.access, this))
{
    auto *accounts = new QGroupBox(tr("WeChat accounts"), this);
    auto *accountsLayout = new QVBoxLayout(accounts);
    accountsLayout->addWidget(m_accounts);

    auto *schedules = new QGroupBox(tr("Schedules"), this);
    auto *schedulesLayout = new QVBoxLayout(schedules);
    schedulesLayout->addWidget(m_schedules);
    connect(m_accounts, &AccountsPanel::appsChanged, m_schedules, &SchedulesPanel::reload);

    auto *console = new QGroupBox(tr("This console"), this);
    auto *form = new QFormLayout(console);
    form->addRow(tr("Database:"), selectableLabel(context.database.spec().displayName(), console));
    QLabel *role = selectableLabel(RoleGate(context.access).whoIsHere(), console);
    role->setObjectName(QStringLiteral("role"));
    form->addRow(tr("You:"), role);
    form->addRow(tr("Log file:"), selectableLabel(context.logFile, console));
    form->addRow(tr("Language:"), languagePicker(console));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(accounts, 2);
    layout->addWidget(schedules, 1);
    layout->addWidget(console);
}
