// The archive's content on demand, for the GUI and the CLI alike: the whole
// body of an item whose feed copy was cut at 64 KiB, and attachment files,
// fetched once and kept under <profile>/attachments for offline use within a
// size budget (default 500 MB; bodies and files together), least recently used
// dropped first. The copy just fetched is spared by the eviction it triggers,
// so a single file larger than the budget stays until the next eviction.
#pragma once

#include "models/domain/archiveitem.h"
#include "models/domain/result.h"
#include "services/api/apiclient.h"
#include "services/archive/archivedocumentstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace hpo {

class CacheDatabase;
class Clock;

class ArchiveDocumentService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveDocumentService)

public:
    static constexpr qint64 defaultBudgetBytes = 500LL * 1000 * 1000;

    // Sends a request to the server (AuthService::send in the composition roots). Empty, or one that
    // answers "offline", while there is no network to use: only kept copies are served then.
    using Sender = std::function<void(const ApiRequest &, QObject *context, ApiClient::Callback)>;

    // `cache` and `clock` must outlive the service; `profileDir` holds attachments/.
    ArchiveDocumentService(CacheDatabase &cache, QString profileDir, Sender send, Clock &clock,
                           qint64 budgetBytes = defaultBudgetBytes, QObject *parent = nullptr);
    ~ArchiveDocumentService() override;

    // Error codes: "archive-not-cached" (no such item of this institution in the cache),
    // "attachment-not-listed", "needs-network" (offline or unreachable, and no kept copy),
    // "file-write-failed", "cache-read-failed"/"cache-write-failed", or the server's own code
    // (problem+json `code`, else "http-<status>") when it refuses.
    struct ItemAnswer
    {
        // The whole item; or, when `error` is set, the cached copy (possibly cut: bodyTruncated) if any.
        std::optional<ArchiveItem> item;
        std::optional<Error> error;
    };
    using ItemCallback = std::function<void(const ItemAnswer &)>;
    // A file path on success.
    using FileCallback = std::function<void(const Result<QString> &)>;

    // The item with its whole body: from the cache without network when the feed's body is whole or the
    // whole body is kept; else fetched once and kept (nothing announced: no list shows bodies). Error
    // "archive-not-cached" (no item) when the sync changed the item while its body was fetched.
    // `done` runs later on `context`'s thread, never before this returns; dropped if `context` dies.
    void wholeItem(const QString &code, const QString &id, QObject *context, ItemCallback done);

    // The absolute path of a kept copy of attachment `index`: the stored file (its last use touched), else
    // fetched, written atomically under <profile>/attachments/, recorded, and the budget enforced. A
    // recorded file missing on disk is fetched again. Error "archive-not-cached" when the sync changed
    // or dropped the attachment while it was fetched (the fetched bytes are not kept).
    void attachment(const QString &code, const QString &id, int index, QObject *context, FileCallback done);

    // attachment(), then a copy written atomically to `target` (replaced if present); answers `target`.
    void saveAttachmentAs(const QString &code, const QString &id, int index, const QString &target,
                          QObject *context, FileCallback done);

    // attachment(), then a read-only copy under <profile>/attachments/open/ for an external app: saving over
    // it cannot change the kept copy. Removed with the profile's data; the sweep drops it after its grace.
    void openableCopy(const QString &code, const QString &id, int index, QObject *context, FileCallback done);

    qint64 budgetBytes() const { return m_budget; }
    // Bytes of kept bodies and files, as the budget counts them.
    Result<qint64> keptBytes() const;
    // Drops least recently used copies until the total is within the budget (`spare` excepted).
    Status enforceBudget(const std::optional<ArchiveDocumentStore::Entry> &spare = std::nullopt);

    // Deletes files under <profile>/attachments that no row records (left when an attachment changed its
    // name or left its item), sparing files younger than `grace` (a fetch, maybe of another process, may be
    // about to record them). Runs on a pool thread; swept() follows.
    void sweepUnrecorded(std::chrono::seconds grace = std::chrono::seconds(600));

    // Where attachment `index` of item `id` named `fileName` is kept, relative to the profile:
    // attachments/<hash of id>/<index>/<safeFileName(fileName)>.
    static QString storedPathFor(const QString &id, int index, const QString &fileName);

    // A server-given name made safe as one file name on every platform: only [A-Za-z0-9._ -] kept (others
    // become '_', so no separators or ':'), no leading or trailing dots and spaces, at most 120 characters,
    // Windows device names (CON, NUL.txt, com1, ...) prefixed with '_'; `fallback` when nothing is left.
    static QString safeFileName(const QString &name, const QString &fallback = QStringLiteral("attachment"));

    // `name` (already safe), or "name (2).ext", "name (3).ext", … when `used` (case-folded names) has it;
    // the answer is added to `used`. So files saved side by side never overwrite each other.
    static QString uniqueFileName(const QString &name, QSet<QString> &used);

    // Writes `bytes` to `path` (folders created) through a temporary file renamed into place: a failure,
    // or `*cancelled` set before the rename, leaves no file. Returns an error message, empty on success.
    static QString writeFileAtomically(const QString &path, const QByteArray &bytes,
                                       const std::atomic_bool *cancelled = nullptr);

Q_SIGNALS:
    // sweepUnrecorded() is done: `removed` files deleted.
    void swept(int removed);

private:
    void fetchBody(const ArchiveItem &cached, QObject *context, ItemCallback done);
    void fetchAttachment(const ArchiveItem &item, int index, const QString &fileName, qint64 listedSize);
    void finishAttachment(const QString &key, const Result<QString> &result);
    Result<ArchiveItem> cachedItem(const QString &code, const QString &id) const;
    static Error networkOrServer(const Error &error);
    static void answerLater(QObject *context, std::function<void()> call);
    // Removes the folders of `file` under attachments/ that are empty, innermost first.
    void removeEmptyFolders(const QString &file) const;

    CacheDatabase &m_cache;
    QString m_profileDir;
    Sender m_send;
    Clock &m_clock;
    qint64 m_budget;
    ArchiveDocumentStore m_store;
    // Callers waiting for one attachment ("id/index"), so it is fetched once.
    QHash<QString, QList<std::pair<QPointer<QObject>, FileCallback>>> m_waiting;
    // File work runs here (not the global pool) so that the destructor can cancel and wait for it.
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    QThreadPool m_pool;
};

} // namespace hpo
