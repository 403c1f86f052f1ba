#pragma once

#include "ImportRow.h"
#include "JsonLine.h"
#include "util/Status.h"

#include <QFile>
#include <QStringList>

// Streams an export file row by row (JSON Lines, or CSV with a header row): memory stays flat
// whatever the file size. Each row comes out parsed or with the reason it is bad.
class ImportReader
{
public:
    enum class Format
    {
        JsonLines,
        Csv
    };
    struct Entry
    {
        qint64 line = 0; // 1-based line where the row starts
        bool ok = false;
        ImportRow row;
        QString error;
    };

    // A longer line (or CSV record) is reported as bad without being held in memory: the
    // largest valid row (16 K characters of props, escaped) is well under it.
    static constexpr qint64 kMaxLineBytes = 256 * 1024;

    explicit ImportReader(const QString &path);

    Status open();           // also reads the CSV header
    bool next(Entry *entry); // false at the end of the file
    Format format() const { return m_format; }
    qint64 bytesRead() const { return m_file.pos(); }
    qint64 size() const { return m_file.size(); }

    // Splits one CSV record (RFC 4180: quotes, doubled quotes, commas and newlines in quotes).
    static QStringList splitCsv(const QString &record);

private:
    bool readLine(QByteArray *bytes);
    void skipRestOfLine();
    static QString lineTooLong();

    QFile m_file;
    Format m_format = Format::JsonLines;
    QStringList m_header;
    QByteArray m_lineBuffer;
    qint64 m_line = 0;
    JsonLine m_json; // reused: its parser and member list keep their capacity
};
