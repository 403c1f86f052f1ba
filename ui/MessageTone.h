#pragma once

#include <QColor>

class QPalette;
class QWidget;

// How a line of feedback reads: plain, a success, a warning or an error. The colour comes from
// the widget's palette (a darker shade on a light window, a lighter one on a dark window), so
// it stays readable in a dark theme; never a colour written into a style sheet.
enum class Tone
{
    Plain,
    Success,
    Warning,
    Error,
};

QColor toneColor(const QPalette &palette, Tone tone);
// Colours `widget`'s text by `tone`; Plain gives it back the palette it inherits.
void setTone(QWidget *widget, Tone tone);
