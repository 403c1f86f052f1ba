#include "ApiTypes.h"

#include <QRegularExpression>

QStringList MessageTemplate::keys() const
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{(\\w+)\\.DATA\\}\\}"));
    QStringList out;
    for (auto it = placeholder.globalMatch(content); it.hasNext();)
        out << it.next().captured(1);
    return out;
}
