#include "TagsDialog.h"

#include "AppSession.h"
#include "DialogRunner.h"
#include "MessageBanner.h"
#include "segments/NameDialog.h"
#include "storage/AppRepository.h"
#include "storage/TagRepository.h"
#include "wechat/UserApi.h"

#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

namespace {
// WeChat's own tag (星标组) and the other reserved ids cannot be changed.
bool isReserved(int tagId)
{
    return tagId >= 0 && tagId <= 2;
}
} // namespace

TagsDialog::TagsDialog(std::shared_ptr<AppSession> session, DbConnection db, DialogRunner &dialogs,
                       QWidget *parent)
    : AccountListDialog(tr("Tags of %1").arg(session->app().name), QStringLiteral("tags"),
                        {tr("Tag"), tr("Followers")}, parent),
      m_session(std::move(session)), m_db(db), m_dialogs(dialogs),
      m_create(addAction(tr("&New tag…"), QKeySequence::New)), m_rename(addAction(tr("&Rename…"))),
      m_delete(addAction(tr("&Delete…"), QKeySequence::Delete))
{
    resize(460, 420);
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
    reload();
}

void TagsDialog::reload()
{
    const int keep = selectedTagId();
    const qint64 app = AppRepository(m_db).rowId(m_session->app().appid);
    const StatusOr<QList<WechatTag>> tags = TagRepository(m_db).withCounts(app);
    if (!tags.isOk())
        say(tags.message(), Tone::Error);
    table()->setRowCount(0);
    const QLocale locale;
    for (const WechatTag &tag : tags.value()) {
        const int row = table()->rowCount();
        table()->insertRow(row);
        auto *name = new QTableWidgetItem(tag.name); // plain text: a name from WeChat
        name->setData(Qt::UserRole, tag.id);
        if (isReserved(tag.id))
            name->setToolTip(tr("WeChat's own tag: it cannot be renamed or deleted."));
        auto *count = new QTableWidgetItem(locale.toString(tag.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table()->setItem(row, 0, name);
        table()->setItem(row, 1, count);
        if (tag.id == keep)
            table()->selectRow(row);
    }
    updateActions();
}

int TagsDialog::selectedTagId() const
{
    const int row = selectedRow();
    return row < 0 ? -1 : table()->item(row, 0)->data(Qt::UserRole).toInt();
}

QString TagsDialog::selectedName() const
{
    const int row = selectedRow();
    return row < 0 ? QString() : table()->item(row, 0)->text();
}

void TagsDialog::updateActions()
{
    const int tag = selectedTagId();
    const bool editable = !isBusy() && tag >= 0 && !isReserved(tag);
    m_create->setEnabled(!isBusy());
    m_rename->setEnabled(editable);
    m_delete->setEnabled(editable);
}

void TagsDialog::changeEnded(const Status &status, const QString &text)
{
    reload();
    if (status.isOk())
        emit changed();
    finish(status.isOk(), status.isOk() ? text : status.message());
}

void TagsDialog::createTag(const QString &name)
{
    if (const QString problem = UserApi::tagNameProblem(name); !problem.isEmpty())
        return finish(false, problem);
    setBusy(true);
    m_session->housekeeping().createTag(name, [this, name](const Status &status, int) {
        changeEnded(status, tr("Created the tag “%1”.").arg(name));
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
        changeEnded(status, tr("Renamed the tag to “%1”.").arg(name));
    });
}

void TagsDialog::deleteSelected()
{
    const int tag = selectedTagId();
    if (tag < 0 || isReserved(tag))
        return;
    const QString name = selectedName();
    const QString count = table()->item(selectedRow(), 1)->text();
    if (!m_dialogs.confirm(this, tr("Delete tag"),
                           tr("Delete the tag “%1” in WeChat? It comes off its %2 followers; "
                              "segments and campaigns that use it will select no one.")
                               .arg(name, count)))
        return;
    setBusy(true);
    m_session->housekeeping().deleteTag(tag, [this, name](const Status &status) {
        changeEnded(status, tr("Deleted the tag “%1”.").arg(name));
    });
}
