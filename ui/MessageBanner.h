#pragma once

#include "MessageTone.h"

#include <QLabel>

// The one line of feedback a page shows after an action: plain text (it may quote names from
// WeChat or an import), wrapped, coloured by its tone from the palette. Hidden until there is
// something to say.
class MessageBanner : public QLabel
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void say(const QString &text, Tone tone);
    // A finished action: plain when it worked, an error when not.
    void sayOutcome(const QString &text, bool ok) { say(text, ok ? Tone::Plain : Tone::Error); }
    // What it says now; empty when hidden.
    QString shown() const { return isHidden() ? QString() : text(); }
    Tone tone() const { return m_tone; }

private:
    Tone m_tone = Tone::Plain;
};
