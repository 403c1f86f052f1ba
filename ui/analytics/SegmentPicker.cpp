#include "SegmentPicker.h"

#include "segments/SegmentStore.h"
#include "util/Clock.h"

SegmentPicker::SegmentPicker(Everyone everyone, QWidget *parent)
    : QComboBox(parent), m_everyone(everyone)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void SegmentPicker::reload(DbConnection db)
{
    const qint64 current = chosenId();
    const QSignalBlocker quiet(this);
    clear();
    if (m_everyone == Everyone::Offered)
        addItem(tr("everyone"), qint64(0));
    QList<SegmentStore::Segment> segments;
    if (SegmentStore(db, Clock::system()).list(&segments).isOk())
        for (const SegmentStore::Segment &s : segments)
            addItem(s.name, s.id);
    setCurrentIndex(std::max(0, findData(current)));
    if (count() == 0)
        addItem(tr("no saved segment"), qint64(0));
}

qint64 SegmentPicker::chosenId() const
{
    return currentData().toLongLong();
}

QString SegmentPicker::chosenName() const
{
    return chosenId() > 0 ? currentText() : QString();
}

bool SegmentPicker::choose(const QString &name)
{
    for (int i = 0; i < count(); ++i) {
        if (itemData(i).toLongLong() > 0 && itemText(i) == name) {
            setCurrentIndex(i);
            return true;
        }
    }
    return false;
}
