#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

// Asks support which channel a person opts out of (or back into) and why; the reason is kept
// in the audit log.
class OptOutDialog : public QDialog
{
    Q_OBJECT
public:
    // `channels`: "all" or campaign channels to choose from.
    OptOutDialog(const QString &title, const QString &explanation, const QStringList &channels,
                 QWidget *parent = nullptr);

    QString channel() const;
    QString reason() const;

private:
    QComboBox *m_channel;
    QLineEdit *m_reason;
    QPushButton *m_ok;
};
