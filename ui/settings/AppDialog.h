#pragma once

#include "accounts/AccountService.h"
#include "wechat/AppConfig.h"

#include <optional>
#include <QDialog>

class MemorySecrets;
class QComboBox;
class QPushButton;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Adds an app or edits one. It saves through AccountService while it stays open, so a
// keychain or validation error is shown beside the fields and nothing typed is lost.
// The AppSecret field is write-only: a stored secret is never read back, only replaced.
// Test connection asks WeChat for a token with what is typed, before anything is saved, and
// shows the public IP WeChat saw when it refuses the caller (the one to whitelist).
class AppDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` empty: a new app. Otherwise its fields are shown and its AppID is fixed.
    AppDialog(AccountService &service, const std::optional<AppConfig> &existing,
              QWidget *parent = nullptr);

    AppConfig app() const;
    QString errorText() const;
    // The public IP WeChat reported refusing, after a test ("" before or without one).
    QString deniedIp() const { return m_deniedIp; }

public slots:
    void accept() override;
    void testConnection();

signals:
    void testFinished(bool ok);

private:
    // Marks every missing or malformed field and lists why; false when there was one.
    bool checkFields();
    QLineEdit *fieldEdit(AccountService::Field field) const;
    void showError(const QString &text);
    void showIp(const QString &ip);
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
    QLabel *m_ip;
    QPushButton *m_copyIp;
    QPushButton *m_test;
    QDialogButtonBox *m_buttons;
    QString m_deniedIp;
};
