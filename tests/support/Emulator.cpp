#include "Emulator.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

Emulator::Emulator(const QStringList &arguments)
{
    const QString binary = QStringLiteral(WXEMU_BINARY);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(binary, QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binary, m_process.errorString());
        return;
    }
    // The first line says where it listens.
    while (!m_process.canReadLine() && m_process.waitForReadyRead(10000)) {
    }
    const QString line = QString::fromUtf8(m_process.readLine());
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("listening on http://127.0.0.1:(\\d+)")).match(line);
    if (!match.hasMatch()) {
        m_error = QStringLiteral("wxemu said: %1 %2")
                      .arg(line, QString::fromUtf8(m_process.readAllStandardError()));
        return;
    }
    m_port = quint16(match.captured(1).toUInt());
}

Emulator::~Emulator()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QUrl Emulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QJsonObject Emulator::request(const QString &path, const QByteArray *body)
{
    QNetworkAccessManager manager;
    QUrl url = baseUrl();
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = body ? manager.post(request, *body) : manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return json;
}

QJsonObject Emulator::get(const QString &path)
{
    return request(path, nullptr);
}

QJsonObject Emulator::post(const QString &path, const QJsonObject &body)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request(path, &bytes);
}

QString Emulator::accessToken(const QString &appid, const QString &secret)
{
    return post(QStringLiteral("/cgi-bin/stable_token"),
                {{QStringLiteral("grant_type"), QStringLiteral("client_credential")},
                 {QStringLiteral("appid"), appid},
                 {QStringLiteral("secret"), secret}})
        .value(QStringLiteral("access_token"))
        .toString();
}

int Emulator::count(const QString &apiPath)
{
    return get(QStringLiteral("/_emu/counts"))
        .value(QStringLiteral("counts"))
        .toObject()
        .value(apiPath)
        .toInt();
}

QString Emulator::exportMp(const QString &path, const QStringList &population, int eventsPerUser)
{
    QProcess exporter;
    exporter.start(QStringLiteral(WXEMU_BINARY),
                   population + QStringList{QStringLiteral("--export-mp"), path,
                                            QStringLiteral("--events-per-user"),
                                            QString::number(eventsPerUser)});
    if (!exporter.waitForFinished(60000) || exporter.exitCode() != 0)
        return QStringLiteral("wxemu --export-mp failed: %1")
            .arg(QString::fromUtf8(exporter.readAllStandardError()));
    return QString();
}
