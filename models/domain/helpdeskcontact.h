// How to reach the helpdesk besides the chat: the phone number and e-mail
// address the server publishes in GET /api/v1/meta ("helpdeskContact"). The
// hours are the helpdesk schedule's.
#pragma once

#include "models/domain/result.h"

#include <QJsonObject>
#include <QString>

namespace hpo {

struct HelpdeskContact
{
    QString phone; // normalised Dutch display form, "050 599 9000"
    QString email;

    QJsonObject toJson() const;
    // Both fields required and checked with parsePhoneNumber / parseEmail.
    static Result<HelpdeskContact> fromJson(const QJsonObject &json, const QString &path = {});

    friend bool operator==(const HelpdeskContact &, const HelpdeskContact &) = default;
};

} // namespace hpo
