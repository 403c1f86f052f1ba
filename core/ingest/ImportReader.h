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

    QFile m_file;
    Format m_format = Format::JsonLines;
    QStringList m_header;
    qint64 m_line = 0;
    JsonLine m_json; // reused: its parser and member list keep their capacity
};
