#pragma once

#include "protocol/Expected.h"

#include <QJsonObject>
#include <QObject>

#include <optional>

namespace sc::broker {

class Clock;
class Database;
class JobQueue;
class MarketService;
struct Principal;

// Rates every provider from what the broker observed and what buyers said.
// Components, each from 0 to 1:
//   U  uptime over 30 days: 1 - time in outages / time connected (1 and 7
//      days are shown beside it);
//   P  provisioning success: instances that reached running / those that
//      reached running or failed, over 30 days;
//   S  state fidelity: 1 - instances lost / instances that ran, over 30 days;
//   R  reviews: (mean stars - 1) / 4.
// score = 0.35 U + 0.25 P + 0.20 S + 0.20 R, each component with no evidence
// yet taking the neutral prior 0.6; then shrunk toward the prior by evidence,
// (kPriorWeight * 0.6 + n * score) / (kPriorWeight + n), where n counts the
// instances and reviews seen and the days connected. rating = 5 * that,
// rounded to one decimal: a new provider starts at 3.0 and earns its way.
// The market shows the rating beside the pseudonym; bids may require one.
class RatingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingService)

public:
    static constexpr double kPrior = 0.6;
    static constexpr double kPriorWeight = 10;
    // Bumped whenever the weights or the shrinking change.
    static constexpr int kFormulaVersion = 1;
    static constexpr double kUptimeWeight = 0.35;
    static constexpr double kProvisioningWeight = 0.25;
    static constexpr double kFidelityWeight = 0.20;
    static constexpr double kReviewsWeight = 0.20;

    // {"formulaVersion", "weights": {component: weight}, "prior", "priorWeight"}
    static QJsonObject formula();

    RatingService(Database &database, MarketService &market, const Clock &clock, QObject *parent = nullptr);

    // Recomputes every provider's rating (a recurring job runs this).
    int recomputeAll();
    QJsonObject recompute(qint64 providerId);

    // A buyer reviews a lease of theirs that ran and ended: 1-5 stars, once.
    std::optional<protocol::ApiError> review(const Principal &buyer, qint64 leaseId, int stars, const QString &comment);

private:
    Database &m_database;
    MarketService &m_market;
    const Clock &m_clock;
};

} // namespace sc::broker
