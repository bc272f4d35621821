// Strict, path-tracking reading of JSON objects for the domain codecs.
// The first failure is kept (with the full field path); later reads become
// no-ops, so a decoder reads every field and checks ok() once at the end.
#pragma once

#include "models/domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <optional>

namespace hpo {

class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, QString path = {});

    // Required fields: a missing or wrongly typed field records an error.
    QString string(const QString &key);
    QString nonEmptyString(const QString &key);
    qint64 integer(const QString &key, qint64 min = std::numeric_limits<int>::min(),
                   qint64 max = std::numeric_limits<int>::max());
    bool boolean(const QString &key);
    QDate date(const QString &key); // ISO 8601 "2021-12-08"
    QDateTime dateTime(const QString &key); // ISO 8601 with offset or Z
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key);
    QStringList stringList(const QString &key);

    // Optional fields: absent or null gives the fallback; a wrong type is still an error.
    QString optionalString(const QString &key, const QString &fallback = {});
    std::optional<QDate> optionalDate(const QString &key);
    std::optional<QDateTime> optionalDateTime(const QString &key);
    std::optional<qint64> optionalInteger(const QString &key, qint64 min = std::numeric_limits<int>::min(),
                                          qint64 max = std::numeric_limits<int>::max());
    bool optionalBoolean(const QString &key, bool fallback);
    bool has(const QString &key) const;

    // Enumerations: the JSON string must be one of the names given.
    template<typename E, size_t N>
    E enumeration(const QString &key, const std::pair<E, const char *> (&names)[N])
    {
        const QString text = string(key);
        if (!ok())
            return names[0].first;
        for (const auto &[value, name] : names) {
            if (text == QLatin1String(name))
                return value;
        }
        fail(key, QStringLiteral("unknown-value"), QStringLiteral("unknown value \"%1\"").arg(text));
        return names[0].first;
    }

    // Decodes every element of an array field with `decode`, which gets the
    // element's path ("contacts[3]").
    template<typename T>
    QList<T> list(const QString &key,
                  const std::function<Result<T>(const QJsonObject &, const QString &)> &decode)
    {
        QList<T> out;
        const QJsonArray items = array(key);
        if (!ok())
            return out;
        out.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = elementPath(key, i);
            if (!items.at(i).isObject()) {
                m_error
                    = Error {QStringLiteral("wrong-type"), QStringLiteral("expected an object"), itemPath};
                return {};
            }
            Result<T> item = decode(items.at(i).toObject(), itemPath);
            if (!item) {
                m_error = item.error();
                return {};
            }
            out.append(std::move(item).value());
        }
        return out;
    }

    // Decodes an object field with `decode`, which gets the field's path
    // ("visitingAddress"), so a nested error keeps its full path.
    template<typename T>
    T nested(const QString &key, const std::function<Result<T>(const QJsonObject &, const QString &)> &decode)
    {
        const QJsonObject json = object(key);
        if (!ok())
            return T {};
        Result<T> value = decode(json, childPath(key));
        if (!value) {
            m_error = value.error();
            return T {};
        }
        return std::move(value).value();
    }
    // Like nested(), but an absent or null field gives std::nullopt.
    template<typename T>
    std::optional<T>
    optionalNested(const QString &key,
                   const std::function<Result<T>(const QJsonObject &, const QString &)> &decode)
    {
        if (!ok() || !has(key))
            return std::nullopt;
        T value = nested<T>(key, decode);
        if (!ok())
            return std::nullopt;
        return value;
    }

    // A rule failed on a field that was read fine (e.g. an invalid postcode).
    void fail(const QString &key, const QString &code, const QString &message);
    // Records an error that already carries its full path (a cross-field rule
    // on a list element, say); like every failure, only the first one is kept.
    void fail(const Error &error);
    // Wraps a validation Result: on error records it at `key` and returns the fallback.
    template<typename T> T check(const QString &key, const Result<T> &result, T fallback = {})
    {
        if (!ok())
            return fallback;
        if (!result) {
            fail(key, result.error().code, result.error().message);
            return fallback;
        }
        return result.value();
    }

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    QString childPath(const QString &key) const;
    // Path of an array element, or of a field in it: "contacts[3]", "contacts[3].email".
    QString elementPath(const QString &key, qsizetype index, const QString &field = {}) const;

    template<typename T> Result<T> finish(T value) const
    {
        if (m_error)
            return *m_error;
        return value;
    }

private:
    const QJsonValue *valueFor(const QString &key, bool required);
    void wrongType(const QString &key, const char *expected);

    QJsonObject m_object;
    QString m_path;
    QJsonValue m_scratch;
    std::optional<Error> m_error;
};

// Formats for the wire: dates as "yyyy-MM-dd", instants as ISO 8601 with offset.
QString toIsoDate(const QDate &date);
QString toIsoDateTime(const QDateTime &dateTime);

} // namespace hpo
