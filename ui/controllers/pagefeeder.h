// Fills the pages' item models from the offline cache for the institution on
// screen, and refreshes only what the cache says changed. Every read here is a
// small per-institution query; the archive has its own windowed model.
#pragma once

#include "models/domain/gtboverview.h"
#include "models/domain/institution.h"
#include "services/cache/collection.h"

#include <QObject>

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
    void reload(Collection collection);
    void reloadSchools();
    template<typename T> bool take(Result<T> result, T &out);

    CacheDatabase &m_cache;
    PageModels &m_models;
    QString m_code;
    std::optional<Institution> m_institution;
    std::optional<GtbOverview> m_gtb;
};

} // namespace hpo
