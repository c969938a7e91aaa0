#include "core/auth/Role.h"

using namespace Qt::StringLiterals;

namespace sc::broker {

QString roleName(Role role)
{
    switch (role) {
    case Role::Buyer: return u"buyer"_s;
    case Role::Seller: return u"seller"_s;
    case Role::Operator: return u"operator"_s;
    }
    return u"buyer"_s;
}

std::optional<Role> roleFromName(const QString &name)
{
    if (name == u"buyer"_s)
        return Role::Buyer;
    if (name == u"seller"_s)
        return Role::Seller;
    if (name == u"operator"_s)
        return Role::Operator;
    return std::nullopt;
}

namespace Scopes {

QSet<QString> forRole(Role role)
{
    switch (role) {
    case Role::Buyer:
        return {kCatalogRead,
                kMarketRead,
                kMarketTrade,
                kInstancesRead,
                kInstancesManage,
                kAppliancesRead,
                kAppliancesWrite,
                kBillingRead,
                kBillingPay,
                kAccount};
    case Role::Seller:
        // Sellers may also buy capacity like any buyer.
        return {kCatalogRead,
                kMarketRead,
                kMarketSell,
                kMarketTrade,
                kProvidersRead,
                kProvidersManage,
                kInstancesRead,
                kInstancesManage,
                kAppliancesRead,
                kBillingRead,
                kBillingPay, // payouts of their earnings
                kAccount};
    case Role::Operator: return all();
    }
    return {};
}

QSet<QString> all()
{
    return {kCatalogRead,
            kCatalogWrite,
            kMarketRead,
            kMarketTrade,
            kMarketSell,
            kInstancesRead,
            kInstancesManage,
            kAppliancesRead,
            kAppliancesWrite,
            kBillingRead,
            kBillingPay,
            kProvidersRead,
            kProvidersManage,
            kOperator,
            kAccount};
}

} // namespace Scopes

} // namespace sc::broker
