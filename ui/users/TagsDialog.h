#pragma once

#include "storage/DbConnection.h"

#include <memory>
#include <QDialog>

class DialogRunner;
class AppSession;
class MessageBanner;
class QPushButton;
class QTableWidget;

// An Official Account's tags as WeChat holds them, with their followers: create, rename and
// delete, each done in WeChat and shown here at once.
class TagsDialog : public QDialog
{
    Q_OBJECT
public:
    TagsDialog(std::shared_ptr<AppSession> session, DbConnection db, DialogRunner &dialogs,
               QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString message() const;
    bool isBusy() const { return m_busy; }

    void createTag(const QString &name);
    void renameSelected(const QString &name);
    void deleteSelected();

signals:
    // A change WeChat accepted (the list of people may show other tags now).
    void changed();
    void operationFinished(bool ok);

private:
    void reload();
    int selectedTagId() const;
    QString selectedName() const;
    void setBusy(bool busy);
    void finish(bool ok, const QString &text);

    std::shared_ptr<AppSession> m_session;
    DbConnection m_db;
    DialogRunner &m_dialogs;
    QTableWidget *m_table;
    MessageBanner *m_message;
    QPushButton *m_create;
    QPushButton *m_rename;
    QPushButton *m_delete;
    bool m_busy = false;
};
