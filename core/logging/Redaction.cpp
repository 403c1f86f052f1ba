#include "Redaction.h"

#include <algorithm>
#include <QRegularExpression>

namespace Redaction {

const QStringList &sensitiveKeys()
{
    static const QStringList keys{QStringLiteral("access_token"), QStringLiteral("secret"),
                                  QStringLiteral("appsecret"),    QStringLiteral("js_code"),
                                  QStringLiteral("session_key"),  QStringLiteral("password")};
    return keys;
}

// A key is matched by how it ends, in any letter case: the names WeChat prefixes
// (component_access_token, authorizer_access_token, ...) are covered, and the patterns stay
// linear in the text's length (no scanning back over a word for where a key starts).
static QString keyPattern()
{
    return QStringLiteral("(?:%1)").arg(sensitiveKeys().join(u'|'));
}

static const QRegularExpression &assignmentKeyPattern()
{
    // key=value (a URL query, a form body) and key: value (a header, a printed map), the key
    // and value perhaps in single or double quotes.
    static const QRegularExpression re(
        QStringLiteral("%1['\"]?\\s*[=:]\\s*['\"]?").arg(keyPattern()),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

static bool endsValue(QChar c)
{
    return c.isSpace() || c == u'&' || c == u'"' || c == u'\'' || c == u',' || c == u';' ||
           c == u'}' || c == u'\\';
}

static const QRegularExpression &jsonPattern()
{
    // "key" : "value" in JSON, escaped quotes inside the value included.
    static const QRegularExpression re(
        QStringLiteral("%1\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").arg(keyPattern()),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

static const QRegularExpression &escapedJsonPattern()
{
    // The same inside a quoted string, as qDebug prints one: \"key\":\"value\"
    static const QRegularExpression re(
        QStringLiteral("%1\\\\\"\\s*:\\s*\\\\\"(.*?)\\\\\"").arg(keyPattern()),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

using Range = std::pair<qsizetype, qsizetype>; // [begin, end)

// The values after every key=/key: up to the next separator.
static void addAssignmentValues(const QString &text, QList<Range> *values)
{
    QList<qsizetype> valueEnd; // computed once: linear in the text
    for (auto it = assignmentKeyPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (valueEnd.isEmpty()) {
            valueEnd.resize(text.size() + 1);
            valueEnd[text.size()] = text.size();
            for (qsizetype i = text.size() - 1; i >= 0; --i)
                valueEnd[i] = endsValue(text.at(i)) ? i : valueEnd[i + 1];
        }
        const qsizetype begin = match.capturedEnd();
        if (valueEnd[begin] > begin)
            values->append({begin, valueEnd[begin]});
    }
}

// The quoted values of a JSON pattern (which may hold spaces and commas). The search resumes
// at each value's start: a value that ends with a key's name (`"secret":"session_key":"x"`)
// is also that key.
static void addJsonValues(const QString &text, const QRegularExpression &pattern,
                          QList<Range> *values)
{
    for (qsizetype from = 0;;) {
        const QRegularExpressionMatch match = pattern.match(text, from);
        if (!match.hasMatch())
            return;
        if (match.capturedLength(1) > 0)
            values->append({match.capturedStart(1), match.capturedEnd(1)});
        from = match.capturedStart(1);
    }
}

// Every pattern's values are found in the original text and masked together, so a value that
// holds another key (`secret='password': 'x'`) hides neither that key's value nor its own.
QString redact(const QString &text)
{
    QList<Range> values;
    addJsonValues(text, jsonPattern(), &values);
    addJsonValues(text, escapedJsonPattern(), &values);
    addAssignmentValues(text, &values);
    if (values.isEmpty())
        return text;
    std::sort(values.begin(), values.end());

    const QString mask = QString::fromUtf16(kMask);
    QString out;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < values.size();) {
        const qsizetype begin = values[i].first;
        qsizetype end = values[i].second;
        for (++i; i < values.size() && values[i].first <= end; ++i)
            end = std::max(end, values[i].second);
        out += QStringView(text).mid(copied, begin - copied);
        out += mask;
        copied = end;
    }
    out += QStringView(text).mid(copied);
    return out;
}

QString redact(const QUrl &url)
{
    return redact(url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded));
}

} // namespace Redaction
