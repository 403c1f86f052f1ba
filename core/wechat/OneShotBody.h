#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and never rewound. Qt's HTTP layer silently resends a
// request whose connection dropped before the reply, if it can rewind the body; for a message
// send that would be a second message WeChat cannot tell apart. With this body (and upload
// buffering off) Qt cannot resend, so the failure comes back to ApiCall, which decides.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
