#pragma once

#include <QWidget>

class AccountsPanel;
struct ConsoleContext;

// Where the admin sees and changes how this console is set up: the WeChat apps first.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(const ConsoleContext &context, QWidget *parent = nullptr);

    AccountsPanel *accounts() const { return m_accounts; }

private:
    // The interface language: the system's or one chosen, used from the next start on.
    static QWidget *languagePicker(QWidget *parent);

    AccountsPanel *m_accounts;
};
