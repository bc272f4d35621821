// One contact between the institution and the helpdesk (a call, an e-mail, a
// chat, a letter, a web form), as the helpdesk registered it.
#pragma once

#include "models/domain/jsoncodec.h"
#include "models/domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hpo {

struct ContactMoment
{
    enum class Channel { Phone, Email, Chat, Letter, WebForm };
    enum class Status { Open, InProgress, Closed };

    QString id;
    QString institutionCode;
    Channel channel = Channel::Phone;
    QDateTime date; // an instant
    QString subject;
    Status status = Status::Open;
    QString summary; // may be empty
    qint64 version = 1;

    QJsonObject toJson() const;
    static Result<ContactMoment> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const ContactMoment &, const ContactMoment &) = default;
};

inline constexpr std::pair<ContactMoment::Channel, const char *> contactChannelNames[] = {
    {ContactMoment::Channel::Phone, "phone"},      {ContactMoment::Channel::Email, "email"},
    {ContactMoment::Channel::Chat, "chat"},        {ContactMoment::Channel::Letter, "letter"},
    {ContactMoment::Channel::WebForm, "web-form"},
};

inline constexpr std::pair<ContactMoment::Status, const char *> contactStatusNames[] = {
    {ContactMoment::Status::Open, "open"},
    {ContactMoment::Status::InProgress, "in-progress"},
    {ContactMoment::Status::Closed, "closed"},
};

inline QString toString(ContactMoment::Channel channel)
{
    return enumName(contactChannelNames, channel);
}

inline QString toString(ContactMoment::Status status)
{
    return enumName(contactStatusNames, status);
}

} // namespace hpo
