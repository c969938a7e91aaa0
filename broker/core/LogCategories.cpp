#include "core/LogCategories.h"

namespace sc::broker {

Q_LOGGING_CATEGORY(lcBroker, "sc.broker", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "sc.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "sc.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "sc.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMarket, "sc.market", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "sc.jobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProviders, "sc.providers", QtInfoMsg)

} // namespace sc::broker
