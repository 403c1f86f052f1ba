#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// What a page shows while it has nothing to show: a title, what to do next, and optionally
// a button that does it.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setHint(const QString &hint);
    // Shows a button with this text; its clicks come out as actionTriggered().
    void setAction(const QString &text);

    QString title() const;
    QString hint() const;

signals:
    void actionTriggered();

private:
    QLabel *m_title;
    QLabel *m_hint;
    QPushButton *m_action;
};
