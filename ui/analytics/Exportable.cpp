#include "Exportable.h"

#include "segments/CsvWriter.h"

#include <QPixmap>
#include <QSaveFile>
#include <QWidget>

bool Exportable::saveCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(CsvWriter::kByteOrderMark) < 0 ||
        file.write(csv().toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool Exportable::savePng(const QString &path)
{
    return exportedWidget()->grab().save(path, "PNG");
}
