#include "MessageBanner.h"

MessageBanner::MessageBanner(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse); // support copies error texts
    hide();
}

void MessageBanner::say(const QString &text, Tone tone)
{
    m_tone = tone;
    setTone(this, tone);
    setText(text);
    setVisible(!text.isEmpty());
}
