#include "ImportReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportReader)
};

bool decodeUtf8(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

bool quotesOpen(const QString &record)
{
    return record.count(QLatin1Char('"')) % 2 == 1;
}
} // namespace

ImportReader::ImportReader(const QString &path) : m_file(path) {}

Status ImportReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return Status::failure(
            Text::tr("Cannot open %1: %2").arg(m_file.fileName(), m_file.errorString()));
    const QString suffix = QFileInfo(m_file.fileName()).suffix().toLower();
    m_format = suffix == QStringLiteral("csv") ? Format::Csv : Format::JsonLines;
    if (m_file.peek(3) == QByteArray("\xEF\xBB\xBF", 3))
        m_file.read(3); // a UTF-8 byte order mark, as spreadsheets write
    if (m_format == Format::Csv) {
        QByteArray bytes;
        QString header;
        if (!readLine(&bytes) || !decodeUtf8(bytes, &header))
            return Status::failure(
                Text::tr("%1 has no CSV header row in UTF-8.").arg(m_file.fileName()));
        for (const QString &name : splitCsv(header))
            m_header << name.trimmed().toLower();
        for (const char *required : {"kind", "appid", "openid"})
            if (!m_header.contains(QLatin1String(required)))
                return Status::failure(Text::tr("The CSV header of %1 has no \"%2\" column.")
                                           .arg(m_file.fileName(), QLatin1String(required)));
    }
    return Status::ok();
}

bool ImportReader::readLine(QByteArray *bytes)
{
    if (m_file.atEnd())
        return false;
    // Read into a buffer allocated once (readLine(maxSize) would allocate the whole limit for
    // every line); one byte over the limit tells a line that is too long from one that fits.
    if (m_lineBuffer.isEmpty())
        m_lineBuffer.resize(kMaxLineBytes + 3);
    const qint64 length = m_file.readLine(m_lineBuffer.data(), m_lineBuffer.size());
    if (length < 0)
        return false;
    *bytes = QByteArray(m_lineBuffer.constData(), length);
    ++m_line;
    if (bytes->size() > kMaxLineBytes && !bytes->endsWith('\n'))
        skipRestOfLine();
    while (bytes->endsWith('\n') || bytes->endsWith('\r'))
        bytes->chop(1);
    return true;
}

void ImportReader::skipRestOfLine()
{
    while (!m_file.atEnd())
        if (m_file.readLine(64 * 1024).endsWith('\n'))
            return;
}

QString ImportReader::lineTooLong()
{
    return Text::tr("the line is longer than %1 KB; a row is at most that")
        .arg(kMaxLineBytes / 1024);
}

bool ImportReader::next(Entry *entry)
{
    QByteArray bytes;
    do {
        if (!readLine(&bytes))
            return false;
    } while (bytes.trimmed().isEmpty());
    *entry = Entry{};
    entry->line = m_line;
    if (bytes.size() > kMaxLineBytes) {
        entry->error = lineTooLong();
        return true;
    }
    if (m_format == Format::JsonLines) {
        // Checked without decoding: the JSON parser reads the bytes itself.
        if (!QByteArrayView(bytes).isValidUtf8()) {
            entry->error = Text::tr("not valid UTF-8");
            return true;
        }
        if (m_json.parse(bytes)) {
            entry->ok = ImportRow::fromJsonLine(m_json, &entry->row, &entry->error);
            return true;
        }
        QJsonParseError parseError; // the full parser, which also says what is wrong
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (!doc.isObject()) {
            entry->error = doc.isNull() ? Text::tr("invalid JSON: %1").arg(parseError.errorString())
                                        : Text::tr("a line must hold one JSON object");
            return true;
        }
        entry->ok = ImportRow::fromJson(doc.object(), &entry->row, &entry->error);
        return true;
    }
    QString text;
    if (!decodeUtf8(bytes, &text)) {
        entry->error = Text::tr("not valid UTF-8");
        return true;
    }
    // A quoted CSV field may hold line breaks: read on until the quotes close.
    while (quotesOpen(text)) {
        QString more;
        if (!readLine(&bytes)) {
            entry->error = Text::tr("a quoted field is not closed before the end of the file");
            return true;
        }
        if (!decodeUtf8(bytes, &more)) {
            entry->error = Text::tr("not valid UTF-8");
            return true;
        }
        text += QLatin1Char('\n') + more;
        if (text.size() > kMaxLineBytes) {
            // The quotes may never close: report the record and go on after this line.
            entry->error = lineTooLong();
            return true;
        }
    }
    entry->ok = ImportRow::fromFields(m_header, splitCsv(text), &entry->row, &entry->error);
    return true;
}

QStringList ImportReader::splitCsv(const QString &record)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < record.size(); ++i) {
        const QChar c = record.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < record.size() && record.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}
