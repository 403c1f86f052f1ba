#pragma once

#include <QLabel>

// A label for text from WeChat, an import or a person: plain text (never markup), wrapped.
inline QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
