#include "TemplatesDialog.h"

#include "AppSession.h"
#include "DialogRunner.h"
#include "MessageBanner.h"
#include "messaging/TemplateLibrary.h"
#include "PlainLabel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
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
    : QDialog(parent), m_session(std::move(session)), m_dialogs(dialogs),
      m_library(std::make_unique<TemplateLibrary>(db, m_session->client())),
      m_table(new QTableWidget(0, ColumnCount, this)), m_content(plainLabel(this)),
      m_message(new MessageBanner(this)), m_add(new QPushButton(tr("&Add…"), this)),
      m_delete(new QPushButton(tr("&Delete…"), this))
{
    setWindowTitle(tr("Message templates of %1").arg(m_session->app().name));
    m_table->setObjectName(QStringLiteral("templates"));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Fields"), tr("Template ID")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Fields, QHeaderView::Stretch);
    m_content->setObjectName(QStringLiteral("templateContent"));
    m_content->setMinimumHeight(m_content->fontMetrics().height() * 4);
    m_add->setShortcut(QKeySequence::New);
    m_add->setToolTip(tr("Add a template from WeChat's industry library by its short ID "
                         "(Ctrl+N); an account holds at most 25"));
    m_delete->setShortcut(QKeySequence::Delete);

    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addWidget(refresh);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_content);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(820, 460);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &TemplatesDialog::reload);
    connect(m_add, &QPushButton::clicked, this, [this] {
        QInputDialog ask(this);
        ask.setWindowTitle(tr("Add template"));
        ask.setLabelText(tr("Short ID from the industry library (for example OPENTM400231951):"));
        if (m_dialogs.exec(ask) == QDialog::Accepted)
            addByShortId(ask.textValue().trimmed());
    });
    connect(m_delete, &QPushButton::clicked, this, &TemplatesDialog::deleteSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TemplatesDialog::showSelected);
    reload();
}

TemplatesDialog::~TemplatesDialog() = default;

QString TemplatesDialog::message() const
{
    return m_message->shown();
}

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
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
        for (const MessageTemplate &t : templates) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, Title, new QTableWidgetItem(t.title)); // plain text from WeChat
            m_table->setItem(row, Fields, new QTableWidgetItem(fieldLabels(t)));
            m_table->setItem(row, Id, new QTableWidgetItem(t.templateId));
            if (t.templateId == selectId)
                m_table->selectRow(row);
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
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    m_content->setText(selected.isEmpty() ? tr("Pick a template to see its content.")
                                          : m_templates.value(selected.first()->row()).content);
    setBusy(m_busy);
}

void TemplatesDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_add->setEnabled(!busy);
    m_delete->setEnabled(!busy && !m_table->selectedItems().isEmpty());
}

void TemplatesDialog::finish(bool ok, const QString &text)
{
    setBusy(false);
    m_message->sayOutcome(text, ok);
    emit operationFinished(ok);
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
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const MessageTemplate t = m_templates.value(selected.first()->row());
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
        for (int row = 0; row < m_table->rowCount(); ++row)
            if (m_table->item(row, Id)->text() == t.templateId)
                m_table->removeRow(row);
        showSelected();
        finish(true, tr("Deleted the template “%1”.").arg(t.title));
    });
}
