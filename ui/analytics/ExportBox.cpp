#include "ExportBox.h"

#include "Exportable.h"
#include "MessageBanner.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsPage)
};

void save(QWidget *view, Exportable *exportable, const QString &name, const QString &stem, bool png,
          MessageBanner *banner)
{
    const QString suggested =
        QStringLiteral("%1-%2.%3")
            .arg(name, stem, png ? QStringLiteral("png") : QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(
        view, png ? Text::tr("Save chart as PNG") : Text::tr("Save the chart's numbers as CSV"),
        suggested, png ? Text::tr("PNG images (*.png)") : Text::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool saved = png ? exportable->savePng(path) : exportable->saveCsv(path, &error);
    banner->sayOutcome(saved ? Text::tr("Saved %1.").arg(path)
                             : Text::tr("Could not save %1: %2").arg(path, error),
                       saved);
}
} // namespace

QWidget *exportBox(QWidget *view, Exportable *exportable, const QString &name,
                   const std::function<QString()> &fileStem, MessageBanner *banner)
{
    auto *box = new QWidget(view->parentWidget());
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (const bool png : {true, false}) {
        auto *button = new QToolButton(box);
        button->setText(png ? Text::tr("Save PNG…") : Text::tr("Save CSV…"));
        button->setObjectName(name + (png ? QStringLiteral("Png") : QStringLiteral("Csv")));
        QObject::connect(button, &QToolButton::clicked, box,
                         [=] { save(view, exportable, name, fileStem(), png, banner); });
        buttons->addWidget(button);
    }
    column->addLayout(buttons);
    column->addWidget(view, 1);
    return box;
}
