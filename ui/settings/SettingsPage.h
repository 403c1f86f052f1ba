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
    AccountsPanel *m_accounts;
};
