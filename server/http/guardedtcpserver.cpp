#include "server/http/guardedtcpserver.h"

namespace hpo::server {

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits &limits, int maxConnections, QObject *parent)
    : QTcpServer(parent),
      m_limits(limits),
      m_maxConnections(maxConnections)
{ }

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new GuardedSocket(m_limits, this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_open >= m_maxConnections) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    addPendingConnection(socket);
}

} // namespace hpo::server
