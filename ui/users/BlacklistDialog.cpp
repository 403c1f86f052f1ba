#include "BlacklistDialog.h"

#include "AppSession.h"
#include "DialogRunner.h"
#include "profiles/ProfileLookup.h"

#include <QPushButton>
#include <QTableWidget>

BlacklistDialog::BlacklistDialog(std::shared_ptr<AppSession> session, DbConnection db,
                                 DialogRunner &dialogs, QWidget *parent)
    : AccountListDialog(tr("Blacklist of %1").arg(session->app().name), QStringLiteral("blacklist"),
                        {tr("OpenID"), tr("Remark"), tr("Profile")}, parent),
      m_session(std::move(session)), m_db(db), m_dialogs(dialogs),
      m_refresh(addAction(tr("&Read from WeChat"), QKeySequence(Qt::Key_F5))),
      m_unblock(addAction(tr("&Unblock…")))
{
    table()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_refresh->setToolTip(tr("Read the whole blacklist from WeChat (F5): blocks made in "
                             "mp.weixin.qq.com show here too"));
    resize(640, 420);
    connect(m_refresh, &QPushButton::clicked, this, &BlacklistDialog::refreshFromWechat);
    connect(m_unblock, &QPushButton::clicked, this, &BlacklistDialog::unblockSelected);
    reload();
    if (table()->rowCount() == 0)
        say(tr("No follower is blocked here. Block people from the Users list, or read the "
               "blacklist from WeChat (F5)."),
            Tone::Plain);
}

void BlacklistDialog::reload()
{
    const StatusOr<QList<AccountSummary>> blocked =
        ProfileLookup(m_db).blockedFollowers(m_session->app().appid);
    if (!blocked.isOk())
        say(blocked.message(), Tone::Error);
    table()->setRowCount(0);
    for (const AccountSummary &account : blocked.value()) {
        const int row = table()->rowCount();
        table()->insertRow(row);
        table()->setItem(row, 0, new QTableWidgetItem(account.openid));
        table()->setItem(row, 1, new QTableWidgetItem(account.remark));
        table()->setItem(row, 2,
                         new QTableWidgetItem(account.profileId ? QString::number(account.profileId)
                                                                : QString()));
    }
    updateActions();
}

void BlacklistDialog::updateActions()
{
    m_refresh->setEnabled(!isBusy());
    m_unblock->setEnabled(!isBusy() && selectedRow() >= 0);
}

void BlacklistDialog::refreshFromWechat()
{
    setBusy(true);
    say(tr("Reading the blacklist from WeChat…"), Tone::Plain);
    m_session->housekeeping().refreshBlacklist([this](const Status &status, qint64 blocked) {
        reload();
        if (status.isOk())
            emit changed(); // the copy here may have changed
        finish(status.isOk(), status.isOk()
                                  ? tr("WeChat lists %Ln blocked followers.", nullptr, int(blocked))
                                  : status.message());
    });
}

void BlacklistDialog::unblockSelected()
{
    QStringList openids;
    for (const QModelIndex &row : table()->selectionModel()->selectedRows())
        openids << table()->item(row.row(), 0)->text();
    if (openids.isEmpty())
        return;
    if (!m_dialogs.confirm(this, tr("Unblock"),
                           tr("Unblock %Ln followers? The account's messages reach them again.",
                              nullptr, int(openids.size()))))
        return;
    setBusy(true);
    m_session->housekeeping().setBlocked(openids, false, [this, openids](const Status &status) {
        reload();
        if (status.isOk())
            emit changed();
        finish(status.isOk(), status.isOk()
                                  ? tr("Unblocked %Ln followers.", nullptr, int(openids.size()))
                                  : status.message());
    });
}
