#include "i18n/Translations.h"
#include "storage/TriggerMessages.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QtTest>
#include <QXmlStreamReader>

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

    // A refusal by wxops' own PostgreSQL triggers arrives in English (the server's only
    // language) and is read in the console's, with the values the server put in.
    void triggerRefusalsReadInTheReadersLanguage()
    {
        Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        // What PostgreSQL says for a RAISE of the catalog's format with these values.
        const auto serverSays = [](const QString &name, const QStringList &values) {
            QString format = TriggerMessages::fillIn(QStringLiteral("{{%1}}").arg(name));
            format =
                format.mid(1, format.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
            QString text;
            int next = 0;
            for (const QChar c : format)
                text += c == u'%' ? values.value(next++) : QString(c);
            return text;
        };
        const QString edited =
            serverSays(QStringLiteral("EDITED_SINCE"),
                       {QStringLiteral("12"), QStringLiteral("3"), QStringLiteral("2")});
        QVERIFY2(edited.startsWith(QStringLiteral("Campaign 12 was edited")), qPrintable(edited));
        QCOMPARE(TriggerMessages::translated(edited),
                 QStringLiteral("推送活动 12 在你查看后已被修改（现为第 3 版，你看到的是第 2 "
                                "版）：请重新查看后再决定。"));
        // A value the text names twice, and a value that looks like a placeholder.
        const QString needs = serverSays(QStringLiteral("NEEDS_APPROVAL"),
                                         {QStringLiteral("7"), QStringLiteral("%3"),
                                          QStringLiteral("1000"), QStringLiteral("7")});
        const QString said = TriggerMessages::translated(needs);
        QVERIFY2(said.contains(QStringLiteral("推送活动 7 ")) &&
                     said.contains(QStringLiteral("wxops campaign approve 7 --comment")) &&
                     said.contains(QStringLiteral("%3 位接收人")) &&
                     said.contains(QStringLiteral("1000")),
                 qPrintable(said));
        // Any other server text is left as it is.
        const QString other = QStringLiteral("Campaign 12 is unknown to this rule");
        QCOMPARE(TriggerMessages::translated(other), other);
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

    // Counts read as English in English: every text with a "(s)" is a plural form, and the
    // English file gives its singular and plural.
    void englishPluralsAreWritten()
    {
        const QList<Message> messages = read(QStringLiteral("wxops_en.ts"));
        QVERIFY(messages.size() > 100);
        int plurals = 0;
        for (const Message &m : messages) {
            static const QRegularExpression countWord(QStringLiteral("(?<!http)\\(s\\)"));
            if (!m.source.contains(countWord))
                continue;
            QVERIFY2(m.numerus, qPrintable(m.context + QLatin1String(": ") + m.source));
            QVERIFY2(m.forms.size() == 2 && !m.forms.contains(QString()) &&
                         !m.forms.join(QString()).contains(QLatin1String("(s)")),
                     qPrintable(m.context + QLatin1String(": ") + m.source));
            ++plurals;
        }
        QVERIFY(plurals >= 10);
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln profile(s)", nullptr, 1),
                 QStringLiteral("1 profile"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln profile(s)", nullptr, 25586),
                 QStringLiteral("25,586 profiles"));
    }

    // One word for one thing (docs/glossary.md): no Chinese translation uses a word the
    // glossary rules out, nor an English text its English one.
    void theGlossaryIsKept()
    {
        QFile file(QStringLiteral(WXOPS_SOURCE_DIR "/docs/glossary.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList avoidedEnglish;
        QStringList avoidedChinese;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            const QStringList cells = line.split(u'|');
            if (cells.size() < 5 || !line.startsWith(u'|') || cells.at(1).contains(u'-'))
                continue;
            const QStringList sides = cells.at(3).split(u'/');
            for (const QString &word : sides.value(0).split(u','))
                if (!word.trimmed().isEmpty())
                    avoidedEnglish << word.trimmed();
            for (const QString &word : sides.value(1).split(u'、'))
                if (!word.trimmed().isEmpty())
                    avoidedChinese << word.trimmed();
        }
        QVERIFY(avoidedChinese.contains(QStringLiteral("会员 ID")));
        QVERIFY(avoidedEnglish.contains(QStringLiteral("Unionid")));
        for (const Message &m : read(QStringLiteral("wxops_zh_CN.ts"))) {
            const QString text = m.forms.join(u' ');
            for (const QString &word : std::as_const(avoidedChinese))
                QVERIFY2(!text.contains(word),
                         qPrintable(QStringLiteral("%1 → %2 uses “%3”").arg(m.source, text, word)));
            for (const QString &word : std::as_const(avoidedEnglish)) {
                const QRegularExpression whole(
                    QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word)));
                QVERIFY2(!m.source.contains(whole),
                         qPrintable(QStringLiteral("%1 uses “%2”").arg(m.source, word)));
            }
        }
    }

private:
    struct Message
    {
        QString context;
        QString source;
        bool numerus = false;
        QStringList forms; // the translation, or each plural form
    };

    static QList<Message> read(const QString &name)
    {
        QFile file(QStringLiteral(WXOPS_SOURCE_DIR "/translations/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<Message> messages;
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                if (!current.source.isNull())
                    messages << current;
                current = Message{context,
                                  QString(),
                                  xml.attributes().value(QLatin1String("numerus")) ==
                                      QLatin1String("yes"),
                                  {}};
            } else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation") && !current.numerus)
                current.forms << xml.readElementText();
            else if (xml.name() == QLatin1String("numerusform"))
                current.forms << xml.readElementText();
        }
        if (!current.source.isNull())
            messages << current;
        return messages;
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
