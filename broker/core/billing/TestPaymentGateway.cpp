#include "core/billing/TestPaymentGateway.h"

#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace sc::broker {

using protocol::ApiError;
using protocol::ErrorCode;
using protocol::Expected;

namespace {

ApiError error(ErrorCode code, const QString &message)
{
    return ApiError{code, message, {}, {}};
}

QString digitsOnly(const QString &cardNumber)
{
    QString digits;
    for (const QChar c : cardNumber) {
        if (c != u' ' && c != u'-')
            digits.append(c);
    }
    return digits;
}

} // namespace

TestPaymentGateway::TestPaymentGateway(QObject *parent)
    : TestPaymentGateway(Options(), parent)
{
}

TestPaymentGateway::TestPaymentGateway(Options options, QObject *parent)
    : PaymentGateway(parent)
    , m_options(options)
{
}

TestPaymentGateway::~TestPaymentGateway() = default;

QString TestPaymentGateway::name() const
{
    return u"test"_s;
}

bool TestPaymentGateway::passesLuhn(const QString &cardNumber)
{
    const QString digits = digitsOnly(cardNumber);
    if (digits.size() < 12 || digits.size() > 19)
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!digits.at(i).isDigit())
            return false;
        int digit = digits.at(i).digitValue();
        if (twice) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        twice = !twice;
    }
    return sum % 10 == 0;
}

void TestPaymentGateway::answer(ChargeCallback done, Expected<Charge> result)
{
    // Like a network call: the answer never comes back inside the call.
    QTimer::singleShot(m_options.answerDelay, this, [done = std::move(done), result = std::move(result)] {
        if (done)
            done(result);
    });
}

void TestPaymentGateway::later(std::chrono::milliseconds delay, const QString &chargeId,
                               std::function<void(Record &)> change)
{
    QTimer::singleShot(delay, this, [this, chargeId, change = std::move(change)] {
        const auto it = m_charges.find(chargeId);
        if (it == m_charges.end())
            return;
        change(*it);
        Q_EMIT chargeUpdated(it->charge);
    });
}

void TestPaymentGateway::settle(Record &record)
{
    record.charge.status = ChargeStatus::Pending;
    const bool declinesLater = record.card == QLatin1String(kDeclinesLater);
    const bool chargedBack = record.card == QLatin1String(kChargedBackLater);
    later(m_options.confirmationDelay, record.charge.id, [this, declinesLater, chargedBack](Record &settled) {
        if (declinesLater) {
            settled.charge.status = ChargeStatus::Declined;
            settled.charge.declineReason = u"expired_card"_s;
            return;
        }
        settled.charge.status = ChargeStatus::Succeeded;
        if (chargedBack) {
            later(m_options.chargebackDelay, settled.charge.id, [](Record &disputed) {
                disputed.charge.refunded = disputed.charge.amount;
                disputed.charge.disputed = true;
            });
        }
    });
}

void TestPaymentGateway::startCharge(const ChargeRequest &request, ChargeCallback done)
{
    if (request.idempotencyKey.isEmpty())
        return answer(std::move(done), error(ErrorCode::ValidationFailed, u"An idempotency key is required."_s));
    if (const auto known = m_chargeKeys.constFind(request.idempotencyKey); known != m_chargeKeys.cend()) {
        const Record &record = m_charges[*known];
        if (record.request.amount != request.amount || record.request.currency != request.currency
            || record.request.paymentMethod != request.paymentMethod)
            return answer(std::move(done),
                          error(ErrorCode::Conflict,
                                u"The idempotency key was used for another charge (idempotency_key_reused)."_s));
        return answer(std::move(done), record.charge);
    }
    if (request.amount <= 0 || request.currency.size() != 3)
        return answer(std::move(done), error(ErrorCode::ValidationFailed, u"A charge needs an amount and currency."_s));
    if (!passesLuhn(request.paymentMethod))
        return answer(std::move(done), error(ErrorCode::ValidationFailed, u"The card number is not valid."_s));

    Record record;
    record.request = request;
    record.card = digitsOnly(request.paymentMethod);
    record.charge.id = u"ch_test_%1"_s.arg(m_nextId++, 6, 10, QLatin1Char('0'));
    record.charge.reference = request.reference;
    record.charge.amount = request.amount;
    record.charge.currency = request.currency;
    if (record.card == QLatin1String(kDeclines)) {
        record.charge.status = ChargeStatus::Declined;
        record.charge.declineReason = u"card_declined"_s;
    } else if (record.card == QLatin1String(kInsufficientFunds)) {
        record.charge.status = ChargeStatus::Declined;
        record.charge.declineReason = u"insufficient_funds"_s;
    } else if (record.card == QLatin1String(kRequiresAction)) {
        record.charge.status = ChargeStatus::RequiresAction;
        record.charge.action = u"Enter the code your bank sent you (test: %1)."_s.arg(QLatin1String(kChallengeCode));
    } else if (record.card == QLatin1String(kSucceeds) || record.card == QLatin1String(kDeclinesLater)
               || record.card == QLatin1String(kChargedBackLater)) {
        settle(record);
    } else {
        record.charge.status = ChargeStatus::Declined;
        record.charge.declineReason = u"card_not_supported"_s;
    }
    const Charge charge = record.charge;
    m_chargeKeys.insert(request.idempotencyKey, charge.id);
    m_charges.insert(charge.id, std::move(record));
    answer(std::move(done), charge);
}

void TestPaymentGateway::confirmAction(const QString &chargeId, const QString &response, ChargeCallback done)
{
    const auto it = m_charges.find(chargeId);
    if (it == m_charges.end())
        return answer(std::move(done), error(ErrorCode::NotFound, u"No such charge."_s));
    if (it->charge.status != ChargeStatus::RequiresAction)
        return answer(std::move(done), it->charge); // already answered: a retry
    it->charge.action.clear();
    if (response != QLatin1String(kChallengeCode)) {
        it->charge.status = ChargeStatus::Declined;
        it->charge.declineReason = u"authentication_failed"_s;
    } else {
        settle(*it);
    }
    const Charge charge = it->charge;
    Q_EMIT chargeUpdated(charge);
    answer(std::move(done), charge);
}

void TestPaymentGateway::refund(const QString &chargeId, qint64 amount, const QString &idempotencyKey,
                                ChargeCallback done)
{
    const auto it = m_charges.find(chargeId);
    if (it == m_charges.end())
        return answer(std::move(done), error(ErrorCode::NotFound, u"No such charge."_s));
    if (idempotencyKey.isEmpty())
        return answer(std::move(done), error(ErrorCode::ValidationFailed, u"An idempotency key is required."_s));
    if (const auto known = m_refundKeys.constFind(idempotencyKey); known != m_refundKeys.cend()) {
        if (*known != chargeId)
            return answer(std::move(done),
                          error(ErrorCode::Conflict,
                                u"The idempotency key was used for another refund (idempotency_key_reused)."_s));
        return answer(std::move(done), it->charge);
    }
    if (it->charge.status != ChargeStatus::Succeeded)
        return answer(std::move(done), error(ErrorCode::Conflict, u"Only a succeeded charge can be refunded."_s));
    if (amount <= 0 || amount > it->charge.amount - it->charge.refunded - it->refundsInFlight)
        return answer(std::move(done),
                      error(ErrorCode::ValidationFailed, u"The refund exceeds what is left of the charge."_s));
    m_refundKeys.insert(idempotencyKey, chargeId);
    it->refundsInFlight += amount;
    later(m_options.refundDelay, chargeId, [amount](Record &record) {
        record.refundsInFlight -= amount;
        record.charge.refunded = std::min(record.charge.amount, record.charge.refunded + amount);
    });
    answer(std::move(done), it->charge);
}

void TestPaymentGateway::fetchCharge(const QString &chargeId, ChargeCallback done)
{
    const auto it = m_charges.constFind(chargeId);
    if (it == m_charges.cend())
        return answer(std::move(done), error(ErrorCode::NotFound, u"No such charge."_s));
    answer(std::move(done), it->charge);
}

} // namespace sc::broker
