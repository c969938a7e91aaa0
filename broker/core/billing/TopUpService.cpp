#include "core/billing/TopUpService.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/billing/Ledger.h"
#include "core/store/Database.h"

#include <QJsonObject>
#include <QPointer>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace sc::broker {

using protocol::ApiError;
using protocol::ErrorCode;
using protocol::Expected;

namespace {

constexpr int kMaxKeyLength = 200;

const std::array kStatusNames{u"pending", u"requires_action", u"succeeded", u"declined", u"failed"};

ApiError error(ErrorCode code, const QString &message, QJsonObject details = {})
{
    return ApiError{code, message, std::move(details), {}};
}

TopUpService::Status statusFromName(const QString &name)
{
    for (std::size_t i = 0; i < kStatusNames.size(); ++i) {
        if (QStringView(kStatusNames[i]) == name)
            return TopUpService::Status(i);
    }
    return TopUpService::Status::Failed;
}

bool isFinal(TopUpService::Status status)
{
    return status == TopUpService::Status::Succeeded || status == TopUpService::Status::Declined
           || status == TopUpService::Status::Failed;
}

const QString kSelectTopUp = u"SELECT id, organization_id, idempotency_key, amount, currency, gateway, charge_id, "
                             "status, action, decline_reason, refunded_amount, ledger_transaction_id, created_at, "
                             "updated_at FROM billing_topups "_s;

TopUpService::TopUp readTopUp(const DbQuery &query)
{
    TopUpService::TopUp topUp;
    topUp.id = query.value(0).toLongLong();
    topUp.organizationId = query.value(1).toLongLong();
    topUp.idempotencyKey = query.value(2).toString();
    topUp.amount = query.value(3).toLongLong();
    topUp.currency = query.value(4).toString();
    topUp.gateway = query.value(5).toString();
    topUp.chargeId = query.value(6).toString();
    topUp.status = statusFromName(query.value(7).toString());
    topUp.action = query.value(8).toString();
    topUp.declineReason = query.value(9).toString();
    topUp.refunded = query.value(10).toLongLong();
    if (!query.value(11).isNull())
        topUp.ledgerTransactionId = query.value(11).toLongLong();
    topUp.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(12).toLongLong(), Qt::UTC);
    topUp.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(13).toLongLong(), Qt::UTC);
    return topUp;
}

} // namespace

TopUpService::TopUpService(Database &database, const Clock &clock, Ledger &ledger, PaymentGateway &gateway,
                           Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_ledger(ledger)
    , m_gateway(gateway)
    , m_options(std::move(options))
{
    connect(&m_gateway, &PaymentGateway::chargeUpdated, this, &TopUpService::apply);
}

TopUpService::~TopUpService() = default;

QString TopUpService::statusName(Status status)
{
    return QStringView(kStatusNames.at(std::size_t(status))).toString();
}

Expected<TopUpService::TopUp> TopUpService::start(qint64 organizationId, qint64 amount, const QString &currency,
                                                  const QString &paymentMethod, const QString &idempotencyKey)
{
    if (idempotencyKey.isEmpty() || idempotencyKey.size() > kMaxKeyLength)
        return error(ErrorCode::ValidationFailed,
                     u"A top-up needs an idempotency key of 1 to %1 characters."_s.arg(kMaxKeyLength));
    if (!m_options.currencies.contains(currency))
        return error(ErrorCode::ValidationFailed,
                     u"Top-ups are taken in %1; got '%2'."_s.arg(m_options.currencies.join(u", "_s), currency));
    if (amount < m_options.minimumAmount || amount > m_options.maximumAmount)
        return error(ErrorCode::ValidationFailed,
                     u"A top-up is between %1 and %2 %3 (minor units); got %4."_s.arg(m_options.minimumAmount)
                         .arg(m_options.maximumAmount)
                         .arg(currency)
                         .arg(amount),
                     QJsonObject{{u"reason"_s, u"amount_out_of_range"_s},
                                 {u"minimum"_s, m_options.minimumAmount},
                                 {u"maximum"_s, m_options.maximumAmount}});
    if (paymentMethod.isEmpty())
        return error(ErrorCode::ValidationFailed, u"A top-up needs a payment method."_s);

    Transaction transaction(m_database);
    {
        DbQuery existing = m_database.exec(kSelectTopUp + u"WHERE organization_id = ? AND idempotency_key = ?"_s,
                                           {organizationId, idempotencyKey});
        if (existing.next()) {
            TopUp topUp = readTopUp(existing);
            if (topUp.amount != amount || topUp.currency != currency)
                return error(ErrorCode::Conflict,
                             u"The idempotency key was used for another top-up."_s,
                             QJsonObject{{u"reason"_s, u"idempotency_key_reused"_s}});
            return topUp;
        }
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const qint64 id = m_database
                          .exec(u"INSERT INTO billing_topups (organization_id, idempotency_key, amount, currency, "
                                "gateway, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)"_s,
                                {organizationId, idempotencyKey, amount, currency, m_gateway.name(), now, now})
                          .lastInsertId()
                          .toLongLong();
    transaction.commit();

    PaymentGateway::ChargeRequest request;
    request.amount = amount;
    request.currency = currency;
    request.paymentMethod = paymentMethod;
    request.idempotencyKey = u"topup-%1"_s.arg(id);
    request.reference = u"topup:%1"_s.arg(id);
    request.description = u"SpareCloud credit"_s;
    m_gateway.startCharge(request, [self = QPointer(this), id](const Expected<PaymentGateway::Charge> &answer) {
        if (self)
            self->applyAnswer(id, answer);
    });
    return *topUp(id);
}

Expected<TopUpService::TopUp> TopUpService::confirm(qint64 organizationId, qint64 topUpId, const QString &response)
{
    const auto current = topUp(topUpId);
    if (!current || current->organizationId != organizationId)
        return error(ErrorCode::NotFound, u"There is no top-up %1."_s.arg(topUpId));
    if (current->status != Status::RequiresAction || current->chargeId.isEmpty())
        return error(ErrorCode::Conflict,
                     u"Top-up %1 is %2 and needs no confirmation."_s.arg(topUpId).arg(statusName(current->status)));
    // The answer is on its way to the bank: the top-up is pending again until it says.
    m_database.exec(u"UPDATE billing_topups SET status = 'pending', action = '', updated_at = ? "
                    "WHERE id = ? AND status = 'requires_action'"_s,
                    {m_clock.now().toMSecsSinceEpoch(), topUpId});
    const QString chargeId = current->chargeId;
    m_gateway.confirmAction(
        chargeId, response, [self = QPointer(this), topUpId](const Expected<PaymentGateway::Charge> &answer) {
            if (self)
                self->applyAnswer(topUpId, answer);
        });
    return topUp(topUpId).value_or(*current);
}

Expected<TopUpService::TopUp> TopUpService::requestRefund(qint64 organizationId, qint64 topUpId, qint64 amount,
                                                          const QString &idempotencyKey)
{
    const auto current = topUp(topUpId);
    if (!current || current->organizationId != organizationId)
        return error(ErrorCode::NotFound, u"There is no top-up %1."_s.arg(topUpId));
    if (idempotencyKey.isEmpty() || idempotencyKey.size() > kMaxKeyLength)
        return error(ErrorCode::ValidationFailed,
                     u"A refund needs an idempotency key of 1 to %1 characters."_s.arg(kMaxKeyLength));
    if (current->status != Status::Succeeded)
        return error(ErrorCode::Conflict, u"Only a succeeded top-up can be refunded."_s);
    if (amount <= 0 || amount > current->amount - current->refunded)
        return error(
            ErrorCode::ValidationFailed,
            u"At most %1 %2 (minor units) of this top-up can be refunded."_s.arg(current->amount - current->refunded)
                .arg(current->currency));
    const qint64 balance = m_ledger.balanceOf(AccountKind::BuyerBalance, organizationId, current->currency);
    if (balance < amount)
        return error(ErrorCode::Conflict,
                     u"The balance holds %1 %2 (minor units); the rest of the top-up was spent."_s.arg(balance).arg(
                         current->currency),
                     QJsonObject{{u"reason"_s, u"insufficient_balance"_s}, {u"balance"_s, balance}});
    m_gateway.refund(current->chargeId,
                     amount,
                     u"refund-%1-%2"_s.arg(topUpId).arg(idempotencyKey),
                     [self = QPointer(this), topUpId](const Expected<PaymentGateway::Charge> &answer) {
                         if (self)
                             self->applyAnswer(topUpId, answer);
                     });
    return *current;
}

void TopUpService::reconcile()
{
    QStringList chargeIds;
    {
        DbQuery query = m_database.exec(
            u"SELECT charge_id FROM billing_topups WHERE gateway = ? AND charge_id IS NOT NULL "
            "AND status IN ('pending', 'requires_action')"_s,
            {m_gateway.name()});
        while (query.next())
            chargeIds.append(query.value(0).toString());
    }
    for (const QString &chargeId : std::as_const(chargeIds)) {
        m_gateway.fetchCharge(chargeId, [self = QPointer(this)](const Expected<PaymentGateway::Charge> &answer) {
            if (self && answer)
                self->apply(*answer);
        });
    }
}

void TopUpService::applyAnswer(qint64 topUpId, const Expected<PaymentGateway::Charge> &answer)
{
    if (answer) {
        apply(*answer);
        return;
    }
    // The gateway refused the call. A top-up that never got a charge ends
    // here; one that has a charge keeps it (a refused refund changes nothing).
    const auto current = topUp(topUpId);
    if (!current || !current->chargeId.isEmpty() || isFinal(current->status)) {
        qCWarning(lcBroker).noquote() << "payment gateway refused a call for top-up" << topUpId << "-"
                                      << answer.error().message;
        return;
    }
    m_database.exec(u"UPDATE billing_topups SET status = 'failed', decline_reason = ?, updated_at = ? WHERE id = ?"_s,
                    {answer.error().message, m_clock.now().toMSecsSinceEpoch(), topUpId});
    if (const auto failed = topUp(topUpId))
        Q_EMIT topUpChanged(*failed);
}

void TopUpService::apply(const PaymentGateway::Charge &charge)
{
    if (!charge.reference.startsWith(u"topup:"_s))
        return;
    bool isNumber = false;
    const qint64 topUpId = charge.reference.sliced(6).toLongLong(&isNumber);
    const auto current = isNumber ? topUp(topUpId) : std::nullopt;
    if (!current || current->gateway != m_gateway.name() || current->amount != charge.amount
        || current->currency != charge.currency || (!current->chargeId.isEmpty() && current->chargeId != charge.id)) {
        qCWarning(lcBroker).noquote() << "payment event for an unknown or different top-up:" << charge.reference
                                      << charge.id;
        return;
    }
    TopUp next = *current;
    next.chargeId = charge.id;
    if (!isFinal(current->status)) {
        switch (charge.status) {
        case PaymentGateway::ChargeStatus::Pending:
            next.status = Status::Pending;
            next.action.clear();
            break;
        case PaymentGateway::ChargeStatus::RequiresAction:
            next.status = Status::RequiresAction;
            next.action = charge.action;
            break;
        case PaymentGateway::ChargeStatus::Succeeded:
            next.status = Status::Succeeded;
            next.action.clear();
            break;
        case PaymentGateway::ChargeStatus::Declined:
            next.status = Status::Declined;
            next.action.clear();
            next.declineReason = charge.declineReason;
            break;
        }
    }
    try {
        Transaction transaction(m_database);
        const QString currency = current->currency;
        const qint64 organizationId = current->organizationId;
        if (next.status == Status::Succeeded && !next.ledgerTransactionId) {
            // Credit, repaying any debt a chargeback left first.
            LedgerPosting posting;
            posting.kind = TransactionKind::TopUp;
            posting.currency = currency;
            posting.reference = u"topup:%1:%2"_s.arg(m_gateway.name(), charge.id);
            posting.description = u"Top-up %1"_s.arg(topUpId);
            posting.legs.append({AccountKind::PaymentClearing, std::nullopt, -current->amount});
            posting.legs += m_ledger.payBuyerLegs(organizationId, currency, current->amount);
            const auto posted = m_ledger.post(posting);
            if (!posted) {
                qCWarning(lcBroker).noquote() << "top-up" << topUpId << "not credited:" << posted.error().message;
                return;
            }
            next.ledgerTransactionId = posted->id;
        }
        const qint64 refunded = std::min(charge.refunded, current->amount);
        if (next.ledgerTransactionId && refunded > current->refunded) {
            const qint64 delta = refunded - current->refunded;
            const qint64 balance = m_ledger.balanceOf(AccountKind::BuyerBalance, organizationId, currency);
            const qint64 fromBalance = std::clamp<qint64>(balance, 0, delta);
            LedgerPosting posting;
            posting.kind = TransactionKind::Refund;
            posting.currency = currency;
            posting.reference = u"topup-refund:%1:%2:%3"_s.arg(m_gateway.name(), charge.id).arg(refunded);
            posting.description = charge.disputed ? u"Chargeback of top-up %1"_s.arg(topUpId)
                                                  : u"Refund of top-up %1"_s.arg(topUpId);
            posting.reversesTransactionId = next.ledgerTransactionId;
            posting.legs.append({AccountKind::PaymentClearing, std::nullopt, delta});
            if (fromBalance > 0)
                posting.legs.append({AccountKind::BuyerBalance, organizationId, -fromBalance});
            if (delta - fromBalance > 0)
                posting.legs.append({AccountKind::BuyerDebt, organizationId, -(delta - fromBalance)});
            const auto posted = m_ledger.post(posting);
            if (!posted) {
                qCWarning(lcBroker).noquote()
                    << "refund of top-up" << topUpId << "not posted:" << posted.error().message;
                return;
            }
            next.refunded = refunded;
        }
        if (next.status == current->status && next.chargeId == current->chargeId && next.action == current->action
            && next.refunded == current->refunded && next.ledgerTransactionId == current->ledgerTransactionId)
            return; // a repeated event
        m_database.exec(
            u"UPDATE billing_topups SET charge_id = ?, status = ?, action = ?, decline_reason = ?, "
            "refunded_amount = ?, ledger_transaction_id = ?, updated_at = ? WHERE id = ?"_s,
            {next.chargeId,
             statusName(next.status),
             next.action,
             next.declineReason,
             next.refunded,
             next.ledgerTransactionId ? QVariant(*next.ledgerTransactionId) : QVariant(QMetaType::fromType<qint64>()),
             m_clock.now().toMSecsSinceEpoch(),
             topUpId});
        transaction.commit();
    } catch (const DatabaseError &failure) {
        qCWarning(lcBroker).noquote() << "top-up" << topUpId << "not updated:" << failure.what();
        return;
    }
    if (const auto updated = topUp(topUpId))
        Q_EMIT topUpChanged(*updated);
}

std::optional<TopUpService::TopUp> TopUpService::topUp(qint64 topUpId) const
{
    DbQuery query = m_database.exec(kSelectTopUp + u"WHERE id = ?"_s, {topUpId});
    if (!query.next())
        return std::nullopt;
    return readTopUp(query);
}

QList<TopUpService::TopUp> TopUpService::topUps(qint64 organizationId, int limit) const
{
    QList<TopUp> result;
    DbQuery query = m_database.exec(kSelectTopUp + u"WHERE organization_id = ? ORDER BY id DESC LIMIT ?"_s,
                                    {organizationId, std::clamp(limit, 1, 1000)});
    while (query.next())
        result.append(readTopUp(query));
    return result;
}

} // namespace sc::broker
