#include "core/demo/DemoParticipants.h"

#include "core/demo/DemoRandom.h"
#include "core/store/Database.h"

#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {

constexpr qint64 kDayMs = 86'400'000;
// Nobody logs in as a simulated trader: no password verifies against this.
const QString kNoPassword = u"!simulated"_s;

struct ProviderSpec
{
    QString name;
    QStringList regions;
};

struct OrganizationSpec
{
    QString name;
    QString slug; // for the desk user's email
    QString country;
    QList<ProviderSpec> providers;
};

const QList<OrganizationSpec> &sellerSpecs()
{
    static const QList<OrganizationSpec> kSellers{
        {u"Kestrel Compute Collective (simulated)"_s,
         u"kestrel-compute"_s,
         u"DE"_s,
         {{u"Kestrel Rhine-Main hall"_s, {u"eu-de-fra"_s, u"eu-nl-ams"_s}},
          {u"Kestrel Vistula annex"_s, {u"eu-pl-waw"_s, u"eu-se-sto"_s, u"eu-de-fra"_s}}}},
        {u"Blue Heron Hosting Partners (simulated)"_s,
         u"blue-heron-hosting"_s,
         u"US"_s,
         {{u"Blue Heron Potomac"_s, {u"us-va-ash"_s, u"ca-qc-mtl"_s}},
          {u"Blue Heron Trinity"_s, {u"us-tx-dal"_s, u"us-va-ash"_s, u"sa-br-sao"_s}},
          {u"Blue Heron Cascade"_s, {u"us-or-hil"_s, u"us-ca-sjc"_s}}}},
        {u"Fjordline Datahall AS (simulated)"_s,
         u"fjordline-datahall"_s,
         u"NO"_s,
         {{u"Fjordline Nordic floor"_s, {u"eu-se-sto"_s, u"eu-pl-waw"_s, u"eu-de-fra"_s}},
          {u"Fjordline Atlantic floor"_s, {u"eu-ie-dub"_s, u"eu-gb-lon"_s, u"eu-fr-par"_s}}}},
        {u"Sakura Rack Works KK (simulated)"_s,
         u"sakura-rack-works"_s,
         u"JP"_s,
         {{u"Sakura Koto racks"_s, {u"ap-jp-tyo"_s, u"ap-sg-sin"_s}},
          {u"Sakura Straits racks"_s, {u"ap-sg-sin"_s, u"ap-in-bom"_s, u"ap-au-syd"_s}}}},
        {u"Southern Cross Spare Cycles (simulated)"_s,
         u"southern-cross-cycles"_s,
         u"AU"_s,
         {{u"Southern Cross Botany"_s, {u"ap-au-syd"_s, u"ap-jp-tyo"_s}}}},
        {u"Pampas Grid Servicos Ltda (simulated)"_s,
         u"pampas-grid"_s,
         u"BR"_s,
         {{u"Pampas Paulista"_s, {u"sa-br-sao"_s, u"us-va-ash"_s}},
          {u"Pampas Highveld"_s, {u"af-za-jnb"_s, u"me-ae-dxb"_s, u"sa-br-sao"_s}}}},
        {u"Lakeshore Metal Cloud Inc (simulated)"_s,
         u"lakeshore-metal"_s,
         u"CA"_s,
         {{u"Lakeshore Laurentian"_s, {u"ca-qc-mtl"_s, u"us-va-ash"_s, u"us-tx-dal"_s}},
          {u"Lakeshore Pacific"_s, {u"us-ca-sjc"_s, u"us-or-hil"_s}}}},
        {u"Thames Valley Compute Ltd (simulated)"_s,
         u"thames-valley-compute"_s,
         u"GB"_s,
         {{u"Thames Slough pod"_s, {u"eu-gb-lon"_s, u"eu-ie-dub"_s}},
          {u"Thames Seine pod"_s, {u"eu-fr-par"_s, u"eu-es-mad"_s, u"eu-nl-ams"_s}}}},
        {u"Monsoon Rack Cooperative (simulated)"_s,
         u"monsoon-rack"_s,
         u"IN"_s,
         {{u"Monsoon Andheri"_s, {u"ap-in-bom"_s, u"me-ae-dxb"_s, u"ap-sg-sin"_s}}}},
    };
    return kSellers;
}

const QList<OrganizationSpec> &buyerSpecs()
{
    static const QList<OrganizationSpec> kBuyers{
        {u"Bluefin Genomics Lab (simulated)"_s, u"bluefin-genomics"_s, u"US"_s, {}},
        {u"Orchard Lane Render Farm (simulated)"_s, u"orchard-lane-render"_s, u"FR"_s, {}},
        {u"Tidewater Freight Forecasting (simulated)"_s, u"tidewater-freight"_s, u"NL"_s, {}},
        {u"Quillon Animation Studio (simulated)"_s, u"quillon-animation"_s, u"JP"_s, {}},
        {u"Granite Peak CI Runners (simulated)"_s, u"granite-peak-ci"_s, u"DE"_s, {}},
        {u"Saltmarsh Climate Models (simulated)"_s, u"saltmarsh-climate"_s, u"GB"_s, {}},
    };
    return kBuyers;
}

// The demo seller's own providers, so the Seller console has something to show.
const QList<ProviderSpec> &demoSellerProviderSpecs()
{
    static const QList<ProviderSpec> kProviders{
        {u"Harbor Amsterdam pool"_s, {u"eu-nl-ams"_s, u"eu-de-fra"_s}},
        {u"Harbor Dublin pool"_s, {u"eu-ie-dub"_s, u"eu-gb-lon"_s}},
    };
    return kProviders;
}

// The word list of MarketApi's POST /seller/providers: pseudonyms look alike.
const QStringList kPseudonymWords{u"Cirrus"_s,
                                  u"Nimbus"_s,
                                  u"Stratus"_s,
                                  u"Aurora"_s,
                                  u"Boreal"_s,
                                  u"Zephyr"_s,
                                  u"Halcyon"_s,
                                  u"Meridian"_s,
                                  u"Solstice"_s,
                                  u"Tundra"_s};

QString newPseudonym(Database &database, DemoRandom &random)
{
    for (;;) {
        const QString pseudonym = random.pick(kPseudonymWords) + u'-'
                                  + u"%1"_s.arg(random.integer(0, 0xFFFF), 4, 16, QLatin1Char('0')).toUpper();
        if (!database.exec(u"SELECT 1 FROM providers WHERE pseudonym = ?"_s, {pseudonym}).next())
            return pseudonym;
    }
}

DemoParticipants::Trader traderOfUser(Database &database, qint64 userId)
{
    DemoParticipants::Trader trader;
    if (userId <= 0)
        return trader;
    DbQuery query = database.exec(u"SELECT organization_id, role FROM users WHERE id = ?"_s, {userId});
    if (query.next()) {
        trader.organizationId = query.value(0).toLongLong();
        trader.userId = userId;
        trader.role = query.value(1).toString() == u"seller"_s ? Role::Seller : Role::Buyer;
    }
    return trader;
}

// The organization and its desk user, made when missing. An organization of
// that name and another kind (someone registered it) is not ours: skipped.
DemoParticipants::Trader ensureOrganization(Database &database, const OrganizationSpec &spec, Role role, qint64 nowMs)
{
    const QString kind = role == Role::Seller ? u"seller"_s : u"buyer"_s;
    DemoParticipants::Trader trader;
    trader.role = role;
    DbQuery existing = database.exec(u"SELECT id, kind FROM organizations WHERE lower(name) = lower(?)"_s, {spec.name});
    if (existing.next()) {
        if (existing.value(1).toString() != kind)
            return {};
        trader.organizationId = existing.value(0).toLongLong();
    } else {
        trader.organizationId = database
                                    .exec(u"INSERT INTO organizations (name, kind, status, country_code, created_at) "
                                          "VALUES (?, ?, 'active', ?, ?)"_s,
                                          {spec.name, kind, spec.country, nowMs - 60 * kDayMs})
                                    .lastInsertId()
                                    .toLongLong();
    }
    DbQuery user = database.exec(u"SELECT id FROM users WHERE organization_id = ? ORDER BY id LIMIT 1"_s,
                                 {trader.organizationId});
    if (user.next()) {
        trader.userId = user.value(0).toLongLong();
    } else {
        trader.userId = database
                            .exec(u"INSERT INTO users (organization_id, email, display_name, role, password_hash, "
                                  "created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                  {trader.organizationId,
                                   u"desk@%1.sim.sparecloud.invalid"_s.arg(spec.slug),
                                   QString(spec.name.section(u" (simulated)"_s, 0, 0) + u" trading desk"_s),
                                   kind,
                                   kNoPassword,
                                   nowMs - 60 * kDayMs,
                                   nowMs - 60 * kDayMs})
                            .lastInsertId()
                            .toLongLong();
    }
    return trader;
}

DemoParticipants::Provider ensureProvider(Database &database, const DemoParticipants::Trader &owner,
                                          const ProviderSpec &spec, DemoRandom &random, qint64 nowMs)
{
    DemoParticipants::Provider provider;
    provider.owner = owner;
    provider.regions = spec.regions;
    // Drawn whether or not the provider exists, so a repair draws the same values.
    const double rating = std::round(random.uniform(2.5, 4.9) * 10.0) / 10.0;
    DbQuery existing = database.exec(u"SELECT id, rating FROM providers WHERE organization_id = ? AND name = ?"_s,
                                     {owner.organizationId, spec.name});
    if (existing.next()) {
        provider.id = existing.value(0).toLongLong();
        provider.rating = existing.value(1).toDouble();
        return provider;
    }
    provider.rating = rating;
    provider.id =
        database
            .exec(u"INSERT INTO providers (organization_id, name, pseudonym, rating, status, created_at) "
                  "VALUES (?, ?, ?, ?, 'active', ?)"_s,
                  {owner.organizationId, spec.name, newPseudonym(database, random), rating, nowMs - 45 * kDayMs})
            .lastInsertId()
            .toLongLong();
    return provider;
}

} // namespace

Principal DemoParticipants::Trader::principal() const
{
    Principal principal;
    principal.userId = userId;
    principal.organizationId = organizationId;
    principal.role = role;
    return principal;
}

DemoParticipants DemoParticipants::ensure(Database &database, qint64 nowMs, DemoRandom &random, qint64 demoBuyerUserId,
                                          qint64 demoSellerUserId)
{
    DemoParticipants participants;
    Transaction transaction(database);
    for (const OrganizationSpec &spec : sellerSpecs()) {
        const Trader owner = ensureOrganization(database, spec, Role::Seller, nowMs);
        for (const ProviderSpec &providerSpec : spec.providers) {
            const Provider provider = ensureProvider(database, owner, providerSpec, random, nowMs);
            if (owner.isValid())
                participants.m_providers.append(provider);
        }
    }
    for (const OrganizationSpec &spec : buyerSpecs()) {
        const Trader buyer = ensureOrganization(database, spec, Role::Buyer, nowMs);
        if (buyer.isValid())
            participants.m_buyers.append(buyer);
    }
    participants.m_demoBuyer = traderOfUser(database, demoBuyerUserId);
    participants.m_demoSeller = traderOfUser(database, demoSellerUserId);
    if (participants.m_demoSeller.isValid() && participants.m_demoSeller.role == Role::Seller) {
        for (const ProviderSpec &spec : demoSellerProviderSpecs()) {
            Provider provider = ensureProvider(database, participants.m_demoSeller, spec, random, nowMs);
            provider.demoSeller = true;
            participants.m_providers.append(provider);
        }
    }
    transaction.commit();
    return participants;
}

QList<DemoParticipants::Provider> DemoParticipants::providersIn(const QString &region, bool withDemoSeller) const
{
    QList<Provider> found;
    for (const Provider &provider : m_providers) {
        if (provider.regions.contains(region) && (withDemoSeller || !provider.demoSeller))
            found.append(provider);
    }
    return found;
}

QList<qint64> DemoParticipants::simulatedSellerOrganizations() const
{
    QSet<qint64> organizations;
    for (const Provider &provider : m_providers) {
        if (!provider.demoSeller)
            organizations.insert(provider.owner.organizationId);
    }
    return organizations.values();
}

QList<qint64> DemoParticipants::simulatedBuyerOrganizations() const
{
    QList<qint64> organizations;
    for (const Trader &buyer : m_buyers)
        organizations.append(buyer.organizationId);
    return organizations;
}

} // namespace sc::broker
