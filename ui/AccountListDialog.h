#pragma once

#include "MessageTone.h"

#include <QDialog>
#include <QKeySequence>

class MessageBanner;
class QHBoxLayout;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

// A dialog about one list an account keeps in WeChat (its tags, blacklist, QR codes, message
// templates): the list, a line of feedback, the actions under it and Close. While a call to
// WeChat runs the actions wait (busy); each call ends in finish(), which says how it went.
class AccountListDialog : public QDialog
{
    Q_OBJECT
public:
    QTableWidget *table() const { return m_table; }
    QString message() const;
    bool isBusy() const { return m_busy; }

signals:
    // A change WeChat accepted.
    void changed();
    // A call to WeChat ended.
    void operationFinished(bool ok);

protected:
    AccountListDialog(const QString &title, const QString &listName, const QStringList &headers,
                      QWidget *parent);

    // An action button, left of Close, in the order added.
    QPushButton *addAction(const QString &text, const QKeySequence &shortcut = {});
    // Room beside the list (an image) and under it (a text).
    QVBoxLayout *side() const { return m_side; }
    QVBoxLayout *underList() const { return m_under; }
    void say(const QString &text, Tone tone);

    // The first selected row, or -1.
    int selectedRow() const;
    void setBusy(bool busy);
    // Enables the actions for the selection and the busy state.
    virtual void updateActions() = 0;
    void finish(bool ok, const QString &text);

private:
    QTableWidget *m_table;
    MessageBanner *m_message;
    QHBoxLayout *m_actions;
    QVBoxLayout *m_side;
    QVBoxLayout *m_under;
    bool m_busy = false;
};
