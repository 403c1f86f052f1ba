#pragma once

#include "storage/DbConnection.h"

#include <memory>
#include <QDialog>

class ChannelQrCodes;
class DialogRunner;
class AppSession;
class MessageBanner;
class QLabel;
class QPushButton;
class QTableWidget;

// An Official Account's channel QR codes: each with the name of the poster or shop it is for,
// its parameter, how long it lives and how many followers came through it; new codes are made
// in WeChat, and a code's image is shown and saved.
class QrCodesDialog : public QDialog
{
    Q_OBJECT
public:
    QrCodesDialog(std::shared_ptr<AppSession> session, DbConnection db, DialogRunner &dialogs,
                  QWidget *parent = nullptr);
    ~QrCodesDialog() override;

    QTableWidget *table() const { return m_table; }
    QString message() const;
    bool hasImage() const;

    // `days` matters only for a temporary code.
    void createCode(const QString &name, const QString &parameter, bool permanent, int days);
    void saveImage(const QString &path);

signals:
    void changed();
    void operationFinished(bool ok);

private:
    void reload();
    void askForNewCode();
    void showImageOfSelected();
    QString selectedTicket() const;
    void setBusy(bool busy);
    void finish(bool ok, const QString &text);

    std::shared_ptr<AppSession> m_session;
    DbConnection m_db;
    DialogRunner &m_dialogs;
    std::unique_ptr<ChannelQrCodes> m_codes;
    QTableWidget *m_table;
    QLabel *m_image;
    QByteArray m_imageBytes;
    MessageBanner *m_message;
    QPushButton *m_create;
    QPushButton *m_save;
    bool m_busy = false;
};
