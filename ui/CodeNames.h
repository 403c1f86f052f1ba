#pragma once

#include <QCoreApplication>
#include <QString>

// A code from WeChat or the data (ADD_SCENE_SEARCH, view_item) and its name for people,
// marked with QT_TRANSLATE_NOOP in the context of the class that owns the table.
struct CodeName
{
    const char *code;
    const char *name;
};

// The translated name of `code` in `table`, or the code itself when the table lacks it.
template <std::size_t N>
QString nameOfCode(const char *context, const CodeName (&table)[N], const QString &code)
{
    for (const CodeName &known : table)
        if (code == QLatin1String(known.code))
            return QCoreApplication::translate(context, known.name);
    return code;
}
