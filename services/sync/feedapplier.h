// Applies change-feed pages to the cache: every entry of a page and the new
// cursor in ONE transaction, so a crash never moves the cursor past data that
// was not stored. Entries are decoded with the domain codecs. Runs on the
// sync worker thread, on that thread's own connection.
#pragma once

#include "models/domain/result.h"
#include "services/cache/collection.h"
#include "services/sync/feedpage.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>

#include <optional>
#include <utility>

namespace hpo {

struct AppliedPage
{
    QString cursor;
    bool hasMore = false;
    int upserts = 0;
    int deletes = 0;
    int skipped = 0; // entities this client does not know yet
    int rejected = 0; // entries whose data the domain codecs refuse: skipped, not stored
    std::optional<Error> firstRejection; // field: "entries[seq=N].data.…"
    QSet<std::pair<Collection, QString>> changed; // to announce after commit
    QStringList storedFilesToDelete; // attachment copies whose rows are gone (relative to the profile)
    qint64 workerMs = 0; // parse + apply + commit on the worker thread (wall clock)
    // Where the worker's time went (wall clock, nanoseconds), for bench_sync:
    qint64 parseNs = 0; // the page's JSON into FeedEntry values
    qint64 decodeNs = 0; // the domain codecs
    qint64 writeNs = 0; // the statements (rows, attachments, FTS triggers)
    qint64 commitNs = 0; // cursor + COMMIT
    qint64 workerCpuNs = 0; // the worker thread's CPU time for the page
};

class FeedApplier final
{
public:
    explicit FeedApplier(QSqlDatabase db);

    // `wipeFirst`: the page starts a full snapshot (first sync, or after 410):
    // all cached portal rows go in the same transaction (the outbox stays).
    // An entry the domain codecs refuse is skipped and counted (one bad record
    // must not stall the feed for good); SQL failures roll the page back.
    // Errors: "cache-write-failed".
    Result<AppliedPage> apply(const FeedPage &page, const QString &scope, const QDateTime &now,
                              bool wipeFirst);

private:
    struct Repositories;
    static Status applyEntry(Repositories &r, const FeedEntry &entry, AppliedPage &out);
    Status wipe(AppliedPage &out);

    QSqlDatabase m_db;
};

} // namespace hpo
