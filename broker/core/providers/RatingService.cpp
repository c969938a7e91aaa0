#include "core/providers/RatingService.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/auth/Principal.h"
#include "core/market/MarketService.h"
#include "core/store/Database.h"

#include <QJsonDocument>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {
constexpr qint64 kDayMs = 24 * 3'600'000LL;
constexpr qsizetype kMaxCommentLength = 1000;

// "No evidence yet" is NaN (GCC 12 warns about std::optional<double> here).
constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}
} // namespace

RatingService::RatingService(Database &database, MarketService &market, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_market(market)
    , m_clock(clock)
{
}

QJsonObject RatingService::formula()
{
    return QJsonObject{{u"formulaVersion"_s, kFormulaVersion},
                       {u"weights"_s,
                        QJsonObject{{u"uptime30d"_s, kUptimeWeight},
                                    {u"provisioningSuccess"_s, kProvisioningWeight},
                                    {u"stateFidelity"_s, kFidelityWeight},
                                    {u"reviews"_s, kReviewsWeight}}},
                       {u"prior"_s, kPrior},
                       {u"priorWeight"_s, kPriorWeight}};
}

int RatingService::recomputeAll()
{
    QList<qint64> ids;
    DbQuery query = m_database.exec(u"SELECT id FROM providers WHERE status = 'active'"_s);
    while (query.next())
        ids.append(query.value(0).toLongLong());
    for (qint64 id : std::as_const(ids))
        recompute(id);
    return int(ids.size());
}

QJsonObject RatingService::recompute(qint64 providerId)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    DbQuery provider = m_database.exec(
        u"SELECT COALESCE(verified_at, created_at), endpoint IS NOT NULL FROM providers WHERE id = ?"_s, {providerId});
    if (!provider.next())
        return {};
    const qint64 since = provider.value(0).toLongLong();
    const bool connected = provider.value(1).toBool();

    // Uptime from outages, over the time the cloud has been connected.
    auto uptime = [&](qint64 windowMs) -> double {
        const qint64 from = std::max(since, now - windowMs);
        const qint64 span = now - from;
        if (!connected || span <= 0)
            return kNone;
        DbQuery down = m_database.exec(
            u"SELECT COALESCE(SUM(MIN(COALESCE(ended_at, ?), ?) - MAX(started_at, ?)), 0) FROM provider_outages "
            "WHERE provider_id = ? AND started_at < ? AND COALESCE(ended_at, ?) > ?"_s,
            {now, now, from, providerId, now, now, from});
        const qint64 downMs = down.next() ? down.value(0).toLongLong() : 0;
        return std::clamp(1.0 - double(downMs) / double(span), 0.0, 1.0);
    };
    const auto uptime1 = uptime(kDayMs);
    const auto uptime7 = uptime(7 * kDayMs);
    const auto uptime30 = uptime(30 * kDayMs);

    DbQuery counts = m_database.exec(
        u"SELECT COUNT(CASE WHEN running_at IS NOT NULL THEN 1 END), COUNT(CASE WHEN state = 'failed' THEN 1 END), "
        "COUNT(CASE WHEN state = 'lost' THEN 1 END) FROM instances WHERE provider_id = ? AND created_at >= ?"_s,
        {providerId, now - 30 * kDayMs});
    counts.next();
    const qint64 ran = counts.value(0).toLongLong();
    const qint64 failed = counts.value(1).toLongLong();
    const qint64 lost = counts.value(2).toLongLong();
    const double provisioning = ran + failed > 0 ? double(ran) / double(ran + failed) : kNone;
    const double fidelity = ran > 0 ? 1.0 - double(lost) / double(ran) : kNone;

    QList<qint64> bootTimes;
    DbQuery boots = m_database.exec(u"SELECT running_at - created_at FROM instances WHERE provider_id = ? AND "
                                    "running_at IS NOT NULL AND created_at >= ? ORDER BY 1"_s,
                                    {providerId, now - 30 * kDayMs});
    while (boots.next())
        bootTimes.append(boots.value(0).toLongLong());
    const double medianBootSeconds = bootTimes.isEmpty() ? kNone : double(bootTimes.at(bootTimes.size() / 2)) / 1000;

    DbQuery reviews = m_database.exec(u"SELECT COUNT(*), AVG(stars) FROM provider_reviews WHERE provider_id = ?"_s,
                                      {providerId});
    reviews.next();
    const qint64 reviewCount = reviews.value(0).toLongLong();
    const double stars = reviewCount > 0 ? reviews.value(1).toDouble() : kNone;

    auto orPrior = [](double value) { return std::isnan(value) ? kPrior : value; };
    const double u = orPrior(uptime30);
    const double p = orPrior(provisioning);
    const double s = orPrior(fidelity);
    const double r = std::isnan(stars) ? kPrior : (stars - 1) / 4;
    const double score = kUptimeWeight * u + kProvisioningWeight * p + kFidelityWeight * s + kReviewsWeight * r;
    const double days = connected ? double(now - since) / double(kDayMs) : 0;
    const double evidence = double(ran + failed + reviewCount) + days;
    const double shrunk = (kPriorWeight * kPrior + evidence * score) / (kPriorWeight + evidence);
    const double rating = std::clamp(rounded(5 * shrunk, 1), 0.0, 5.0);

    auto orNull = [](double value, int decimals) {
        return std::isnan(value) ? QJsonValue(QJsonValue::Null) : QJsonValue(rounded(value, decimals));
    };
    const QJsonObject breakdown{{u"uptime1d"_s, orNull(uptime1, 4)},
                                {u"uptime7d"_s, orNull(uptime7, 4)},
                                {u"uptime30d"_s, orNull(uptime30, 4)},
                                {u"provisioningSuccess"_s, orNull(provisioning, 4)},
                                {u"medianSecondsToRunning"_s, orNull(medianBootSeconds, 1)},
                                {u"stateFidelity"_s, orNull(fidelity, 4)},
                                {u"reviewStars"_s, orNull(stars, 2)},
                                {u"reviews"_s, reviewCount},
                                {u"instances"_s, ran + failed},
                                {u"evidence"_s, rounded(evidence, 1)},
                                {u"score"_s, rounded(score, 4)},
                                {u"rating"_s, rating}};
    m_database.exec(u"UPDATE providers SET rating = ?, rating_breakdown = ?, rated_at = ? WHERE id = ?"_s,
                    {rating, QJsonDocument(breakdown).toJson(QJsonDocument::Compact), now, providerId});
    m_market.setProviderRating(providerId, rating);
    return breakdown;
}

std::optional<ApiError> RatingService::review(const Principal &buyer, qint64 leaseId, int stars, const QString &comment)
{
    if (stars < 1 || stars > 5)
        return ApiError{
            ErrorCode::ValidationFailed, u"Give 1 to 5 stars."_s, QJsonObject{{u"field"_s, u"stars"_s}}, {}};
    if (comment.size() > kMaxCommentLength)
        return ApiError{ErrorCode::ValidationFailed,
                        u"The comment may have at most %1 characters."_s.arg(kMaxCommentLength),
                        QJsonObject{{u"field"_s, u"comment"_s}},
                        {}};
    DbQuery lease = m_database.exec(
        u"SELECT l.provider_id, l.status, i.running_at FROM leases l LEFT JOIN instances i ON i.lease_id = l.id "
        "WHERE l.id = ? AND l.organization_id = ?"_s,
        {leaseId, buyer.organizationId});
    if (!lease.next())
        return ApiError{ErrorCode::NotFound, u"There is no such lease."_s, {}, {}};
    if (lease.value(1).toString() != u"ended"_s || lease.value(2).isNull())
        return ApiError{ErrorCode::Conflict,
                        u"A lease can be reviewed once its instance ran and the lease ended."_s,
                        QJsonObject{{u"reason"_s, u"not_ended"_s}},
                        {}};
    if (m_database.exec(u"SELECT 1 FROM provider_reviews WHERE lease_id = ?"_s, {leaseId}).next())
        return ApiError{ErrorCode::Conflict,
                        u"This lease has been reviewed already."_s,
                        QJsonObject{{u"reason"_s, u"reviewed"_s}},
                        {}};
    const qint64 providerId = lease.value(0).toLongLong();
    Transaction transaction(m_database);
    m_database.exec(u"INSERT INTO provider_reviews (lease_id, provider_id, user_id, stars, comment, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)"_s,
                    {leaseId, providerId, buyer.userId, stars, comment.trimmed(), m_clock.now().toMSecsSinceEpoch()});
    recompute(providerId);
    transaction.commit();
    return std::nullopt;
}

} // namespace sc::broker
