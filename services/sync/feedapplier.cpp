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

#include <QElapsedTimer>
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

// Decodes with the domain codec; `validated` receives the JSON that passed it.
template<typename T>
Result<T> decode(const FeedEntry &entry, bool ownsInstitutionCode, QJsonObject *validated = nullptr)
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
    if (validated)
        *validated = std::move(data);
    return value;
}

// Decodes with the domain codec (timed as decode), then stores (timed as write).
template<typename T, typename Write>
Status decodeAndStore(const FeedEntry &entry, bool ownsInstitutionCode, AppliedPage &out,
                      QElapsedTimer &clock, Write &&write)
{
    QJsonObject validated;
    Result<T> v = decode<T>(entry, ownsInstitutionCode, &validated);
    out.decodeNs += clock.nsecsElapsed();
    clock.restart();
    if (!v)
        return v.error();
    Status stored = write(v.value(), std::move(validated));
    out.writeNs += clock.nsecsElapsed();
    return stored;
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
    QElapsedTimer commitClock;
    commitClock.start();
    SyncStateRepository state(m_db);
    if (Status saved = state.saveCursor(scope, page.cursor, now, page.snapshot && !page.hasMore); !saved)
        return fail(saved.error());
    if (!m_db.commit())
        return fail(
            sqlError(QStringLiteral("cache-write-failed"), m_db.lastError(), QStringLiteral("commit")));
    out.commitNs = commitClock.nsecsElapsed();
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
    QElapsedTimer clock;
    clock.start();
    auto removed = [&](Status s) {
        out.writeNs += clock.nsecsElapsed();
        return s;
    };

    if (e == QStringLiteral("institution")) {
        collection = Collection::Institutions;
        if (upsert) {
            status = decodeAndStore<Institution>(
                entry, false, out, clock,
                [&](const Institution &v, QJsonObject) { return r.institutions.upsert(v); });
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
        status = upsert
            ? decodeAndStore<Branch>(entry, true, out, clock,
                                     [&](const Branch &v, QJsonObject) { return r.branches.upsert(v); })
            : removed(r.branches.remove(entry.id));
    } else if (e == QStringLiteral("contact")) {
        collection = Collection::Contacts;
        status = upsert ? decodeAndStore<ContactPerson>(entry, false, out, clock,
                                                        [&](const ContactPerson &v, QJsonObject) {
                                                            return r.contacts.upsert(entry.institution, v);
                                                        })
                        : removed(r.contacts.remove(entry.id));
    } else if (e == QStringLiteral("news")) {
        collection = Collection::News;
        status = upsert
            ? decodeAndStore<NewsItem>(entry, true, out, clock,
                                       [&](const NewsItem &v, QJsonObject) { return r.news.upsert(v); })
            : removed(r.news.remove(entry.id));
    } else if (e == QStringLiteral("archive")) {
        collection = Collection::Archive;
        if (upsert) {
            status = decodeAndStore<ArchiveItem>(
                entry, true, out, clock, [&](const ArchiveItem &v, QJsonObject validated) {
                    return r.archive.upsert(v, std::move(validated), &out.storedFilesToDelete);
                });
        } else {
            Result<QStringList> files = r.archive.storedFiles(entry.id);
            if (!files)
                return files.error();
            out.storedFilesToDelete += files.value();
            status = removed(r.archive.remove(entry.id));
        }
    } else if (e == QStringLiteral("contactMoment")) {
        collection = Collection::ContactMoments;
        status = upsert ? decodeAndStore<ContactMoment>(
                     entry, true, out, clock,
                     [&](const ContactMoment &v, QJsonObject) { return r.moments.upsert(v); })
                        : removed(r.moments.remove(entry.id));
    } else if (e == QStringLiteral("evaluation")) {
        collection = Collection::Evaluations;
        status = upsert ? decodeAndStore<Evaluation>(
                     entry, true, out, clock,
                     [&](const Evaluation &v, QJsonObject) { return r.evaluations.upsert(v); })
                        : removed(r.evaluations.remove(entry.id));
    } else if (e == QStringLiteral("gtb")) {
        collection = Collection::Gtb;
        status = upsert
            ? decodeAndStore<GtbOverview>(entry, true, out, clock,
                                          [&](const GtbOverview &v, QJsonObject) { return r.gtb.upsert(v); })
            : removed(r.gtb.remove(entry.institution.isEmpty() ? entry.id : entry.institution));
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
