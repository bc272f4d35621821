// Tells whether the network is reachable, through QNetworkInformation's default
// backend where the platform has one. Without a backend it reports nothing,
// and the SyncScheduler's backoff alone decides when to try again.
#pragma once

#include <QObject>

namespace hpo {

class ConnectivityWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectivityWatcher)

public:
    explicit ConnectivityWatcher(QObject *parent = nullptr);

    bool hasBackend() const { return m_hasBackend; }

Q_SIGNALS:
    void reachableChanged(bool reachable);

private:
    bool m_hasBackend = false;
};

} // namespace hpo
