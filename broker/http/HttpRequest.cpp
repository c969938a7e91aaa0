#include "http/HttpRequest.h"

#include <array>

namespace sc::http {

namespace {
struct MethodName
{
    HttpMethod method;
    QByteArrayView name;
};
constexpr std::array kMethods{
    MethodName{HttpMethod::Get, "GET"},
    MethodName{HttpMethod::Head, "HEAD"},
    MethodName{HttpMethod::Post, "POST"},
    MethodName{HttpMethod::Put, "PUT"},
    MethodName{HttpMethod::Patch, "PATCH"},
    MethodName{HttpMethod::Delete, "DELETE"},
    MethodName{HttpMethod::Options, "OPTIONS"},
};
} // namespace

QByteArray methodName(HttpMethod method)
{
    for (const auto &entry : kMethods) {
        if (entry.method == method)
            return entry.name.toByteArray();
    }
    return QByteArrayLiteral("UNKNOWN");
}

HttpMethod methodFromName(QByteArrayView name)
{
    for (const auto &entry : kMethods) {
        if (entry.name == name)
            return entry.method;
    }
    return HttpMethod::Unknown;
}

std::optional<QString> HttpRequest::queryValue(const QString &name) const
{
    if (!query.hasQueryItem(name))
        return std::nullopt;
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

QByteArray HttpRequest::bearerToken() const
{
    const QByteArray authorization = headers.value("Authorization");
    static constexpr QByteArrayView kScheme = "Bearer ";
    if (authorization.size() <= kScheme.size()
        || QByteArrayView(authorization).first(kScheme.size()).compare(kScheme, Qt::CaseInsensitive) != 0)
        return {};
    return authorization.mid(kScheme.size()).trimmed();
}

} // namespace sc::http
