#pragma once

#include "storage/DbConnection.h"
#include "wechat/ApiTypes.h"

#include <memory>
#include <QDialog>

class AppSession;
class DialogRunner;
class MessageBanner;
class QLabel;
class QPushButton;
class QTableWidget;
class TemplateLibrary;

// The Official Account's template message templates as WeChat holds them: each with its title,
// ID and the fields its content names (with their labels); add one from the industry library by
// its short ID, delete one.
class TemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    TemplatesDialog(std::shared_ptr<AppSession> session, DbConnection db, DialogRunner &dialogs,
                    QWidget *parent = nullptr);
    ~TemplatesDialog() override;

    QTableWidget *table() const { return m_table; }
    QString message() const;
    QString contentShown() const;

    void reload();
    void addByShortId(const QString &shortId);
    void deleteSelected();

signals:
    void changed();
    void operationFinished(bool ok);

private:
    // Lists the templates again, selecting `selectId`; says `doneText` (or the count) after.
    void load(const QString &selectId, const QString &doneText);
    void showSelected();
    void setBusy(bool busy);
    void finish(bool ok, const QString &text);

    std::shared_ptr<AppSession> m_session;
    DialogRunner &m_dialogs;
    std::unique_ptr<TemplateLibrary> m_library;
    QList<MessageTemplate> m_templates;
    QTableWidget *m_table;
    QLabel *m_content;
    MessageBanner *m_message;
    QPushButton *m_add;
    QPushButton *m_delete;
    bool m_busy = false;
};
