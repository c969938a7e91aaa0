#include "core/api/BillingApi.h"

#include "core/Clock.h"
#include "core/api/Idempotency.h"
#include "core/api/RequestBody.h"
#include "core/api/RouteAccess.h"
#include "core/auth/Principal.h"
#include "core/billing/BillingService.h"
#include "core/billing/InvoiceService.h"
#include "core/billing/LowBalanceAlerts.h"
#include "core/billing/TopUpService.h"
#include "core/store/Database.h"
#include "http/RouteTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using sc::http::HttpMethod;
using sc::http::HttpRequest;
using sc::http::HttpResponse;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

constexpr qint64 kMoneyBody = 2 * 1024;

protocol::TopUp topUpDto(const TopUpService::TopUp &topUp)
{
    protocol::TopUp dto;
    dto.id = topUp.id;
    dto.amount = topUp.amount;
    dto.currency = topUp.currency;
    dto.status = TopUpService::statusName(topUp.status);
    dto.action = topUp.action;
    dto.declineReason = topUp.declineReason;
    dto.refunded = topUp.refunded;
    dto.createdAt = topUp.createdAt;
    dto.updatedAt = topUp.updatedAt;
    return dto;
}

qint64 pathId(const HttpRequest &request, const QString &name)
{
    bool ok = false;
    const qint64 id = request.pathParam(name).toLongLong(&ok);
    if (!ok || id < 1)
        throw http::ApiException(ApiError{ErrorCode::NotFound, u"There is no such item."_s, {}, {}});
    return id;
}

qint64 queryTime(const HttpRequest &request, const QString &name, qint64 fallback)
{
    const auto text = request.queryValue(name);
    if (!text || text->isEmpty())
        return fallback;
    const QDateTime time = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!time.isValid())
        throw http::ApiException(badQuery(name, u"'%1' must be an ISO 8601 time."_s.arg(name)));
    return time.toMSecsSinceEpoch();
}

HttpResponse pdfResponse(const QByteArray &pdf, const QString &number)
{
    if (pdf.isEmpty())
        return HttpResponse::error(ApiError{ErrorCode::Unavailable,
                                            u"This broker process cannot render PDF documents; the desktop app "
                                            "exports them itself."_s,
                                            QJsonObject{{u"reason"_s, u"pdf_unavailable"_s}},
                                            {}});
    HttpResponse response = HttpResponse::text(200, pdf, "application/pdf");
    response.headers.set("Content-Disposition", "attachment; filename=\"" + number.toLatin1() + ".pdf\"");
    return response;
}

} // namespace

BillingApi::BillingApi(BillingService &billing, InvoiceService &invoices, TopUpService &topUps,
                       LowBalanceAlerts &alerts, Database &database, const Clock &clock)
    : m_billing(billing)
    , m_invoices(invoices)
    , m_topUps(topUps)
    , m_alerts(alerts)
    , m_database(database)
    , m_clock(clock)
{
}

void BillingApi::setPdfRenderers(InvoicePdf invoicePdf, StatementPdf statementPdf)
{
    m_invoicePdf = std::move(invoicePdf);
    m_statementPdf = std::move(statementPdf);
}

void BillingApi::registerRoutes(http::RouteTable &routes)
{
    registerBuyer(routes);
    registerSeller(routes);
    registerOperator(routes);
}

void BillingApi::registerBuyer(http::RouteTable &routes)
{
    const auto read = access::forRoles({Role::Buyer}, Scopes::kBillingRead);
    const auto pay = access::forRoles({Role::Buyer}, Scopes::kBillingPay, kMoneyBody);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/billing/balance",
        [this](const HttpRequest &request) {
            protocol::BillingBalance balance = m_billing.balance(Principal::of(request).organizationId);
            balance.minimumTopUp = m_topUps.options().minimumAmount;
            return HttpResponse::json(200, balance.toJson());
        },
        read);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/billing/transactions",
        [this](const HttpRequest &request) {
            const qint64 before = queryInteger(request, u"before"_s, 0, 0, qint64(1) << 53);
            const int limit = int(queryInteger(request, u"limit"_s, 50, 1, 200));
            return HttpResponse::json(200,
                                      m_billing
                                          .transactions(Principal::of(request).organizationId,
                                                        before > 0 ? std::optional<qint64>(before) : std::nullopt,
                                                        limit)
                                          .toJson());
        },
        read);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/billing/spend",
        [this](const HttpRequest &request) {
            const int days = int(queryInteger(request, u"days"_s, 30, 1, 366));
            return HttpResponse::json(200, m_billing.spend(Principal::of(request).organizationId, days).toJson());
        },
        read);

    routes.addSync(
        HttpMethod::Put,
        u"/api/v1/billing/low-balance-thresholds",
        [this](const HttpRequest &request) {
            auto body = readBody(request, {u"currency", u"thresholds"});
            const QString currency = body.string(u"currency", 3, 3);
            QList<qint64> thresholds;
            for (const QJsonValue &value : body.array(u"thresholds", LowBalanceAlerts::kMaxThresholds)) {
                if (!value.isDouble() || value.toInteger() < 1)
                    body.fail(u"thresholds", u"must be amounts in minor units, each above zero"_s);
                thresholds.append(value.toInteger());
            }
            requireValid(body);
            const auto stored = valueOrThrow(
                m_alerts.setThresholds(Principal::of(request).organizationId, currency, thresholds));
            QJsonArray array;
            for (qint64 threshold : stored)
                array.append(threshold);
            return HttpResponse::json(200, QJsonObject{{u"currency"_s, currency}, {u"thresholds"_s, array}});
        },
        access::forRoles({Role::Buyer}, Scopes::kBillingPay));

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/billing/topups",
        [this](const HttpRequest &request) {
            QJsonArray topUps;
            for (const auto &topUp : m_topUps.topUps(Principal::of(request).organizationId))
                topUps.append(topUpDto(topUp).toJson());
            return HttpResponse::json(200, QJsonObject{{u"topUps"_s, topUps}});
        },
        read);

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/billing/topups",
        [this](const HttpRequest &request) {
            return idempotentPost(m_database, m_clock, request, 201, u"POST /billing/topups"_s, [&] {
                auto body = readBody(request, {u"amount", u"currency", u"cardNumber"});
                const auto topUpRequest = valueOrThrow(protocol::TopUpRequest::fromJson(body.json()));
                const Principal &principal = Principal::of(request);
                const auto topUp = valueOrThrow(
                    m_topUps.start(principal.organizationId,
                                   topUpRequest.amount,
                                   topUpRequest.currency,
                                   topUpRequest.cardNumber,
                                   QString::fromLatin1(request.headers.value("Idempotency-Key"))));
                return topUpDto(topUp).toJson();
            });
        },
        pay);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/billing/topups/{topUpId}",
        [this](const HttpRequest &request) {
            const auto topUp = m_topUps.topUp(pathId(request, u"topUpId"_s));
            if (!topUp || topUp->organizationId != Principal::of(request).organizationId)
                return HttpResponse::error(ErrorCode::NotFound, u"There is no such top-up."_s);
            return HttpResponse::json(200, topUpDto(*topUp).toJson());
        },
        read);

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/billing/topups/{topUpId}/confirm",
        [this](const HttpRequest &request) {
            auto body = readBody(request, {u"code"});
            const QString code = body.string(u"code", 32);
            requireValid(body);
            const auto topUp = valueOrThrow(
                m_topUps.confirm(Principal::of(request).organizationId, pathId(request, u"topUpId"_s), code));
            return HttpResponse::json(200, topUpDto(topUp).toJson());
        },
        pay);

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/billing/topups/{topUpId}/refunds",
        [this](const HttpRequest &request) {
            return idempotentPost(m_database, m_clock, request, 201, u"POST /billing/topups/refunds"_s, [&] {
                auto body = readBody(request, {u"amount"});
                const qint64 amount = body.integer(u"amount", 1, qint64(1) << 40);
                requireValid(body);
                const auto topUp = valueOrThrow(
                    m_topUps.requestRefund(Principal::of(request).organizationId,
                                           pathId(request, u"topUpId"_s),
                                           amount,
                                           QString::fromLatin1(request.headers.value("Idempotency-Key"))));
                return topUpDto(topUp).toJson();
            });
        },
        pay);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/billing/invoices",
        [this](const HttpRequest &request) {
            QJsonArray invoices;
            for (const auto &invoice : m_invoices.invoices(Principal::of(request).organizationId))
                invoices.append(invoice.toJson());
            return HttpResponse::json(200, QJsonObject{{u"invoices"_s, invoices}});
        },
        read);

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/billing/invoices",
        [this](const HttpRequest &request) {
            return idempotentPost(m_database, m_clock, request, 201, u"POST /billing/invoices"_s, [&] {
                readBody(request, {});
                const qint64 organizationId = Principal::of(request).organizationId;
                // Usage up to now is on it: meter the buyer's leases first.
                m_billing.meterAll(organizationId);
                return valueOrThrow(m_invoices.issueInvoice(organizationId,
                                                            BillingService::kCurrency.toString(),
                                                            m_clock.now().toMSecsSinceEpoch() + 1,
                                                            QString()))
                    .toJson();
            });
        },
        pay);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/billing/invoices/{invoiceId}",
        [this](const HttpRequest &request) {
            const auto invoice = m_invoices.invoice(Principal::of(request).organizationId,
                                                    pathId(request, u"invoiceId"_s));
            if (!invoice)
                return HttpResponse::error(ErrorCode::NotFound, u"There is no such invoice."_s);
            return HttpResponse::json(200, invoice->toJson());
        },
        read);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/billing/invoices/{invoiceId}/pdf",
        [this](const HttpRequest &request) {
            const auto invoice = m_invoices.invoice(Principal::of(request).organizationId,
                                                    pathId(request, u"invoiceId"_s));
            if (!invoice)
                return HttpResponse::error(ErrorCode::NotFound, u"There is no such invoice."_s);
            return pdfResponse(m_invoicePdf ? m_invoicePdf(*invoice) : QByteArray(), invoice->number);
        },
        read);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/billing/usage.csv",
        [this](const HttpRequest &request) {
            const qint64 now = m_clock.now().toMSecsSinceEpoch();
            const qint64 to = queryTime(request, u"to"_s, now + 1);
            const qint64 from = queryTime(request, u"from"_s, to - 31 * 24 * 3'600'000LL);
            if (from >= to)
                throw http::ApiException(badQuery(u"from"_s, u"'from' must be before 'to'."_s));
            HttpResponse response = HttpResponse::text(
                200, m_invoices.usageCsv(Principal::of(request).organizationId, from, to), "text/csv; charset=utf-8");
            response.headers.set("Content-Disposition", "attachment; filename=\"sparecloud-usage.csv\"");
            return response;
        },
        read);
}

void BillingApi::registerSeller(http::RouteTable &routes)
{
    const auto read = access::forRoles({Role::Seller}, Scopes::kBillingRead);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/seller/earnings",
        [this](const HttpRequest &request) {
            return HttpResponse::json(200, m_billing.earnings(Principal::of(request).organizationId).toJson());
        },
        read);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/seller/statements",
        [this](const HttpRequest &request) {
            QJsonArray statements;
            for (const auto &statement : m_invoices.statements(Principal::of(request).organizationId))
                statements.append(statement.toJson());
            return HttpResponse::json(200, QJsonObject{{u"statements"_s, statements}});
        },
        read);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/seller/statements/{statementId}",
        [this](const HttpRequest &request) {
            const auto statement = m_invoices.statement(Principal::of(request).organizationId,
                                                        pathId(request, u"statementId"_s));
            if (!statement)
                return HttpResponse::error(ErrorCode::NotFound, u"There is no such statement."_s);
            return HttpResponse::json(200, statement->toJson());
        },
        read);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/seller/statements/{statementId}/pdf",
        [this](const HttpRequest &request) {
            const auto statement = m_invoices.statement(Principal::of(request).organizationId,
                                                        pathId(request, u"statementId"_s));
            if (!statement)
                return HttpResponse::error(ErrorCode::NotFound, u"There is no such statement."_s);
            return pdfResponse(m_statementPdf ? m_statementPdf(*statement) : QByteArray(), statement->number);
        },
        read);

    routes.addSync(
        HttpMethod::Get,
        u"/api/v1/seller/payouts",
        [this](const HttpRequest &request) {
            QJsonArray payouts;
            for (const auto &payout : m_invoices.payouts(Principal::of(request).organizationId))
                payouts.append(payout.toJson());
            return HttpResponse::json(200, QJsonObject{{u"payouts"_s, payouts}});
        },
        read);

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/seller/payouts",
        [this](const HttpRequest &request) {
            return idempotentPost(m_database, m_clock, request, 201, u"POST /seller/payouts"_s, [&] {
                readBody(request, {});
                const Principal &principal = Principal::of(request);
                const QString reference = u"request-%1-%2"_s.arg(principal.organizationId)
                                              .arg(QString::fromLatin1(request.headers.value("Idempotency-Key")));
                return valueOrThrow(
                           m_invoices.payout(
                               principal.organizationId, BillingService::kCurrency.toString(), reference, std::nullopt))
                    .toJson();
            });
        },
        access::forRoles({Role::Seller}, Scopes::kBillingPay, kMoneyBody));
}

void BillingApi::registerOperator(http::RouteTable &routes)
{
    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/operator/billing/month-end",
        [this](const HttpRequest &request) {
            auto body = readBody(request, {u"period"});
            const QString period = body.string(u"period", 7, 7);
            requireValid(body);
            const auto run = valueOrThrow(m_invoices.runMonthEnd(period));
            return HttpResponse::json(200,
                                      QJsonObject{{u"period"_s, run.period},
                                                  {u"status"_s, u"done"_s},
                                                  {u"invoices"_s, run.invoices},
                                                  {u"statements"_s, run.statements},
                                                  {u"payouts"_s, run.payouts}});
        },
        access::operatorOnly(kMoneyBody));

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/operator/billing/invoices/{invoiceId}/credit-notes",
        [this](const HttpRequest &request) {
            return idempotentPost(m_database, m_clock, request, 201, u"POST /operator/billing/credit-notes"_s, [&] {
                auto body = readBody(request, {u"amount", u"reason"});
                const qint64 amount = body.integer(u"amount", 1, qint64(1) << 40);
                const QString reason = body.string(u"reason", 500);
                requireValid(body);
                return valueOrThrow(m_invoices.creditNote(pathId(request, u"invoiceId"_s), amount, reason)).toJson();
            });
        },
        access::operatorOnly(kMoneyBody));

    routes.addSync(
        HttpMethod::Post,
        u"/api/v1/operator/billing/credits",
        [this](const HttpRequest &request) {
            return idempotentPost(m_database, m_clock, request, 201, u"POST /operator/billing/credits"_s, [&] {
                auto body = readBody(request, {u"organizationId", u"amount", u"currency", u"reason"});
                const qint64 organizationId = body.integer(u"organizationId", 1, qint64(1) << 53);
                const qint64 amount = body.integer(u"amount", 1, 100'000'000);
                const QString currency = body.string(u"currency", 3, 3);
                const QString reason = body.string(u"reason", 200);
                requireValid(body);
                if (!m_database.exec(u"SELECT 1 FROM organizations WHERE id = ? AND kind = 'buyer'"_s, {organizationId})
                         .next())
                    throw http::ApiException(
                        ApiError{ErrorCode::NotFound, u"There is no such buying organization."_s, {}, {}});
                const auto posted = valueOrThrow(
                    m_billing.grantCredit(organizationId,
                                          amount,
                                          currency,
                                          reason,
                                          u"credit:%1:%2"_s.arg(Principal::of(request).userId)
                                              .arg(QString::fromLatin1(request.headers.value("Idempotency-Key")))));
                protocol::BillingTransaction transaction;
                transaction.id = posted.id;
                transaction.kind = u"adjustment"_s;
                transaction.description = reason;
                transaction.availableChange = amount;
                transaction.createdAt = m_clock.now();
                return transaction.toJson();
            });
        },
        access::operatorOnly(kMoneyBody));
}

} // namespace sc::broker
