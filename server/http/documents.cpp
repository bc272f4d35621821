#include "server/http/documents.h"

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

QJsonObject documentJson(const EntityRow &row, qsizetype bodyCapBytes)
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

QJsonObject changeDocumentJson(const ChangeRow &row, bool read)
{
    QJsonObject doc = QJsonDocument::fromJson(row.data).object();
    if (row.entity == Entity::Archive) {
        bool truncated = false;
        doc.insert(QStringLiteral("body"),
                   capBody(doc.value(QStringLiteral("body")).toString(), feedBodyCapBytes, &truncated));
        doc.insert(QStringLiteral("bodyTruncated"), truncated);
    } else if (row.entity == Entity::News) {
        doc.insert(QStringLiteral("read"), read);
    }
    doc.insert(QStringLiteral("version"), row.version);
    return doc;
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
