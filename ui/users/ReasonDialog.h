#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// Asks support for a reason (kept in the identity history) and, for linking, which account to
// bring in (any identifier of it: openid, unionid…).
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &explanation, bool askAccount,
                 QWidget *parent = nullptr);

    QString account() const;
    QString reason() const;

private:
    void updateOk();

    QLineEdit *m_account = nullptr;
    QLineEdit *m_reason;
    QPushButton *m_ok;
};
