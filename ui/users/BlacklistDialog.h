#pragma once

#include "storage/DbConnection.h"

#include <memory>
#include <QDialog>

class DialogRunner;
class AppSession;
class MessageBanner;
class QPushButton;
class QTableWidget;

// An Official Account's blacklist: the followers it blocked (none of its messages reach them),
// read again from WeChat on demand, and unblocking the selected ones.
class BlacklistDialog : public QDialog
{
    Q_OBJECT
public:
    BlacklistDialog(std::shared_ptr<AppSession> session, DbConnection db, DialogRunner &dialogs,
                    QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString message() const;

    void refreshFromWechat();
    void unblockSelected();

signals:
    void changed();
    void operationFinished(bool ok);

private:
    void reload();
    void setBusy(bool busy);
    void finish(bool ok, const QString &text);

    std::shared_ptr<AppSession> m_session;
    DbConnection m_db;
    DialogRunner &m_dialogs;
    QTableWidget *m_table;
    MessageBanner *m_message;
    QPushButton *m_refresh;
    QPushButton *m_unblock;
    bool m_busy = false;
};
