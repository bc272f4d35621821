// HTML of the test eHerkenning broker: the identity choice and error pages.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace hpo::server {

struct BrokerIdentity
{
    QString id;
    QString displayName;
    QString sees;
};

QByteArray brokerPage(const QList<BrokerIdentity> &identities, const QUrlQuery &hiddenFields);
QByteArray brokerErrorPage(const QString &message);

} // namespace hpo::server
