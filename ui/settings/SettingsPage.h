#pragma once

#include <QWidget>

class AccountsPanel;
class SchedulesPanel;
struct ConsoleContext;

// Where the admin sees and changes how this console is set up: the WeChat apps first, then
// the service's schedules.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(const ConsoleContext &context, QWidget *parent = nullptr);

    AccountsPanel *accounts() const { return m_accounts; }
    SchedulesPanel *schedules() const { return m_schedules; }

private:
    // The interface language: the system's or one chosen, used from the next start on.
    static QWidget *languagePicker(QWidget *parent);

    AccountsPanel *m_accounts;
    SchedulesPanel *m_schedules;
};
