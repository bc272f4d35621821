#include "services/sync/connectivitywatcher.h"

#include "services/common/logging.h"

#include <QNetworkInformation>

namespace hpo {

ConnectivityWatcher::ConnectivityWatcher(QObject *parent) : QObject(parent)
{
    m_hasBackend = QNetworkInformation::loadDefaultBackend();
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!m_hasBackend || !info) {
        qCInfo(lcSync) << "no network information backend: syncs retry by backoff only";
        m_hasBackend = false;
        return;
    }
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                Q_EMIT reachableChanged(r == QNetworkInformation::Reachability::Online
                                        || r == QNetworkInformation::Reachability::Site
                                        || r == QNetworkInformation::Reachability::Local);
            });
}

} // namespace hpo
