// The cached collections, as announced by CacheDatabase::changed so that item
// models refresh only what changed.
#pragma once

#include <QMetaType>
#include <QString>

namespace hpo {

enum class Collection {
    Institutions,
    Branches,
    Contacts,
    News,
    Archive,
    ContactMoments,
    Evaluations,
    Gtb,
    Accounts,
    SyncState,
};

// Stable lower-case names ("contact-moments"), also the feed's `entity` names where they match.
QString collectionName(Collection collection);

} // namespace hpo

Q_DECLARE_METATYPE(hpo::Collection)
