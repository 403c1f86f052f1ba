#pragma once

#include "messaging/CampaignDefinition.h"
#include "messaging/MessageRenderer.h"
#include "storage/DbConnection.h"
#include "wechat/ApiTypes.h"

#include <memory>
#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QDateTimeEdit;
class QTimeEdit;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class MessageContentEditor;
class PhonePreview;
class DialogRunner;
class SecretStore;
class WechatClient;

// Composes a campaign: channel, app, segment, the message (MessageContentEditor), pace,
// frequency cap and schedule. Beside it a preview that looks like the message on a phone,
// filled for a sample person of the segment; the audience with the reasons people are left
// out; and a test send to a staff member's openid (for a mass message, WeChat's preview).
class ComposerDialog : public QDialog
{
    Q_OBJECT
public:
    ComposerDialog(DbConnection db, SecretStore &secrets, DialogRunner &dialogs,
                   QWidget *parent = nullptr);
    ~ComposerDialog() override;

    CampaignDefinition definition() const;
    // Shows a saved draft for editing: every field as it was saved.
    void setDefinition(const CampaignDefinition &definition);
    // Templates come from WeChat when an app is chosen; tests and the demo may set them.
    void setTemplates(const QList<MessageTemplate> &templates);
    void setChannel(const QString &channel);
    QString audienceText() const;
    QString previewText() const; // the phone's card: title, then body
    QString testResult() const;
    // The staff openid a test of exactly this message reached, or "" (a mass campaign may
    // start only after one).
    QString testedOpenid() const;

    qint64 sampleProfile() const; // whose variables the preview shows

public slots:
    void loadTemplates();
    void sendTest();
    void showNextSample();
    // Opens the account's library to pick the mass article (true) or the card's image.
    void chooseFromLibrary(bool article);

private:
    void buildForm();
    void fillApps();
    void fillTags();
    void updatePreview();
    void updateAudience();
    void updateSample();
    WechatClient *client(); // for the chosen app, made on first use

    std::unique_ptr<WechatClient> m_client;
    DbConnection m_db;
    SecretStore &m_secrets;
    DialogRunner &m_dialogs;
    MessageRenderer::Recipient m_sample;
    QJsonObject m_tested; // the definition a test went out for
    QString m_testedOpenid;
    qint64 m_audienceTag = 0; // the tag the audience was counted for (0: the segment)
    QLineEdit *m_name;
    QComboBox *m_channel;
    QComboBox *m_app;
    QComboBox *m_segment;
    MessageContentEditor *m_content;
    QDoubleSpinBox *m_rate;
    QSpinBox *m_concurrency;
    QCheckBox *m_cap;
    QSpinBox *m_capMessages;
    QSpinBox *m_capDays;
    QCheckBox *m_scheduled;
    QDateTimeEdit *m_startAt;
    QCheckBox *m_quiet;
    QTimeEdit *m_quietFrom;
    QTimeEdit *m_quietTo;
    PhonePreview *m_preview;
    QLabel *m_audience;
    QLabel *m_missing;
    QLineEdit *m_testOpenid;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QPushButton *m_nextSample;
    int m_sampleIndex = 0; // which of the segment's people the preview shows
    QPushButton *m_create;
};
