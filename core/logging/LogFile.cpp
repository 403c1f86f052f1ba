#include "LogFile.h"

#include "Redaction.h"

#include <cstdio>
#include <QDateTime>
#include <QDir>
#include <QFile>

namespace {
LogFile *g_installed = nullptr;
bool g_toStderr = true;
QtMessageHandler g_previous = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = formatLogLine(type, context, message);
    if (g_installed)
        g_installed->write(line);
    if (g_toStderr) {
        const QByteArray bytes = line.toLocal8Bit();
        std::fprintf(stderr, "%s\n", bytes.constData());
        std::fflush(stderr);
    }
}
} // namespace

QString formatLogLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    return QStringLiteral("%1 %2 %3: %4")
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
             QString::fromLatin1(levelName(type)),
             QString::fromLatin1(context.category ? context.category : "default"),
             Redaction::redact(message));
}

LogFile::LogFile(const QString &directory, qint64 maxBytes, int keepFiles)
    : m_directory(directory), m_maxBytes(maxBytes), m_keepFiles(keepFiles)
{
    QDir().mkpath(m_directory);
    m_file.setFileName(currentPath());
    m_file.open(QIODevice::Append | QIODevice::Text);
}

LogFile::~LogFile()
{
    if (g_installed == this) {
        qInstallMessageHandler(g_previous);
        g_installed = nullptr;
    }
}

QString LogFile::currentPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("wxops.log"));
}

QString LogFile::rotatedPath(int index) const
{
    return QDir(m_directory).filePath(QStringLiteral("wxops.%1.log").arg(index));
}

void LogFile::write(const QString &line)
{
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    m_file.write(Redaction::redact(line).toUtf8());
    m_file.write("\n");
    m_file.flush();
    if (m_file.size() >= m_maxBytes)
        rotate();
}

void LogFile::rotate()
{
    m_file.close();
    QFile::remove(rotatedPath(m_keepFiles));
    for (int i = m_keepFiles - 1; i >= 1; --i)
        QFile::rename(rotatedPath(i), rotatedPath(i + 1));
    QFile::rename(currentPath(), rotatedPath(1));
    m_file.setFileName(currentPath());
    m_file.open(QIODevice::Append | QIODevice::Text);
}

void LogFile::install(bool alsoToStderr)
{
    g_toStderr = alsoToStderr;
    g_installed = this;
    g_previous = qInstallMessageHandler(handleMessage);
}
