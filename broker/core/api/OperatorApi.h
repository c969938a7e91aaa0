#pragma once

namespace sc::http {
class RouteTable;
}

namespace sc::broker {

class AccountService;
class AuditLog;

// /api/v1/operator/*: approvals, role changes, the audit log. Operators only.
class OperatorApi
{
public:
    OperatorApi(AccountService &accounts, AuditLog &audit);
    void registerRoutes(http::RouteTable &routes);

private:
    AccountService &m_accounts;
    AuditLog &m_audit;
};

} // namespace sc::broker
