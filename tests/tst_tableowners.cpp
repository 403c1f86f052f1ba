// Each table has one owner (core/storage/TableOwners.cpp): SQL that names a table anywhere
// else in core/, ui/ or app/ fails here, as does a table without an entry or an entry that
// lists a file which no longer touches its table. The UI runs no SQL of its own at all.
#include "storage/TableOwners.h"
#include "team/TeamGrants.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

namespace {
const QString kSource = QStringLiteral(WXOPS_SOURCE_DIR);

// The tables the migrations create (a table made only to be renamed is the renamed one).
QSet<QString> schemaTables()
{
    QFile file(kSource + QStringLiteral("/core/storage/Schema.cpp"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QSet<QString> tables;
    static const QRegularExpression created(QStringLiteral("CREATE TABLE (\\w+)"));
    for (const QRegularExpressionMatch &m : created.globalMatch(text))
        tables.insert(m.captured(1));
    static const QRegularExpression renamed(QStringLiteral("ALTER TABLE (\\w+) RENAME TO"));
    for (const QRegularExpressionMatch &m : renamed.globalMatch(text))
        tables.remove(m.captured(1));
    tables.insert(QStringLiteral("schema_version")); // the Migrator's own
    return tables;
}

struct Use
{
    QSet<QString> writers;
    QSet<QString> readers;
};

// Where each table is written and read, by file (relative to core/, or to the source tree).
QHash<QString, Use> scanSources(const QSet<QString> &tables)
{
    // Adjacent string literals are one string: join them so "… FROM " "accounts" is seen.
    static const QRegularExpression adjacent(QStringLiteral("\"\\s*\\n\\s*\""));
    static const QRegularExpression statement(
        QStringLiteral("\\b(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|FROM|JOIN)\\s+(\\w+)"));
    QHash<QString, Use> uses;
    for (const char *folder : {"core", "ui", "app"}) {
        QDirIterator it(kSource + QLatin1Char('/') + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QString name = QDir(kSource).relativeFilePath(path);
            if (name.startsWith(QLatin1String("core/")))
                name = name.mid(5);
            if (name == QLatin1String("storage/Schema.cpp") ||
                name == QLatin1String("storage/TableOwners.cpp"))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll()).replace(adjacent, QString());
            for (const QRegularExpressionMatch &m : statement.globalMatch(text)) {
                const QString table = m.captured(2);
                if (!tables.contains(table))
                    continue;
                const QString verb = m.captured(1);
                const bool writes = verb.startsWith(QLatin1String("INSERT")) ||
                                    verb == QLatin1String("UPDATE") ||
                                    verb.startsWith(QLatin1String("DELETE"));
                (writes ? uses[table].writers : uses[table].readers).insert(name);
            }
        }
    }
    return uses;
}
} // namespace

class TestTableOwners : public QObject
{
    Q_OBJECT
private slots:
    void everyTableHasAnOwner()
    {
        const QSet<QString> tables = schemaTables();
        QVERIFY(tables.size() >= 20);
        for (const QString &table : tables)
            QVERIFY2(TableOwners::of(table),
                     qPrintable(table + QStringLiteral(" has no owner in "
                                                       "core/storage/TableOwners.cpp")));
        for (const TableOwner &owner : TableOwners::all())
            QVERIFY2(tables.contains(QLatin1String(owner.table)),
                     qPrintable(QStringLiteral("TableOwners lists %1, which the schema does not "
                                               "have")
                                    .arg(QLatin1String(owner.table))));
    }

    // Team mode grants each role its work table by table: a new table needs a decision.
    void everyTableHasAGrantDecision()
    {
        const QSet<QString> tables = schemaTables();
        for (const QString &table : tables)
            QVERIFY2(TeamGrants::of(table),
                     qPrintable(table + QStringLiteral(" has no grant decision in "
                                                       "core/team/TeamGrants.cpp")));
        for (const TableGrant &grant : TeamGrants::all())
            QVERIFY2(tables.contains(QLatin1String(grant.table)),
                     qPrintable(QStringLiteral("TeamGrants lists %1, which the schema does not "
                                               "have")
                                    .arg(QLatin1String(grant.table))));
        // The decisions the issue names: only admins change apps, nobody changes the audit.
        const TableGrant *apps = TeamGrants::of(QStringLiteral("apps"));
        QCOMPARE(TeamGrants::privileges(*apps, TeamGrants::Role::Admin),
                 QStringLiteral("SELECT, INSERT, UPDATE, DELETE"));
        for (const auto role :
             {TeamGrants::Role::Marketing, TeamGrants::Role::Support, TeamGrants::Role::Viewer})
            QCOMPARE(TeamGrants::privileges(*apps, role), QStringLiteral("SELECT"));
        const TableGrant *audit = TeamGrants::of(QStringLiteral("audit_log"));
        for (const auto role :
             {TeamGrants::Role::Admin, TeamGrants::Role::Marketing, TeamGrants::Role::Support})
            QCOMPARE(TeamGrants::privileges(*audit, role), QStringLiteral("SELECT, INSERT"));
        QCOMPARE(TeamGrants::privileges(*TeamGrants::of(QStringLiteral("campaigns")),
                                        TeamGrants::Role::Support),
                 QStringLiteral("SELECT"));
        QCOMPARE(TeamGrants::privileges(*TeamGrants::of(QStringLiteral("identity_links")),
                                        TeamGrants::Role::Support),
                 QStringLiteral("SELECT, INSERT, UPDATE, DELETE"));
    }

    void sqlNamesATableOnlyInItsOwnersFiles()
    {
        const QHash<QString, Use> uses = scanSources(schemaTables());
        QStringList strays;
        for (auto it = uses.constBegin(); it != uses.constEnd(); ++it) {
            const TableOwner *owner = TableOwners::of(it.key());
            if (!owner)
                continue; // everyTableHasAnOwner says so
            const QString ownerFile = QLatin1String(owner->owner);
            for (const QString &file : it.value().writers)
                if (file != ownerFile)
                    strays << QStringLiteral("%1 writes %2, owned by %3")
                                  .arg(file, it.key(), ownerFile);
            for (const QString &file : it.value().readers)
                if (file != ownerFile && !owner->readers.contains(file))
                    strays << QStringLiteral("%1 reads %2 without being listed as its reader")
                                  .arg(file, it.key());
        }
        strays.sort();
        QVERIFY2(strays.isEmpty(), qPrintable(strays.join(QLatin1Char('\n'))));
    }

    void theMapListsNoFileThatNoLongerTouchesItsTable()
    {
        const QHash<QString, Use> uses = scanSources(schemaTables());
        QStringList stale;
        for (const TableOwner &owner : TableOwners::all()) {
            const Use use = uses.value(QLatin1String(owner.table));
            for (const QString &file : owner.readers)
                if (!use.readers.contains(file) && !use.writers.contains(file))
                    stale << QStringLiteral("%1 no longer reads %2: take it off readers")
                                 .arg(file, QLatin1String(owner.table));
        }
        QVERIFY2(stale.isEmpty(), qPrintable(stale.join(QLatin1Char('\n'))));
    }

    // ui/ cannot include QtSql (wxops_core links Qt::Sql privately); this also catches the
    // spelling <QtSql/…>, which the Qt include root would still find.
    void theUiNamesNoQtSqlClass()
    {
        QStringList uses;
        QDirIterator it(kSource + QStringLiteral("/ui"),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        static const QRegularExpression qtSql(QStringLiteral("\\bQ(tSql|Sql\\w+)\\b"));
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            int line = 0;
            while (!file.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(file.readLine());
                if (qtSql.match(text).hasMatch())
                    uses << QStringLiteral("%1:%2: %3")
                                .arg(QDir(kSource).relativeFilePath(file.fileName()))
                                .arg(line)
                                .arg(text.trimmed());
            }
        }
        QVERIFY2(uses.isEmpty(), qPrintable(uses.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTableOwners)
#include "tst_tableowners.moc"
