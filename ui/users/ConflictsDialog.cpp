#include "ConflictsDialog.h"

#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ConflictsDialog::ConflictsDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent), m_db(db), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Identity conflicts to review"));
    auto *text = new QLabel(tr("Each pair was not merged because the two profiles hold "
                               "different unionids: they are two WeChat users who share a "
                               "member ID. Check the member data in your backend."),
                            this);
    text->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflicts"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Profile A"), tr("Profile B"), tr("Why"), tr("Found")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *openA = buttons->addButton(tr("Open profile &A"), QDialogButtonBox::ActionRole);
    QPushButton *openB = buttons->addButton(tr("Open profile &B"), QDialogButtonBox::ActionRole);
    QPushButton *reviewed = buttons->addButton(tr("&Mark reviewed"), QDialogButtonBox::ActionRole);
    auto open = [this](bool first) {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_chosen = first ? m_rows.at(row).second.first : m_rows.at(row).second.second;
        accept();
    };
    connect(openA, &QPushButton::clicked, this, [open] { open(true); });
    connect(openB, &QPushButton::clicked, this, [open] { open(false); });
    connect(reviewed, &QPushButton::clicked, this, &ConflictsDialog::markReviewed);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 420);
    reload();
}

int ConflictsDialog::openConflicts(QSqlDatabase db)
{
    return Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM identity_conflicts WHERE "
                                          "resolved_at IS NULL"))
        .toInt();
}

int ConflictsDialog::conflictCount() const
{
    return int(m_rows.size());
}

void ConflictsDialog::reload()
{
    m_rows.clear();
    m_table->setRowCount(0);
    QSqlQuery q(m_db);
    if (!Sql::run(q, QStringLiteral("SELECT id, profile_a, profile_b, reason, created_at FROM "
                                    "identity_conflicts WHERE resolved_at IS NULL ORDER BY id")))
        return;
    while (q.next()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_rows.append(
            {q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong()}});
        const QStringList cells{
            q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong()),
                               QLocale::ShortFormat)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    if (!m_rows.isEmpty())
        m_table->selectRow(0);
}

void ConflictsDialog::markReviewed()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_rows.at(row).first;
    const QString actor = AuditLog::currentActor();
    Sql::exec(m_db,
              QStringLiteral("UPDATE identity_conflicts SET resolved_at = ?, resolved_by = ?, "
                             "resolution = 'reviewed' WHERE id = ?"),
              {QDateTime::currentMSecsSinceEpoch(), actor, id});
    AuditLog(m_db).record(actor, QStringLiteral("identity.conflict_reviewed"),
                          QStringLiteral("conflict:%1").arg(id));
    reload();
}
