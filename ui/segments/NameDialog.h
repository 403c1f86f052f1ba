#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

// Asks for a name (a segment's, a WeChat tag's) and, when choices are given, one of them (the
// Official Account to push a tag to). OK stays disabled until a name is typed.
class NameDialog : public QDialog
{
    Q_OBJECT
public:
    NameDialog(const QString &title, const QString &label, const QString &initial,
               QWidget *parent = nullptr);
    // Adds a choice row; `items` are (text, value).
    void addChoice(const QString &label, const QList<std::pair<QString, QString>> &items);

    QString name() const;
    QString choice() const;
    void setName(const QString &name);

private:
    QLineEdit *m_name;
    QComboBox *m_choice = nullptr;
    QPushButton *m_ok;
};
