#pragma once

#include "team/TeamAccess.h"

#include <QString>

class Database;
class DialogRunner;
class SecretStore;

// What the window's pages share: the open database, the keychain, the dialog seam, and what
// the person at the console may do (their team roles, read at start).
// Owned by main() (or a test) and outliving the window.
struct ConsoleContext
{
    Database &database;
    SecretStore &secrets;
    DialogRunner &dialogs;
    QString logFile;
    TeamAccess access; // default: everything (SQLite's single desk)
};
