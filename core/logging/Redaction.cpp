#include "Redaction.h"

#include <QRegularExpression>

namespace Redaction {

const QStringList &sensitiveKeys()
{
    static const QStringList keys{QStringLiteral("access_token"), QStringLiteral("secret"),
                                  QStringLiteral("appsecret"),    QStringLiteral("js_code"),
                                  QStringLiteral("session_key"),  QStringLiteral("password")};
    return keys;
}

static const QRegularExpression &queryPattern()
{
    // key=value up to the next separator, as in a URL query or a form body.
    static const QRegularExpression re(
        QStringLiteral("\\b(%1)=([^&\\s\"',;]*)").arg(sensitiveKeys().join(u'|')),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

static const QRegularExpression &jsonPattern()
{
    // "key" : "value" in JSON, escaped quotes inside the value included.
    static const QRegularExpression re(
        QStringLiteral("(\"(?:%1)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")")
            .arg(sensitiveKeys().join(u'|')),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

static const QRegularExpression &escapedJsonPattern()
{
    // The same inside a quoted string, as qDebug prints one: \"key\":\"value\"
    static const QRegularExpression re(
        QStringLiteral("(\\\\\"(?:%1)\\\\\"\\s*:\\s*\\\\\")(.*?)(\\\\\")")
            .arg(sensitiveKeys().join(u'|')),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString redact(const QString &text)
{
    const QString mask = QString::fromUtf16(kMask);
    QString out = text;
    out.replace(queryPattern(), QStringLiteral("\\1=") + mask);
    out.replace(jsonPattern(), QStringLiteral("\\1") + mask + QStringLiteral("\\3"));
    out.replace(escapedJsonPattern(), QStringLiteral("\\1") + mask + QStringLiteral("\\3"));
    return out;
}

QString redact(const QUrl &url)
{
    return redact(url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded));
}

} // namespace Redaction
