// How the archive reader gets one full item (body, attachments): from the
// cache when it has it, otherwise fetched on demand by the services.
#pragma once

#include "models/domain/archiveitem.h"
#include "models/domain/result.h"

#include <QString>

#include <functional>

class QObject;

namespace hpo {

class ArchiveItemLoader
{
public:
    using Callback = std::function<void(const Result<ArchiveItem> &item)>;

    virtual ~ArchiveItemLoader() = default;

    // Loads item `id` and calls `done` exactly once on the caller's thread, unless
    // `context` is destroyed first (then never). May call `done` before returning.
    virtual void load(const QString &id, QObject *context, Callback done) = 0;
};

} // namespace hpo
