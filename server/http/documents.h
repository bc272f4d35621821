// The JSON of every entity, in one place: stored rows → response documents
// (the shapes of docs/api.md and models/domain). When the domain codecs land,
// these functions decode/encode through them.
#pragma once

#include "server/store/portalstore.h"

#include <QJsonObject>

namespace hpo::server {

inline constexpr qsizetype feedBodyCapBytes = 64 * 1024;

// `bodyCapBytes` < 0: the whole archive body.
QJsonObject documentJson(const EntityRow &row, qsizetype bodyCapBytes = -1);
// A change-log document (already with version) with the archive body capped.
QJsonObject changeDocumentJson(const ChangeRow &row, bool read);
// Cuts `body` to at most `capBytes` of UTF-8 without splitting a character.
QString capBody(const QString &body, qsizetype capBytes, bool *truncated);
// The bytes of a synthetic attachment: deterministic for (item, index, size).
QByteArray attachmentBytes(const QString &itemId, int index, qint64 size);

} // namespace hpo::server
