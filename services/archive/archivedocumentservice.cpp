#include "services/archive/archivedocumentservice.h"

#include "models/domain/clock.h"
#include "services/cache/archiverepository.h"
#include "services/cache/cachedatabase.h"
#include "services/common/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QPromise>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace hpo {

namespace {

const QString needsNetwork = QStringLiteral("needs-network");
const QString fileWriteFailed = QStringLiteral("file-write-failed");

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QString itemRoute(const QString &code, const QString &id)
{
    return QStringLiteral("/api/v1/institutions/%1/archive/%2").arg(encoded(code), encoded(id));
}

QString copyAtomically(const QString &source, const QString &target, const std::atomic_bool &cancelled)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(source, in.errorString());
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(target, out.errorString());
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1024 * 1024);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            out.cancelWriting();
            return QStringLiteral("cannot read %1: %2").arg(source, in.errorString());
        }
        if (out.write(chunk) != chunk.size()) {
            const QString reason = out.errorString();
            out.cancelWriting();
            return QStringLiteral("cannot write %1: %2").arg(target, reason);
        }
    }
    if (cancelled) {
        out.cancelWriting();
        return QStringLiteral("cancelled: %1 not written").arg(target);
    }
    if (!out.commit())
        return QStringLiteral("cannot write %1: %2").arg(target, out.errorString());
    return {};
}

// Runs `work` (file I/O) on `pool`, then `then` with its outcome on `context`'s thread; dropped
// when `context` is gone by then.
void offThread(QThreadPool &pool, QObject *context, std::function<QString()> work,
               std::function<void(const QString &)> then)
{
    auto promise = std::make_shared<QPromise<QString>>();
    promise->future().then(context, [then = std::move(then)](const QString &error) { then(error); });
    promise->start();
    pool.start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace

ArchiveDocumentService::ArchiveDocumentService(CacheDatabase &cache, QString profileDir, Sender send,
                                               Clock &clock, qint64 budgetBytes, QObject *parent)
    : QObject(parent),
      m_cache(cache),
      m_profileDir(std::move(profileDir)),
      m_send(std::move(send)),
      m_clock(clock),
      m_budget(budgetBytes),
      m_store(cache.database())
{ }

ArchiveDocumentService::~ArchiveDocumentService()
{
    // A write still running must not (re)create a file once the profile's data may be removed (sign
    // out): it is cancelled, and waited for, before the service is gone.
    *m_cancelled = true;
    m_pool.waitForDone();
}

QString ArchiveDocumentService::safeFileName(const QString &name, const QString &fallback)
{
    // Only a conservative set of characters (this also refuses '/', '\\' and ':', NTFS streams).
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._ -]"));
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString out = name.section(u'/', -1).section(u'\\', -1);
    out.replace(unsafe, QStringLiteral("_"));
    while (out.startsWith(u'.') || out.startsWith(u' '))
        out.remove(0, 1);
    out.truncate(120);
    // Windows drops trailing dots and spaces, so "a." and "a" would be one file.
    while (out.endsWith(u'.') || out.endsWith(u' '))
        out.chop(1);
    if (out.isEmpty())
        return fallback;
    // Device names, with or without an extension ("nul.txt"), open the device on Windows.
    if (reserved.match(out.section(u'.', 0, 0).trimmed()).hasMatch())
        out.prepend(u'_');
    return out;
}

QString ArchiveDocumentService::uniqueFileName(const QString &name, QSet<QString> &used)
{
    QString out = name;
    const QFileInfo parts(name);
    const QString suffix = parts.suffix();
    for (int n = 2; used.contains(out.toCaseFolded()); ++n)
        out = QStringLiteral("%1 (%2)").arg(parts.completeBaseName()).arg(n)
            + (suffix.isEmpty() ? QString() : u'.' + suffix);
    used.insert(out.toCaseFolded());
    return out;
}

QString ArchiveDocumentService::writeFileAtomically(const QString &path, const QByteArray &bytes,
                                                    const std::atomic_bool *cancelled)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return QStringLiteral("cannot write %1: %2").arg(path, reason);
    }
    if (cancelled && *cancelled) {
        file.cancelWriting();
        return QStringLiteral("cancelled: %1 not written").arg(path);
    }
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString ArchiveDocumentService::storedPathFor(const QString &id, int index, const QString &fileName)
{
    // The item's folder is a hash of its id: ids that differ only in case, in characters a file name
    // cannot hold, or after a cut, never share a folder.
    const QString folder = QString::fromLatin1(
        QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex().left(20));
    return QStringLiteral("attachments/%1/%2/%3")
        .arg(folder)
        .arg(index)
        .arg(safeFileName(fileName, QStringLiteral("attachment")));
}

void ArchiveDocumentService::answerLater(QObject *context, std::function<void()> call)
{
    QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}

Error ArchiveDocumentService::networkOrServer(const Error &error)
{
    if (isNetworkFailure(error) || error.code == u"cancelled")
        return {needsNetwork, QStringLiteral("this needs the network: %1").arg(error.message), {}};
    return error;
}

Result<ArchiveItem> ArchiveDocumentService::cachedItem(const QString &code, const QString &id) const
{
    const auto found = ArchiveRepository(m_cache.database()).find(id);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->institutionCode != code)
        return Error {QStringLiteral("archive-not-cached"),
                      QStringLiteral("archive item %1 is not cached for %2").arg(id, code),
                      {}};
    return *found.value();
}

void ArchiveDocumentService::wholeItem(const QString &code, const QString &id, QObject *context,
                                       ItemCallback done)
{
    const auto answer = [context, done](ItemAnswer a) {
        answerLater(context, [done, a] { done(a); });
    };
    Result<ArchiveItem> cached = cachedItem(code, id);
    if (!cached)
        return answer({std::nullopt, cached.error()});
    ArchiveItem item = std::move(cached).value();
    if (!item.bodyTruncated)
        return answer({item, std::nullopt});
    const auto kept = m_store.body(id);
    if (!kept)
        return answer({item, kept.error()});
    if (kept.value()) {
        if (Status touched = m_store.touchBody(id, m_clock.now()); !touched)
            qCWarning(lcCache) << "archive body use not recorded:" << touched.error().message;
        item.body = *kept.value();
        item.bodyTruncated = false;
        return answer({item, std::nullopt});
    }
    fetchBody(item, context, std::move(done));
}

void ArchiveDocumentService::fetchBody(const ArchiveItem &cached, QObject *context, ItemCallback done)
{
    QPointer<QObject> receiver(context);
    const auto answer = [receiver, done](ItemAnswer a) {
        if (receiver)
            answerLater(receiver, [done, a] { done(a); });
    };
    if (!m_send)
        return answer({cached, Error {needsNetwork, QStringLiteral("working offline"), {}}});
    m_send(ApiRequest::get(itemRoute(cached.institutionCode, cached.id)), this,
           [this, cached, answer](const ApiResult &result) {
               if (!result)
                   return answer({cached, networkOrServer(result.error())});
               const auto json = result.response().object();
               Result<ArchiveItem> whole
                   = json ? ArchiveItem::fromJson(json.value()) : Result<ArchiveItem>(json.error());
               if (!whole || whole.value().id != cached.id)
                   return answer(
                       {cached,
                        Error {QStringLiteral("invalid-response"),
                               whole ? QStringLiteral("the server sent another item") : whole.error().message,
                               {}}});
               ArchiveItem item = cached;
               item.body = whole.value().body;
               item.bodyTruncated = whole.value().bodyTruncated;
               Status saved = m_store.saveBody(cached.id, cached.version, item.body, result.response().etag,
                                               m_clock.now());
               if (!saved && saved.error().code == u"archive-not-cached") {
                   // The sync changed (or dropped) the item while this was fetched: these bytes may
                   // belong to the old version, so they are neither kept nor shown.
                   return answer({std::nullopt, saved.error()});
               }
               if (!saved) {
                   // The reader still gets the whole text; it is just not kept.
                   qCWarning(lcCache) << "archive body not kept:" << saved.error().message;
               } else {
                   // Nothing is announced: the list shows no bodies, and the reader has this answer.
                   ArchiveDocumentStore::Entry entry;
                   entry.itemId = cached.id;
                   if (Status s = enforceBudget(entry); !s)
                       qCWarning(lcCache) << "archive budget not enforced:" << s.error().message;
               }
               answer({item, std::nullopt});
           });
}

void ArchiveDocumentService::attachment(const QString &code, const QString &id, int index, QObject *context,
                                        FileCallback done)
{
    const auto fail = [context, done](const Error &error) {
        answerLater(context, [done, error] { done(Result<QString>(error)); });
    };
    Result<ArchiveItem> item = cachedItem(code, id);
    if (!item)
        return fail(item.error());
    const auto &attachments = item.value().attachments;
    const auto listed = std::find_if(attachments.begin(), attachments.end(),
                                     [index](const ArchiveAttachment &a) { return a.index == index; });
    if (listed == attachments.end())
        return fail({QStringLiteral("attachment-not-listed"),
                     QStringLiteral("archive item %1 has no attachment %2").arg(id).arg(index),
                     {}});
    const auto stored = m_store.storedPath(id, index);
    if (!stored)
        return fail(stored.error());
    if (stored.value()) {
        const QString path = QDir(m_profileDir).filePath(*stored.value());
        if (QFileInfo(path).isFile()) {
            if (Status touched = m_store.touchAttachment(id, index, m_clock.now()); !touched)
                qCWarning(lcCache) << "attachment use not recorded:" << touched.error().message;
            return answerLater(context, [done, path] { done(Result<QString>(path)); });
        }
        // Deleted behind our back: fetch it again.
        if (Status forgotten = m_store.forgetAttachment(id, index); !forgotten)
            return fail(forgotten.error());
    }
    const QString key = id + u'/' + QString::number(index);
    auto &waiting = m_waiting[key];
    waiting.append({QPointer<QObject>(context), std::move(done)});
    if (waiting.size() == 1)
        fetchAttachment(item.value(), index, listed->fileName, listed->size);
}

void ArchiveDocumentService::fetchAttachment(const ArchiveItem &item, int index, const QString &fileName,
                                             qint64 listedSize)
{
    const QString key = item.id + u'/' + QString::number(index);
    if (!m_send)
        return finishAttachment(key, Error {needsNetwork, QStringLiteral("working offline"), {}});
    const QString id = item.id;
    m_send(
        ApiRequest::get(itemRoute(item.institutionCode, id) + QStringLiteral("/attachments/%1").arg(index)),
        this, [this, key, id, index, fileName, listedSize](const ApiResult &result) {
            if (!result)
                return finishAttachment(key, networkOrServer(result.error()));
            const QByteArray bytes = result.response().body;
            const QByteArray etag = result.response().etag;
            const QString relative = storedPathFor(id, index, fileName);
            const QString path = QDir(m_profileDir).filePath(relative);
            offThread(
                m_pool, this,
                [path, bytes, cancelled = m_cancelled] {
                    return writeFileAtomically(path, bytes, cancelled.get());
                },
                [this, key, id, index, fileName, listedSize, relative, path, etag](const QString &error) {
                    if (!error.isEmpty())
                        return finishAttachment(key, Error {fileWriteFailed, error, {}});
                    // Recorded only while the row still lists the attachment as it was when fetched (same
                    // name and listed size; the byte count may differ from what a server lists): a sync
                    // that changed the attachment meanwhile wins, and the old bytes go.
                    if (Status recorded = m_store.recordAttachment(id, index, relative, fileName, listedSize,
                                                                   etag, m_clock.now());
                        !recorded) {
                        QFile::remove(path);
                        removeEmptyFolders(path);
                        return finishAttachment(key, recorded.error());
                    }
                    ArchiveDocumentStore::Entry entry;
                    entry.kind = ArchiveDocumentStore::Entry::Kind::Attachment;
                    entry.itemId = id;
                    entry.index = index;
                    if (Status s = enforceBudget(entry); !s)
                        qCWarning(lcCache) << "archive budget not enforced:" << s.error().message;
                    finishAttachment(key, path);
                });
        });
}

void ArchiveDocumentService::finishAttachment(const QString &key, const Result<QString> &result)
{
    const auto waiting = m_waiting.take(key);
    for (const auto &[context, done] : waiting) {
        if (context)
            answerLater(context, [done = done, result] { done(result); });
    }
}

void ArchiveDocumentService::saveAttachmentAs(const QString &code, const QString &id, int index,
                                              const QString &target, QObject *context, FileCallback done)
{
    QPointer<QObject> receiver(context);
    attachment(code, id, index, this, [this, target, receiver, done](const Result<QString> &kept) {
        if (!receiver)
            return;
        if (!kept)
            return done(kept);
        offThread(
            m_pool, receiver,
            [source = kept.value(), target, cancelled = m_cancelled] {
                return copyAtomically(source, target, *cancelled);
            },
            [target, done](const QString &error) {
                if (error.isEmpty())
                    done(target);
                else
                    done(Error {fileWriteFailed, error, {}});
            });
    });
}

void ArchiveDocumentService::openableCopy(const QString &code, const QString &id, int index, QObject *context,
                                          FileCallback done)
{
    QPointer<QObject> receiver(context);
    attachment(code, id, index, this, [this, receiver, done](const Result<QString> &kept) {
        if (!receiver)
            return;
        if (!kept)
            return done(kept);
        // A folder per opening: an app may still hold an earlier copy open (and locked, on Windows).
        const QString target = QDir(m_profileDir)
                                   .filePath(QStringLiteral("attachments/open/%1/%2")
                                                 .arg(QUuid::createUuid().toString(QUuid::Id128).left(16),
                                                      QFileInfo(kept.value()).fileName()));
        offThread(
            m_pool, receiver,
            [source = kept.value(), target, cancelled = m_cancelled] {
                if (!QDir().mkpath(QFileInfo(target).absolutePath()))
                    return QStringLiteral("cannot create the folder %1")
                        .arg(QFileInfo(target).absolutePath());
                QString error = copyAtomically(source, target, *cancelled);
                if (error.isEmpty()
                    && !QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadUser))
                    error = QStringLiteral("cannot make %1 read-only").arg(target);
                return error;
            },
            [target, done](const QString &error) {
                if (error.isEmpty())
                    done(target);
                else
                    done(Error {fileWriteFailed, error, {}});
            });
    });
}

void ArchiveDocumentService::sweepUnrecorded(std::chrono::seconds grace)
{
    QSqlQuery query(m_cache.database());
    QSet<QString> recorded;
    if (!query.exec(
            QStringLiteral("SELECT stored_path FROM archive_attachments WHERE stored_path IS NOT NULL"))) {
        qCWarning(lcCache) << "attachment sweep skipped:" << query.lastError().text();
        // Whoever waits for the sweep (the CLI) still hears that it is over.
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT swept(0); }, Qt::QueuedConnection);
        return;
    }
    const QDir profile(m_profileDir);
    while (query.next())
        recorded.insert(QDir::cleanPath(profile.filePath(query.value(0).toString())));
    const QString root = profile.filePath(QStringLiteral("attachments"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-grace.count());
    auto removed = std::make_shared<int>(0);
    offThread(
        m_pool, this,
        [root, recorded, before, removed, cancelled = m_cancelled] {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            // The service going (sign-out) does not wait for a long sweep.
            while (it.hasNext() && !*cancelled) {
                const QString path = QDir::cleanPath(it.next());
                if (recorded.contains(path) || it.fileInfo().lastModified().toUTC() >= before)
                    continue;
                // Copies opened in an app are read-only (Windows refuses to delete those).
                if (!it.fileInfo().isWritable())
                    QFile::setPermissions(path, it.fileInfo().permissions() | QFileDevice::WriteOwner);
                if (QFile::remove(path))
                    ++*removed;
            }
            // Folders left empty (attachments/<item>/<index>/), deepest first; not one just made for a
            // write about to happen.
            QStringList folders;
            QDirIterator dirs(root, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                              QDirIterator::Subdirectories);
            while (dirs.hasNext() && !*cancelled)
                folders.append(dirs.next());
            std::sort(folders.begin(), folders.end(),
                      [](const QString &a, const QString &b) { return a.size() > b.size(); });
            for (const QString &folder : std::as_const(folders)) {
                if (QFileInfo(folder).lastModified().toUTC() < before)
                    QDir().rmdir(folder);
            }
            return QString();
        },
        [this, removed](const QString &) { Q_EMIT swept(*removed); });
}

Result<qint64> ArchiveDocumentService::keptBytes() const
{
    return m_store.totalSize();
}

Status ArchiveDocumentService::enforceBudget(const std::optional<ArchiveDocumentStore::Entry> &spare)
{
    Result<qint64> total = m_store.totalSize();
    if (!total)
        return total.error();
    if (total.value() <= m_budget)
        return success();
    const auto entries = m_store.leastRecentlyUsed(total.value() - m_budget, spare);
    if (!entries)
        return entries.error();
    if (Status forgotten = m_store.forget(entries.value()); !forgotten)
        return forgotten;
    for (const ArchiveDocumentStore::Entry &entry : entries.value()) {
        if (entry.kind != ArchiveDocumentStore::Entry::Kind::Attachment)
            continue;
        const QString path = QDir(m_profileDir).filePath(entry.storedPath);
        QFile::remove(path);
        removeEmptyFolders(path);
    }
    return success();
}

void ArchiveDocumentService::removeEmptyFolders(const QString &file) const
{
    const QString root = QDir::cleanPath(QDir(m_profileDir).filePath(QStringLiteral("attachments")));
    QString dir = QFileInfo(QDir::cleanPath(file)).absolutePath();
    // rmdir() removes only an empty folder; stop at the first that is not.
    while (dir.startsWith(root + u'/') && QDir().rmdir(dir))
        dir = QFileInfo(dir).absolutePath();
}

} // namespace hpo
