#include "services/auth/keychaintokenstore.h"

#include "services/auth/pkce.h"
#include "services/common/logging.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace hpo {

namespace {

using JobDone = std::function<void(QKeychain::Error, const QString &)>;

// Starts `job` and calls `done` exactly once: with the job's outcome, or with
// OtherError "timeout" when it takes longer than `timeout`. A job that never
// finishes (a hung D-Bus peer) is left to QtKeychain; its late answer is ignored.
void runWithTimeout(QKeychain::Job *job, std::chrono::milliseconds timeout, QObject *context, JobDone done)
{
    auto answered = std::make_shared<bool>(false);
    auto shared = std::make_shared<JobDone>(std::move(done));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [answered, shared](QKeychain::Job *finished) {
        if (std::exchange(*answered, true))
            return;
        (*shared)(finished->error(), finished->errorString());
    });
    QTimer::singleShot(timeout, context, [answered, shared] {
        if (std::exchange(*answered, true))
            return;
        (*shared)(QKeychain::OtherError, QStringLiteral("timeout"));
    });
    job->start();
}

bool isTimeout(QKeychain::Error error, const QString &text)
{
    return error == QKeychain::OtherError && text == QStringLiteral("timeout");
}

Error unavailable(QKeychain::Error error, const QString &text, const QString &what)
{
    if (isTimeout(error, text)) {
        return {QStringLiteral("keychain-timeout"),
                QStringLiteral("the keychain did not answer in time (%1)").arg(what),
                {}};
    }
    if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser) {
        return {QStringLiteral("keychain-denied"),
                QStringLiteral("access to the keychain was denied: %1").arg(text),
                {}};
    }
    return {QStringLiteral("keychain-unavailable"),
            QStringLiteral("the keychain is not available (%1): %2").arg(what, text),
            {}};
}

void probeThenAnswer(const QString &service, std::chrono::milliseconds timeout, QObject *context,
                     TokenStore::LookupCallback done)
{
    if (!context)
        return;
    const TokenKey probeKey {QStringLiteral("probe"), QString::fromLatin1(Pkce::randomToken(12))};
    auto *write = new QKeychain::WritePasswordJob(service);
    write->setKey(KeychainTokenStore::entryName(probeKey));
    write->setTextData(QStringLiteral("probe"));
    runWithTimeout(write, timeout, context,
                   [service, timeout, context, probeKey, done = std::move(done)](QKeychain::Error error,
                                                                                 const QString &text) {
                       if (error != QKeychain::NoError) {
                           qCWarning(lcAuth) << "keychain probe write failed (locked?):" << error << text;
                           Error reason = unavailable(error, text, QStringLiteral("probe write"));
                           // Reads work but writes do not: a locked keyring (Secret Service
                           // answers AccessDenied "Cannot create an item in a locked collection").
                           if (reason.code != QStringLiteral("keychain-timeout")) {
                               reason.code = QStringLiteral("keychain-locked");
                               reason.message = QStringLiteral("the keychain is locked or has no usable "
                                                               "collection: %1")
                                                    .arg(text);
                           }
                           done(TokenLookup {TokenState::Unavailable, {}, reason});
                           return;
                       }
                       // The probe entry is removed best-effort; the answer does not wait on it.
                       auto *cleanup = new QKeychain::DeletePasswordJob(service);
                       cleanup->setKey(KeychainTokenStore::entryName(probeKey));
                       runWithTimeout(cleanup, timeout, context, [](QKeychain::Error, const QString &) {});
                       done(TokenLookup {TokenState::SignedOut, {}, {}});
                   });
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service)),
      m_timeout(timeout)
{ }

QString KeychainTokenStore::entryName(const TokenKey &key)
{
    return QStringLiteral("refresh-token %1 %2").arg(key.server, key.identity);
}

void KeychainTokenStore::read(const TokenKey &key, QObject *context, LookupCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(entryName(key));
    QPointer<QObject> guard(context);
    runWithTimeout(job, m_timeout, context,
                   [service = m_service, timeout = m_timeout, guard, job,
                    done = std::move(done)](QKeychain::Error error, const QString &text) {
                       if (error == QKeychain::NoError) {
                           done(TokenLookup {TokenState::Available, job->textData(), {}});
                       } else if (error == QKeychain::EntryNotFound) {
                           probeThenAnswer(service, timeout, guard, done);
                       } else {
                           qCWarning(lcAuth) << "keychain read failed:" << error << text;
                           done(TokenLookup {TokenState::Unavailable,
                                             {},
                                             unavailable(error, text, QStringLiteral("read"))});
                       }
                   });
}

void KeychainTokenStore::write(const TokenKey &key, const QString &token, QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(entryName(key));
    job->setTextData(token);
    runWithTimeout(job, m_timeout, context,
                   [done = std::move(done)](QKeychain::Error error, const QString &text) {
                       if (error == QKeychain::NoError) {
                           done(success());
                           return;
                       }
                       qCWarning(lcAuth) << "keychain write failed:" << error << text;
                       done(unavailable(error, text, QStringLiteral("write")));
                   });
}

void KeychainTokenStore::remove(const TokenKey &key, QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(entryName(key));
    runWithTimeout(job, m_timeout, context,
                   [done = std::move(done)](QKeychain::Error error, const QString &text) {
                       if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
                           done(success());
                           return;
                       }
                       qCWarning(lcAuth) << "keychain delete failed:" << error << text;
                       done(unavailable(error, text, QStringLiteral("delete")));
                   });
}

} // namespace hpo
