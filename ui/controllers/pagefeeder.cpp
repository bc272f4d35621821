#include "ui/controllers/pagefeeder.h"

#include "models/pagemodels.h"
#include "services/cache/branchrepository.h"
#include "services/cache/cachedatabase.h"
#include "services/cache/contactmomentrepository.h"
#include "services/cache/contactrepository.h"
#include "services/cache/evaluationrepository.h"
#include "services/cache/gtbrepository.h"
#include "services/cache/institutionrepository.h"
#include "services/cache/newsrepository.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace hpo {

namespace {
const Collection allCollections[]
    = {Collection::Institutions,   Collection::Contacts,    Collection::Branches, Collection::News,
       Collection::ContactMoments, Collection::Evaluations, Collection::Gtb};
} // namespace

PageFeeder::PageFeeder(CacheDatabase &cache, PageModels &models, QObject *parent)
    : QObject(parent),
      m_cache(cache),
      m_models(models)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &PageFeeder::flush);
    connect(&m_cache, &CacheDatabase::changed, this, &PageFeeder::onCacheChanged);
}

template<typename T> bool PageFeeder::take(Result<T> result, T &out)
{
    if (!result) {
        Q_EMIT readFailed(result.error().message);
        return false;
    }
    out = std::move(result).value();
    return true;
}

void PageFeeder::setInstitution(const QString &code)
{
    m_code = code;
    m_dirty.clear();
    m_schoolsDirty = false;
    m_flushTimer.stop();
    for (const Collection c : allCollections)
        reload(c);
}

void PageFeeder::onCacheChanged(Collection collection, const QString &institutionCode)
{
    if (m_code.isEmpty())
        return;
    // Empty code: rows of several institutions changed (a sync page); news may be general.
    const bool ours = institutionCode.isEmpty() || institutionCode == m_code;
    const bool ourSchool = m_institution && m_institution->kind == Institution::Kind::Board;
    if (ours
        && std::find(std::begin(allCollections), std::end(allCollections), collection)
            != std::end(allCollections))
        m_dirty.insert(collection);
    else if (ourSchool
             && (collection == Collection::Institutions || collection == Collection::Contacts
                 || collection == Collection::News))
        m_schoolsDirty = true; // a school of the board on screen changed
    else
        return;
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void PageFeeder::flush()
{
    const QSet<Collection> dirty = std::exchange(m_dirty, {});
    bool schools = std::exchange(m_schoolsDirty, false);
    for (const Collection c : allCollections) {
        if (!dirty.contains(c))
            continue;
        reload(c);
        if (c == Collection::Institutions)
            schools = false; // read again with the institution
        else if (c == Collection::Contacts || c == Collection::News)
            schools = true; // the board's own (and general) news count in the list
    }
    if (schools)
        reloadSchools();
}

void PageFeeder::reload(Collection collection)
{
    const QSqlDatabase db = m_cache.database();
    switch (collection) {
    case Collection::Institutions: {
        std::optional<Institution> institution;
        if (!take(InstitutionRepository(db).find(m_code), institution))
            return;
        m_institution = institution;
        reloadSchools();
        Q_EMIT institutionChanged(m_institution);
        return;
    }
    case Collection::Contacts: {
        QList<ContactPerson> people;
        if (take(ContactRepository(db).forInstitution(m_code), people))
            m_models.contacts.setValues(people);
        return;
    }
    case Collection::Branches: {
        QList<Branch> branches;
        if (take(BranchRepository(db).forInstitution(m_code), branches))
            m_models.branches.setValues(branches);
        return;
    }
    case Collection::News: {
        QList<NewsItem> news;
        if (take(NewsRepository(db).forInstitution(m_code), news))
            m_models.news.setValues(news);
        return;
    }
    case Collection::ContactMoments: {
        QList<ContactMoment> moments;
        if (take(ContactMomentRepository(db).forInstitution(m_code), moments))
            m_models.contactMoments.setValues(moments);
        return;
    }
    case Collection::Evaluations: {
        QList<Evaluation> evaluations;
        if (take(EvaluationRepository(db).forInstitution(m_code), evaluations))
            m_models.evaluations.setValues(evaluations);
        return;
    }
    case Collection::Gtb: {
        std::optional<GtbOverview> overview;
        if (!take(GtbRepository(db).find(m_code), overview))
            return;
        m_gtb = overview;
        Q_EMIT gtbChanged(m_gtb);
        return;
    }
    case Collection::Archive: // the archive model reads its own windows
    case Collection::Accounts:
    case Collection::SyncState:
        return;
    }
}

void PageFeeder::reloadSchools()
{
    if (!m_institution || m_institution->kind != Institution::Kind::Board) {
        m_models.schools.setValues({});
        return;
    }
    QList<SchoolOverview> overviews;
    if (!take(InstitutionRepository(m_cache.database()).schoolOverviews(m_code), overviews))
        return;
    QList<SchoolSummary> rows;
    rows.reserve(overviews.size());
    for (SchoolOverview &o : overviews)
        rows.append({std::move(o.school), std::move(o.gemachtigde), int(o.unreadNews)});
    m_models.schools.setValues(rows);
}

} // namespace hpo
