#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(const QString &databaseName, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About wxops"));
    auto *title = new QLabel(tr("wxops %1").arg(QStringLiteral(WXOPS_VERSION)), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);

    auto *body = new QLabel(
        tr("The operations console for a WeChat Official Account and Mini Program: one profile per "
           "person across both, segments, and messages sent safely at WeChat's pace."),
        this);
    body->setWordWrap(true);
    auto *details = new QLabel(
        tr("Qt %1\nDatabase: %2").arg(QString::fromLatin1(qVersion()), databaseName), this);
    details->setTextFormat(Qt::PlainText);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(body);
    layout->addWidget(details);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}
