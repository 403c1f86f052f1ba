// The log redaction: a secret planted in any text, in any of the shapes it reaches a log (a
// URL's query, a form body, a JSON member, JSON quoted inside a message, a QUrl), under any of
// the sensitive keys in any letter case and with a prefix such as component_access_token.
// Property: the secret never survives.
#include "FuzzCheck.h"
#include "FuzzInput.h"
#include "logging/Redaction.h"

namespace {

// Secrets and tokens look like WeChat's: letters, digits, '-' and '_', 16 to 64 of them.
QString secretFrom(FuzzInput &in)
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString secret;
    const int length = in.number(16, 64);
    for (int i = 0; i < length; ++i)
        secret += QLatin1Char(alphabet[in.byte() % 64]);
    return secret;
}

QString keyFrom(FuzzInput &in)
{
    QString key =
        Redaction::sensitiveKeys().at(in.number(0, int(Redaction::sensitiveKeys().size()) - 1));
    static const char *const prefixes[] = {"", "", "component_", "authorizer_", "wx_"};
    key = QLatin1String(in.pick(prefixes)) + key;
    for (QChar &c : key)
        if (in.flag())
            c = c.toUpper();
    return key;
}

QString planted(FuzzInput &in, const QString &key, const QString &secret)
{
    switch (in.number(0, 6)) {
    case 0:
        return key + u'=' + secret;
    case 1:
        return QStringLiteral("https://api.weixin.qq.com/cgi-bin/x?a=1&%1=%2&b=2").arg(key, secret);
    case 2:
        return QStringLiteral("\"%1\":\"%2\"").arg(key, secret);
    case 3:
        return QStringLiteral("{\"%1\" : \"%2\", \"x\": 1}").arg(key, secret);
    case 4:
        return QStringLiteral("\\\"%1\\\":\\\"%2\\\"").arg(key, secret);
    case 5:
        return QStringLiteral("%1: %2").arg(key, secret);
    default:
        return QStringLiteral("'%1': '%2'").arg(key, secret);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    const QString secret = secretFrom(in);
    const QString key = keyFrom(in);
    const QString before = in.text(200);
    const QString shape = planted(in, key, secret);
    const QString after = in.text(200);
    // Not planted: the text holds it on its own, perhaps across the key ("000" + "wx_...").
    QString withoutValue = shape;
    withoutValue.replace(shape.lastIndexOf(secret), secret.size(), QChar(1));
    if ((before + withoutValue + after).contains(secret))
        return 0;

    const QString text = before + shape + after;
    const QString redacted = Redaction::redact(text);
    FUZZ_CHECK(!redacted.contains(secret), text + QStringLiteral("\n  became\n  ") + redacted);

    auto urlWith = [&](const QString &value) {
        QUrl url(QStringLiteral("https://api.weixin.qq.com/cgi-bin/token"));
        url.setQuery(
            QStringLiteral("grant_type=client_credential&%1=%2&%3").arg(key, value, after));
        return url;
    };
    // Percent-encoding writes hex digits: the rest of the URL may spell the secret by itself.
    if (urlWith(QStringLiteral("x")).toString(QUrl::FullyEncoded).contains(secret))
        return 0;
    const QUrl url = urlWith(secret);
    FUZZ_CHECK(!Redaction::redact(url).contains(secret), url.toString(QUrl::FullyEncoded));
    return 0;
}
