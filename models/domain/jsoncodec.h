// Small helpers shared by the domain codecs: enum name tables, encoding lists,
// duplicate checks, the version field. Decoding lists is JsonReader::list's
// job; institution and branch code fields are codefields.h's.
#pragma once

#include "models/domain/jsonreader.h"

#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <optional>
#include <type_traits>
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

// Fails with "duplicate" at "<listKey>[i].<field>" for the first element whose
// keyOf(element) an earlier element already had; message(key) says which.
template<typename T, typename KeyOf, typename Message>
void refuseDuplicates(JsonReader &reader, const QString &listKey, const QList<T> &items, const QString &field,
                      KeyOf keyOf, Message message)
{
    QSet<std::decay_t<decltype(keyOf(items.first()))>> seen;
    for (qsizetype i = 0; reader.ok() && i < items.size(); ++i) {
        const auto key = keyOf(items.at(i));
        if (seen.contains(key))
            reader.fail(
                Error {QStringLiteral("duplicate"), message(key), reader.elementPath(listKey, i, field)});
        seen.insert(key);
    }
}

// Versions count up from 1; JSON numbers are exact up to 2^53.
inline constexpr qint64 maxVersion = 9007199254740991LL;

inline qint64 readVersion(JsonReader &reader, qint64 min = 1)
{
    return reader.integer(QStringLiteral("version"), min, maxVersion);
}

} // namespace hpo
