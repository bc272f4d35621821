#include "services/archive/archivedocumentservice.h"

#include "models/domain/clock.h"
#include "services/cache/archiverepository.h"
#include "services/cache/cachedatabase.h"
#include "services/common/logging.h"

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

// A name that is safe as one path segment on every platform.
QString safeSegment(const QString &name, const QString &fallback)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._ -]"));
    QString out = QFileInfo(name).fileName();
    out.replace(unsafe, QStringLiteral("_"));
    while (out.startsWith(u'.') || out.startsWith(u' '))
        out.remove(0, 1);
    out = out.trimmed().left(120);
    return out.isEmpty() ? fallback : out;
}

// Writes `bytes` to `path` through a temporary file renamed into place: a failure leaves no half file.
// Returns an error message, empty on success. Runs on a pool thread.
QString writeAtomically(const QString &path, const QByteArray &bytes)
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
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString copyAtomically(const QString &source, const QString &target)
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
    if (!out.commit())
        return QStringLiteral("cannot write %1: %2").arg(target, out.errorString());
    return {};
}

// Runs `work` (file I/O) on a pool thread, then `then` with its outcome on `context`'s thread; dropped
// when `context` is gone by then.
void offThread(QObject *context, std::function<QString()> work, std::function<void(const QString &)> then)
{
    auto promise = std::make_shared<QPromise<QString>>();
    promise->future().then(context, [then = std::move(then)](const QString &error) { then(error); });
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
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

ArchiveDocumentService::~ArchiveDocumentService() = default;

QString ArchiveDocumentService::storedPathFor(const QString &id, int index, const QString &fileName)
{
    return QStringLiteral("attachments/%1/%2/%3")
        .arg(safeSegment(id, QStringLiteral("item")))
        .arg(index)
        .arg(safeSegment(fileName, QStringLiteral("attachment")));
}

void ArchiveDocumentService::answerLater(QObject *context, std::function<void()> call)
{
    QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}

Error ArchiveDocumentService::networkOrServer(const Error &error)
{
    const QString &code = error.code;
    if (code == u"offline" || code.startsWith(u"network-") || code == u"tls-error" || code == u"cancelled")
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
               if (Status saved
                   = m_store.saveBody(cached.id, item.body, result.response().etag, m_clock.now());
                   !saved) {
                   // The reader still gets the whole text; it is just not kept.
                   qCWarning(lcCache) << "archive body not kept:" << saved.error().message;
               } else {
                   ArchiveDocumentStore::Entry entry;
                   entry.itemId = cached.id;
                   if (Status s = enforceBudget(entry); !s)
                       qCWarning(lcCache) << "archive budget not enforced:" << s.error().message;
                   m_cache.announce(Collection::Archive, cached.institutionCode);
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
        fetchAttachment(item.value(), index, listed->fileName);
}

void ArchiveDocumentService::fetchAttachment(const ArchiveItem &item, int index, const QString &fileName)
{
    const QString key = item.id + u'/' + QString::number(index);
    if (!m_send)
        return finishAttachment(key, Error {needsNetwork, QStringLiteral("working offline"), {}});
    const QString id = item.id;
    m_send(
        ApiRequest::get(itemRoute(item.institutionCode, id) + QStringLiteral("/attachments/%1").arg(index)),
        this, [this, key, id, index, fileName](const ApiResult &result) {
            if (!result)
                return finishAttachment(key, networkOrServer(result.error()));
            const QByteArray bytes = result.response().body;
            const QByteArray etag = result.response().etag;
            const QString relative = storedPathFor(id, index, fileName);
            const QString path = QDir(m_profileDir).filePath(relative);
            offThread(
                this, [path, bytes] { return writeAtomically(path, bytes); },
                [this, key, id, index, relative, path, etag, size = bytes.size()](const QString &error) {
                    if (!error.isEmpty())
                        return finishAttachment(key, Error {fileWriteFailed, error, {}});
                    if (Status recorded
                        = m_store.recordAttachment(id, index, relative, size, etag, m_clock.now());
                        !recorded) {
                        QFile::remove(path);
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
            receiver, [source = kept.value(), target] { return copyAtomically(source, target); },
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
        return;
    }
    const QDir profile(m_profileDir);
    while (query.next())
        recorded.insert(QDir::cleanPath(profile.filePath(query.value(0).toString())));
    const QString root = profile.filePath(QStringLiteral("attachments"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-grace.count());
    auto removed = std::make_shared<int>(0);
    offThread(
        this,
        [root, recorded, before, removed] {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = QDir::cleanPath(it.next());
                if (!recorded.contains(path) && it.fileInfo().lastModified().toUTC() < before
                    && QFile::remove(path))
                    ++*removed;
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
    const auto entries = m_store.leastRecentlyUsedFirst();
    if (!entries)
        return entries.error();
    qint64 left = total.value();
    for (const ArchiveDocumentStore::Entry &entry : entries.value()) {
        if (left <= m_budget)
            break;
        if (spare && spare->kind == entry.kind && spare->itemId == entry.itemId
            && spare->index == entry.index)
            continue;
        if (Status forgotten = m_store.forget(entry); !forgotten)
            return forgotten;
        if (entry.kind == ArchiveDocumentStore::Entry::Kind::Attachment)
            QFile::remove(QDir(m_profileDir).filePath(entry.storedPath));
        left -= entry.size;
    }
    return success();
}

} // namespace hpo
