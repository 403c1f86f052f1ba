#pragma once

#include <QString>

class Database;
class DialogRunner;
class SecretStore;

// What the window's pages share: the open database, the keychain, and the dialog seam.
// Owned by main() (or a test) and outliving the window.
struct ConsoleContext
{
    Database &database;
    SecretStore &secrets;
    DialogRunner &dialogs;
    QString logFile;
};
