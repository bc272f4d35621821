// A cross-process lock per profile folder, so that the GUI and the CLI (or two
// of either) never sync or migrate the same profile at once. Held for the
// lifetime of the object. A lock left by a crashed process on this host is
// taken over (its pid is gone); age alone never makes a lock stale, because a
// long sync legitimately holds it for minutes.
#pragma once

#include "models/domain/result.h"

#include <QLockFile>

#include <chrono>
#include <memory>

namespace hpo {

class ProfileLock final
{
    Q_DISABLE_COPY_MOVE(ProfileLock)

public:
    static QString fileName() { return QStringLiteral("profile.lock"); }

    // Waits up to `wait` (0: try once). Errors: "profile-locked" (message says
    // "held by pid N on HOST (APP)"), "profile-lock-failed".
    static Result<std::unique_ptr<ProfileLock>> acquire(const QString &profileDir,
                                                        std::chrono::milliseconds wait);
    ~ProfileLock();

private:
    explicit ProfileLock(const QString &path);

    QLockFile m_lock;
};

} // namespace hpo
