#include "logging/Redaction.h"

#include <QtTest>

class TestRedaction : public QObject
{
    Q_OBJECT
private slots:
    void hidesSecrets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("query token")
            << QStringLiteral(
                   "GET "
                   "https://api.weixin.qq.com/cgi-bin/user/get?access_token=ACCESS123&next_openid=")
            << QStringLiteral("ACCESS123");
        QTest::newRow("token first of many")
            << QStringLiteral(
                   "/sns/jscode2session?appid=wx1&secret=S3CR3T&js_code=CODE9&grant_type=x")
            << QStringLiteral("S3CR3T");
        QTest::newRow("js_code") << QStringLiteral("appid=wx1&secret=S&js_code=CODE9")
                                 << QStringLiteral("CODE9");
        QTest::newRow("json secret")
            << QStringLiteral("{\"grant_type\":\"client_credential\",\"secret\":\"abc\\\"def\"}")
            << QStringLiteral("abc");
        QTest::newRow("json token spaced")
            << QStringLiteral(R"({"access_token" : "TOK-42", "expires_in":7200})")
            << QStringLiteral("TOK-42");
        QTest::newRow("json inside a quoted string")
            << QStringLiteral("\"{\\\"appid\\\":\\\"wx1\\\",\\\"secret\\\":\\\"QUOTED77\\\"}\"")
            << QStringLiteral("QUOTED77");
        QTest::newRow("upper case key")
            << QStringLiteral("ACCESS_TOKEN=XYZ789") << QStringLiteral("XYZ789");
        // Found by fuzz_redaction (tests/fuzz/regressions/redaction):
        QTest::newRow("prefixed key")
            << QStringLiteral("d=CoMpONeNt_js_code=hijklmnRRRR") << QStringLiteral("hijklmnRRRR");
        QTest::newRow("json prefixed key")
            << QStringLiteral(R"({"authorizer_access_token":"AUTH-1"})")
            << QStringLiteral("AUTH-1");
        QTest::newRow("a value that is a key")
            << QStringLiteral("ey:secret='pASSWoRD': 'hijklmnopqrs'ec")
            << QStringLiteral("hijklmnopqrs");
        QTest::newRow("a key inside a value")
            << QStringLiteral("js_code=\u00e9AUTHORIZEr_PASSworD: __c__F_HQhi")
            << QStringLiteral("__c__F_HQhi");
        QTest::newRow("header form")
            << QStringLiteral("Secret: ABCDEF12") << QStringLiteral("ABCDEF12");
        QTest::newRow("a quoted value that ends with a key")
            << QStringLiteral(R"(appsecret": "Wx_SesSIOn_key":"A__RRByABBBAG" d=)")
            << QStringLiteral("A__RRByABBBAG");
    }

    void hidesSecrets()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = Redaction::redact(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("***")), qPrintable(out));
    }

    void keepsTheRest()
    {
        const QString out = Redaction::redact(
            QStringLiteral("https://h/cgi-bin/user/get?access_token=T&next_openid=oABC"));
        QCOMPARE(out,
                 QStringLiteral("https://h/cgi-bin/user/get?access_token=***&next_openid=oABC"));
        const QString json = Redaction::redact(
            QStringLiteral(R"({"appid":"wx1","secret":"s","force_refresh":false})"));
        QCOMPARE(json, QStringLiteral(R"({"appid":"wx1","secret":"***","force_refresh":false})"));
        QCOMPARE(Redaction::redact(QStringLiteral("nothing secret here: openid=o1")),
                 QStringLiteral("nothing secret here: openid=o1"));
    }

    void url()
    {
        const QUrl url(
            QStringLiteral("https://user:pw@api.weixin.qq.com/cgi-bin/tags/get?access_token=abc"));
        const QString out = Redaction::redact(url);
        QVERIFY(!out.contains(QStringLiteral("abc")));
        QVERIFY(!out.contains(QStringLiteral("pw")));
        QVERIFY(out.contains(QStringLiteral("/cgi-bin/tags/get")));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
