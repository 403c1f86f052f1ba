#pragma once

#include "messaging/CampaignDefinition.h"
#include "wechat/ApiTypes.h"
#include "wechat/MaterialApi.h"

#include <QStackedWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// What a campaign says, one page per channel: a template message's template (from WeChat),
// fields, link and Mini Program page; a subscribe message's template id, fields and page; a
// customer-service text or Mini Program card; a mass text or article, to the segment in calls of up
// to batch_size openids or to a WeChat tag.
class MessageContentEditor : public QStackedWidget
{
    Q_OBJECT
public:
    explicit MessageContentEditor(QWidget *parent = nullptr);

    void setChannel(const QString &channel);
    void setTemplates(const QList<MessageTemplate> &templates);
    // The account's WeChat tags (id, name), for a mass send to a tag.
    void setTags(const QList<QPair<qint64, QString>> &tags);
    bool sendsToTag() const;
    MessageTemplate currentTemplate() const;
    // Writes the chosen channel's content into the definition.
    void applyTo(CampaignDefinition *definition) const;
    // Shows a saved definition's content for editing (its channel must be set first). A
    // template not loaded from WeChat yet is offered by its id with its fields as they are.
    void load(const CampaignDefinition &definition);
    // What is still to fill in before the campaign can be created, or "".
    QString missing() const;
    // An item picked in the library: the mass article, or the card's image.
    void setArticle(const LibraryItem &article);
    void setCardImage(const LibraryItem &image);

signals:
    void changed();
    void loadTemplatesRequested();
    // Choose… beside the mass article (true) or the card's image (false).
    void libraryRequested(bool article);

private:
    QWidget *templatePage();
    QWidget *subscribePage();
    QWidget *customPage();
    QWidget *massPage();
    void rebuildTemplateFields();
    QLineEdit *lineEdit(const char *name, const QString &placeholder = QString());
    QPlainTextEdit *textEdit(const char *name, const QString &placeholder);
    // `edit` with a Choose… button after it, which asks for the library.
    QWidget *withChooseButton(QLineEdit *edit, bool article);

    QString m_channel;
    QList<MessageTemplate> m_templates;
    QComboBox *m_template = nullptr;
    QFormLayout *m_fieldForm = nullptr;
    QList<QPair<QString, QLineEdit *>> m_fields;
    QMap<QString, QString> m_kept; // field texts kept across a change of template list
    QLineEdit *m_url = nullptr;
    QLineEdit *m_jumpAppid = nullptr;
    QLineEdit *m_jumpPage = nullptr;
    QLineEdit *m_subscribeTemplate = nullptr;
    QPlainTextEdit *m_subscribeFields = nullptr;
    QLineEdit *m_subscribePage = nullptr;
    QComboBox *m_customKind = nullptr;
    QPlainTextEdit *m_customText = nullptr;
    QLineEdit *m_cardTitle = nullptr;
    QLineEdit *m_cardAppid = nullptr;
    QLineEdit *m_cardPage = nullptr;
    QLineEdit *m_cardThumb = nullptr;
    QComboBox *m_massKind = nullptr;
    QPlainTextEdit *m_massText = nullptr;
    QLineEdit *m_massMedia = nullptr;
    QString m_massTitle; // the picked article's title and cover, for the preview
    QString m_massCover;
    QComboBox *m_massTarget = nullptr;
    QComboBox *m_massTag = nullptr;
    QSpinBox *m_batchSize = nullptr;
};
