#include "BlacklistDialog.h"

#include "AppSession.h"
#include "DialogRunner.h"
#include "MessageBanner.h"
#include "profiles/ProfileLookup.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

BlacklistDialog::BlacklistDialog(std::shared_ptr<AppSession> session, DbConnection db,
                                 DialogRunner &dialogs, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_db(db), m_dialogs(dialogs),
      m_table(new QTableWidget(0, 3, this)), m_message(new MessageBanner(this)),
      m_refresh(new QPushButton(tr("&Read from WeChat"), this)),
      m_unblock(new QPushButton(tr("&Unblock…"), this))
{
    setWindowTitle(tr("Blacklist of %1").arg(m_session->app().name));
    m_table->setObjectName(QStringLiteral("blacklist"));
    m_table->setHorizontalHeaderLabels({tr("OpenID"), tr("Remark"), tr("Profile")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(tr("Read the whole blacklist from WeChat (F5): blocks made in "
                             "mp.weixin.qq.com show here too"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_unblock);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(640, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &BlacklistDialog::refreshFromWechat);
    connect(m_unblock, &QPushButton::clicked, this, &BlacklistDialog::unblockSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { setBusy(m_busy); });
    reload();
    if (m_table->rowCount() == 0)
        m_message->say(tr("No follower is blocked here. Block people from the Users list, or "
                          "read the blacklist from WeChat (F5)."),
                       Tone::Plain);
}

QString BlacklistDialog::message() const
{
    return m_message->shown();
}

void BlacklistDialog::reload()
{
    const StatusOr<QList<AccountSummary>> blocked =
        ProfileLookup(m_db).blockedFollowers(m_session->app().appid);
    if (!blocked.isOk())
        m_message->say(blocked.message(), Tone::Error);
    m_table->setRowCount(0);
    for (const AccountSummary &account : blocked.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(account.openid));
        m_table->setItem(row, 1, new QTableWidgetItem(account.remark));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(account.profileId ? QString::number(account.profileId)
                                                                : QString()));
    }
    setBusy(m_busy);
}

void BlacklistDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_refresh->setEnabled(!busy);
    m_unblock->setEnabled(!busy && !m_table->selectedItems().isEmpty());
}

void BlacklistDialog::finish(bool ok, const QString &text)
{
    setBusy(false);
    reload();
    m_message->sayOutcome(text, ok);
    if (ok)
        emit changed();
    emit operationFinished(ok);
}

void BlacklistDialog::refreshFromWechat()
{
    setBusy(true);
    m_message->say(tr("Reading the blacklist from WeChat…"), Tone::Plain);
    m_session->housekeeping().refreshBlacklist([this](const Status &status, qint64 blocked) {
        finish(status.isOk(), status.isOk()
                                  ? tr("WeChat lists %Ln blocked followers.", nullptr, int(blocked))
                                  : status.message());
    });
}

void BlacklistDialog::unblockSelected()
{
    QStringList openids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        openids << m_table->item(row.row(), 0)->text();
    if (openids.isEmpty())
        return;
    if (!m_dialogs.confirm(this, tr("Unblock"),
                           tr("Unblock %Ln followers? The account's messages reach them again.",
                              nullptr, int(openids.size()))))
        return;
    setBusy(true);
    m_session->housekeeping().setBlocked(openids, false, [this, openids](const Status &status) {
        finish(status.isOk(), status.isOk()
                                  ? tr("Unblocked %Ln followers.", nullptr, int(openids.size()))
                                  : status.message());
    });
}
