// The JSON of every entity, in one place: stored rows → response documents.
// Every document goes through the shared domain codec (models/domain), so the
// server sends exactly what the client's decoders accept.
#pragma once

#include "models/domain/result.h"
#include "server/store/portalstore.h"

#include <QJsonObject>

namespace hpo::server {

inline constexpr qsizetype feedBodyCapBytes = 64 * 1024;

// The document for `row`, decoded and re-encoded by the entity's domain codec.
// `bodyCapBytes` < 0: the whole archive body.
Result<QJsonObject> checkedDocumentJson(const EntityRow &row, qsizetype bodyCapBytes = -1);
// As above; a row the codec refuses is logged and sent as stored.
QJsonObject documentJson(const EntityRow &row, qsizetype bodyCapBytes = -1);
// A change-log document (already with version), through the codec, archive body capped.
QJsonObject changeDocumentJson(const ChangeRow &row, bool read);
// Cuts `body` to at most `capBytes` of UTF-8 without splitting a character.
QString capBody(const QString &body, qsizetype capBytes, bool *truncated);
// The bytes of a synthetic attachment: deterministic for (item, index, size).
QByteArray attachmentBytes(const QString &itemId, int index, qint64 size);

} // namespace hpo::server
