// An entry of the digital archive: a document or an e-mail exchanged with DUO.
// The body is plain text (capped for the change feed); attachments are metadata
// here, their bytes are fetched on demand.
#pragma once

#include "models/domain/jsoncodec.h"
#include "models/domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hpo {

struct ArchiveAttachment
{
    static constexpr int maxAttachments = 1000;

    int index = 0; // 0..maxAttachments-1, unique in the item: …/archive/{id}/attachments/{index}
    QString fileName; // a bare name: never a path, so it is safe to save under
    QString mediaType; // "application/pdf"
    qint64 size = 0; // bytes

    QJsonObject toJson() const;
    static Result<ArchiveAttachment> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const ArchiveAttachment &, const ArchiveAttachment &) = default;
};

struct ArchiveItem
{
    enum class Kind { Document, Email };
    enum class Direction { ToDuo, FromDuo };

    // The change feed carries at most this much body text (UTF-8 bytes).
    static constexpr qsizetype maxFeedBodyBytes = 64 * 1024;

    QString id;
    QString institutionCode;
    Kind kind = Kind::Document;
    Direction direction = Direction::FromDuo;
    QString subject; // may be empty (an e-mail without a subject)
    QDateTime sentAt;
    QString sender;
    QString recipient;
    QString body; // plain text
    bool bodyTruncated = false; // `body` is the start of a longer text
    QList<ArchiveAttachment> attachments;
    qint64 version = 1;

    // Stores `text` as the body, cut at a character boundary so that it takes
    // at most `maxUtf8Bytes`, and sets bodyTruncated when it had to cut.
    void setBody(const QString &text, qsizetype maxUtf8Bytes = maxFeedBodyBytes);

    QJsonObject toJson() const;
    static Result<ArchiveItem> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const ArchiveItem &, const ArchiveItem &) = default;
};

inline constexpr std::pair<ArchiveItem::Kind, const char *> archiveKindNames[] = {
    {ArchiveItem::Kind::Document, "document"},
    {ArchiveItem::Kind::Email, "email"},
};

inline constexpr std::pair<ArchiveItem::Direction, const char *> archiveDirectionNames[] = {
    {ArchiveItem::Direction::ToDuo, "to-duo"},
    {ArchiveItem::Direction::FromDuo, "from-duo"},
};

inline QString toString(ArchiveItem::Kind kind)
{
    return enumName(archiveKindNames, kind);
}

inline QString toString(ArchiveItem::Direction direction)
{
    return enumName(archiveDirectionNames, direction);
}

} // namespace hpo
