#pragma once

#include "storage/DbConnection.h"

#include <QComboBox>

// A combo box of the saved segments by name (plain text: names staff typed), optionally with
// "everyone" first. It keeps the chosen segment across reloads while it exists.
class SegmentPicker : public QComboBox
{
    Q_OBJECT
public:
    enum class Everyone
    {
        Offered,
        NotOffered
    };
    explicit SegmentPicker(Everyone everyone, QWidget *parent = nullptr);

    // Lists the segments again (one was saved, renamed or deleted elsewhere).
    void reload(DbConnection db);
    // The chosen segment; 0 and an empty name for "everyone" or when there is none.
    qint64 chosenId() const;
    QString chosenName() const;
    // Chooses the segment named `name`; false when there is none of that name.
    bool choose(const QString &name);

private:
    Everyone m_everyone;
};
