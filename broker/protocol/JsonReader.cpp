#include "protocol/JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sc::protocol {

JsonReader::JsonReader(QJsonObject object, QString context)
    : m_object(std::move(object))
    , m_context(std::move(context))
{
}

Expected<QJsonObject> JsonReader::parseObject(QByteArrayView body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return ApiError{ErrorCode::MalformedJson,
                        u"The request body is not valid JSON: %1 at byte %2."_s.arg(parseError.errorString())
                            .arg(parseError.offset),
                        {},
                        {}};
    }
    if (!document.isObject()) {
        return ApiError{ErrorCode::MalformedJson, u"The request body must be a JSON object."_s, {}, {}};
    }
    return document.object();
}

void JsonReader::allowOnly(std::initializer_list<QStringView> keys)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        bool known = false;
        for (QStringView key : keys)
            known = known || key == it.key();
        if (!known) {
            fail(it.key(), u"is not a field that can be set here"_s);
            return;
        }
    }
}

QString JsonReader::fieldName(QStringView key) const
{
    return m_context.isEmpty() ? key.toString() : m_context + u'.' + key;
}

void JsonReader::fail(QStringView key, const QString &problem)
{
    if (m_error)
        return;
    const QString field = fieldName(key);
    m_error = ApiError{
        ErrorCode::ValidationFailed, u"Field '%1' %2."_s.arg(field, problem), QJsonObject{{u"field"_s, field}}, {}};
}

QJsonValue JsonReader::required(QStringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        fail(key, u"is required"_s);
    return value;
}

QString JsonReader::string(QStringView key, qsizetype maxLength, qsizetype minLength)
{
    const QJsonValue value = required(key);
    if (!ok())
        return {};
    if (!value.isString()) {
        fail(key, u"must be a string"_s);
        return {};
    }
    const QString text = value.toString();
    if (text.size() < minLength) {
        fail(key, minLength == 1 ? u"must not be empty"_s : u"must be at least %1 characters"_s.arg(minLength));
        return {};
    }
    if (text.size() > maxLength) {
        fail(key, u"must be at most %1 characters"_s.arg(maxLength));
        return {};
    }
    return text;
}

std::optional<QString> JsonReader::optionalString(QStringView key, qsizetype maxLength)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return string(key, maxLength, 0);
}

qint64 JsonReader::integer(QStringView key, qint64 min, qint64 max)
{
    const QJsonValue value = required(key);
    if (!ok())
        return 0;
    const double number = value.toDouble(std::nan(""));
    // Doubles represent integers exactly up to 2^53; anything past that is refused.
    constexpr double kExactLimit = 9007199254740992.0;
    if (!value.isDouble() || std::trunc(number) != number || std::fabs(number) > kExactLimit) {
        fail(key, u"must be a whole number"_s);
        return 0;
    }
    const auto result = static_cast<qint64>(number);
    if (result < min || result > max) {
        fail(key, u"must be between %1 and %2"_s.arg(min).arg(max));
        return 0;
    }
    return result;
}

std::optional<qint64> JsonReader::optionalInteger(QStringView key, qint64 min, qint64 max)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return integer(key, min, max);
}

double JsonReader::number(QStringView key, double min, double max)
{
    const QJsonValue value = required(key);
    if (!ok())
        return 0;
    if (!value.isDouble()) {
        fail(key, u"must be a number"_s);
        return 0;
    }
    const double result = value.toDouble();
    if (!(result >= min && result <= max)) {
        fail(key, u"must be between %1 and %2"_s.arg(min).arg(max));
        return 0;
    }
    return result;
}

bool JsonReader::boolean(QStringView key)
{
    const QJsonValue value = required(key);
    if (!ok())
        return false;
    if (!value.isBool()) {
        fail(key, u"must be true or false"_s);
        return false;
    }
    return value.toBool();
}

std::optional<bool> JsonReader::optionalBoolean(QStringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return boolean(key);
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue isoTimeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue(QJsonValue::Null);
}

QDateTime JsonReader::time(QStringView key)
{
    const QString text = string(key, 64);
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (ok() && !parsed.isValid())
        fail(key, u"must be an ISO 8601 time"_s);
    return parsed.toUTC();
}

QDateTime JsonReader::optionalTime(QStringView key)
{
    return has(key) ? time(key) : QDateTime();
}

QJsonObject JsonReader::object(QStringView key)
{
    const QJsonValue value = required(key);
    if (!ok())
        return {};
    if (!value.isObject()) {
        fail(key, u"must be an object"_s);
        return {};
    }
    return value.toObject();
}

QJsonArray JsonReader::array(QStringView key, qsizetype maxItems)
{
    const QJsonValue value = required(key);
    if (!ok())
        return {};
    if (!value.isArray()) {
        fail(key, u"must be a list"_s);
        return {};
    }
    const QJsonArray items = value.toArray();
    if (items.size() > maxItems) {
        fail(key, u"must have at most %1 items"_s.arg(maxItems));
        return {};
    }
    return items;
}

} // namespace sc::protocol
