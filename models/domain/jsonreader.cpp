#include "models/domain/jsonreader.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace hpo {

JsonReader::JsonReader(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path))
{ }

QString JsonReader::childPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

bool JsonReader::has(const QString &key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it->isNull() && !it->isUndefined();
}

QString JsonReader::elementPath(const QString &key, qsizetype index, const QString &field) const
{
    const QString element = childPath(key) + u'[' + QString::number(index) + u']';
    return field.isEmpty() ? element : element + u'.' + field;
}

void JsonReader::fail(const QString &key, const QString &code, const QString &message)
{
    if (!m_error)
        m_error = Error {code, message, childPath(key)};
}

void JsonReader::fail(const Error &error)
{
    if (!m_error)
        m_error = error;
}

void JsonReader::wrongType(const QString &key, const char *expected)
{
    fail(key, QStringLiteral("wrong-type"), QStringLiteral("expected %1").arg(QLatin1String(expected)));
}

const QJsonValue *JsonReader::valueFor(const QString &key, bool required)
{
    if (m_error)
        return nullptr;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isUndefined() || it->isNull()) {
        if (required)
            fail(key, QStringLiteral("missing-field"), QStringLiteral("field is required"));
        return nullptr;
    }
    m_scratch = *it;
    return &m_scratch;
}

QString JsonReader::string(const QString &key)
{
    const QJsonValue *v = valueFor(key, true);
    if (!v)
        return {};
    if (!v->isString()) {
        wrongType(key, "a string");
        return {};
    }
    return v->toString();
}

QString JsonReader::nonEmptyString(const QString &key)
{
    QString s = string(key);
    if (ok() && s.trimmed().isEmpty())
        fail(key, QStringLiteral("empty"), QStringLiteral("must not be empty"));
    return s;
}

QString JsonReader::optionalString(const QString &key, const QString &fallback)
{
    const QJsonValue *v = valueFor(key, false);
    if (!v)
        return fallback;
    if (!v->isString()) {
        wrongType(key, "a string");
        return fallback;
    }
    return v->toString();
}

static std::optional<qint64> toExactInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    // Beyond 2^53 a double no longer holds every integer exactly.
    constexpr double limit = 9007199254740992.0;
    if (!std::isfinite(d) || std::trunc(d) != d || d > limit || d < -limit)
        return std::nullopt;
    return static_cast<qint64>(d);
}

qint64 JsonReader::integer(const QString &key, qint64 min, qint64 max)
{
    const QJsonValue *v = valueFor(key, true);
    if (!v)
        return 0;
    const auto n = toExactInteger(*v);
    if (!n) {
        wrongType(key, "an integer");
        return 0;
    }
    if (*n < min || *n > max) {
        fail(key, QStringLiteral("out-of-range"),
             QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return 0;
    }
    return *n;
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key, qint64 min, qint64 max)
{
    if (!has(key))
        return std::nullopt;
    const qint64 n = integer(key, min, max);
    if (!ok())
        return std::nullopt;
    return n;
}

bool JsonReader::boolean(const QString &key)
{
    const QJsonValue *v = valueFor(key, true);
    if (!v)
        return false;
    if (!v->isBool()) {
        wrongType(key, "true or false");
        return false;
    }
    return v->toBool();
}

bool JsonReader::optionalBoolean(const QString &key, bool fallback)
{
    if (!has(key))
        return fallback;
    const bool b = boolean(key);
    return ok() ? b : fallback;
}

static const QRegularExpression &isoDatePattern()
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return re;
}

QDate JsonReader::date(const QString &key)
{
    const QString text = string(key);
    if (!ok())
        return {};
    const QDate d = isoDatePattern().match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!d.isValid()) {
        fail(key, QStringLiteral("invalid-date"),
             QStringLiteral("\"%1\" is not a date (yyyy-mm-dd)").arg(text));
        return {};
    }
    return d;
}

std::optional<QDate> JsonReader::optionalDate(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QDate d = date(key);
    return ok() ? std::optional<QDate>(d) : std::nullopt;
}

static const QRegularExpression &isoDateTimePattern()
{
    // Require a full date, a time and an explicit offset: a time without a
    // zone is ambiguous and refused.
    static const QRegularExpression re(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$"));
    return re;
}

QDateTime JsonReader::dateTime(const QString &key)
{
    const QString text = string(key);
    if (!ok())
        return {};
    QDateTime dt;
    if (isoDateTimePattern().match(text).hasMatch())
        dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        fail(key, QStringLiteral("invalid-datetime"),
             QStringLiteral("\"%1\" is not an ISO 8601 time with offset").arg(text));
        return {};
    }
    return dt;
}

std::optional<QDateTime> JsonReader::optionalDateTime(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QDateTime dt = dateTime(key);
    return ok() ? std::optional<QDateTime>(dt) : std::nullopt;
}

QJsonObject JsonReader::object(const QString &key)
{
    const QJsonValue *v = valueFor(key, true);
    if (!v)
        return {};
    if (!v->isObject()) {
        wrongType(key, "an object");
        return {};
    }
    return v->toObject();
}

QJsonArray JsonReader::array(const QString &key)
{
    const QJsonValue *v = valueFor(key, true);
    if (!v)
        return {};
    if (!v->isArray()) {
        wrongType(key, "an array");
        return {};
    }
    return v->toArray();
}

QStringList JsonReader::stringList(const QString &key)
{
    const QJsonArray items = array(key);
    QStringList out;
    if (!ok())
        return out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            m_error = Error {QStringLiteral("wrong-type"), QStringLiteral("expected a string"),
                             elementPath(key, i)};
            return {};
        }
        out.append(items.at(i).toString());
    }
    return out;
}

QString toIsoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString toIsoDateTime(const QDateTime &dateTime)
{
    // Keep the instant's own offset; UTC is written as "Z".
    return dateTime.toString(Qt::ISODateWithMs);
}

} // namespace hpo
