#pragma once

#include "protocol/BillingDto.h"

#include <QByteArray>

#include <functional>

namespace sc::http {
class RouteTable;
}

namespace sc::broker {

class BillingService;
class Clock;
class Database;
class InvoiceService;
class LowBalanceAlerts;
class TopUpService;

// /api/v1/billing/... (a buyer's balance, transactions, top-ups, spend,
// invoices, usage CSV), /api/v1/seller/earnings|statements|payouts and
// /api/v1/operator/billing/... (month-end, credit notes, goodwill credits).
// Every POST that moves money requires an Idempotency-Key, recorded in the
// same transaction as the change.
class BillingApi
{
public:
    // Render a document to PDF bytes; empty when this process cannot (no GUI platform).
    using InvoicePdf = std::function<QByteArray(const protocol::Invoice &)>;
    using StatementPdf = std::function<QByteArray(const protocol::SellerStatement &)>;

    BillingApi(BillingService &billing, InvoiceService &invoices, TopUpService &topUps, LowBalanceAlerts &alerts,
               Database &database, const Clock &clock);
    void setPdfRenderers(InvoicePdf invoicePdf, StatementPdf statementPdf);
    void registerRoutes(http::RouteTable &routes);

private:
    void registerBuyer(http::RouteTable &routes);
    void registerSeller(http::RouteTable &routes);
    void registerOperator(http::RouteTable &routes);

    BillingService &m_billing;
    InvoiceService &m_invoices;
    TopUpService &m_topUps;
    LowBalanceAlerts &m_alerts;
    Database &m_database;
    const Clock &m_clock;
    InvoicePdf m_invoicePdf;
    StatementPdf m_statementPdf;
};

} // namespace sc::broker
