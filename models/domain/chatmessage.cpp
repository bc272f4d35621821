#include "models/domain/chatmessage.h"

#include "models/domain/jsonreader.h"

namespace hpo {

qsizetype ChatMessage::textLength(QStringView text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A surrogate pair is one character; a lone surrogate still counts as one.
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

Status ChatMessage::checkText(QStringView text)
{
    if (text.trimmed().isEmpty())
        return Error {QStringLiteral("empty"), QStringLiteral("must not be empty"), {}};
    if (textLength(text) > maxTextLength)
        return Error {
            QStringLiteral("too-long"), QStringLiteral("at most %1 characters").arg(maxTextLength), {}};
    return success();
}

QJsonObject ChatMessage::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("conversationId"), conversationId},
        {QStringLiteral("from"), toString(from)},
        {QStringLiteral("text"), text},
        {QStringLiteral("sentAt"), toIsoDateTime(sentAt)},
    };
}

Result<ChatMessage> ChatMessage::fromJson(const QJsonObject &json, const QString &path)
{
    JsonReader r(json, path);
    ChatMessage m;
    m.id = r.nonEmptyString(QStringLiteral("id"));
    m.conversationId = r.nonEmptyString(QStringLiteral("conversationId"));
    m.from = r.enumeration(QStringLiteral("from"), chatSenderNames);
    m.text = r.string(QStringLiteral("text"));
    if (r.ok()) {
        const Status textOk = checkText(m.text);
        if (!textOk)
            r.fail(QStringLiteral("text"), textOk.error().code, textOk.error().message);
    }
    m.sentAt = r.dateTime(QStringLiteral("sentAt"));
    return r.finish(std::move(m));
}

} // namespace hpo
