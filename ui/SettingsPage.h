#pragma once

#include <QWidget>

class DatabaseSpec;

// Where the admin sees and changes how this console is set up.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(const DatabaseSpec &database, const QString &logFile, QWidget *parent = nullptr);
};
