#pragma once

#include "protocol/ApiError.h"
#include "protocol/Expected.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace sc::protocol {

// Reads a JSON object strictly: typed fields with limits, an allow-list of
// known fields, and the first problem kept as a validation_failed ApiError
// that names the field. Every request body goes through one of these.
// How every time travels on the wire: UTC, ISO 8601 with milliseconds.
QString isoTime(const QDateTime &time);
// The same, or JSON null for an invalid time (a time that is not there).
QJsonValue isoTimeOrNull(const QDateTime &time);

class JsonReader
{
public:
    explicit JsonReader(QJsonObject object, QString context = {});

    // Parses a request body that must be one JSON object.
    static Expected<QJsonObject> parseObject(QByteArrayView body);

    // Fails if the object carries a field not in the list (no mass assignment).
    void allowOnly(std::initializer_list<QStringView> keys);

    QString string(QStringView key, qsizetype maxLength, qsizetype minLength = 1);
    std::optional<QString> optionalString(QStringView key, qsizetype maxLength);
    qint64 integer(QStringView key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(QStringView key, qint64 min, qint64 max);
    double number(QStringView key, double min, double max);
    bool boolean(QStringView key);
    std::optional<bool> optionalBoolean(QStringView key);
    QJsonObject object(QStringView key);
    // A UTC time in ISO 8601 with milliseconds, as isoTime() writes it.
    QDateTime time(QStringView key);
    // The same, or an invalid QDateTime when absent or null.
    QDateTime optionalTime(QStringView key);
    QJsonArray array(QStringView key, qsizetype maxItems);

    // The field is present and not null (null counts as absent everywhere).
    bool has(QStringView key) const
    {
        const QJsonValue value = m_object.value(key);
        return !value.isUndefined() && !value.isNull();
    }

    bool ok() const { return !m_error.has_value(); }
    const ApiError &error() const { return *m_error; }
    const QJsonObject &json() const { return m_object; }

    void fail(QStringView key, const QString &problem);

private:
    QJsonValue required(QStringView key);
    QString fieldName(QStringView key) const;

    QJsonObject m_object;
    QString m_context;
    std::optional<ApiError> m_error;
};

} // namespace sc::protocol
