#include "ImportDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent), m_path(new QLineEdit(this)),
      m_skip(new QCheckBox(tr("Import the &good rows of a file with bad ones (the bad ones are "
                              "listed in a report next to the file)"),
                           this))
{
    setWindowTitle(tr("Import Mini Program users and events"));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("A .jsonl or .csv export of the Mini Program backend"));
    m_skip->setObjectName(QStringLiteral("skipBadRows"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose an export"), QString(),
            tr("Exports (*.jsonl *.ndjson *.json *.csv);;All files (*)"));
        if (!file.isEmpty())
            m_path->setText(file);
    });
    auto *hint = new QLabel(tr("One user or event per line, as described in "
                               "docs/import-format.md. Importing a file twice adds nothing."),
                            this);
    hint->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_skip);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString ImportDialog::path() const
{
    return m_path->text().trimmed();
}

bool ImportDialog::skipBadRows() const
{
    return m_skip->isChecked();
}

void ImportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ImportDialog::setSkipBadRows(bool skip)
{
    m_skip->setChecked(skip);
}
