#include "ApiTypes.h"

#include <QRegularExpression>

bool MessageTemplate::isRetiredKey(const QString &key)
{
    return key == QLatin1String("first") || key == QLatin1String("remark");
}

QList<TemplateField> MessageTemplate::fields() const
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{(\\w+)\\.DATA\\}\\}"));
    QList<TemplateField> out;
    for (const QString &line : content.split(u'\n')) {
        qsizetype last = 0;
        for (auto it = placeholder.globalMatch(line); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            // The label is the text since the previous placeholder, without its colon.
            QString label = line.mid(last, m.capturedStart() - last).trimmed();
            while (label.endsWith(u':') || label.endsWith(u'：'))
                label.chop(1);
            out.append({m.captured(1), label.trimmed()});
            last = m.capturedEnd();
        }
    }
    return out;
}

QStringList MessageTemplate::keys() const
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{(\\w+)\\.DATA\\}\\}"));
    QStringList out;
    for (auto it = placeholder.globalMatch(content); it.hasNext();)
        out << it.next().captured(1);
    return out;
}
