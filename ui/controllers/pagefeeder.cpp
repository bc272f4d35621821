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

namespace hpo {

namespace {
const Collection allCollections[]
    = {Collection::Institutions,   Collection::Contacts,    Collection::Branches, Collection::News,
       Collection::ContactMoments, Collection::Evaluations, Collection::Gtb};

QString gemachtigdeOf(const QList<ContactPerson> &people)
{
    for (const ContactPerson &p : people) {
        if (p.hasRole(ContactPerson::Role::Gemachtigde))
            return p.displayName();
    }
    return {};
}
} // namespace

PageFeeder::PageFeeder(CacheDatabase &cache, PageModels &models, QObject *parent)
    : QObject(parent),
      m_cache(cache),
      m_models(models)
{
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
    if (ours)
        reload(collection);
    else if (ourSchool
             && (collection == Collection::Institutions || collection == Collection::Contacts
                 || collection == Collection::News))
        reloadSchools(); // a school of the board on screen changed
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
        if (m_institution && m_institution->kind == Institution::Kind::Board)
            reloadSchools();
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
    const QSqlDatabase db = m_cache.database();
    QList<Institution> schools;
    if (!take(InstitutionRepository(db).schoolsOfBoard(m_code), schools))
        return;
    QList<SchoolSummary> rows;
    rows.reserve(schools.size());
    ContactRepository contacts(db);
    NewsRepository news(db);
    for (const Institution &school : std::as_const(schools)) {
        SchoolSummary row {school, {}, 0};
        QList<ContactPerson> people;
        if (take(contacts.forInstitution(school.code), people))
            row.gemachtigde = gemachtigdeOf(people);
        qint64 unread = 0;
        if (take(news.unreadCount(school.code), unread))
            row.unreadNews = int(unread);
        rows.append(row);
    }
    m_models.schools.setValues(rows);
}

} // namespace hpo
