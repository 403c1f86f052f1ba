#include "MessageContentEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QString kVariablesHint = QT_TRANSLATE_NOOP(
    "MessageContentEditor",
    "Variables: {{member_id}}, {{remark}}, {{profile_id}}; \"|\" adds a fallback.");

// "key: text" lines → fields; lines without a key are ignored.
QMap<QString, QString> fieldLines(const QString &text)
{
    QMap<QString, QString> fields;
    for (const QString &line : text.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            fields.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return fields;
}
} // namespace

MessageContentEditor::MessageContentEditor(QWidget *parent) : QStackedWidget(parent)
{
    addWidget(templatePage());
    addWidget(subscribePage());
    addWidget(customPage());
    addWidget(massPage());
    setChannel(QStringLiteral("template"));
}

QLineEdit *MessageContentEditor::lineEdit(const char *name, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textChanged, this, &MessageContentEditor::changed);
    return edit;
}

QPlainTextEdit *MessageContentEditor::textEdit(const char *name, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(110);
    connect(edit, &QPlainTextEdit::textChanged, this, &MessageContentEditor::changed);
    return edit;
}

QWidget *MessageContentEditor::templatePage()
{
    auto *page = new QWidget(this);
    m_template = new QComboBox(page);
    m_template->setObjectName(QStringLiteral("template"));
    auto *load = new QPushButton(tr("&Load"), page);
    load->setToolTip(tr("Fetch the Official Account's templates from WeChat"));
    connect(load, &QPushButton::clicked, this, &MessageContentEditor::loadTemplatesRequested);
    connect(m_template, &QComboBox::currentIndexChanged, this,
            &MessageContentEditor::rebuildTemplateFields);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(load);
    m_fieldForm = new QFormLayout;
    m_fieldForm->setContentsMargins(0, 0, 0, 0);
    m_url = lineEdit("url", tr("optional: https://…"));
    m_jumpAppid = lineEdit("jumpAppid", tr("optional: a Mini Program linked to the account"));
    m_jumpPage = lineEdit("jumpPage", tr("pages/index/index"));
    auto *form = new QFormLayout;
    auto *templateLabel = new QLabel(tr("&Template:"), page);
    templateLabel->setBuddy(m_template); // a row of two widgets gets no buddy by itself
    form->addRow(templateLabel, templateRow);
    auto *hint = new QLabel(tr(qPrintable(kVariablesHint)), page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), hint);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(m_fieldForm);
    auto *link = new QFormLayout;
    link->addRow(tr("&Link:"), m_url);
    link->addRow(tr("Opens Mini &Program:"), m_jumpAppid);
    link->addRow(tr("Mini Program pa&ge:"), m_jumpPage);
    layout->addLayout(link);
    rebuildTemplateFields();
    return page;
}

QWidget *MessageContentEditor::subscribePage()
{
    auto *page = new QWidget(this);
    m_subscribeTemplate = lineEdit("subscribeTemplate", tr("the template ID from the Mini "
                                                           "Program's admin console"));
    m_subscribeFields = textEdit("subscribeFields", tr("one field a line, e.g.\nthing1: Your "
                                                       "order {{member_id|}} has shipped"));
    m_subscribePage = lineEdit("subscribePage", tr("optional: pages/order/detail"));
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Template ID:"), m_subscribeTemplate);
    form->addRow(tr("&Fields:"), m_subscribeFields);
    form->addRow(QString(), new QLabel(tr(qPrintable(kVariablesHint)), page));
    form->addRow(tr("&Opens:"), m_subscribePage);
    form->addRow(QString(), new QLabel(tr("Only people with an acceptance left for the template "
                                          "receive it; each send uses one."),
                                       page));
    return page;
}

QWidget *MessageContentEditor::customPage()
{
    auto *page = new QWidget(this);
    m_customKind = new QComboBox(page);
    m_customKind->setObjectName(QStringLiteral("customKind"));
    m_customKind->addItem(tr("Text"));
    m_customKind->addItem(tr("Mini Program card"));
    m_customText = textEdit("customText", tr("Hello {{remark|there}}, …"));
    m_cardTitle = lineEdit("cardTitle");
    m_cardAppid = lineEdit("cardAppid", tr("the Mini Program's AppID"));
    m_cardPage = lineEdit("cardPage", tr("pages/index/index"));
    m_cardThumb = lineEdit("cardThumb", tr("Choose an image from the library"));
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Kind:"), m_customKind);
    form->addRow(tr("Te&xt:"), m_customText);
    form->addRow(tr("Card &title:"), m_cardTitle);
    form->addRow(tr("Card &AppID:"), m_cardAppid);
    form->addRow(tr("Card &page:"), m_cardPage);
    form->addRow(tr("Card &image:"), withChooseButton(m_cardThumb, false));
    form->addRow(QString(), new QLabel(tr("Only people whose own action opened the window "
                                          "receive it: 48 hours and 5 replies after they wrote "
                                          "to the account, 1 minute and 3 after a click, "
                                          "follow or scan."),
                                       page));
    for (QLabel *label : page->findChildren<QLabel *>())
        label->setWordWrap(true);
    const auto showKind = [this] {
        const bool card = m_customKind->currentIndex() == 1;
        m_customText->setEnabled(!card);
        for (QLineEdit *edit : {m_cardTitle, m_cardAppid, m_cardPage, m_cardThumb})
            edit->setEnabled(card);
        emit changed();
    };
    connect(m_customKind, &QComboBox::currentIndexChanged, this, showKind);
    showKind();
    return page;
}

QWidget *MessageContentEditor::massPage()
{
    auto *page = new QWidget(this);
    m_massKind = new QComboBox(page);
    m_massKind->setObjectName(QStringLiteral("massKind"));
    m_massKind->addItem(tr("Text"));
    m_massKind->addItem(tr("Article from the media library"));
    m_massText = textEdit("massText", tr("One text for everyone (no per-person variables)"));
    m_massMedia = lineEdit("massMedia", tr("Choose an article from the library"));
    // A media_id typed or pasted by hand is not the article picked: its title is unknown.
    connect(m_massMedia, &QLineEdit::textEdited, this, [this] {
        m_massTitle.clear();
        m_massCover.clear();
    });
    m_massTarget = new QComboBox(page);
    m_massTarget->setObjectName(QStringLiteral("massTarget"));
    m_massTarget->addItem(tr("The segment's followers, by openid list"));
    m_massTarget->addItem(tr("Everyone with a WeChat tag"));
    m_massTag = new QComboBox(page);
    m_massTag->setObjectName(QStringLiteral("massTag"));
    m_batchSize = new QSpinBox(page);
    m_batchSize->setObjectName(QStringLiteral("batchSize"));
    m_batchSize->setRange(3, CampaignDefinition::kMaxMassBatch);
    m_batchSize->setValue(CampaignDefinition::kMaxMassBatch);
    m_batchSize->setSuffix(tr(" people a call"));
    m_batchSize->setGroupSeparatorShown(true);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Kind:"), m_massKind);
    form->addRow(tr("Te&xt:"), m_massText);
    form->addRow(tr("&Article:"), withChooseButton(m_massMedia, true));
    form->addRow(tr("Send &to:"), m_massTarget);
    form->addRow(tr("Ta&g:"), m_massTag);
    form->addRow(tr("&Batches:"), m_batchSize);
    auto *note = new QLabel(tr("A mass message cannot be recalled: send a test first. Each "
                               "follower gets at most 4 a month; people who reached that are "
                               "left out. A send to a tag reaches all its followers, so it "
                               "starts only when none of them would be left out."),
                            page);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    // Rows not in use are disabled rather than hidden: the page keeps its size and shape.
    const auto showKind = [this] {
        const bool article = m_massKind->currentIndex() == 1;
        const bool byTag = m_massTarget->currentIndex() == 1;
        m_massText->setEnabled(!article);
        m_massMedia->setEnabled(article);
        m_massTag->setEnabled(byTag);
        m_batchSize->setEnabled(!byTag);
        emit changed();
    };
    connect(m_massKind, &QComboBox::currentIndexChanged, this, showKind);
    connect(m_massTarget, &QComboBox::currentIndexChanged, this, showKind);
    connect(m_massTag, &QComboBox::currentIndexChanged, this, &MessageContentEditor::changed);
    connect(m_batchSize, &QSpinBox::valueChanged, this, &MessageContentEditor::changed);
    showKind();
    return page;
}

void MessageContentEditor::setChannel(const QString &channel)
{
    m_channel = channel;
    const int page = channel == QStringLiteral("subscribe") ? 1
                     : channel == QStringLiteral("custom")  ? 2
                     : channel == QStringLiteral("mass")    ? 3
                                                            : 0;
    setCurrentIndex(page);
    // The editor is as tall as the page shown, not as the tallest page.
    for (int i = 0; i < count(); ++i)
        widget(i)->setSizePolicy(i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                 i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    adjustSize();
    emit changed();
}

bool MessageContentEditor::sendsToTag() const
{
    return m_channel == QStringLiteral("mass") && m_massTarget->currentIndex() == 1;
}

void MessageContentEditor::setTags(const QList<QPair<qint64, QString>> &tags)
{
    const QSignalBlocker blocker(m_massTag);
    const QVariant chosen = m_massTag->currentData();
    m_massTag->clear();
    for (const auto &[id, name] : tags)
        m_massTag->addItem(QStringLiteral("%1 (%2)").arg(name).arg(id), id);
    m_massTag->setCurrentIndex(qMax(0, m_massTag->findData(chosen)));
}

void MessageContentEditor::setTemplates(const QList<MessageTemplate> &templates)
{
    m_templates = templates;
    {
        const QSignalBlocker blocker(m_template);
        m_template->clear();
        for (const MessageTemplate &t : templates)
            m_template->addItem(QStringLiteral("%1 · %2").arg(t.title, t.templateId), t.templateId);
    }
    rebuildTemplateFields();
}

MessageTemplate MessageContentEditor::currentTemplate() const
{
    if (m_channel != QStringLiteral("template"))
        return {};
    const QString id = m_template->currentData().toString();
    for (const MessageTemplate &t : m_templates)
        if (t.templateId == id)
            return t;
    return {};
}

void MessageContentEditor::rebuildTemplateFields()
{
    for (const auto &[key, edit] : std::as_const(m_fields)) // typed text survives a reload
        if (!edit->text().isEmpty())
            m_kept.insert(key, edit->text());
    while (m_fieldForm->rowCount() > 0)
        m_fieldForm->removeRow(0);
    m_fields.clear();
    const QString id = m_template->currentData().toString();
    QStringList retired;
    for (const MessageTemplate &t : std::as_const(m_templates)) {
        if (t.templateId != id)
            continue;
        // Each field under the template's own label, the key in its tooltip.
        for (const TemplateField &field : t.fields()) {
            if (MessageTemplate::isRetiredKey(field.key)) {
                retired << field.key;
                continue;
            }
            auto *edit = new QLineEdit(this);
            edit->setObjectName(QStringLiteral("field_") + field.key);
            edit->setToolTip(field.key);
            edit->setText(m_kept.value(field.key));
            connect(edit, &QLineEdit::textChanged, this, &MessageContentEditor::changed);
            m_fieldForm->addRow((field.label.isEmpty() ? field.key : field.label) +
                                    tr(":", "after a field's label"),
                                edit);
            m_fields.append({field.key, edit});
        }
    }
    if (!retired.isEmpty()) {
        auto *note = new QLabel(tr("This template also has %1: WeChat stopped showing those "
                                   "fields in May 2023, so there is nothing to fill in.")
                                    .arg(retired.join(tr(" and "))),
                                this);
        note->setObjectName(QStringLiteral("retiredFields"));
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        m_fieldForm->addRow(QString(), note);
    }
    if (m_fields.isEmpty())
        m_fieldForm->addRow(new QLabel(tr("Load the templates and choose one."), this));
    emit changed();
}

void MessageContentEditor::applyTo(CampaignDefinition *d) const
{
    d->channel = m_channel;
    if (m_channel == QStringLiteral("template")) {
        d->templateId = m_template->currentData().toString();
        for (const auto &[key, edit] : m_fields)
            d->fields.insert(key, edit->text());
        d->url = m_url->text().trimmed();
        d->miniprogramAppid = m_jumpAppid->text().trimmed(); // wins over the link in WeChat
        d->miniprogramPage = m_jumpPage->text().trimmed();
    } else if (m_channel == QStringLiteral("subscribe")) {
        d->templateId = m_subscribeTemplate->text().trimmed();
        d->fields = fieldLines(m_subscribeFields->toPlainText());
        d->page = m_subscribePage->text().trimmed();
    } else if (m_channel == QStringLiteral("custom")) {
        if (m_customKind->currentIndex() == 1) {
            d->cardTitle = m_cardTitle->text().trimmed();
            d->miniprogramAppid = m_cardAppid->text().trimmed();
            d->miniprogramPage = m_cardPage->text().trimmed();
            d->thumbMediaId = m_cardThumb->text().trimmed();
        } else {
            d->text = m_customText->toPlainText();
        }
    } else {
        if (m_massKind->currentIndex() == 1) {
            d->mpnewsMediaId = m_massMedia->text().trimmed();
            d->mpnewsTitle = m_massTitle;
            d->mpnewsCoverUrl = m_massCover;
        } else
            d->text = m_massText->toPlainText();
        if (sendsToTag()) {
            d->massTagId = m_massTag->currentData().toLongLong();
            d->segment.clear();
        } else {
            d->batchSize = m_batchSize->value();
        }
    }
}

void MessageContentEditor::load(const CampaignDefinition &d)
{
    if (m_channel == QStringLiteral("template")) {
        m_kept = d.fields;
        if (m_template->findData(d.templateId) < 0) {
            // Until Load brings the real one: the id, and a line per field it has.
            MessageTemplate saved;
            saved.templateId = saved.title = d.templateId;
            QStringList lines;
            for (auto it = d.fields.constBegin(); it != d.fields.constEnd(); ++it)
                lines << QStringLiteral("{{%1.DATA}}").arg(it.key());
            saved.content = lines.join(u'\n');
            QList<MessageTemplate> templates = m_templates;
            templates.append(saved);
            setTemplates(templates);
        }
        m_template->setCurrentIndex(m_template->findData(d.templateId));
        m_url->setText(d.url);
        m_jumpAppid->setText(d.miniprogramAppid);
        m_jumpPage->setText(d.miniprogramPage);
    } else if (m_channel == QStringLiteral("subscribe")) {
        m_subscribeTemplate->setText(d.templateId);
        QStringList lines;
        for (auto it = d.fields.constBegin(); it != d.fields.constEnd(); ++it)
            lines << QStringLiteral("%1: %2").arg(it.key(), it.value());
        m_subscribeFields->setPlainText(lines.join(u'\n'));
        m_subscribePage->setText(d.page);
    } else if (m_channel == QStringLiteral("custom")) {
        const bool card = !d.cardTitle.isEmpty();
        m_customKind->setCurrentIndex(card ? 1 : 0);
        m_customText->setPlainText(d.text);
        m_cardTitle->setText(d.cardTitle);
        m_cardAppid->setText(card ? d.miniprogramAppid : QString());
        m_cardPage->setText(card ? d.miniprogramPage : QString());
        m_cardThumb->setText(d.thumbMediaId);
    } else {
        m_massKind->setCurrentIndex(d.mpnewsMediaId.isEmpty() ? 0 : 1);
        m_massText->setPlainText(d.text);
        m_massMedia->setText(d.mpnewsMediaId);
        m_massTitle = d.mpnewsTitle;
        m_massCover = d.mpnewsCoverUrl;
        m_massTarget->setCurrentIndex(d.massTagId > 0 ? 1 : 0);
        m_massTag->setCurrentIndex(qMax(0, m_massTag->findData(d.massTagId)));
        m_batchSize->setValue(d.batchSize);
    }
}

QWidget *MessageContentEditor::withChooseButton(QLineEdit *edit, bool article)
{
    auto *row = new QWidget(edit->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *choose = new QPushButton(tr("Choose…"), row);
    choose->setObjectName(article ? QStringLiteral("chooseArticle")
                                  : QStringLiteral("chooseImage"));
    choose->setToolTip(tr("Browse the Official Account's library"));
    layout->addWidget(choose);
    connect(choose, &QPushButton::clicked, this,
            [this, article] { emit libraryRequested(article); });
    // The button follows its field: enabled only while the field is in use.
    connect(this, &MessageContentEditor::changed, choose,
            [choose, edit] { choose->setEnabled(edit->isEnabled()); });
    return row;
}

void MessageContentEditor::setArticle(const LibraryItem &article)
{
    m_massKind->setCurrentIndex(1);
    m_massMedia->setText(article.id);
    m_massTitle = article.title;
    m_massCover = article.coverUrl;
    emit changed();
}

void MessageContentEditor::setCardImage(const LibraryItem &image)
{
    m_cardThumb->setText(image.id);
    emit changed();
}

QString MessageContentEditor::missing() const
{
    // The definition parser says what is wrong; only the fields it would name are asked here.
    CampaignDefinition d;
    d.name = d.appid = d.segment = QStringLiteral("-");
    applyTo(&d);
    if (sendsToTag() && d.massTagId <= 0)
        return tr("Choose a tag (sync the followers to see the account's tags).");
    QJsonObject json = d.toJson();
    CampaignDefinition checked;
    const Status status =
        CampaignDefinition::parse(QJsonDocument(json).toJson(QJsonDocument::Compact), &checked);
    return status.isOk() ? QString() : status.message();
}
