#pragma once

#include <QString>

class QDialog;
class QWidget;

// The seam for modal dialogs and message boxes: the window asks a DialogRunner, so tests
// can record what would have been shown and answer it without a person or a timer.
class DialogRunner
{
public:
    virtual ~DialogRunner() = default;

    // Runs a dialog modally and returns its result code (QDialog::Accepted / Rejected).
    virtual int exec(QDialog &dialog) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;

    // The runner that shows real dialogs.
    static DialogRunner &interactive();
};
