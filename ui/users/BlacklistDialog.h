#pragma once

#include "AccountListDialog.h"
#include "storage/DbConnection.h"

#include <memory>

class AppSession;
class DialogRunner;
class QPushButton;

// An Official Account's blacklist: the followers it blocked (none of its messages reach them),
// read again from WeChat on demand, and unblocking the selected ones.
class BlacklistDialog : public AccountListDialog
{
    Q_OBJECT
public:
    BlacklistDialog(std::shared_ptr<AppSession> session, DbConnection db, DialogRunner &dialogs,
                    QWidget *parent = nullptr);

    void refreshFromWechat();
    void unblockSelected();

private:
    void reload();
    void updateActions() override;

    std::shared_ptr<AppSession> m_session;
    DbConnection m_db;
    DialogRunner &m_dialogs;
    QPushButton *m_refresh;
    QPushButton *m_unblock;
};
