#pragma once

#include "EmulatorState.h"
#include "Router.h"

#include <memory>
#include <QAbstractHttpServer>
#include <QList>

class QHttpServerResponder;

// The HTTP side of wxemu: routes WeChat's paths to the emulated endpoints, checks tokens,
// quotas and per-minute limits the way WeChat does, injects faults and latency, and serves
// the /_emu/ inspection API that tests use.
class EmulatorServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit EmulatorServer(EmulatorState &state, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Reply dispatch(const Call &call, bool *hang, bool *reset, bool *loseReply);
    std::optional<Reply> injectedFault(bool *hang, bool *reset, bool *loseReply);
    Reply inspect(const Call &call);
    void respond(std::shared_ptr<QHttpServerResponder> responder, const Reply &reply);

    EmulatorState &m_state;
    Routes m_routes;
    QList<std::shared_ptr<QHttpServerResponder>> m_hanging; // replies that never come
};
