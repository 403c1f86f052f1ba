#include "LinkedAccountsPanel.h"

#include "PlainItem.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString date(qint64 msecs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs).date(), QLocale::ShortFormat);
}

} // namespace

LinkedAccountsPanel::LinkedAccountsPanel(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this))
{
    m_table->setObjectName(QStringLiteral("linkedAccounts"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("App"), tr("Kind"), tr("OpenID"), tr("UnionID"),
                                        tr("Status"), tr("Tags"), tr("Remark"), tr("Copy")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void LinkedAccountsPanel::show(const ProfileSummary &profile)
{
    m_table->setRowCount(0);
    m_accountIds.clear();
    for (const AccountSummary &a : profile.accounts) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_accountIds << a.id;
        QString status;
        if (a.kind == QStringLiteral("oa"))
            status = a.subscribed       ? tr("subscribed since %1").arg(date(a.subscribeTime))
                     : a.unsubscribedAt ? tr("unsubscribed %1").arg(date(a.unsubscribedAt))
                                        : tr("not subscribed");
        else
            status = a.firstSeen ? tr("first seen %1").arg(date(a.firstSeen)) : QString();
        if (a.blocked)
            status = tr("%1 · blocked").arg(status);
        m_table->setItem(row, 0, plainItem(a.appName));
        m_table->setItem(row, 1,
                         plainItem(a.kind == QStringLiteral("mp") ? tr("Mini Program")
                                                                  : tr("Official Account")));
        m_table->setItem(row, 2, plainItem(a.openid));
        m_table->setItem(row, 3, plainItem(a.unionid));
        m_table->setItem(row, 4, plainItem(status));
        m_table->setItem(row, 5, plainItem(a.tags.join(QStringLiteral(", "))));
        m_table->setItem(row, 6, plainItem(a.remark));

        auto *buttons = new QWidget(m_table);
        auto *buttonsLayout = new QHBoxLayout(buttons);
        buttonsLayout->setContentsMargins(2, 0, 2, 0);
        for (const auto &[label, value] :
             {std::pair{tr("OpenID"), a.openid}, std::pair{tr("UnionID"), a.unionid}}) {
            if (value.isEmpty())
                continue;
            auto *copy = new QToolButton(buttons);
            copy->setText(label);
            copy->setToolTip(tr("Copy %1").arg(value));
            const QString text = value;
            connect(copy, &QToolButton::clicked, copy,
                    [text] { QApplication::clipboard()->setText(text); });
            buttonsLayout->addWidget(copy);
        }
        buttonsLayout->addStretch();
        m_table->setCellWidget(row, 7, buttons);
    }
    m_table->resizeColumnsToContents();
    if (m_table->rowCount())
        m_table->selectRow(0);
}

qint64 LinkedAccountsPanel::selectedAccount() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_accountIds.size() ? m_accountIds.at(row) : 0;
}
