#pragma once

#include "wechat/AppConfig.h"

#include <optional>
#include <QDialog>

class AccountService;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Adds an app or edits one. It saves through AccountService while it stays open, so a
// keychain or validation error is shown beside the fields and nothing typed is lost.
// The AppSecret field is write-only: a stored secret is never read back, only replaced.
class AppDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` empty: a new app. Otherwise its fields are shown and its AppID is fixed.
    AppDialog(AccountService &service, const std::optional<AppConfig> &existing,
              QWidget *parent = nullptr);

    AppConfig app() const;
    QString errorText() const;

public slots:
    void accept() override;

private:
    void showError(const QString &text);
    void setBusy(bool busy);

    AccountService &m_service;
    bool m_editing;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_appid;
    QLineEdit *m_apiBase;
    QLineEdit *m_proxy;
    QLineEdit *m_secret;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
