#pragma once

#include "messaging/CampaignDefinition.h"
#include "messaging/MessageRenderer.h"
#include "wechat/ApiTypes.h"

#include <memory>
#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QDateTimeEdit;
class QTimeEdit;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class SecretStore;
class WechatClient;

// Composes a template-message campaign: app, segment, template and its fields (with per-person
// variables), jump, pace and frequency cap. Beside it a preview that looks like the message on
// a phone, filled for a sample person of the segment; the audience with the reasons people are
// left out; and a test send to a staff member's openid.
class ComposerDialog : public QDialog
{
    Q_OBJECT
public:
    ComposerDialog(QSqlDatabase db, SecretStore &secrets, QWidget *parent = nullptr);
    ~ComposerDialog() override;

    CampaignDefinition definition() const;
    // Templates come from WeChat when an app is chosen; tests and the demo may set them.
    void setTemplates(const QList<MessageTemplate> &templates);
    QString audienceText() const;
    QString previewText() const; // the preview's fields, one "key: value" a line
    QString testResult() const;

public slots:
    void loadTemplates();
    void sendTest();

private:
    void buildForm();
    void rebuildFields();
    void updatePreview();
    void updateAudience();
    void updateSample();
    MessageTemplate currentTemplate() const;
    WechatClient *client(); // for the chosen app, made on first use

    std::unique_ptr<WechatClient> m_client;
    QSqlDatabase m_db;
    SecretStore &m_secrets;
    QList<MessageTemplate> m_templates;
    MessageRenderer::Recipient m_sample;
    QLineEdit *m_name;
    QComboBox *m_app;
    QComboBox *m_segment;
    QComboBox *m_template;
    QFormLayout *m_fieldForm;
    QList<QPair<QString, QLineEdit *>> m_fields;
    QLineEdit *m_url;
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
    QLabel *m_previewTitle;
    QLabel *m_previewBody;
    QLabel *m_previewWho;
    QLabel *m_audience;
    QLineEdit *m_testOpenid;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QPushButton *m_create;
};
