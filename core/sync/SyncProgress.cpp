#include "SyncProgress.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncProgress)
};

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return Text::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return Text::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return Text::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}
} // namespace

QString SyncProgress::describe() const
{
    const QLocale locale;
    QString text = total > 0 ? Text::tr("%1 / %2 (%3%)")
                                   .arg(locale.toString(done), locale.toString(total),
                                        locale.toString(100.0 * done / total, 'f', 1))
                             : locale.toString(done);
    text += Text::tr(", %1/s").arg(locale.toString(qint64(ratePerSecond() + 0.5)));
    const qint64 left = secondsLeft();
    if (left >= 0)
        text += Text::tr(", %1 left").arg(duration(left));
    return text;
}
