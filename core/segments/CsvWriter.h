#pragma once

#include <QIODevice>
#include <QStringList>

// Writes RFC 4180 CSV (UTF-8 with a byte order mark, so spreadsheets read Chinese right).
// A cell that starts with = + - @ (or a tab or carriage return) gets a leading apostrophe, so
// a spreadsheet shows it as text instead of running it as a formula (CSV injection).
class CsvWriter
{
public:
    // UTF-8's byte order mark: spreadsheets (Excel, WPS) read the Chinese in a CSV right with it.
    static constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";

    explicit CsvWriter(QIODevice &device);

    bool writeRow(const QStringList &cells);
    static QString cell(const QString &text); // escaped and quoted as needed

private:
    QIODevice &m_device;
};
