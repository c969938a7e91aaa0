#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sc::broker {

enum class Role { Buyer, Seller, Operator };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

// What each role may do. A session carries all of its role's scopes; an API
// key carries the subset chosen when it was made. "account" (keys, password)
// is never granted to a key.
namespace Scopes {
inline const QString kCatalogRead = QStringLiteral("catalog:read");
inline const QString kCatalogWrite = QStringLiteral("catalog:write");
inline const QString kMarketRead = QStringLiteral("market:read");
inline const QString kMarketTrade = QStringLiteral("market:trade");
inline const QString kMarketSell = QStringLiteral("market:sell");
inline const QString kInstancesRead = QStringLiteral("instances:read");
inline const QString kInstancesManage = QStringLiteral("instances:manage");
inline const QString kAppliancesRead = QStringLiteral("appliances:read");
inline const QString kAppliancesWrite = QStringLiteral("appliances:write");
inline const QString kBillingRead = QStringLiteral("billing:read");
inline const QString kBillingPay = QStringLiteral("billing:pay");
inline const QString kProvidersRead = QStringLiteral("providers:read");
inline const QString kProvidersManage = QStringLiteral("providers:manage");
inline const QString kOperator = QStringLiteral("operator");
inline const QString kAccount = QStringLiteral("account");

QSet<QString> forRole(Role role);
QSet<QString> all();
} // namespace Scopes

} // namespace sc::broker
