#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

// A size-rotated log file: wxops.log, wxops.1.log ... wxops.N.log (oldest dropped).
// Installed as Qt's message handler; every line passes through Redaction first.
class LogFile
{
public:
    LogFile(const QString &directory, qint64 maxBytes = 5 * 1024 * 1024, int keepFiles = 5);
    ~LogFile();

    QString currentPath() const;
    void write(const QString &line);

    // Routes qDebug/qInfo/qWarning/... to this file (and to stderr as before).
    void install(bool alsoToStderr = true);

private:
    QString rotatedPath(int index) const;
    void rotate();

    QString m_directory;
    qint64 m_maxBytes;
    int m_keepFiles;
    QFile m_file;
    QMutex m_mutex;
};

// Formats one message the way it is written to the log file and stderr.
QString formatLogLine(QtMsgType type, const QMessageLogContext &context, const QString &message);
