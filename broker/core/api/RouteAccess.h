#pragma once

#include "core/auth/Role.h"
#include "http/RouteTable.h"

namespace sc::broker::access {

// Routes that take no input still accept a tiny body ("{}" from clients that
// always send one).
inline constexpr qint64 kSmallBodyBytes = 1024;

// Shorthands for the RouteOptions every route must state.
inline http::RouteOptions publicRoute(qint64 maxBodyBytes = 0)
{
    http::RouteOptions options;
    options.isPublic = true;
    options.maxBodyBytes = maxBodyBytes;
    return options;
}

inline http::RouteOptions forRoles(std::initializer_list<Role> roles, const QString &scope,
                                   qint64 maxBodyBytes = kSmallBodyBytes)
{
    http::RouteOptions options;
    for (Role role : roles)
        options.roles.append(roleName(role));
    options.scope = scope;
    options.maxBodyBytes = maxBodyBytes;
    return options;
}

inline http::RouteOptions anyRole(const QString &scope, qint64 maxBodyBytes = kSmallBodyBytes)
{
    return forRoles({Role::Buyer, Role::Seller, Role::Operator}, scope, maxBodyBytes);
}

inline http::RouteOptions operatorOnly(qint64 maxBodyBytes = kSmallBodyBytes)
{
    return forRoles({Role::Operator}, Scopes::kOperator, maxBodyBytes);
}

} // namespace sc::broker::access
