#include "MessageTone.h"

#include <QPalette>
#include <QWidget>

QColor toneColor(const QPalette &palette, Tone tone)
{
    const bool darkWindow = palette.color(QPalette::Window).lightness() < 128;
    switch (tone) {
    case Tone::Plain:
        return palette.color(QPalette::WindowText);
    case Tone::Success:
        return darkWindow ? QColor(0x81, 0xc9, 0x95) : QColor(0x1b, 0x6e, 0x20);
    case Tone::Warning:
        return darkWindow ? QColor(0xf2, 0xb8, 0x6b) : QColor(0xa1, 0x5c, 0x00);
    case Tone::Error:
        return darkWindow ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    }
    Q_UNREACHABLE();
}

void setTone(QWidget *widget, Tone tone)
{
    if (tone == Tone::Plain) {
        widget->setPalette(QPalette()); // inherit again
        return;
    }
    QPalette palette = widget->palette();
    const QColor color = toneColor(palette, tone);
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget->setPalette(palette);
}
