#include "TagsDialog.h"

#include "AppSession.h"
#include "DialogRunner.h"
#include "MessageBanner.h"
#include "segments/NameDialog.h"
#include "storage/AppRepository.h"
#include "storage/TagRepository.h"
#include "wechat/UserApi.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
// WeChat's own tag (星标组) and the other reserved ids cannot be changed.
bool isReserved(int tagId)
{
    return tagId >= 0 && tagId <= 2;
}
} // namespace

TagsDialog::TagsDialog(std::shared_ptr<AppSession> session, DbConnection db, DialogRunner &dialogs,
                       QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_db(db), m_dialogs(dialogs),
      m_table(new QTableWidget(0, 2, this)), m_message(new MessageBanner(this)),
      m_create(new QPushButton(tr("&New tag…"), this)),
      m_rename(new QPushButton(tr("&Rename…"), this)),
      m_delete(new QPushButton(tr("&Delete…"), this))
{
    setWindowTitle(tr("Tags of %1").arg(m_session->app().name));
    m_table->setObjectName(QStringLiteral("tags"));
    m_table->setHorizontalHeaderLabels({tr("Tag"), tr("Followers")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_create->setShortcut(QKeySequence::New);
    m_delete->setShortcut(QKeySequence::Delete);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(460, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, [this] {
        NameDialog ask(tr("New tag"), tr("Tag name:"), QString(), this);
        if (m_dialogs.exec(ask) == QDialog::Accepted)
            createTag(ask.name());
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        NameDialog ask(tr("Rename tag"), tr("Tag name:"), selectedName(), this);
        if (m_dialogs.exec(ask) == QDialog::Accepted)
            renameSelected(ask.name());
    });
    connect(m_delete, &QPushButton::clicked, this, &TagsDialog::deleteSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { setBusy(m_busy); });
    reload();
}

QString TagsDialog::message() const
{
    return m_message->shown();
}

void TagsDialog::reload()
{
    const int keep = selectedTagId();
    const qint64 app = AppRepository(m_db).rowId(m_session->app().appid);
    const StatusOr<QList<WechatTag>> tags = TagRepository(m_db).withCounts(app);
    if (!tags.isOk())
        m_message->say(tags.message(), Tone::Error);
    m_table->setRowCount(0);
    const QLocale locale;
    for (const WechatTag &tag : tags.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(tag.name); // plain text: a name from WeChat
        name->setData(Qt::UserRole, tag.id);
        if (isReserved(tag.id))
            name->setToolTip(tr("WeChat's own tag: it cannot be renamed or deleted."));
        auto *count = new QTableWidgetItem(locale.toString(tag.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, count);
        if (tag.id == keep)
            m_table->selectRow(row);
    }
    setBusy(m_busy);
}

int TagsDialog::selectedTagId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? -1
                           : m_table->item(items.first()->row(), 0)->data(Qt::UserRole).toInt();
}

QString TagsDialog::selectedName() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), 0)->text();
}

void TagsDialog::setBusy(bool busy)
{
    m_busy = busy;
    const int tag = selectedTagId();
    const bool editable = !busy && tag >= 0 && !isReserved(tag);
    m_create->setEnabled(!busy);
    m_rename->setEnabled(editable);
    m_delete->setEnabled(editable);
}

void TagsDialog::finish(bool ok, const QString &text)
{
    setBusy(false);
    reload();
    m_message->sayOutcome(text, ok);
    if (ok)
        emit changed();
    emit operationFinished(ok);
}

void TagsDialog::createTag(const QString &name)
{
    if (const QString problem = UserApi::tagNameProblem(name); !problem.isEmpty())
        return finish(false, problem);
    setBusy(true);
    m_session->housekeeping().createTag(name, [this, name](const Status &status, int) {
        finish(status.isOk(),
               status.isOk() ? tr("Created the tag “%1”.").arg(name) : status.message());
    });
}

void TagsDialog::renameSelected(const QString &name)
{
    const int tag = selectedTagId();
    if (tag < 0 || isReserved(tag))
        return;
    if (const QString problem = UserApi::tagNameProblem(name); !problem.isEmpty())
        return finish(false, problem);
    setBusy(true);
    m_session->housekeeping().renameTag(tag, name, [this, name](const Status &status) {
        finish(status.isOk(),
               status.isOk() ? tr("Renamed the tag to “%1”.").arg(name) : status.message());
    });
}

void TagsDialog::deleteSelected()
{
    const int tag = selectedTagId();
    if (tag < 0 || isReserved(tag))
        return;
    const QString name = selectedName();
    const QString count = m_table->item(m_table->selectedItems().first()->row(), 1)->text();
    if (!m_dialogs.confirm(this, tr("Delete tag"),
                           tr("Delete the tag “%1” in WeChat? It comes off its %2 followers; "
                              "segments and campaigns that use it will select no one.")
                               .arg(name, count)))
        return;
    setBusy(true);
    m_session->housekeeping().deleteTag(tag, [this, name](const Status &status) {
        finish(status.isOk(),
               status.isOk() ? tr("Deleted the tag “%1”.").arg(name) : status.message());
    });
}
