#include "core/providers/ProviderRegistry.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/auth/Principal.h"
#include "core/auth/SecretBox.h"
#include "core/auth/Secrets.h"
#include "core/catalog/CatalogRepository.h"
#include "core/providers/RatingService.h"
#include "core/store/Database.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QPointer>

#include <array>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

constexpr qsizetype kMaxNameLength = 100;
constexpr qsizetype kMaxEndpointLength = 500;
constexpr qsizetype kMinCredentialLength = 16;
constexpr qsizetype kMaxCredentialLength = 512;
// A provider region maps to a catalog region in its country at most this far away.
constexpr double kMaxRegionDistanceKm = 400;

ApiError invalid(const QString &field, const QString &message)
{
    return ApiError{ErrorCode::ValidationFailed, message, QJsonObject{{u"field"_s, field}}, {}};
}

QByteArray sealContext(qint64 providerId)
{
    return "provider:" + QByteArray::number(providerId);
}

QJsonValue timeOrNull(const QVariant &ms)
{
    return ms.isNull()
               ? QJsonValue(QJsonValue::Null)
               : QJsonValue(QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs));
}

} // namespace

ProviderRegistry::ProviderRegistry(Database &database, CatalogRepository &catalog, const SecretBox &secrets,
                                   ProviderClient &client, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_catalog(catalog)
    , m_secrets(secrets)
    , m_client(client)
    , m_clock(clock)
    , m_options(options)
{
}

ProviderRegistry::~ProviderRegistry() = default;

QString ProviderRegistry::newPseudonym(Database &database)
{
    // Buyers see a provider only by this: stable, random, unrelated to the name.
    static const QStringList kWords{u"Cirrus"_s,
                                    u"Nimbus"_s,
                                    u"Stratus"_s,
                                    u"Aurora"_s,
                                    u"Boreal"_s,
                                    u"Zephyr"_s,
                                    u"Halcyon"_s,
                                    u"Meridian"_s,
                                    u"Solstice"_s,
                                    u"Tundra"_s};
    QString pseudonym;
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QByteArray random = Secrets::randomBytes(3);
        pseudonym = kWords.at(quint8(random[0]) % kWords.size()) + u'-'
                    + QString::fromLatin1(random.mid(1).toHex().toUpper());
        if (!database.exec(u"SELECT 1 FROM providers WHERE pseudonym = ?"_s, {pseudonym}).next())
            break;
    }
    return pseudonym;
}

protocol::Expected<QJsonObject> ProviderRegistry::createManual(const Principal &seller, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength)
        return invalid(u"name"_s, u"Give the provider a name of 1 to %1 characters."_s.arg(kMaxNameLength));
    const qint64 id =
        m_database
            .exec(u"INSERT INTO providers (organization_id, name, pseudonym, created_at) VALUES (?, ?, ?, ?)"_s,
                  {seller.organizationId, trimmed, newPseudonym(m_database), m_clock.now().toMSecsSinceEpoch()})
            .lastInsertId()
            .toLongLong();
    return describe(id);
}

std::optional<ApiError> ProviderRegistry::checkEndpoint(const QString &endpoint, QUrl &url) const
{
    url = QUrl(endpoint, QUrl::StrictMode);
    if (endpoint.size() > kMaxEndpointLength || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || !url.userInfo().isEmpty() || url.hasQuery()
        || url.hasFragment())
        return invalid(
            u"endpoint"_s,
            u"The endpoint must be an https URL of at most %1 characters, without user, query or fragment."_s.arg(
                kMaxEndpointLength));
    if (url.scheme() == u"http"_s && !m_options.allowPlainHttp) {
        const QHostAddress address(url.host());
        if (!(url.host() == u"localhost"_s || (!address.isNull() && address.isLoopback())))
            return invalid(u"endpoint"_s, u"The endpoint must use https: the credential would travel in clear."_s);
    }
    return std::nullopt;
}

void ProviderRegistry::verify(
    const ProviderClient::Endpoint &endpoint,
    std::function<void(protocol::Expected<QPair<protocol::ProviderHealth, protocol::ProviderCapacity>>)> done)
{
    auto failed = [](const QString &step, const ProviderClient::Outcome &outcome) {
        const bool denied = outcome.status == 401 || outcome.status == 403;
        return ApiError{ErrorCode::Unprocessable,
                        denied ? u"The cloud refused the credential (%1)."_s.arg(step)
                               : u"The cloud did not answer %1 as the provider API says: %2%3."_s.arg(
                                   step,
                                   sc::broker::describe(outcome.failure),
                                   outcome.message.isEmpty() ? QString() : u" ("_s + outcome.message + u')'),
                        QJsonObject{{u"reason"_s, denied ? u"credential_refused"_s : u"cloud_unreachable"_s},
                                    {u"field"_s, denied ? u"credential"_s : u"endpoint"_s}},
                        {}};
    };
    QPointer<ProviderRegistry> self(this);
    m_client.health(
        endpoint, [self, endpoint, done, failed](const auto &outcome, const protocol::ProviderHealth &health) {
            if (!self)
                return;
            if (!outcome.ok())
                return done(failed(u"/v1/health"_s, outcome));
            if (health.status != u"ok"_s)
                return done(ApiError{ErrorCode::Unprocessable,
                                     u"The cloud says it is not healthy (%1)."_s.arg(health.status.left(40)),
                                     QJsonObject{{u"reason"_s, u"cloud_unhealthy"_s}, {u"field"_s, u"endpoint"_s}},
                                     {}});
            self->m_client.capacity(
                endpoint,
                {},
                [self, health, done, failed](const auto &capacityOutcome, const protocol::ProviderCapacity &capacity) {
                    if (!self)
                        return;
                    if (!capacityOutcome.ok())
                        return done(failed(u"/v1/capacity"_s, capacityOutcome));
                    if (capacity.regions.isEmpty())
                        return done(ApiError{ErrorCode::Unprocessable,
                                             u"The cloud offers no region."_s,
                                             QJsonObject{{u"reason"_s, u"no_capacity"_s}, {u"field"_s, u"endpoint"_s}},
                                             {}});
                    done(qMakePair(health, capacity));
                });
        });
}

void ProviderRegistry::connectCloud(const Principal &seller, const QString &name, const QString &endpoint,
                                    const QByteArray &credential, Done done)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength)
        return done(invalid(u"name"_s, u"Give the provider a name of 1 to %1 characters."_s.arg(kMaxNameLength)));
    QUrl url;
    if (auto problem = checkEndpoint(endpoint, url))
        return done(*problem);
    if (credential.size() < kMinCredentialLength || credential.size() > kMaxCredentialLength || credential.contains(' ')
        || credential.contains('\n'))
        return done(invalid(u"credential"_s,
                            u"The credential must be %1 to %2 characters without spaces."_s.arg(kMinCredentialLength)
                                .arg(kMaxCredentialLength)));
    const ProviderClient::Endpoint target{url, credential};
    const qint64 organizationId = seller.organizationId;
    QPointer<ProviderRegistry> self(this);
    verify(target, [self, trimmed, url, credential, organizationId, done](auto verified) {
        if (!self)
            return;
        if (!verified)
            return done(verified.error());
        const auto &[health, capacity] = *verified;
        Database &database = self->m_database;
        const qint64 now = self->m_clock.now().toMSecsSinceEpoch();
        qint64 id = 0;
        try {
            Transaction transaction(database);
            id = database
                     .exec(u"INSERT INTO providers (organization_id, name, pseudonym, endpoint, software, verified_at, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                           {organizationId,
                            trimmed,
                            newPseudonym(database),
                            url.toString(QUrl::StripTrailingSlash),
                            health.software.left(100),
                            now,
                            now})
                     .lastInsertId()
                     .toLongLong();
            database.exec(u"UPDATE providers SET credential = ? WHERE id = ?"_s,
                          {self->m_secrets.seal(credential, sealContext(id)), id});
            database.exec(u"INSERT INTO provider_health (provider_id, state, last_poll_at, last_success_at, "
                          "next_poll_at) VALUES (?, 'up', ?, ?, ?)"_s,
                          {id, now, now, now});
            self->importCapacity(id, capacity);
            transaction.commit();
        } catch (const DatabaseError &error) {
            qCCritical(lcProviders) << "storing a provider failed:" << error.what();
            return done(ApiError{ErrorCode::Internal, u"The provider could not be stored."_s, {}, {}});
        }
        qCInfo(lcProviders).noquote() << "provider" << id << "connected:" << url.toString() << health.software;
        Q_EMIT self->cloudConnected(id);
        done(self->describe(id));
    });
}

void ProviderRegistry::reconnectCloud(qint64 providerId, const QString &endpoint, const QByteArray &credential,
                                      Done done)
{
    QUrl url;
    if (auto problem = checkEndpoint(endpoint, url))
        return done(*problem);
    if (credential.size() < kMinCredentialLength || credential.size() > kMaxCredentialLength)
        return done(invalid(u"credential"_s, u"The credential has the wrong length."_s));
    QPointer<ProviderRegistry> self(this);
    verify({url, credential}, [self, providerId, url, credential, done](auto verified) {
        if (!self)
            return;
        if (!verified)
            return done(verified.error());
        Database &database = self->m_database;
        const qint64 now = self->m_clock.now().toMSecsSinceEpoch();
        try {
            Transaction transaction(database);
            if (!database.exec(u"SELECT 1 FROM providers WHERE id = ?"_s, {providerId}).next())
                return done(ApiError{ErrorCode::NotFound, u"There is no such provider."_s, {}, {}});
            database.exec(u"UPDATE providers SET endpoint = ?, credential = ?, software = ?, "
                          "verified_at = COALESCE(verified_at, ?) WHERE id = ?"_s,
                          {url.toString(QUrl::StripTrailingSlash),
                           self->m_secrets.seal(credential, sealContext(providerId)),
                           verified->first.software.left(100),
                           now,
                           providerId});
            database.exec(u"INSERT OR IGNORE INTO provider_health (provider_id, state, last_poll_at, "
                          "last_success_at, next_poll_at) VALUES (?, 'up', ?, ?, ?)"_s,
                          {providerId, now, now, now});
            self->importCapacity(providerId, verified->second);
            transaction.commit();
        } catch (const DatabaseError &error) {
            qCCritical(lcProviders) << "storing a provider's endpoint failed:" << error.what();
            return done(ApiError{ErrorCode::Internal, u"The provider could not be updated."_s, {}, {}});
        }
        qCInfo(lcProviders).noquote() << "provider" << providerId << "connected:" << url.toString();
        Q_EMIT self->cloudConnected(providerId);
        done(self->describe(providerId));
    });
}

void ProviderRegistry::refresh(const Principal &seller, qint64 providerId, Done done)
{
    DbQuery owned = m_database.exec(u"SELECT endpoint FROM providers WHERE id = ? AND organization_id = ?"_s,
                                    {providerId, seller.organizationId});
    if (!owned.next())
        return done(ApiError{ErrorCode::NotFound, u"There is no such provider."_s, {}, {}});
    const auto endpoint = endpointOf(providerId);
    if (!endpoint)
        return done(ApiError{ErrorCode::Conflict,
                             u"This provider has no cloud connected."_s,
                             QJsonObject{{u"reason"_s, u"not_connected"_s}},
                             {}});
    QPointer<ProviderRegistry> self(this);
    verify(*endpoint, [self, providerId, done](auto verified) {
        if (!self)
            return;
        if (!verified)
            return done(verified.error());
        const qint64 now = self->m_clock.now().toMSecsSinceEpoch();
        try {
            Transaction transaction(self->m_database);
            self->m_database.exec(u"UPDATE providers SET verified_at = ?, software = ? WHERE id = ?"_s,
                                  {now, verified->first.software.left(100), providerId});
            self->importCapacity(providerId, verified->second);
            transaction.commit();
        } catch (const DatabaseError &error) {
            qCCritical(lcProviders) << "refreshing a provider failed:" << error.what();
            return done(ApiError{ErrorCode::Internal, u"The provider could not be updated."_s, {}, {}});
        }
        done(self->describe(providerId));
    });
}

std::optional<ProviderClient::Endpoint> ProviderRegistry::endpointOf(qint64 providerId)
{
    DbQuery query = m_database.exec(u"SELECT endpoint, credential FROM providers WHERE id = ?"_s, {providerId});
    if (!query.next() || query.value(0).isNull())
        return std::nullopt;
    const auto credential = m_secrets.open(query.value(1).toByteArray(), sealContext(providerId));
    if (!credential) {
        qCWarning(lcProviders) << "the credential of provider" << providerId << "does not open with this key";
        return std::nullopt;
    }
    return ProviderClient::Endpoint{QUrl(query.value(0).toString()), *credential};
}

QString ProviderRegistry::mapRegion(const protocol::ProviderRegion &region)
{
    QString best;
    double bestKm = kMaxRegionDistanceKm;
    for (const protocol::Region &candidate : m_catalog.load().regions) {
        if (candidate.countryCode != region.countryCode)
            continue;
        const double km = protocol::distanceKm(
            region.latitude, region.longitude, candidate.latitude, candidate.longitude);
        if (km <= bestKm) {
            best = candidate.id;
            bestKm = km;
        }
    }
    return best;
}

QString ProviderRegistry::mapProfile(const protocol::ProviderProfile &profile)
{
    // The largest catalog type the profile holds entirely; GPUs must match.
    const protocol::InstanceType *best = nullptr;
    const auto catalog = m_catalog.load();
    for (const protocol::InstanceType &type : catalog.instanceTypes) {
        if (type.gpus != profile.gpus || type.vcpus > profile.vcpus || type.memoryMiB > profile.memoryMiB
            || type.diskGiB > profile.diskGiB)
            continue;
        if (!best
            || std::tie(type.vcpus, type.memoryMiB, type.diskGiB)
                   > std::tie(best->vcpus, best->memoryMiB, best->diskGiB))
            best = &type;
    }
    return best ? best->id : QString();
}

CapacityHistory::Sample ProviderRegistry::importCapacity(qint64 providerId, const protocol::ProviderCapacity &capacity)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    CapacityHistory::Sample sample{providerId, now, 0, 0, 0, {}};
    QMap<QString, std::array<qint64, 3>> byType;
    m_database.exec(u"DELETE FROM provider_profiles WHERE provider_id = ?"_s, {providerId});
    m_database.exec(u"DELETE FROM provider_regions WHERE provider_id = ?"_s, {providerId});
    for (const protocol::ProviderRegion &region : capacity.regions) {
        const QString regionId = mapRegion(region);
        m_database.exec(u"INSERT OR REPLACE INTO provider_regions (provider_id, code, country_code, city, latitude, "
                        "longitude, region_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                        {providerId,
                         region.id,
                         region.countryCode,
                         region.city,
                         region.latitude,
                         region.longitude,
                         regionId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(regionId)});
        for (const protocol::ProviderProfile &profile : region.profiles) {
            const QString type = mapProfile(profile);
            m_database.exec(u"INSERT OR REPLACE INTO provider_profiles (provider_id, region_code, profile_id, name, "
                            "vcpus, memory_mib, disk_gib, gpus, instance_type_id, total_slots, used_slots, "
                            "free_slots, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            {providerId,
                             region.id,
                             profile.id,
                             profile.name,
                             profile.vcpus,
                             profile.memoryMiB,
                             profile.diskGiB,
                             profile.gpus,
                             type.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(type),
                             profile.totalSlots,
                             profile.usedSlots,
                             profile.freeSlots,
                             now});
            sample.totalSlots += profile.totalSlots;
            sample.usedSlots += profile.usedSlots;
            sample.freeSlots += profile.freeSlots;
            auto &counts = byType[type.isEmpty() ? region.id + u'/' + profile.id : type];
            counts[0] += profile.totalSlots;
            counts[1] += profile.usedSlots;
            counts[2] += profile.freeSlots;
        }
    }
    QJsonObject types;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        types.insert(it.key(), QJsonArray{it.value()[0], it.value()[1], it.value()[2]});
    sample.byType = QJsonDocument(types).toJson(QJsonDocument::Compact);
    return sample;
}

std::optional<QPair<QString, QString>> ProviderRegistry::placementFor(qint64 providerId, const QString &instanceType,
                                                                      const QString &region)
{
    DbQuery query = m_database.exec(
        u"SELECT p.region_code, p.profile_id FROM provider_profiles p JOIN provider_regions r "
        "ON r.provider_id = p.provider_id AND r.code = p.region_code WHERE p.provider_id = ? "
        "AND p.instance_type_id = ? AND r.region_id = ? ORDER BY p.free_slots > 0 DESC, p.vcpus, p.memory_mib "
        "LIMIT 1"_s,
        {providerId, instanceType, region});
    if (!query.next())
        return std::nullopt;
    return qMakePair(query.value(0).toString(), query.value(1).toString());
}

QJsonObject ProviderRegistry::describe(qint64 providerId)
{
    DbQuery query = m_database.exec(
        u"SELECT p.id, p.name, p.pseudonym, p.rating, p.status, p.created_at, p.endpoint, p.software, p.verified_at, "
        "h.state, h.last_poll_at, h.last_success_at, h.consecutive_failures, h.last_error, h.next_poll_at, "
        "p.rating_breakdown, p.rated_at "
        "FROM providers p LEFT JOIN provider_health h ON h.provider_id = p.id WHERE p.id = ?"_s,
        {providerId});
    if (!query.next())
        return {};
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QJsonObject json{
        {u"id"_s, query.value(0).toLongLong()},
        {u"name"_s, query.value(1).toString()},
        {u"pseudonym"_s, query.value(2).toString()},
        {u"rating"_s, query.value(3).toDouble()},
        {u"status"_s, query.value(4).toString()},
        {u"createdAt"_s, timeOrNull(query.value(5))},
        {u"connected"_s, !query.value(6).isNull()},
    };
    if (!query.value(15).isNull()) {
        // What the rating is made of, with the formula that weighs it.
        QJsonObject breakdown = QJsonDocument::fromJson(query.value(15).toByteArray()).object();
        const QJsonObject formula = RatingService::formula();
        for (auto it = formula.begin(); it != formula.end(); ++it)
            breakdown.insert(it.key(), it.value());
        breakdown.insert(u"ratedAt"_s, timeOrNull(query.value(16)));
        json.insert(u"ratingBreakdown"_s, breakdown);
    }
    if (query.value(6).isNull())
        return json;
    json.insert(u"endpoint"_s, query.value(6).toString());
    json.insert(u"software"_s, query.value(7).toString());
    json.insert(u"verifiedAt"_s, timeOrNull(query.value(8)));
    QJsonObject health{{u"state"_s, query.value(9).toString()},
                       {u"lastPollAt"_s, timeOrNull(query.value(10))},
                       {u"lastSuccessAt"_s, timeOrNull(query.value(11))},
                       {u"consecutiveFailures"_s, query.value(12).toInt()},
                       {u"nextPollAt"_s, timeOrNull(query.value(14))}};
    if (!query.value(11).isNull())
        health.insert(u"stalenessSeconds"_s, double(std::max<qint64>(0, now - query.value(11).toLongLong())) / 1000);
    if (!query.value(13).isNull())
        health.insert(u"lastError"_s, query.value(13).toString());
    json.insert(u"health"_s, health);

    QJsonArray regions;
    DbQuery regionRows = m_database.exec(u"SELECT code, country_code, city, region_id FROM provider_regions "
                                         "WHERE provider_id = ? ORDER BY code"_s,
                                         {providerId});
    while (regionRows.next()) {
        regions.append(QJsonObject{{u"code"_s, regionRows.value(0).toString()},
                                   {u"countryCode"_s, regionRows.value(1).toString()},
                                   {u"city"_s, regionRows.value(2).toString()},
                                   {u"region"_s,
                                    regionRows.value(3).isNull() ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(regionRows.value(3).toString())}});
    }
    json.insert(u"regions"_s, regions);
    QJsonArray profiles;
    DbQuery profileRows = m_database.exec(
        u"SELECT region_code, profile_id, name, vcpus, memory_mib, disk_gib, gpus, instance_type_id, total_slots, "
        "used_slots, free_slots FROM provider_profiles WHERE provider_id = ? ORDER BY region_code, vcpus, "
        "memory_mib, profile_id"_s,
        {providerId});
    while (profileRows.next()) {
        profiles.append(QJsonObject{{u"regionCode"_s, profileRows.value(0).toString()},
                                    {u"profileId"_s, profileRows.value(1).toString()},
                                    {u"name"_s, profileRows.value(2).toString()},
                                    {u"vcpus"_s, profileRows.value(3).toInt()},
                                    {u"memoryMiB"_s, profileRows.value(4).toInt()},
                                    {u"diskGiB"_s, profileRows.value(5).toInt()},
                                    {u"gpus"_s, profileRows.value(6).toInt()},
                                    {u"instanceType"_s,
                                     profileRows.value(7).isNull() ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(profileRows.value(7).toString())},
                                    {u"totalSlots"_s, profileRows.value(8).toInt()},
                                    {u"usedSlots"_s, profileRows.value(9).toInt()},
                                    {u"freeSlots"_s, profileRows.value(10).toInt()}});
    }
    json.insert(u"profiles"_s, profiles);
    return json;
}

bool ProviderRegistry::owns(qint64 organizationId, qint64 providerId)
{
    return m_database
        .exec(u"SELECT 1 FROM providers WHERE id = ? AND organization_id = ?"_s, {providerId, organizationId})
        .next();
}

QJsonObject ProviderRegistry::utilizationOf(qint64 providerId)
{
    // Slots as the cloud last reported them, and how many of them run
    // instances of leases sold here.
    DbQuery sums = m_database.exec(u"SELECT COALESCE(SUM(total_slots), 0), COALESCE(SUM(used_slots), 0), "
                                   "COALESCE(SUM(free_slots), 0), MAX(updated_at) FROM provider_profiles "
                                   "WHERE provider_id = ?"_s,
                                   {providerId});
    sums.next();
    const qint64 total = sums.value(0).toLongLong();
    const qint64 used = sums.value(1).toLongLong();
    QJsonObject json{{u"at"_s, timeOrNull(sums.value(3))},
                     {u"totalSlots"_s, total},
                     {u"usedSlots"_s, used},
                     {u"freeSlots"_s, sums.value(2).toLongLong()},
                     {u"usedShare"_s, total > 0 ? QJsonValue(double(used) / double(total)) : QJsonValue()}};
    DbQuery market = m_database.exec(u"SELECT COUNT(*) FROM instances WHERE provider_id = ? AND state IN "
                                     "('provisioning', 'running', 'stopping')"_s,
                                     {providerId});
    json.insert(u"marketInstances"_s, market.next() ? market.value(0).toLongLong() : 0);
    return json;
}

QList<QJsonObject> ProviderRegistry::activeLeasesOf(qint64 organizationId)
{
    // The market is opaque: nothing here says who bought (no organization,
    // user, name or address of the buyer).
    DbQuery query = m_database.exec(
        u"SELECT l.id, l.provider_id, p.name, p.pseudonym, l.instance_type_id, l.region_id, l.starts_at, l.ends_at, "
        "l.price_per_hour, l.currency, l.status, l.renewable_hours, l.renewed_hours, i.state, i.running_at "
        "FROM leases l JOIN providers p ON p.id = l.provider_id LEFT JOIN instances i ON i.lease_id = l.id "
        "WHERE p.organization_id = ? AND l.status IN ('pending', 'active') ORDER BY l.ends_at, l.id LIMIT ?"_s,
        {organizationId, kMaxSellerLeases});
    QList<QJsonObject> leases;
    while (query.next()) {
        leases.append(QJsonObject{
            {u"id"_s, query.value(0).toLongLong()},
            {u"providerId"_s, query.value(1).toLongLong()},
            {u"providerName"_s, query.value(2).toString()},
            {u"pseudonym"_s, query.value(3).toString()},
            {u"instanceType"_s, query.value(4).toString()},
            {u"region"_s, query.value(5).toString()},
            {u"startsAt"_s, timeOrNull(query.value(6))},
            {u"endsAt"_s, timeOrNull(query.value(7))},
            {u"pricePerHour"_s, query.value(8).toLongLong()},
            {u"currency"_s, query.value(9).toString()},
            {u"status"_s, query.value(10).toString()},
            {u"renewableHours"_s, query.value(11).toLongLong()},
            {u"renewedHours"_s, query.value(12).toLongLong()},
            {u"instanceState"_s,
             query.value(13).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(query.value(13).toString())},
            {u"runningSince"_s, timeOrNull(query.value(14))},
        });
    }
    return leases;
}

QList<QJsonObject> ProviderRegistry::providersOf(qint64 organizationId)
{
    QList<qint64> ids;
    DbQuery query = m_database.exec(u"SELECT id FROM providers WHERE organization_id = ? ORDER BY id"_s,
                                    {organizationId});
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QList<QJsonObject> providers;
    for (qint64 id : ids)
        providers.append(describe(id));
    return providers;
}

} // namespace sc::broker
