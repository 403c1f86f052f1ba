#include "ConflictsDialog.h"

#include "MessageTone.h"
#include "storage/AuditLog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ConflictsDialog::ConflictsDialog(IdentityConflicts conflicts, QWidget *parent)
    : QDialog(parent), m_conflicts(conflicts), m_table(new QTableWidget(this)),
      m_problem(new QLabel(this))
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
        m_chosen = first ? m_rows.at(row).profileA : m_rows.at(row).profileB;
        accept();
    };
    connect(openA, &QPushButton::clicked, this, [open] { open(true); });
    connect(openB, &QPushButton::clicked, this, [open] { open(false); });
    connect(reviewed, &QPushButton::clicked, this, &ConflictsDialog::markReviewed);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_table, 1);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    setTone(m_problem, Tone::Error);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 420);
    reload();
}

int ConflictsDialog::conflictCount() const
{
    return int(m_rows.size());
}

void ConflictsDialog::reload()
{
    m_table->setRowCount(0);
    const StatusOr<QList<IdentityConflicts::Conflict>> open = m_conflicts.open();
    m_rows = open.value();
    if (!open.isOk())
        showProblem(open.status());
    for (const IdentityConflicts::Conflict &conflict : std::as_const(m_rows)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{
            QString::number(conflict.profileA), QString::number(conflict.profileB), conflict.reason,
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(conflict.createdAt),
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
    const Status reviewed = m_conflicts.markReviewed(m_rows.at(row).id, AuditLog::currentActor());
    reload();
    if (!reviewed.isOk())
        showProblem(reviewed);
}

void ConflictsDialog::showProblem(const Status &status)
{
    m_problem->setText(status.message());
    m_problem->show();
}
