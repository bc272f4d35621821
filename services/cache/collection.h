// The cached collections, as announced by CacheDatabase::changed so that item
// models refresh only what changed.
#pragma once

#include <QHashFunctions>
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

inline size_t qHash(Collection collection, size_t seed = 0) noexcept
{
    return ::qHash(int(collection), seed);
}

} // namespace hpo

Q_DECLARE_METATYPE(hpo::Collection)
