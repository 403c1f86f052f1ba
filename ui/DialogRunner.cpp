#include "DialogRunner.h"

#include <QDialog>
#include <QMessageBox>

namespace {
class InteractiveDialogRunner : public DialogRunner
{
public:
    int exec(QDialog &dialog) override { return dialog.exec(); }

    void showError(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }

    bool confirm(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No,
                        parent);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::No);
        return box.exec() == QMessageBox::Yes;
    }
};
} // namespace

DialogRunner &DialogRunner::interactive()
{
    static InteractiveDialogRunner runner;
    return runner;
}
