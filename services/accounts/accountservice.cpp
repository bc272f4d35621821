#include "services/accounts/accountservice.h"

#include "models/domain/jsonreader.h"
#include "services/auth/authservice.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hpo {

QJsonObject LinkedAccount::toJson() const
{
    return {{QStringLiteral("institutionCode"), institutionCode},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("name"), name}};
}

Result<LinkedAccount> LinkedAccount::fromJson(const QJsonObject &json, const QString &path)
{
    LinkedAccount account;
    const auto code = json.value(QStringLiteral("institutionCode"));
    if (!code.isString() || code.toString().isEmpty())
        return Error {QStringLiteral("missing-field"), QStringLiteral("institutionCode is required"),
                      path.isEmpty() ? QStringLiteral("institutionCode")
                                     : path + QStringLiteral(".institutionCode")};
    account.institutionCode = code.toString();
    account.kind = json.value(QStringLiteral("kind")).toString();
    account.name = json.value(QStringLiteral("name")).toString();
    return account;
}

QJsonObject SignedInPerson::toJson() const
{
    QJsonArray list;
    for (const LinkedAccount &account : accounts)
        list.append(account.toJson());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("accounts"), list}};
}

Result<SignedInPerson> SignedInPerson::fromJson(const QJsonObject &json, const QString &path)
{
    SignedInPerson person;
    person.id = json.value(QStringLiteral("id")).toString();
    if (person.id.isEmpty())
        return Error {QStringLiteral("missing-field"), QStringLiteral("id is required"),
                      path + QStringLiteral("id")};
    person.displayName = json.value(QStringLiteral("displayName")).toString();
    person.kind = json.value(QStringLiteral("kind")).toString();
    const QJsonArray list = json.value(QStringLiteral("accounts")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto account
            = LinkedAccount::fromJson(list.at(i).toObject(), path + QStringLiteral("accounts[%1]").arg(i));
        if (!account)
            return account.error();
        person.accounts.append(account.value());
    }
    return person;
}

AccountService::AccountService(AuthService &auth) : m_auth(auth)
{ }

void AccountService::fetchMe(QObject *context, Callback<SignedInPerson> done)
{
    m_auth.send(ApiRequest::get(QStringLiteral("/api/v1/me")), context, [done](const ApiResult &result) {
        const auto json = result.object();
        done(json ? SignedInPerson::fromJson(json.value()) : Result<SignedInPerson>(json.error()));
    });
}

void AccountService::add(const QString &institutionCode, QObject *context, Callback<LinkedAccount> done)
{
    const ApiRequest request = ApiRequest::postJson(QStringLiteral("/api/v1/me/accounts"),
                                                    {{QStringLiteral("institutionCode"), institutionCode}});
    m_auth.send(request, context, [done](const ApiResult &result) {
        const auto json = result.object();
        done(json ? LinkedAccount::fromJson(json.value()) : Result<LinkedAccount>(json.error()));
    });
}

} // namespace hpo
