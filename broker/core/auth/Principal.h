#pragma once

#include "core/auth/Role.h"

#include <QSet>
#include <QString>

namespace sc::http {
struct HttpRequest;
}

namespace sc::broker {

// The authenticated caller of a request: who, in which organization, with
// which role and scopes, through which credential.
struct Principal
{
    enum class Via { Session, ApiKey };

    qint64 userId = 0;
    qint64 organizationId = 0;
    Role role = Role::Buyer;
    QString email;
    QSet<QString> scopes;
    Via via = Via::Session;
    qint64 credentialId = 0; // session or API key id

    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
    bool isOperator() const { return role == Role::Operator; }

    // The caller of a non-public route (the guard put it there). Throws
    // http::ApiException(unauthorized) when there is none.
    static const Principal &of(const http::HttpRequest &request);
};

} // namespace sc::broker
