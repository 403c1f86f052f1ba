#include "TemplatesDialog.h"

#include "AppSession.h"
#include "DialogRunner.h"
#include "messaging/TemplateLibrary.h"
#include "PlainLabel.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    Title,
    Fields,
    Id,
    ColumnCount
};

// "订单号, 支付金额, 支付时间": the labels of the fields WeChat still shows.
QString fieldLabels(const MessageTemplate &t)
{
    QStringList labels;
    for (const TemplateField &field : t.fields())
        if (!MessageTemplate::isRetiredKey(field.key))
            labels << (field.label.isEmpty() ? field.key : field.label);
    return labels.join(QStringLiteral(", "));
}
} // namespace

TemplatesDialog::TemplatesDialog(std::shared_ptr<AppSession> session, DbConnection db,
                                 DialogRunner &dialogs, QWidget *parent)
    : AccountListDialog(tr("Message templates of %1").arg(session->app().name),
                        QStringLiteral("templates"), {tr("Title"), tr("Fields"), tr("Template ID")},
                        parent),
      m_session(std::move(session)), m_dialogs(dialogs),
      m_library(std::make_unique<TemplateLibrary>(db, m_session->client())),
      m_content(plainLabel(this)), m_add(addAction(tr("&Add…"), QKeySequence::New)),
      m_delete(addAction(tr("&Delete…"), QKeySequence::Delete))
{
    // The fields say what a template asks for; they take the room.
    table()->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::ResizeToContents);
    table()->horizontalHeader()->setSectionResizeMode(Fields, QHeaderView::Stretch);
    m_content->setObjectName(QStringLiteral("templateContent"));
    m_content->setMinimumHeight(m_content->fontMetrics().height() * 4);
    underList()->addWidget(m_content);
    m_add->setToolTip(tr("Add a template from WeChat's industry library by its short ID "
                         "(Ctrl+N); an account holds at most 25"));
    QPushButton *refresh = addAction(tr("&Refresh"), QKeySequence(Qt::Key_F5));
    resize(820, 460);

    connect(refresh, &QPushButton::clicked, this, &TemplatesDialog::reload);
    connect(m_add, &QPushButton::clicked, this, [this] {
        QInputDialog ask(this);
        ask.setWindowTitle(tr("Add template"));
        ask.setLabelText(tr("Short ID from the industry library (for example OPENTM400231951):"));
        if (m_dialogs.exec(ask) == QDialog::Accepted)
            addByShortId(ask.textValue().trimmed());
    });
    connect(m_delete, &QPushButton::clicked, this, &TemplatesDialog::deleteSelected);
    connect(table(), &QTableWidget::itemSelectionChanged, this, &TemplatesDialog::showSelected);
    reload();
}

TemplatesDialog::~TemplatesDialog() = default;

QString TemplatesDialog::contentShown() const
{
    return m_content->text();
}

void TemplatesDialog::reload()
{
    load(QString(), QString());
}

void TemplatesDialog::load(const QString &selectId, const QString &doneText)
{
    setBusy(true);
    m_library->list([=, this](const Status &status, const QList<MessageTemplate> &templates) {
        if (!status.isOk())
            return finish(false, status.message());
        m_templates = templates;
        const QSignalBlocker blocker(table());
        table()->setRowCount(0);
        for (const MessageTemplate &t : templates) {
            const int row = table()->rowCount();
            table()->insertRow(row);
            table()->setItem(row, Title, new QTableWidgetItem(t.title)); // plain text from WeChat
            table()->setItem(row, Fields, new QTableWidgetItem(fieldLabels(t)));
            table()->setItem(row, Id, new QTableWidgetItem(t.templateId));
            if (t.templateId == selectId)
                table()->selectRow(row);
        }
        showSelected();
        if (!doneText.isEmpty())
            return finish(true, doneText);
        finish(true, templates.isEmpty()
                         ? tr("No templates yet: add one from the industry library (Ctrl+N).")
                         : tr("%Ln templates (an account holds at most 25).", nullptr,
                              int(templates.size())));
    });
}

void TemplatesDialog::showSelected()
{
    const int row = selectedRow();
    m_content->setText(row < 0 ? tr("Pick a template to see its content.")
                               : m_templates.value(row).content);
    updateActions();
}

void TemplatesDialog::updateActions()
{
    m_add->setEnabled(!isBusy());
    m_delete->setEnabled(!isBusy() && selectedRow() >= 0);
}

void TemplatesDialog::addByShortId(const QString &shortId)
{
    setBusy(true);
    m_library->add(shortId, [this](const Status &status, const QString &id) {
        if (!status.isOk())
            return finish(false, status.message());
        emit changed();
        load(id, tr("Added the template %1.").arg(id));
    });
}

void TemplatesDialog::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const MessageTemplate t = m_templates.value(row);
    if (!m_dialogs.confirm(this, tr("Delete template"),
                           tr("Delete the template “%1” in WeChat? Campaigns that use it can no "
                              "longer send.")
                               .arg(t.title)))
        return;
    setBusy(true);
    m_library->remove(t.templateId, [this, t](const Status &status) {
        if (!status.isOk())
            return finish(false, status.message());
        emit changed();
        m_templates.removeIf(
            [&t](const MessageTemplate &kept) { return kept.templateId == t.templateId; });
        for (int row = 0; row < table()->rowCount(); ++row)
            if (table()->item(row, Id)->text() == t.templateId)
                table()->removeRow(row);
        showSelected();
        finish(true, tr("Deleted the template “%1”.").arg(t.title));
    });
}
