// core/wechat against wxemu over real loopback HTTP: tokens, retries, and what is never retried.
#include "Emulator.h"
#include "FixedSecrets.h"
#include "logging/LogFile.h"
#include "util/Clock.h"
#include "wechat/AccessTokenManager.h"
#include "wechat/UserApi.h"
#include "wechat/WechatClient.h"

#include <QtTest>

namespace {
RetryPolicy fastPolicy()
{
    RetryPolicy policy;
    policy.maxAttempts = 4;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 200;
    policy.transferTimeoutMs = 600;
    policy.totalBudgetMs = 20000;
    return policy;
}

AppConfig oaApp(const Emulator &emu)
{
    AppConfig app;
    app.appid = Emulator::oaAppid();
    app.name = QStringLiteral("Test OA");
    app.apiBase = emu.baseUrl();
    return app;
}

// Collects the results of many calls made at once.
struct Calls
{
    QList<ApiResult> results;
    void run(WechatClient &client, QObject *context, int count, const ApiRequest &request)
    {
        for (int i = 0; i < count; ++i)
            client.call(request, context, [this](const ApiResult &r) { results.append(r); });
    }
};

ApiRequest tagsGet()
{
    return ApiRequest::get(QStringLiteral("/cgi-bin/tags/get"));
}
} // namespace

class TestWechatClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Every log line of this test goes to a file we scan at the end for secrets.
        m_logDir.reset(new QTemporaryDir);
        m_log.reset(new LogFile(m_logDir->path()));
        m_log->install(false);
        QLoggingCategory::setFilterRules(QStringLiteral("wxops.*.debug=true"));
    }

    void fiftyCallsOnAColdTokenFetchItOnce()
    {
        Emulator emu;
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        FixedSecrets secrets;
        secrets.set(Emulator::oaAppid(), Emulator::oaSecret());
        WechatClient client(oaApp(emu), secrets, Clock::system(), fastPolicy());
        client.setMaxInFlight(50);
        Calls calls;
        calls.run(client, this, 50, tagsGet());
        QTRY_COMPARE_WITH_TIMEOUT(calls.results.size(), 50, 20000);
        for (const ApiResult &r : std::as_const(calls.results))
            QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        QCOMPARE(emu.count(QStringLiteral("/cgi-bin/stable_token")), 1);
        QCOMPARE(emu.count(QStringLiteral("/cgi-bin/token")), 0);
        QCOMPARE(emu.count(QStringLiteral("/cgi-bin/tags/get")), 50);
        QCOMPARE(client.tokens().fetchCount(), 1);
        QCOMPARE(secrets.reads(), 1);
    }

    void expiredTokenIsRefreshedOnce()
    {
        Emulator emu;
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        FixedSecrets secrets;
        secrets.set(Emulator::oaAppid(), Emulator::oaSecret());
        WechatClient client(oaApp(emu), secrets, Clock::system(), fastPolicy());
        Calls first;
        first.run(client, this, 5, tagsGet());
        QTRY_COMPARE_WITH_TIMEOUT(first.results.size(), 5, 10000);
        emu.post(QStringLiteral("/_emu/expire-tokens"), {});
        Calls second;
        second.run(client, this, 20, tagsGet());
        QTRY_COMPARE_WITH_TIMEOUT(second.results.size(), 20, 10000);
        for (const ApiResult &r : std::as_const(second.results))
            QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        QCOMPARE(emu.count(QStringLiteral("/cgi-bin/stable_token")), 2);
        QCOMPARE(emu.count(QStringLiteral("/cgi-bin/token")), 0);
    }

    void transientFaultsAreRetriedWithinBounds_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("kind");
        QTest::newRow("busy -1") << QStringLiteral("busy") << int(ApiError::Kind::Wechat);
        QTest::newRow("http 500") << QStringLiteral("http500") << int(ApiError::Kind::Http);
        QTest::newRow("timeout") << QStringLiteral("timeout") << int(ApiError::Kind::Timeout);
        QTest::newRow("reset") << QStringLiteral("reset") << int(ApiError::Kind::Network);
        QTest::newRow("45011") << QStringLiteral("minute-limit") << int(ApiError::Kind::Wechat);
    }

    void transientFaultsAreRetriedWithinBounds()
    {
        QFETCH(QString, fault);
        QFETCH(int, kind);
        Emulator emu;
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        FixedSecrets secrets;
        secrets.set(Emulator::oaAppid(), Emulator::oaSecret());
        WechatClient client(oaApp(emu), secrets, Clock::system(), fastPolicy());
        // Get a token first, then make every call fail.
        Calls warm;
        warm.run(client, this, 1, tagsGet());
        QTRY_COMPARE_WITH_TIMEOUT(warm.results.size(), 1, 10000);
        emu.configure(
            {{QStringLiteral("fault_rate"), 1.0}, {QStringLiteral("faults"), QJsonArray{fault}}});
        Calls calls;
        calls.run(client, this, 1, tagsGet());
        QTRY_COMPARE_WITH_TIMEOUT(calls.results.size(), 1, 20000);
        const ApiResult &r = calls.results.constFirst();
        QCOMPARE(int(r.error.kind), kind);
        QCOMPARE(r.attempts, fastPolicy().maxAttempts);
        // Qt may add one silent resend of a GET on a dropped connection (harmless for reads;
        // sends are protected, see droppedConnectionDoesNotResendASend).
        const int seen = emu.count(QStringLiteral("/cgi-bin/tags/get")) - 1;
        QVERIFY2(seen >= fastPolicy().maxAttempts && seen <= 2 * fastPolicy().maxAttempts,
                 qPrintable(QString::number(seen)));
    }

    void someFaultsStillEndInSuccess()
    {
        Emulator emu({QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        emu.configure({{QStringLiteral("fault_rate"), 0.2},
                       {QStringLiteral("faults"),
                        QJsonArray{QStringLiteral("busy"), QStringLiteral("http500"),
                                   QStringLiteral("reset"), QStringLiteral("minute-limit")}}});
        FixedSecrets secrets;
        secrets.set(Emulator::oaAppid(), Emulator::oaSecret());
        RetryPolicy policy = fastPolicy();
        policy.maxAttempts = 8;
        WechatClient client(oaApp(emu), secrets, Clock::system(), policy);
        Calls calls;
        calls.run(client, this, 40, tagsGet());
        QTRY_COMPARE_WITH_TIMEOUT(calls.results.size(), 40, 30000);
        int retried = 0;
        for (const ApiResult &r : std::as_const(calls.results)) {
            QVERIFY2(r.ok(), qPrintable(r.error.summary()));
            retried += r.attempts > 1;
        }
        QVERIFY2(retried > 0, "a 20% fault rate caused no retry");
    }

    void wrongSecretIsNotRetried()
    {
        Emulator emu;
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        FixedSecrets secrets;
        secrets.set(Emulator::oaAppid(), QStringLiteral("not-the-secret-42"));
        WechatClient client(oaApp(emu), secrets, Clock::system(), fastPolicy());
        ApiError result;
        bool done = false;
        client.testConnection(this, [&](const ApiError &e) {
            result = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(result.errcode, 40125);
        QVERIFY(result.isFatalForApp());
        QCOMPARE(emu.count(QStringLiteral("/cgi-bin/stable_token")), 1);
        const QString message = result.userMessage(client.app());
        QVERIFY2(message.contains(QStringLiteral("AppSecret")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("not-the-secret-42")));
    }

    void deniedIpIsNotRetriedAndNamesTheIp()
    {
        Emulator emu({QStringLiteral("--deny-ip")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        FixedSecrets secrets;
        secrets.set(Emulator::oaAppid(), Emulator::oaSecret());
        WechatClient client(oaApp(emu), secrets, Clock::system(), fastPolicy());
        Calls calls;
        calls.run(client, this, 3, tagsGet());
        QTRY_COMPARE_WITH_TIMEOUT(calls.results.size(), 3, 10000);
        for (const ApiResult &r : std::as_const(calls.results)) {
            QCOMPARE(r.error.errcode, 40164);
            QCOMPARE(r.error.deniedIp(), QStringLiteral("127.0.0.1"));
            const QString message = r.error.userMessage(client.app());
            QVERIFY2(message.contains(QStringLiteral("127.0.0.1")) &&
                         message.contains(QStringLiteral("proxy")),
                     qPrintable(message));
        }
        // One fetch for all three waiting calls, and no retry of it.
        QCOMPARE(emu.count(QStringLiteral("/cgi-bin/stable_token")), 1);
    }

    void ambiguousSendIsRetriedOnlyWithClientMsgId()
    {
        Emulator emu;
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        FixedSecrets secrets;
        secrets.set(Emulator::oaAppid(), Emulator::oaSecret());
        WechatClient client(oaApp(emu), secrets, Clock::system(), fastPolicy());
        Calls warm;
        warm.run(client, this, 1, tagsGet());
        QTRY_COMPARE_WITH_TIMEOUT(warm.results.size(), 1, 10000);
        emu.configure({{QStringLiteral("fault_rate"), 1.0},
                       {QStringLiteral("faults"), QJsonArray{QStringLiteral("timeout")}}});

        ApiRequest send = ApiRequest::post(QStringLiteral("/cgi-bin/message/template/send"),
                                           {{QStringLiteral("touser"), QStringLiteral("o1")}});
        send.isSend = true;
        Calls plain;
        plain.run(client, this, 1, send);
        QTRY_COMPARE_WITH_TIMEOUT(plain.results.size(), 1, 10000);
        QCOMPARE(plain.results.constFirst().attempts, 1);
        QVERIFY(plain.results.constFirst().error.requestSent);

        send.hasDedupKey = true;
        Calls keyed;
        keyed.run(client, this, 1, send);
        QTRY_COMPARE_WITH_TIMEOUT(keyed.results.size(), 1, 20000);
        QCOMPARE(keyed.results.constFirst().attempts, fastPolicy().maxAttempts);
    }

    void droppedConnectionDoesNotResendASend()
    {
        // Qt's HTTP layer may silently resend a request when a connection drops; a message
        // send must reach WeChat once per attempt we decided on, never more.
        Emulator emu;
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        FixedSecrets secrets;
        secrets.set(Emulator::oaAppid(), Emulator::oaSecret());
        WechatClient client(oaApp(emu), secrets, Clock::system(), fastPolicy());
        Calls warm;
        warm.run(client, this, 1, tagsGet());
        QTRY_COMPARE_WITH_TIMEOUT(warm.results.size(), 1, 10000);
        emu.configure({{QStringLiteral("fault_rate"), 1.0},
                       {QStringLiteral("faults"), QJsonArray{QStringLiteral("reset")}}});
        ApiRequest send = ApiRequest::post(QStringLiteral("/cgi-bin/message/template/send"),
                                           {{QStringLiteral("touser"), QStringLiteral("o1")}});
        send.isSend = true;
        Calls calls;
        calls.run(client, this, 1, send);
        QTRY_COMPARE_WITH_TIMEOUT(calls.results.size(), 1, 10000);
        QCOMPARE(int(calls.results.constFirst().error.kind), int(ApiError::Kind::Network));
        QCOMPARE(emu.count(QStringLiteral("/cgi-bin/message/template/send")), 1);
    }

    void concurrencyIsBounded()
    {
        Emulator emu({QStringLiteral("--latency-ms"), QStringLiteral("50")});
        QVERIFY2(emu.isRunning(), qPrintable(emu.error()));
        FixedSecrets secrets;
        secrets.set(Emulator::oaAppid(), Emulator::oaSecret());
        WechatClient client(oaApp(emu), secrets, Clock::system(), fastPolicy());
        QCOMPARE(client.maxInFlight(), 8);
        int peak = 0;
        int done = 0;
        for (int i = 0; i < 30; ++i)
            client.call(tagsGet(), this, [&](const ApiResult &) { ++done; });
        while (done < 30) {
            peak = qMax(peak, client.inFlight());
            QTest::qWait(5);
        }
        QVERIFY(peak <= 8);
        QVERIFY(peak >= 2);
    }

    void cleanupTestCase()
    {
        m_log.reset();
        // No secret and no token in anything this test logged.
        QDir dir(m_logDir->path());
        QByteArray all;
        for (const QString &name : dir.entryList({QStringLiteral("*.log")})) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            all += f.readAll();
        }
        QVERIFY2(all.contains("/cgi-bin/tags/get"), "the log did not record the calls");
        QVERIFY(!all.contains(Emulator::oaSecret().toUtf8()));
        QVERIFY(!all.contains("not-the-secret-42"));
        QVERIFY2(!QRegularExpression(QStringLiteral("access_token=[A-Za-z0-9_-]{20,}"))
                      .match(QString::fromUtf8(all))
                      .hasMatch(),
                 "a token reached the log");
    }

private:
    std::unique_ptr<QTemporaryDir> m_logDir;
    std::unique_ptr<LogFile> m_log;
};

QTEST_GUILESS_MAIN(TestWechatClient)
#include "tst_wechatclient.moc"
