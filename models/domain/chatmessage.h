// One message in a helpdesk chat conversation.
#pragma once

#include "models/domain/jsoncodec.h"
#include "models/domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace hpo {

struct ChatMessage
{
    enum class Sender { User, Agent, System };

    // Counted in characters (Unicode code points), not UTF-16 units, so an
    // emoji counts once.
    static constexpr qsizetype maxTextLength = 4000;

    QString id;
    QString conversationId;
    Sender from = Sender::User;
    QString text;
    QDateTime sentAt;

    static qsizetype textLength(QStringView text);
    // "empty" or "too-long" when `text` cannot be sent; the client checks
    // before sending, the server on receipt.
    static Status checkText(QStringView text);

    QJsonObject toJson() const;
    static Result<ChatMessage> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

inline constexpr std::pair<ChatMessage::Sender, const char *> chatSenderNames[] = {
    {ChatMessage::Sender::User, "user"},
    {ChatMessage::Sender::Agent, "agent"},
    {ChatMessage::Sender::System, "system"},
};

inline QString toString(ChatMessage::Sender sender)
{
    return enumName(chatSenderNames, sender);
}

} // namespace hpo
