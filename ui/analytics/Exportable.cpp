#include "Exportable.h"

#include <QPixmap>
#include <QSaveFile>
#include <QWidget>

bool Exportable::saveCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    // A byte order mark, so spreadsheets read Chinese right (as segment exports do).
    if (!file.open(QIODevice::WriteOnly) || file.write("\xEF\xBB\xBF") < 0 ||
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
