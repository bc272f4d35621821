// The listening socket QHttpServer is bound to (bind()): hands out
// GuardedSockets and caps the number of open connections.
#pragma once

#include "server/http/guardedsocket.h"

#include <QTcpServer>

namespace hpo::server {

class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    explicit GuardedTcpServer(const ConnectionLimits &limits, int maxConnections = 512,
                              QObject *parent = nullptr);
    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    ConnectionLimits m_limits;
    int m_maxConnections;
    int m_open = 0;
};

} // namespace hpo::server
