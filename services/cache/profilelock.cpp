#include "services/cache/profilelock.h"

#include <QDir>

namespace hpo {

ProfileLock::ProfileLock(const QString &path) : m_lock(path)
{
    m_lock.setStaleLockTime(0);
}

ProfileLock::~ProfileLock()
{
    m_lock.unlock();
}

Result<std::unique_ptr<ProfileLock>> ProfileLock::acquire(const QString &profileDir,
                                                          std::chrono::milliseconds wait)
{
    if (!QDir().mkpath(profileDir)) {
        return Error {QStringLiteral("profile-lock-failed"),
                      QStringLiteral("cannot create the profile folder %1").arg(profileDir),
                      {}};
    }
    std::unique_ptr<ProfileLock> lock(new ProfileLock(QDir(profileDir).filePath(fileName())));
    if (lock->m_lock.tryLock(int(wait.count())))
        return lock;
    if (lock->m_lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        if (lock->m_lock.getLockInfo(&pid, &host, &app)) {
            return Error {QStringLiteral("profile-locked"),
                          QStringLiteral("the profile %1 is in use: held by pid %2 on %3 (%4)")
                              .arg(QDir::toNativeSeparators(profileDir))
                              .arg(pid)
                              .arg(host, app),
                          {}};
        }
        return Error {QStringLiteral("profile-locked"),
                      QStringLiteral("the profile %1 is in use by another process")
                          .arg(QDir::toNativeSeparators(profileDir)),
                      {}};
    }
    return Error {
        QStringLiteral("profile-lock-failed"),
        QStringLiteral("cannot create the lock file in %1").arg(QDir::toNativeSeparators(profileDir)),
        {}};
}

} // namespace hpo
