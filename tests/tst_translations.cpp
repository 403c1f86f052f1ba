#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QtTest>

// Installs translators into the running application, as main() does.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void chineseIsLoaded()
    {
        const QLocale locale =
            Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        QCOMPARE(locale.name(), QStringLiteral("zh_CN"));
        // Strings of our own, from several layers.
        QCOMPARE(QCoreApplication::translate("MainWindow", "Users"), QStringLiteral("用户"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "Settings"), QStringLiteral("设置"));
        QVERIFY(QCoreApplication::translate("Migrator", "Cannot read the schema version: %1") !=
                QStringLiteral("Cannot read the schema version: %1"));
        // Qt's own strings come from qtbase_zh_CN.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    }

    void chineseFileIsComplete()
    {
        QFile ts(QStringLiteral(WXOPS_SOURCE_DIR "/translations/wxops_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        QVERIFY(text.contains("<message>"));
        QVERIFY2(
            !text.contains("type=\"unfinished\""),
            "wxops_zh_CN.ts has untranslated strings: run update_translations and translate them");
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
