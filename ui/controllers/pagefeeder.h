// Fills the pages' item models from the offline cache for the institution on
// screen, and refreshes only what the cache says changed. Every read here is a
// small per-institution query (a board's school list is one grouped query);
// the archive has its own windowed model. Announcements are coalesced: a sync
// page announces dozens of (collection, institution) pairs at once, and each
// collection is read again once, when control returns to the event loop.
#pragma once

#include "models/domain/gtboverview.h"
#include "models/domain/institution.h"
#include "services/cache/collection.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

namespace hpo {

class CacheDatabase;
struct PageModels;

class PageFeeder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageFeeder)

public:
    PageFeeder(CacheDatabase &cache, PageModels &models, QObject *parent = nullptr);

    // Reads every collection of `code` at once (no deferral).
    void setInstitution(const QString &code);
    QString institutionCode() const { return m_code; }
    const std::optional<Institution> &institution() const { return m_institution; }
    const std::optional<GtbOverview> &gtbOverview() const { return m_gtb; }

Q_SIGNALS:
    void institutionChanged(const std::optional<hpo::Institution> &institution);
    void gtbChanged(const std::optional<hpo::GtbOverview> &overview);
    // A cached row could not be read; the message is for the status bar.
    void readFailed(const QString &message);

private:
    void onCacheChanged(Collection collection, const QString &institutionCode);
    void flush();
    void reload(Collection collection);
    void reloadSchools();
    template<typename T> bool take(Result<T> result, T &out);

    CacheDatabase &m_cache;
    PageModels &m_models;
    QString m_code;
    std::optional<Institution> m_institution;
    std::optional<GtbOverview> m_gtb;
    QSet<Collection> m_dirty; // announced for the institution on screen, not yet read again
    bool m_schoolsDirty = false; // a school of the board on screen changed
    QTimer m_flushTimer;
};

} // namespace hpo
