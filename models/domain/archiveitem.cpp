#include "models/domain/archiveitem.h"

#include "models/domain/codefields.h"
#include "models/domain/jsoncodec.h"
#include "models/domain/jsonreader.h"

#include <QRegularExpression>

namespace hpo {

namespace {
constexpr int maxAttachments = ArchiveAttachment::maxAttachments;
constexpr qint64 maxAttachmentSize = 9007199254740991LL; // exact in JSON

bool isSafeFileName(const QString &name)
{
    if (name.trimmed().isEmpty() || name == u"." || name == u"..")
        return false;
    for (const QChar c : name) {
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

bool isMediaType(const QString &text)
{
    // type "/" subtype, optionally followed by parameters (RFC 6838 names).
    static const QRegularExpression re(QStringLiteral(
        "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(\\s*;\\s*[^;]+)*$"));
    return re.match(text).hasMatch();
}
} // namespace

QJsonObject ArchiveAttachment::toJson() const
{
    return {
        {QStringLiteral("index"), index},
        {QStringLiteral("fileName"), fileName},
        {QStringLiteral("mediaType"), mediaType},
        {QStringLiteral("size"), size},
    };
}

Result<ArchiveAttachment> ArchiveAttachment::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    ArchiveAttachment a;
    a.index = static_cast<int>(r.integer(QStringLiteral("index"), 0, maxAttachments - 1));
    a.fileName = r.string(QStringLiteral("fileName"));
    if (r.ok() && !isSafeFileName(a.fileName))
        r.fail(QStringLiteral("fileName"), QStringLiteral("invalid-file-name"),
               QStringLiteral("\"%1\" is not a plain file name").arg(a.fileName));
    a.mediaType = r.string(QStringLiteral("mediaType"));
    if (r.ok() && !isMediaType(a.mediaType))
        r.fail(QStringLiteral("mediaType"), QStringLiteral("invalid-media-type"),
               QStringLiteral("\"%1\" is not a media type such as application/pdf").arg(a.mediaType));
    a.size = r.integer(QStringLiteral("size"), 0, maxAttachmentSize);
    return r.finish(std::move(a));
}

void ArchiveItem::setBody(const QString &text, qsizetype maxUtf8Bytes)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() <= maxUtf8Bytes) {
        body = text;
        bodyTruncated = false;
        return;
    }
    qsizetype cut = qMax<qsizetype>(0, maxUtf8Bytes);
    // Step back over UTF-8 continuation bytes so no character is split.
    while (cut > 0 && (static_cast<unsigned char>(utf8.at(cut)) & 0xC0) == 0x80)
        --cut;
    body = QString::fromUtf8(utf8.first(cut));
    bodyTruncated = true;
}

QJsonObject ArchiveItem::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("institutionCode"), institutionCode},
        {QStringLiteral("kind"), toString(kind)},
        {QStringLiteral("direction"), toString(direction)},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("sentAt"), toIsoDateTime(sentAt)},
        {QStringLiteral("sender"), sender},
        {QStringLiteral("recipient"), recipient},
        {QStringLiteral("body"), body},
        {QStringLiteral("bodyTruncated"), bodyTruncated},
        {QStringLiteral("attachments"), toJsonArray(attachments)},
        {QStringLiteral("version"), version},
    };
}

Result<ArchiveItem> ArchiveItem::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    ArchiveItem a;
    a.id = r.nonEmptyString(QStringLiteral("id"));
    a.institutionCode = readInstitutionCode(r, QStringLiteral("institutionCode"));
    a.kind = r.enumeration(QStringLiteral("kind"), archiveKindNames);
    a.direction = r.enumeration(QStringLiteral("direction"), archiveDirectionNames);
    a.subject = r.string(QStringLiteral("subject"));
    a.sentAt = r.dateTime(QStringLiteral("sentAt"));
    a.sender = r.nonEmptyString(QStringLiteral("sender"));
    a.recipient = r.nonEmptyString(QStringLiteral("recipient"));
    a.body = r.string(QStringLiteral("body"));
    a.bodyTruncated = r.optionalBoolean(QStringLiteral("bodyTruncated"), false);
    const QString attachmentsKey = QStringLiteral("attachments");
    a.attachments = r.list<ArchiveAttachment>(attachmentsKey, &ArchiveAttachment::fromJson);
    if (r.ok() && a.attachments.size() > maxAttachments)
        r.fail(attachmentsKey, QStringLiteral("out-of-range"),
               QStringLiteral("at most %1 attachments").arg(maxAttachments));
    refuseDuplicates(
        r, attachmentsKey, a.attachments, QStringLiteral("index"),
        [](const ArchiveAttachment &attachment) { return attachment.index; },
        [](int) { return QStringLiteral("attachment index used twice"); });
    a.version = readVersion(r);
    return r.finish(std::move(a));
}

} // namespace hpo
