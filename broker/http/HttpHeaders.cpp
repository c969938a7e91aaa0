#include "http/HttpHeaders.h"

namespace sc::http {

namespace {
bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

QByteArray HttpHeaders::value(QByteArrayView name) const
{
    for (const auto &[fieldName, fieldValue] : m_fields) {
        if (sameName(fieldName, name))
            return fieldValue;
    }
    return {};
}

bool HttpHeaders::contains(QByteArrayView name) const
{
    for (const auto &field : m_fields) {
        if (sameName(field.first, name))
            return true;
    }
    return false;
}

QList<QByteArray> HttpHeaders::values(QByteArrayView name) const
{
    QList<QByteArray> result;
    for (const auto &[fieldName, fieldValue] : m_fields) {
        if (sameName(fieldName, name))
            result.append(fieldValue);
    }
    return result;
}

bool HttpHeaders::hasToken(QByteArrayView name, QByteArrayView token) const
{
    for (const auto &[fieldName, fieldValue] : m_fields) {
        if (!sameName(fieldName, name))
            continue;
        for (const QByteArray &part : fieldValue.split(',')) {
            if (sameName(part.trimmed(), token))
                return true;
        }
    }
    return false;
}

void HttpHeaders::add(QByteArray name, QByteArray value)
{
    m_fields.append({std::move(name), std::move(value)});
}

void HttpHeaders::set(QByteArray name, QByteArray value)
{
    remove(name);
    add(std::move(name), std::move(value));
}

void HttpHeaders::remove(QByteArrayView name)
{
    m_fields.removeIf([name](const Field &field) { return sameName(field.first, name); });
}

} // namespace sc::http
