#include "services/sync/feedapplier.h"

#include "services/cache/archiverepository.h"
#include "services/cache/branchrepository.h"
#include "services/cache/contactmomentrepository.h"
#include "services/cache/contactrepository.h"
#include "services/cache/evaluationrepository.h"
#include "services/cache/gtbrepository.h"
#include "services/cache/institutionpurge.h"
#include "services/cache/institutionrepository.h"
#include "services/cache/newsrepository.h"
#include "services/cache/sqlerror.h"
#include "services/cache/syncstaterepository.h"
#include "services/common/logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hpo {

// The repositories of one page's transaction (prepared statements are reused across its entries).
struct FeedApplier::Repositories
{
    explicit Repositories(const QSqlDatabase &db)
        : institutions(db),
          branches(db),
          contacts(db),
          news(db),
          archive(db),
          moments(db),
          evaluations(db),
          gtb(db),
          purge(db)
    { }
    InstitutionRepository institutions;
    BranchRepository branches;
    ContactRepository contacts;
    NewsRepository news;
    ArchiveRepository archive;
    ContactMomentRepository moments;
    EvaluationRepository evaluations;
    GtbRepository gtb;
    InstitutionPurge purge;
};

namespace {

template<typename T> Result<T> decode(const FeedEntry &entry, bool ownsInstitutionCode)
{
    QJsonObject data = entry.data;
    if (!data.contains(QStringLiteral("version")))
        data.insert(QStringLiteral("version"), entry.version);
    if (ownsInstitutionCode && !entry.institution.isEmpty()
        && !data.contains(QStringLiteral("institutionCode")))
        data.insert(QStringLiteral("institutionCode"), entry.institution);
    const QString path = QStringLiteral("entries[seq=%1].data").arg(entry.seq);
    Result<T> value = T::fromJson(data, path);
    if (!value)
        return Error {QStringLiteral("feed-entry-invalid"), value.error().message, value.error().field};
    return value;
}

} // namespace

FeedApplier::FeedApplier(QSqlDatabase db) : m_db(std::move(db))
{ }

Result<AppliedPage> FeedApplier::apply(const FeedPage &page, const QString &scope, const QDateTime &now,
                                       bool wipeFirst)
{
    AppliedPage out;
    out.cursor = page.cursor;
    out.hasMore = page.hasMore;
    if (page.entries.isEmpty() && !wipeFirst) {
        // A no-change poll writes nothing at all.
        const Result<SyncState> state = SyncStateRepository(m_db).load(scope);
        if (state && state.value().cursor == page.cursor)
            return out;
    }
    // IMMEDIATE: the write lock is taken (waiting out the busy timeout) before the first read. A deferred
    // transaction that reads first gets SQLITE_BUSY_SNAPSHOT, without waiting, on its first write when
    // another connection (the UI thread's) committed in between.
    {
        QSqlQuery begin(m_db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlError(QStringLiteral("cache-write-failed"), begin.lastError(), QStringLiteral("begin"));
    }
    Repositories repositories(m_db);
    auto fail = [this](const Error &error) -> Result<AppliedPage> {
        m_db.rollback();
        return error;
    };
    if (wipeFirst) {
        if (Status wiped = wipe(out); !wiped)
            return fail(wiped.error());
    }
    for (const FeedEntry &entry : page.entries) {
        if (Status applied = applyEntry(repositories, entry, out); !applied)
            return fail(applied.error());
    }
    SyncStateRepository state(m_db);
    if (Status saved = state.saveCursor(scope, page.cursor, now, page.snapshot && !page.hasMore); !saved)
        return fail(saved.error());
    if (!m_db.commit())
        return fail(
            sqlError(QStringLiteral("cache-write-failed"), m_db.lastError(), QStringLiteral("commit")));
    out.changed.insert({Collection::SyncState, QString()});
    return out;
}

Status FeedApplier::wipe(AppliedPage &out)
{
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT stored_path FROM archive_attachments WHERE stored_path IS NOT NULL")))
        return sqlError(QStringLiteral("cache-write-failed"), query.lastError(), QStringLiteral("wipe"));
    while (query.next())
        out.storedFilesToDelete.append(query.value(0).toString());
    static const QStringList tables
        = {QStringLiteral("archive_items"), QStringLiteral("branches"),        QStringLiteral("contacts"),
           QStringLiteral("news"),          QStringLiteral("contact_moments"), QStringLiteral("evaluations"),
           QStringLiteral("gtb"),           QStringLiteral("institutions"),    QStringLiteral("http_etags")};
    for (const QString &table : tables) {
        if (!query.exec(QStringLiteral("DELETE FROM ") + table))
            return sqlError(QStringLiteral("cache-write-failed"), query.lastError(), table);
    }
    for (Collection c :
         {Collection::Institutions, Collection::Branches, Collection::Contacts, Collection::News,
          Collection::Archive, Collection::ContactMoments, Collection::Evaluations, Collection::Gtb})
        out.changed.insert({c, QString()});
    return success();
}

Status FeedApplier::applyEntry(Repositories &r, const FeedEntry &entry, AppliedPage &out)
{
    const bool upsert = entry.op == FeedEntry::Op::Upsert;
    Status status = success();
    Collection collection = Collection::Institutions;
    const QString &e = entry.entity;

    if (e == QStringLiteral("institution")) {
        collection = Collection::Institutions;
        if (upsert) {
            Result<Institution> v = decode<Institution>(entry, false);
            status = v ? r.institutions.upsert(v.value()) : Status(v.error());
        } else {
            // Access lost (unlinked, or no longer in the board): everything of it goes.
            Result<InstitutionPurge::Outcome> purged = r.purge.purge(entry.id);
            if (!purged)
                return purged.error();
            out.storedFilesToDelete += purged.value().storedFiles;
            for (Collection c :
                 {Collection::Branches, Collection::Contacts, Collection::News, Collection::Archive,
                  Collection::ContactMoments, Collection::Evaluations, Collection::Gtb})
                out.changed.insert({c, entry.id});
        }
    } else if (e == QStringLiteral("branch")) {
        collection = Collection::Branches;
        if (upsert) {
            Result<Branch> v = decode<Branch>(entry, true);
            status = v ? r.branches.upsert(v.value()) : Status(v.error());
        } else {
            status = r.branches.remove(entry.id);
        }
    } else if (e == QStringLiteral("contact")) {
        collection = Collection::Contacts;
        if (upsert) {
            Result<ContactPerson> v = decode<ContactPerson>(entry, false);
            status = v ? r.contacts.upsert(entry.institution, v.value()) : Status(v.error());
        } else {
            status = r.contacts.remove(entry.id);
        }
    } else if (e == QStringLiteral("news")) {
        collection = Collection::News;
        if (upsert) {
            Result<NewsItem> v = decode<NewsItem>(entry, true);
            status = v ? r.news.upsert(v.value()) : Status(v.error());
        } else {
            status = r.news.remove(entry.id);
        }
    } else if (e == QStringLiteral("archive")) {
        collection = Collection::Archive;
        if (upsert) {
            Result<ArchiveItem> v = decode<ArchiveItem>(entry, true);
            status = v ? r.archive.upsert(v.value(), &out.storedFilesToDelete) : Status(v.error());
        } else {
            Result<QStringList> files = r.archive.storedFiles(entry.id);
            if (!files)
                return files.error();
            out.storedFilesToDelete += files.value();
            status = r.archive.remove(entry.id);
        }
    } else if (e == QStringLiteral("contactMoment")) {
        collection = Collection::ContactMoments;
        if (upsert) {
            Result<ContactMoment> v = decode<ContactMoment>(entry, true);
            status = v ? r.moments.upsert(v.value()) : Status(v.error());
        } else {
            status = r.moments.remove(entry.id);
        }
    } else if (e == QStringLiteral("evaluation")) {
        collection = Collection::Evaluations;
        if (upsert) {
            Result<Evaluation> v = decode<Evaluation>(entry, true);
            status = v ? r.evaluations.upsert(v.value()) : Status(v.error());
        } else {
            status = r.evaluations.remove(entry.id);
        }
    } else if (e == QStringLiteral("gtb")) {
        collection = Collection::Gtb;
        if (upsert) {
            Result<GtbOverview> v = decode<GtbOverview>(entry, true);
            status = v ? r.gtb.upsert(v.value()) : Status(v.error());
        } else {
            status = r.gtb.remove(entry.institution.isEmpty() ? entry.id : entry.institution);
        }
    } else {
        // A newer server may send entities this client does not know: skip, don't stall the feed.
        qCInfo(lcSync) << "skipping unknown feed entity" << e;
        ++out.skipped;
        return success();
    }
    if (!status) {
        if (status.error().code != QStringLiteral("feed-entry-invalid"))
            return status;
        qCWarning(lcSync) << "feed entry refused:" << entry.entity << entry.id << status.error().field
                          << status.error().message;
        ++out.rejected;
        if (!out.firstRejection)
            out.firstRejection = status.error();
        return success();
    }
    upsert ? ++out.upserts : ++out.deletes;
    out.changed.insert({collection, entry.institution});
    return success();
}

} // namespace hpo
