// The signed-in person's linked institutions (GET /api/v1/me) and "Account
// toevoegen" (POST /api/v1/me/accounts), through the session so refresh and
// 401 retries are handled. Answers come as callbacks on `context`'s thread.
#pragma once

#include "models/domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace hpo {

class AuthService;

// One linked account: {"institutionCode", "kind", "name"}.
struct LinkedAccount
{
    QString institutionCode;
    QString kind; // "school" or "board"
    QString name;

    QJsonObject toJson() const;
    static Result<LinkedAccount> fromJson(const QJsonObject &json, const QString &path = {});
};

// GET /api/v1/me: {"id", "displayName", "kind", "accounts": [LinkedAccount…]}.
struct SignedInPerson
{
    QString id;
    QString displayName;
    QString kind;
    QList<LinkedAccount> accounts;

    QJsonObject toJson() const;
    static Result<SignedInPerson> fromJson(const QJsonObject &json, const QString &path = {});
};

class AccountService final
{
public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit AccountService(AuthService &auth);

    // Errors: the ApiClient codes ("network-unreachable", "http-<status>", the server's code…),
    // "invalid-json", "missing-field".
    void fetchMe(QObject *context, Callback<SignedInPerson> done);
    // Account toevoegen. Server refusals keep the server's code: "not-a-contact-person",
    // "unknown-institution", "already-linked", "validation-failed".
    void add(const QString &institutionCode, QObject *context, Callback<LinkedAccount> done);

private:
    AuthService &m_auth;
};

} // namespace hpo
