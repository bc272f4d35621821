#include "server/http/documents.h"

#include "models/domain/archiveitem.h"
#include "models/domain/branch.h"
#include "models/domain/contactmoment.h"
#include "models/domain/contactperson.h"
#include "models/domain/evaluation.h"
#include "models/domain/gtboverview.h"
#include "models/domain/institution.h"
#include "models/domain/newsitem.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace hpo::server {

QString capBody(const QString &body, qsizetype capBytes, bool *truncated)
{
    *truncated = false;
    if (capBytes < 0 || body.size() * 3 <= capBytes) {
        return body;
    }
    QByteArray utf8 = body.toUtf8();
    if (utf8.size() <= capBytes) {
        return body;
    }
    qsizetype end = capBytes;
    while (end > 0 && (uchar(utf8.at(end)) & 0xC0) == 0x80) {
        --end; // never cut inside a multi-byte sequence
    }
    utf8.truncate(end);
    *truncated = true;
    return QString::fromUtf8(utf8);
}

namespace {

template<typename T> Result<QJsonObject> roundTrip(const QJsonObject &doc, const QString &path)
{
    Result<T> decoded = T::fromJson(doc, path);
    if (!decoded) {
        return decoded.error();
    }
    return decoded->toJson();
}

Result<QJsonObject> throughCodec(Entity entity, const QJsonObject &doc, const QString &path)
{
    switch (entity) {
    case Entity::Institution:
        return roundTrip<Institution>(doc, path);
    case Entity::Branch:
        return roundTrip<Branch>(doc, path);
    case Entity::Contact:
        return roundTrip<ContactPerson>(doc, path);
    case Entity::Gtb:
        return roundTrip<GtbOverview>(doc, path);
    case Entity::News:
        return roundTrip<NewsItem>(doc, path);
    case Entity::ContactMoment:
        return roundTrip<ContactMoment>(doc, path);
    case Entity::Evaluation:
        return roundTrip<Evaluation>(doc, path);
    case Entity::Archive:
        return roundTrip<ArchiveItem>(doc, path);
    }
    return doc;
}

QJsonObject storedDocument(const EntityRow &row, qsizetype bodyCapBytes)
{
    QJsonObject doc = QJsonDocument::fromJson(row.data).object();
    if (row.entity == Entity::Archive) {
        bool truncated = false;
        doc.insert(QStringLiteral("id"), row.id);
        doc.insert(QStringLiteral("institutionCode"), row.institution);
        doc.insert(QStringLiteral("kind"), row.kind);
        doc.insert(QStringLiteral("direction"), row.direction);
        doc.insert(QStringLiteral("subject"), row.subject);
        doc.insert(QStringLiteral("sentAt"), row.sentAt);
        doc.insert(QStringLiteral("body"), capBody(row.body, bodyCapBytes, &truncated));
        doc.insert(QStringLiteral("bodyTruncated"), truncated);
    } else if (row.entity == Entity::News) {
        doc.insert(QStringLiteral("read"), row.read);
    }
    doc.insert(QStringLiteral("version"), row.version);
    return doc;
}

QJsonObject logged(const Result<QJsonObject> &checked, const QJsonObject &fallback, const QString &what)
{
    if (checked) {
        return checked.value();
    }
    qWarning("%s does not pass the domain codec: %s (%s)", qPrintable(what),
             qPrintable(checked.error().message), qPrintable(checked.error().field));
    return fallback;
}

} // namespace

Result<QJsonObject> checkedDocumentJson(const EntityRow &row, qsizetype bodyCapBytes)
{
    return throughCodec(row.entity, storedDocument(row, bodyCapBytes), entityName(row.entity));
}

QJsonObject documentJson(const EntityRow &row, qsizetype bodyCapBytes)
{
    const QJsonObject stored = storedDocument(row, bodyCapBytes);
    return logged(throughCodec(row.entity, stored, entityName(row.entity)), stored,
                  entityName(row.entity) + u' ' + row.id);
}

QJsonObject changeDocumentJson(const ChangeRow &row, bool read)
{
    QJsonObject doc = QJsonDocument::fromJson(row.data).object();
    if (row.entity == Entity::Archive) {
        bool truncated = false;
        doc.insert(QStringLiteral("body"),
                   capBody(doc.value(QStringLiteral("body")).toString(), feedBodyCapBytes, &truncated));
        doc.insert(QStringLiteral("bodyTruncated"),
                   truncated || doc.value(QStringLiteral("bodyTruncated")).toBool());
    } else if (row.entity == Entity::News) {
        doc.insert(QStringLiteral("read"), read);
    }
    doc.insert(QStringLiteral("version"), row.version);
    return logged(throughCodec(row.entity, doc, entityName(row.entity)), doc,
                  entityName(row.entity) + u' ' + row.id);
}

QByteArray attachmentBytes(const QString &itemId, int index, qint64 size)
{
    QByteArray out = "%PDF-1.4\n% Synthetic attachment " + itemId.toLatin1() + ' ' + QByteArray::number(index)
        + " of helpdeskpo-server demo data\n";
    const QByteArray seed = QCryptographicHash::hash(
        QByteArray(itemId.toUtf8() + '#' + QByteArray::number(index)), QCryptographicHash::Sha256);
    quint64 state = 0;
    for (int i = 0; i < 8; ++i) {
        state = (state << 8) | uchar(seed.at(i));
    }
    out.reserve(size);
    while (out.size() < size) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        out.append(char(' ' + (state >> 58))); // printable
        if (out.size() % 72 == 0) {
            out.append('\n');
        }
    }
    out.truncate(size);
    return out;
}

} // namespace hpo::server
