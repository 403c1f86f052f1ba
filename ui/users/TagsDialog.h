#pragma once

#include "AccountListDialog.h"
#include "storage/DbConnection.h"
#include "util/Status.h"

#include <memory>

class AppSession;
class DialogRunner;
class QPushButton;

// An Official Account's tags as WeChat holds them, with their followers: create, rename and
// delete, each done in WeChat and shown here at once.
class TagsDialog : public AccountListDialog
{
    Q_OBJECT
public:
    TagsDialog(std::shared_ptr<AppSession> session, DbConnection db, DialogRunner &dialogs,
               QWidget *parent = nullptr);

    void createTag(const QString &name);
    void renameSelected(const QString &name);
    void deleteSelected();

private:
    void reload();
    int selectedTagId() const;
    QString selectedName() const;
    void updateActions() override;
    // A change ended: the list again, and what happened.
    void changeEnded(const Status &status, const QString &text);

    std::shared_ptr<AppSession> m_session;
    DbConnection m_db;
    DialogRunner &m_dialogs;
    QPushButton *m_create;
    QPushButton *m_rename;
    QPushButton *m_delete;
};
