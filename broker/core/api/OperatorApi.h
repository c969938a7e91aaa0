#pragma once

namespace sc::http {
class RouteTable;
}

namespace sc::broker {

class AccountService;
class AuditLog;
class JobQueue;

// /api/v1/operator/*: approvals, role changes, the audit log, the job queue.
// Operators only.
class OperatorApi
{
public:
    OperatorApi(AccountService &accounts, AuditLog &audit, JobQueue &jobs);
    void registerRoutes(http::RouteTable &routes);

private:
    AccountService &m_accounts;
    AuditLog &m_audit;
    JobQueue &m_jobs;
};

} // namespace sc::broker
