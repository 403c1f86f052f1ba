#include "CsvWriter.h"

CsvWriter::CsvWriter(QIODevice &device) : m_device(device)
{
    if (m_device.pos() == 0)
        m_device.write(kByteOrderMark);
}

QString CsvWriter::cell(const QString &text)
{
    QString value = text;
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && kFormulaStarts.contains(value.at(0)))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char(',')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &c : cells)
        escaped << cell(c);
    const QByteArray line = escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
    return m_device.write(line) == line.size();
}
