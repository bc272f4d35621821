#include "services/cache/collection.h"

namespace hpo {

QString collectionName(Collection collection)
{
    switch (collection) {
    case Collection::Institutions:
        return QStringLiteral("institutions");
    case Collection::Branches:
        return QStringLiteral("branches");
    case Collection::Contacts:
        return QStringLiteral("contacts");
    case Collection::News:
        return QStringLiteral("news");
    case Collection::Archive:
        return QStringLiteral("archive");
    case Collection::ContactMoments:
        return QStringLiteral("contact-moments");
    case Collection::Evaluations:
        return QStringLiteral("evaluations");
    case Collection::Gtb:
        return QStringLiteral("gtb");
    case Collection::Accounts:
        return QStringLiteral("accounts");
    case Collection::SyncState:
        return QStringLiteral("sync-state");
    }
    return {};
}

} // namespace hpo
