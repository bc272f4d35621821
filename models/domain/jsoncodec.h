// Small helpers shared by the domain codecs: enum name tables, encoding lists,
// the version field. Decoding lists is JsonReader::list's job.
#pragma once

#include "models/domain/jsonreader.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace hpo {

// One table per enum, {value, "json-name"}; the same table decodes
// (JsonReader::enumeration), encodes (enumName) and parses user input (enumFromName).
template<typename E, size_t N> QString enumName(const std::pair<E, const char *> (&names)[N], E value)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return QLatin1String(name);
    }
    return {};
}

template<typename E, size_t N>
std::optional<E> enumFromName(const std::pair<E, const char *> (&names)[N], QStringView text)
{
    for (const auto &[v, name] : names) {
        if (text == QLatin1String(name))
            return v;
    }
    return std::nullopt;
}

template<typename T> QJsonArray toJsonArray(const QList<T> &items)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(item.toJson());
    return out;
}

// Versions count up from 1; JSON numbers are exact up to 2^53.
inline constexpr qint64 maxVersion = 9007199254740991LL;

inline qint64 readVersion(JsonReader &reader)
{
    return reader.integer(QStringLiteral("version"), 1, maxVersion);
}

} // namespace hpo
