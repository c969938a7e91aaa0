#include "core/LogCategories.h"

namespace sc::broker {

Q_LOGGING_CATEGORY(lcBroker, "sc.broker", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "sc.store", QtInfoMsg)

} // namespace sc::broker
