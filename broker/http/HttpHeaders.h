#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace sc::http {

// An ordered list of header fields with case-insensitive lookup. Names keep
// the case they were given; values are raw bytes (HTTP is not UTF-8).
class HttpHeaders
{
public:
    using Field = std::pair<QByteArray, QByteArray>;

    // The first value of a field, or an empty array.
    QByteArray value(QByteArrayView name) const;
    bool contains(QByteArrayView name) const;
    // Every value of a repeated field, in order.
    QList<QByteArray> values(QByteArrayView name) const;
    // Does a comma-separated field (Connection, Transfer-Encoding) list this token?
    bool hasToken(QByteArrayView name, QByteArrayView token) const;

    void add(QByteArray name, QByteArray value);
    // Replaces every field of that name with one.
    void set(QByteArray name, QByteArray value);
    void remove(QByteArrayView name);

    const QList<Field> &fields() const { return m_fields; }
    qsizetype size() const { return m_fields.size(); }
    bool isEmpty() const { return m_fields.isEmpty(); }
    void clear() { m_fields.clear(); }

private:
    QList<Field> m_fields;
};

} // namespace sc::http
