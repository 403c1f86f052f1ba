#pragma once

#include <QWidget>

class EmptyState;
class QLineEdit;

// Support's entry point: one search box for any identifier, and the people found.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    void focusSearch();

private:
    QLineEdit *m_search;
    EmptyState *m_empty;
};
