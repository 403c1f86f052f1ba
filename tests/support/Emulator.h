#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// Runs the real wxemu binary on a free loopback port for one test, and talks to its /_emu/
// inspection API. The process is killed when this object goes away.
class Emulator
{
public:
    explicit Emulator(const QStringList &arguments = {});
    ~Emulator();

    // Writes the Mini Program export (`wxemu --export-mp`) of the population that `population`
    // (wxemu's options) describes. Empty when it worked, otherwise why not.
    static QString exportMp(const QString &path, const QStringList &population, int eventsPerUser);

    bool isRunning() const { return m_port != 0; }
    const QString &error() const { return m_error; }
    QUrl baseUrl() const;

    static QString oaAppid() { return QStringLiteral("wxoa0000000000emu"); }
    static QString oaSecret() { return QStringLiteral("emu-oa-secret-0123456789abcdef"); }
    static QString mpAppid() { return QStringLiteral("wxmp0000000000emu"); }
    static QString mpSecret() { return QStringLiteral("emu-mp-secret-0123456789abcdef"); }

    // Synchronous calls (local event loop) for inspection and setup.
    QJsonObject get(const QString &path);
    QJsonObject post(const QString &path, const QJsonObject &body);
    QJsonObject postBytes(const QString &path, const QByteArray &body)
    {
        return request(path, &body);
    }
    int count(const QString &apiPath);
    // A stable access token for `appid`, as a test calling WeChat's paths by hand needs.
    QString accessToken(const QString &appid,
                        const QString &secret); // calls the emulator saw on a WeChat path
    void configure(const QJsonObject &config) { post(QStringLiteral("/_emu/config"), config); }

private:
    QJsonObject request(const QString &path, const QByteArray *body);

    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};
