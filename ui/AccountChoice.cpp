#include "AccountChoice.h"

#include "ConsoleContext.h"
#include "DialogRunner.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccountChoice)
};
} // namespace

std::optional<AppConfig> chooseOfficialAccount(const ConsoleContext &context, QWidget *parent,
                                               QString *problem)
{
    problem->clear();
    QList<AppConfig> accounts;
    for (const AppConfig &app : AppRepository(context.database.connections().connection()).all())
        if (app.kind == AppConfig::Kind::OfficialAccount)
            accounts.append(app);
    if (accounts.isEmpty()) {
        *problem = Text::tr("Add an Official Account in Settings → Accounts first.");
        return std::nullopt;
    }
    if (accounts.size() == 1)
        return accounts.constFirst();
    QStringList names;
    for (const AppConfig &app : accounts)
        names << QStringLiteral("%1 (%2)").arg(app.name, app.appid);
    QInputDialog ask(parent);
    ask.setWindowTitle(Text::tr("Official Account"));
    ask.setLabelText(Text::tr("Official Account:"));
    ask.setComboBoxItems(names);
    if (context.dialogs.exec(ask) != QDialog::Accepted)
        return std::nullopt;
    return accounts.value(int(names.indexOf(ask.textValue())), accounts.constFirst());
}
