#pragma once

#include "AccountListDialog.h"
#include "storage/DbConnection.h"
#include "wechat/ApiTypes.h"

#include <memory>

class AppSession;
class DialogRunner;
class QLabel;
class QPushButton;
class TemplateLibrary;

// The Official Account's template message templates as WeChat holds them: each with its title,
// ID and the fields its content names (with their labels); add one from the industry library by
// its short ID, delete one.
class TemplatesDialog : public AccountListDialog
{
    Q_OBJECT
public:
    TemplatesDialog(std::shared_ptr<AppSession> session, DbConnection db, DialogRunner &dialogs,
                    QWidget *parent = nullptr);
    ~TemplatesDialog() override;

    QString contentShown() const;

    void reload();
    void addByShortId(const QString &shortId);
    void deleteSelected();

private:
    // Lists the templates again, selecting `selectId`; says `doneText` (or the count) after.
    void load(const QString &selectId, const QString &doneText);
    void showSelected();
    void updateActions() override;

    std::shared_ptr<AppSession> m_session;
    DialogRunner &m_dialogs;
    std::unique_ptr<TemplateLibrary> m_library;
    QList<MessageTemplate> m_templates;
    QLabel *m_content;
    QPushButton *m_add;
    QPushButton *m_delete;
};
