#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

// Chooses a Mini Program export to import and whether to import the good rows of a file with
// bad ones (see docs/import-format.md).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QWidget *parent = nullptr);

    QString path() const;
    bool skipBadRows() const;
    void setPath(const QString &path);
    void setSkipBadRows(bool skip);

private:
    QLineEdit *m_path;
    QCheckBox *m_skip;
};
