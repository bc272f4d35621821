// Shared pieces of the domain codec tests: edit a JSON sample at a field path,
// and the malformed-input table every codec test runs.
#pragma once

#include "models/domain/result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <optional>

namespace hpo::test {

inline QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("test sample is not a JSON object: %s", qPrintable(error.errorString()));
    return doc.object();
}

inline QByteArray jsonText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

namespace detail {
struct Step
{
    QString key; // empty for an array index
    qsizetype index = -1;
};

inline QList<Step> steps(const QString &path)
{
    QList<Step> out;
    static const QRegularExpression part(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    auto it = part.globalMatch(path);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.hasCaptured(1))
            out.append({m.captured(1), -1});
        else
            out.append({{}, m.captured(2).toLongLong()});
    }
    return out;
}

inline QJsonValue apply(const QJsonValue &node, const QList<Step> &steps, qsizetype at,
                        const std::optional<QJsonValue> &value)
{
    const Step &s = steps.at(at);
    const bool last = at + 1 == steps.size();
    if (s.index < 0) {
        QJsonObject o = node.toObject();
        if (!last)
            o.insert(s.key, apply(o.value(s.key), steps, at + 1, value));
        else if (value)
            o.insert(s.key, *value);
        else
            o.remove(s.key);
        return o;
    }
    QJsonArray a = node.toArray();
    if (!last)
        a.replace(s.index, apply(a.at(s.index), steps, at + 1, value));
    else if (value)
        a.replace(s.index, *value);
    else
        a.removeAt(s.index);
    return a;
}
} // namespace detail

// `root` with the value at `path` ("peildata[2].branches[0].funded.total")
// replaced by `value`, or removed when `value` is empty.
inline QJsonObject patched(const QJsonObject &root, const QString &path,
                           const std::optional<QJsonValue> &value)
{
    return detail::apply(root, detail::steps(path), 0, value).toObject();
}

// A malformed-table cell: JSON text for the new value, or `absent` to delete the field.
inline const QByteArray absent = QByteArrayLiteral("<remove>");

inline std::optional<QJsonValue> cellValue(const QByteArray &text)
{
    if (text == absent)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']', &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test row: %s", text.constData());
    return doc.array().at(0);
}

inline void addMalformedColumns()
{
    QTest::addColumn<QString>("path"); // field to change in the sample
    QTest::addColumn<QByteArray>("value"); // its new JSON value, or `absent`
    QTest::addColumn<QString>("field"); // expected Error::field
    QTest::addColumn<QString>("code"); // expected Error::code
}

// Row where the changed field is also the reported one.
inline void addRow(const char *name, const char *path, const QByteArray &value, const char *code)
{
    QTest::newRow(name) << QString::fromUtf8(path) << value << QString::fromUtf8(path)
                        << QString::fromUtf8(code);
}

inline void addRow(const char *name, const char *path, const QByteArray &value, const char *field,
                   const char *code)
{
    QTest::newRow(name) << QString::fromUtf8(path) << value << QString::fromUtf8(field)
                        << QString::fromUtf8(code);
}

// Row groups shared by the tables; each row is named "<path> <case>".
namespace rows {
inline void add(const QString &path, const char *what, const QByteArray &value, const char *code)
{
    const QByteArray name = path.toUtf8() + ' ' + what;
    QTest::newRow(name.constData()) << path << value << path << QString::fromUtf8(code);
}

// A required string: absent, null and every other JSON type.
inline void requiredString(const QString &path, bool nonEmpty)
{
    add(path, "missing", absent, "missing-field");
    add(path, "null", "null", "missing-field");
    add(path, "number", "42", "wrong-type");
    add(path, "bool", "true", "wrong-type");
    add(path, "array", R"(["a"])", "wrong-type");
    add(path, "object", R"({"a":"b"})", "wrong-type");
    if (nonEmpty) {
        add(path, "empty", R"("")", "empty");
        add(path, "blank", R"(" \t ")", "empty");
    }
}

// A string that may be absent but, when given, must be a string.
inline void optionalString(const QString &path)
{
    add(path, "number", "42", "wrong-type");
    add(path, "bool", "false", "wrong-type");
    add(path, "array", "[]", "wrong-type");
}

inline void boolean(const QString &path)
{
    add(path, "string", R"("true")", "wrong-type");
    add(path, "number", "1", "wrong-type");
}

inline void integer(const QString &path, qint64 min, qint64 max)
{
    add(path, "missing", absent, "missing-field");
    add(path, "string", R"("1")", "wrong-type");
    add(path, "fraction", "1.5", "wrong-type");
    add(path, "bool", "true", "wrong-type");
    add(path, "huge", "1e300", "wrong-type");
    add(path, "below minimum", QByteArray::number(min - 1), "out-of-range");
    add(path, "above maximum", QByteArray::number(max + 1), "out-of-range");
}

inline void version(const QString &path = QStringLiteral("version"))
{
    integer(path, 1, 9007199254740991LL); // 2^53 - 1, exact in a JSON number
    add(path, "negative", "-3", "out-of-range");
}

inline void dateTime(const QString &path)
{
    add(path, "missing", absent, "missing-field");
    add(path, "number", "1638954000", "wrong-type");
    add(path, "without offset", R"("2021-12-08T10:00:00")", "invalid-datetime");
    add(path, "date only", R"("2021-12-08")", "invalid-datetime");
    add(path, "dutch notation", R"("08-12-2021 10:00")", "invalid-datetime");
    add(path, "hour 25", R"("2021-12-08T25:00:00Z")", "invalid-datetime");
    add(path, "february 30", R"("2021-02-30T10:00:00Z")", "invalid-datetime");
    add(path, "empty", R"("")", "invalid-datetime");
}

inline void date(const QString &path)
{
    add(path, "missing", absent, "missing-field");
    add(path, "number", "20211208", "wrong-type");
    add(path, "dutch order", R"("08-12-2021")", "invalid-date");
    add(path, "with time", R"("2021-12-08T00:00:00Z")", "invalid-date");
    add(path, "february 29 2021", R"("2021-02-29")", "invalid-date");
    add(path, "month 13", R"("2021-13-01")", "invalid-date");
    add(path, "short", R"("2021-1-8")", "invalid-date");
    add(path, "empty", R"("")", "invalid-date");
}

// An enumeration whose JSON names are lower case; `valid` is one of them.
inline void enumeration(const QString &path, const QByteArray &valid)
{
    add(path, "missing", absent, "missing-field");
    add(path, "number", "0", "wrong-type");
    add(path, "unknown", R"("something-else")", "unknown-value");
    add(path, "empty", R"("")", "unknown-value");
    add(path, "upper case", '"' + valid.toUpper() + '"', "unknown-value");
    add(path, "padded", "\" " + valid + " \"", "unknown-value");
}

// An institution code (school or board).
inline void institutionCode(const QString &path)
{
    add(path, "missing", absent, "missing-field");
    add(path, "number", "41775", "wrong-type");
    add(path, "lower case", R"("16ah")", "invalid-institution-code");
    add(path, "branch code", R"("16AH00")", "invalid-institution-code");
    add(path, "four digits", R"("4177")", "invalid-institution-code");
    add(path, "empty", R"("")", "invalid-institution-code");
}
} // namespace rows

template<typename T> QString describe(const Result<T> &result)
{
    if (result.ok())
        return QStringLiteral("ok");
    const Error &e = result.error();
    return QString(e.field + u": " + e.code + u": " + e.message);
}

// Runs one malformed row against T::fromJson, at the top level and nested
// below a path prefix (as inside a list).
template<typename T> void checkMalformed(const QJsonObject &sample)
{
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const QJsonObject json = patched(sample, path, cellValue(value));
    const Result<T> top = T::fromJson(json);
    QVERIFY2(!top.ok(), jsonText(json).constData());
    QCOMPARE(top.error().field, field);
    QCOMPARE(top.error().code, code);
    QVERIFY(!top.error().message.isEmpty());
    const Result<T> inner = T::fromJson(json, QStringLiteral("items[7]"));
    QVERIFY(!inner.ok());
    QCOMPARE(inner.error().field, QStringLiteral("items[7].") + field);
    QCOMPARE(inner.error().code, code);
}

// The sample decodes, encodes back to exactly itself, and the value survives
// another round trip.
template<typename T> void checkJsonRoundTrip(const QJsonObject &sample)
{
    const Result<T> decoded = T::fromJson(sample);
    QVERIFY2(decoded.ok(), qPrintable(describe(decoded)));
    const QJsonObject encoded = decoded->toJson();
    QVERIFY2(encoded == sample, jsonText(encoded).constData());
    const Result<T> again = T::fromJson(encoded);
    QVERIFY(again.ok());
    QVERIFY(*again == *decoded);
}

template<typename T> void checkValueRoundTrip(const T &value)
{
    const QJsonObject json = value.toJson();
    const Result<T> decoded = T::fromJson(json);
    QVERIFY2(decoded.ok(), qPrintable(describe(decoded)));
    QVERIFY2(*decoded == value, jsonText(json).constData());
}

// Every name in an enum's table, written at `key` of the sample, decodes to its
// value (read through `member`) and the JSON round-trips unchanged.
template<typename T, typename E, size_t N>
void checkEveryEnumName(const QJsonObject &sample, const QString &key,
                        const std::pair<E, const char *> (&names)[N], E T::*member)
{
    for (const auto &[value, name] : names) {
        QJsonObject json = sample;
        json.insert(key, QLatin1String(name));
        const Result<T> decoded = T::fromJson(json);
        QVERIFY2(decoded.ok(), qPrintable(describe(decoded)));
        QVERIFY2((*decoded).*member == value, name);
        checkJsonRoundTrip<T>(json);
    }
}

// Extra fields (here and in nested objects) are ignored: the value is the same.
template<typename T> void checkUnknownFieldsIgnored(const QJsonObject &sample, const QStringList &objectPaths)
{
    QJsonObject json = sample;
    json.insert(QStringLiteral("addedInV2"), QStringLiteral("x"));
    json.insert(QStringLiteral("nestedFuture"), QJsonObject {{QStringLiteral("a"), 1}});
    for (const QString &p : objectPaths)
        json = patched(json, p + QStringLiteral(".futureField"), QJsonValue(QJsonArray {1, 2}));
    const Result<T> plain = T::fromJson(sample);
    const Result<T> extended = T::fromJson(json);
    QVERIFY(plain.ok());
    QVERIFY2(extended.ok(), qPrintable(describe(extended)));
    QVERIFY(*plain == *extended);
    QVERIFY(extended->toJson() == sample);
}

namespace detail {
inline void collectPaths(const QJsonValue &node, const QString &path, QStringList &out)
{
    if (!path.isEmpty())
        out.append(path);
    if (node.isObject()) {
        const QJsonObject o = node.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectPaths(*it, path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
    } else if (node.isArray()) {
        const QJsonArray a = node.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectPaths(a.at(i), path + u'[' + QString::number(i) + u']', out);
    }
}
} // namespace detail

// Every field of the sample (at every depth) removed and replaced by a value of
// every JSON type. The decoder never crashes; a refusal names a field, a code
// and a reason; an acceptance is a value that encodes to JSON which decodes to
// the same value again (never a half-valid value).
template<typename T> void checkFieldSweep(const QJsonObject &sample)
{
    QStringList paths;
    detail::collectPaths(sample, {}, paths);
    const QList<std::optional<QJsonValue>> replacements {
        std::nullopt,
        QJsonValue(),
        QJsonValue(0),
        QJsonValue(-1),
        QJsonValue(1.5),
        QJsonValue(1e300),
        QJsonValue(true),
        QJsonValue(QString()),
        QJsonValue(QStringLiteral("x")),
        QJsonValue(QJsonArray()),
        QJsonValue(QJsonArray {QJsonObject()}),
        QJsonValue(QJsonObject()),
    };
    int cases = 0;
    for (const QString &path : std::as_const(paths)) {
        for (const auto &replacement : replacements) {
            const QJsonObject json = patched(sample, path, replacement);
            const Result<T> r = T::fromJson(json);
            ++cases;
            const QByteArray where = path.toUtf8() + " <- " + jsonText(json).left(200);
            if (!r.ok()) {
                QVERIFY2(!r.error().field.isEmpty() && !r.error().code.isEmpty()
                             && !r.error().message.isEmpty(),
                         where.constData());
                continue;
            }
            const Result<T> again = T::fromJson(r->toJson());
            QVERIFY2(again.ok() && *again == *r, where.constData());
        }
    }
    qInfo("%d cases over %lld fields", cases, static_cast<long long>(paths.size()));
}

} // namespace hpo::test
