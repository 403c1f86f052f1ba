#pragma once

#include "AccountListDialog.h"
#include "storage/DbConnection.h"

#include <memory>

class ChannelQrCodes;
class DialogRunner;
class AppSession;
class QLabel;
class QPushButton;

// An Official Account's channel QR codes: each with the name of the poster or shop it is for,
// its parameter, how long it lives and how many followers came through it; new codes are made
// in WeChat, and a code's image is shown and saved.
class QrCodesDialog : public AccountListDialog
{
    Q_OBJECT
public:
    QrCodesDialog(std::shared_ptr<AppSession> session, DbConnection db, DialogRunner &dialogs,
                  QWidget *parent = nullptr);
    ~QrCodesDialog() override;

    bool hasImage() const;

    // `days` matters only for a temporary code.
    void createCode(const QString &name, const QString &parameter, bool permanent, int days);
    void saveImage(const QString &path);

private:
    void reload();
    void askForNewCode();
    void showImageOfSelected();
    QString selectedTicket() const;
    void updateActions() override;

    std::shared_ptr<AppSession> m_session;
    DbConnection m_db;
    DialogRunner &m_dialogs;
    std::unique_ptr<ChannelQrCodes> m_codes;
    QLabel *m_image;
    QByteArray m_imageBytes;
    QPushButton *m_create;
    QPushButton *m_save;
};
