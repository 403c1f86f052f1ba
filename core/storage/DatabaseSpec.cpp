#include "DatabaseSpec.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {
// The context lupdate and the translator share for this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseSpec)
};

// libpq connection options we pass through from the URL's query.
const QStringList kPassThroughOptions{QStringLiteral("sslmode"), QStringLiteral("connect_timeout"),
                                      QStringLiteral("application_name")};

// A control character, or a Unicode noncharacter (U+FDD0..U+FDEF, U+xFFFE/U+xFFFF), which no
// real name holds and which QUrl does not write back as it read it.
bool holdsUnprintable(const QString &name)
{
    const QList<uint> codePoints = name.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(), [](uint c) {
        return c < 0x20 || (c >= 0x7f && c < 0xa0) || QChar::isNonCharacter(c);
    });
}
} // namespace

DatabaseSpec DatabaseSpec::sqliteFile(const QString &path, bool createFolder)
{
    DatabaseSpec spec;
    spec.m_backend = Backend::Sqlite;
    spec.m_filePath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    spec.m_createFolder = createFolder;
    return spec;
}

std::optional<DatabaseSpec> DatabaseSpec::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QStringLiteral("sqlite:"))) {
        QString path = trimmed.mid(7);
        if (path.startsWith(QStringLiteral("//")))
            path = path.mid(2); // sqlite:///abs/path
        if (path.isEmpty()) {
            *error =
                Text::tr("The SQLite database needs a file path, as in sqlite:/home/me/wxops.db.");
            return std::nullopt;
        }
        if (path.startsWith(u':')) {
            // Qt reads ":/…" as a built-in resource, and SQLite's ":memory:" keeps nothing.
            *error = Text::tr("The SQLite path \"%1\" starts with ':': give a file on disk, as "
                              "in sqlite:/home/me/wxops.db.")
                         .arg(path);
            return std::nullopt;
        }
        if (std::any_of(path.cbegin(), path.cend(), [](QChar c) { return c.unicode() < 0x20; })) {
            *error = Text::tr("The SQLite path holds a control character (a line break or a "
                              "tab?): %1")
                         .arg(QString(path).replace(u'\n', QStringLiteral("\\n")));
            return std::nullopt;
        }
        const QString lastPart = path.section(u'/', -1);
        if (lastPart.isEmpty() || lastPart == u'.' || lastPart == QStringLiteral("..")) {
            *error = Text::tr("%1 is a folder: give the database file's name, as in "
                              "sqlite:/home/me/wxops.db.")
                         .arg(path);
            return std::nullopt;
        }
        const DatabaseSpec spec = sqliteFile(path);
        const QString fileName = QFileInfo(spec.filePath()).fileName();
        if (fileName != fileName.trimmed()) {
            *error = Text::tr("The SQLite file name \"%1\" begins or ends with a space: a "
                              "quoting mistake?")
                         .arg(fileName);
            return std::nullopt;
        }
        return spec;
    }

    if (trimmed.startsWith(QStringLiteral("postgresql://")) ||
        trimmed.startsWith(QStringLiteral("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid()) {
            *error =
                Text::tr("The PostgreSQL address is not a valid URL: %1").arg(url.errorString());
            return std::nullopt;
        }
        if (!url.password().isEmpty()) {
            *error = Text::tr(
                "Do not put the PostgreSQL password in --database: it would be visible to "
                "other users of this computer. Store it in ~/.pgpass (or the file named by "
                "PGPASSFILE), or in the keychain from Settings.");
            return std::nullopt;
        }
        DatabaseSpec spec;
        spec.m_backend = Backend::Postgres;
        spec.m_host = url.host();
        spec.m_port = url.port(5432);
        spec.m_user = url.userName();
        spec.m_databaseName = url.path().mid(1);
        QStringList options;
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == QStringLiteral("host")) {
                if (!value.startsWith(u'/')) {
                    *error = Text::tr("The PostgreSQL option host=\"%1\" names a socket folder "
                                      "(an absolute path); a server's name goes after the \"@\".")
                                 .arg(value);
                    return std::nullopt;
                }
                spec.m_host = value; // a socket directory, as libpq allows
            } else if (kPassThroughOptions.contains(key)) {
                // Qt hands libpq "key=value key=value": a space or quote in a value would
                // start another option (host=, password=).
                static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._-]*$"));
                if (!plain.match(value).hasMatch()) {
                    *error = Text::tr("The PostgreSQL option %1=\"%2\" may hold only letters, "
                                      "digits, '.', '-' and '_'.")
                                 .arg(key, value);
                    return std::nullopt;
                }
                options << key + u'=' + value;
            } else {
                *error = Text::tr("Unknown PostgreSQL option \"%1\". Supported: host, %2.")
                             .arg(key, kPassThroughOptions.join(QStringLiteral(", ")));
                return std::nullopt;
            }
        }
        spec.m_connectOptions = options.join(u';');
        for (const QString &name : {spec.m_user, spec.m_databaseName, spec.m_host}) {
            if (holdsUnprintable(name)) {
                *error = Text::tr("The PostgreSQL user, database name or socket folder holds a "
                                  "control character or a Unicode noncharacter; check the "
                                  "address for a copy-and-paste mistake.");
                return std::nullopt;
            }
        }
        if (spec.m_host.isEmpty())
            spec.m_host = QStringLiteral("localhost");
        if (spec.m_databaseName.isEmpty()) {
            *error = Text::tr("The PostgreSQL address needs a database name, as in "
                              "postgresql://wxops@db.example.com:5432/wxops.");
            return std::nullopt;
        }
        return spec;
    }

    *error = Text::tr("Unknown database \"%1\". Use sqlite:/path/to/file.db or "
                      "postgresql://user@host:port/database.")
                 .arg(trimmed);
    return std::nullopt;
}

QString DatabaseSpec::qtDriver() const
{
    return isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString DatabaseSpec::displayName() const
{
    if (isSqlite())
        return QStringLiteral("SQLite %1").arg(QDir::toNativeSeparators(m_filePath));
    const QString who = m_user.isEmpty() ? QString() : m_user + u'@';
    return QStringLiteral("PostgreSQL %1%2:%3/%4").arg(who, m_host).arg(m_port).arg(m_databaseName);
}

QString DatabaseSpec::toUrl() const
{
    if (isSqlite())
        return QStringLiteral("sqlite:") + m_filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    QUrlQuery query;
    if (m_host.startsWith(u'/'))
        query.addQueryItem(QStringLiteral("host"), m_host);
    else
        url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(u'/' + m_databaseName);
    for (const QString &option : m_connectOptions.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = option.indexOf(u'=');
        query.addQueryItem(option.left(eq), option.mid(eq + 1));
    }
    url.setQuery(query);
    // Encoded, so that a name with a space or '%' reads back as the same name.
    return url.toString(QUrl::FullyEncoded);
}
