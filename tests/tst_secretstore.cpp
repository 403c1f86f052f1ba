// The real Secret Service (gnome-keyring in the test run's private D-Bus session).
#include "credentials/SecretStore.h"

#include <QtTest>

class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void writeReadReplaceRemove()
    {
        SecretStore store(QStringLiteral("wxops-test"));
        const QString key = SecretStore::appSecretKey(QStringLiteral("wx1234567890abcdef"));
        SecretStore::Reply reply = store.writeAndWait(key, QStringLiteral("first-secret"));
        QVERIFY2(reply.ok(), qPrintable(reply.message));
        reply = store.readAndWait(key);
        QVERIFY2(reply.ok(), qPrintable(reply.message));
        QCOMPARE(reply.secret, QStringLiteral("first-secret"));

        QVERIFY(store.writeAndWait(key, QStringLiteral("second-secret")).ok());
        QCOMPARE(store.readAndWait(key).secret, QStringLiteral("second-secret"));

        QVERIFY(store.removeAndWait(key).ok());
        reply = store.readAndWait(key);
        QCOMPARE(int(reply.outcome), int(SecretStore::Outcome::NotFound));
        QVERIFY(reply.secret.isEmpty());
        QVERIFY2(reply.message.contains(QStringLiteral("Settings")), qPrintable(reply.message));
    }

    void keysAreNamespacedPerApp()
    {
        SecretStore store(QStringLiteral("wxops-test"));
        const QString a = SecretStore::appSecretKey(QStringLiteral("wxaaaaaaaaaaaaaaaa"));
        const QString b = SecretStore::appSecretKey(QStringLiteral("wxbbbbbbbbbbbbbbbb"));
        QVERIFY(store.writeAndWait(a, QStringLiteral("secret-a")).ok());
        QVERIFY(store.writeAndWait(b, QStringLiteral("secret-b")).ok());
        QCOMPARE(store.readAndWait(a).secret, QStringLiteral("secret-a"));
        QCOMPARE(store.readAndWait(b).secret, QStringLiteral("secret-b"));
        // Another service does not see them.
        SecretStore other(QStringLiteral("some-other-app"));
        QCOMPARE(int(other.readAndWait(a).outcome), int(SecretStore::Outcome::NotFound));
    }

    void asyncReadAsSecretSource()
    {
        SecretStore store(QStringLiteral("wxops-test"));
        QVERIFY(store
                    .writeAndWait(SecretStore::appSecretKey(QStringLiteral("wxcccccccccccccccc")),
                                  QStringLiteral("s-c"))
                    .ok());
        QString secret;
        QString error = QStringLiteral("pending");
        store.readSecret(QStringLiteral("wxcccccccccccccccc"), this,
                         [&](const QString &s, const QString &e) {
                             secret = s;
                             error = e;
                         });
        QTRY_COMPARE(error, QString());
        QCOMPARE(secret, QStringLiteral("s-c"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
