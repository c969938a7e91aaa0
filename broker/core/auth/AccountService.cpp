#include "core/auth/AccountService.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/auth/AuditLog.h"
#include "core/auth/Secrets.h"
#include "core/store/Database.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace sc::broker {

namespace {

constexpr qsizetype kMaxEmailLength = 254;
constexpr qsizetype kMinPasswordLength = 10;
constexpr qsizetype kMaxPasswordLength = 256;
constexpr qsizetype kMaxNameLength = 100;
constexpr QByteArrayView kApiKeyPrefix = "sck_";
constexpr qsizetype kShownPrefixLength = 12;
// An API key's last use is written at most this often, not on every request.
constexpr qint64 kLastUsedResolutionMs = 60'000;
constexpr qsizetype kMaxCachedCredentials = 10'000;

ApiError invalid(const QString &field, const QString &message)
{
    return ApiError{ErrorCode::ValidationFailed, message, QJsonObject{{u"field"_s, field}}, {}};
}

ApiError wrongCredentials()
{
    return ApiError{ErrorCode::Unauthorized, u"Wrong email or password."_s, {}, {}};
}

ApiError unauthorized(const QString &reason, const QString &message)
{
    return ApiError{ErrorCode::Unauthorized, message, QJsonObject{{u"reason"_s, reason}}, {}};
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QVariant nullableMs(std::optional<qint64> ms)
{
    return ms ? QVariant(*ms) : QVariant(QMetaType(QMetaType::LongLong));
}

const QString kUserColumns = u"u.id, u.email, u.display_name, u.role, u.organization_id, o.name, o.status, "
                             "o.country_code FROM users u JOIN organizations o ON o.id = u.organization_id"_s;

AccountService::UserView userFrom(const DbQuery &query)
{
    AccountService::UserView user;
    user.id = query.value(0).toLongLong();
    user.email = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.role = query.value(3).toString();
    user.organization.id = query.value(4).toLongLong();
    user.organization.name = query.value(5).toString();
    user.organization.kind = user.role;
    user.organization.status = query.value(6).toString();
    user.organization.countryCode = query.value(7).toString();
    return user;
}

} // namespace

AccountService::AccountService(Database &database, const Clock &clock, AuditLog &audit, PasswordHasher hasher,
                               Limits limits)
    : m_database(database)
    , m_clock(clock)
    , m_audit(audit)
    , m_hasher(hasher)
    , m_limits(limits)
    , m_dummyHash(m_hasher.hash(QString::fromLatin1(Secrets::newToken())))
{
}

qint64 AccountService::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

std::optional<ApiError> AccountService::checkPasswordStrength(const QString &password, const QString &email)
{
    if (password.size() < kMinPasswordLength)
        return invalid(u"password"_s, u"The password must have at least %1 characters."_s.arg(kMinPasswordLength));
    if (password.size() > kMaxPasswordLength)
        return invalid(u"password"_s, u"The password must have at most %1 characters."_s.arg(kMaxPasswordLength));
    if (password.compare(email, Qt::CaseInsensitive) == 0)
        return invalid(u"password"_s, u"The password must not be the email address."_s);
    return std::nullopt;
}

protocol::Expected<AccountService::UserView> AccountService::registerAccount(const Registration &registration,
                                                                             const QString &address)
{
    if (registration.role == Role::Operator)
        return invalid(u"role"_s, u"Operator accounts cannot be registered; an operator grants that role."_s);
    if (auto weak = checkPasswordStrength(registration.password, registration.email))
        return *weak;
    const QString status = registration.role == Role::Seller ? u"pending"_s : u"active"_s;
    auto user = insertAccount(registration, status);
    if (user) {
        m_audit.record(u"account.registered"_s,
                       user->id,
                       user->organization.id,
                       user->email,
                       address,
                       QJsonObject{{u"role"_s, user->role}, {u"status"_s, status}});
    }
    return user;
}

protocol::Expected<AccountService::UserView> AccountService::createActiveAccount(const Registration &registration)
{
    if (registration.password.size() > kMaxPasswordLength)
        return invalid(u"password"_s, u"The password is too long."_s);
    auto user = insertAccount(registration, u"active"_s);
    if (user) {
        m_audit.record(u"account.created"_s,
                       std::nullopt,
                       user->organization.id,
                       user->email,
                       {},
                       QJsonObject{{u"role"_s, user->role}});
    }
    return user;
}

protocol::Expected<AccountService::UserView> AccountService::insertAccount(const Registration &registration,
                                                                           const QString &status)
{
    static const QRegularExpression emailPattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    const QString email = registration.email.trimmed();
    if (email.size() > kMaxEmailLength || !emailPattern.match(email).hasMatch())
        return invalid(u"email"_s, u"Enter a valid email address."_s);
    const QString displayName = registration.displayName.trimmed();
    if (displayName.isEmpty() || displayName.size() > kMaxNameLength)
        return invalid(u"displayName"_s, u"The name must have 1 to %1 characters."_s.arg(kMaxNameLength));
    const QString organizationName = registration.organizationName.trimmed();
    if (organizationName.isEmpty() || organizationName.size() > kMaxNameLength)
        return invalid(u"organizationName"_s,
                       u"The organization name must have 1 to %1 characters."_s.arg(kMaxNameLength));
    static const QRegularExpression countryPattern(u"^[A-Z]{2}$"_s);
    const QString country = registration.countryCode.toUpper();
    if (!countryPattern.match(country).hasMatch())
        return invalid(u"countryCode"_s, u"The country must be a two-letter ISO code, for example DE."_s);
    for (const QChar c : QString(displayName + organizationName)) {
        if (c.category() == QChar::Other_Control)
            return invalid(u"displayName"_s, u"Names must not contain control characters."_s);
    }

    const QString hash = m_hasher.hash(registration.password);
    Transaction transaction(m_database);
    if (m_database.exec(u"SELECT 1 FROM users WHERE lower(email) = lower(?)"_s, {email}).next())
        return ApiError{ErrorCode::Conflict,
                        u"An account with this email address exists already."_s,
                        QJsonObject{{u"field"_s, u"email"_s}},
                        {}};
    if (m_database.exec(u"SELECT 1 FROM organizations WHERE lower(name) = lower(?)"_s, {organizationName}).next())
        return ApiError{ErrorCode::Conflict,
                        u"An organization with this name exists already."_s,
                        QJsonObject{{u"field"_s, u"organizationName"_s}},
                        {}};
    const qint64 now = nowMs();
    const QVariant organizationId =
        m_database
            .exec(u"INSERT INTO organizations (name, kind, status, country_code, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                  {organizationName, roleName(registration.role), status, country, now})
            .lastInsertId();
    m_database.exec(u"INSERT INTO users (organization_id, email, display_name, role, password_hash, created_at, "
                    "password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                    {organizationId, email, displayName, roleName(registration.role), hash, now, now});
    transaction.commit();
    return *userByEmail(email);
}

std::optional<AccountService::UserView> AccountService::readUser(const QString &where, const QVariant &value)
{
    DbQuery query = m_database.exec(u"SELECT "_s + kUserColumns + u" WHERE "_s + where, {value});
    if (!query.next())
        return std::nullopt;
    return userFrom(query);
}

std::optional<AccountService::UserView> AccountService::user(qint64 userId)
{
    return readUser(u"u.id = ?"_s, userId);
}

std::optional<AccountService::UserView> AccountService::userByEmail(const QString &email)
{
    return readUser(u"lower(u.email) = lower(?)"_s, email.trimmed());
}

protocol::Expected<AccountService::Session> AccountService::login(const QString &email, const QString &password,
                                                                  bool remember, const QString &address)
{
    DbQuery query = m_database.exec(
        u"SELECT id, password_hash, failed_logins, locked_until FROM users WHERE lower(email) = lower(?)"_s,
        {email.trimmed()});
    if (!query.next()) {
        m_hasher.verify(password, m_dummyHash);
        m_audit.record(u"login.failed"_s,
                       std::nullopt,
                       std::nullopt,
                       email.left(kMaxEmailLength),
                       address,
                       QJsonObject{{u"reason"_s, u"unknown email"_s}});
        return wrongCredentials();
    }
    const qint64 userId = query.value(0).toLongLong();
    const QString storedHash = query.value(1).toString();
    const int failedLogins = query.value(2).toInt();
    const qint64 lockedUntil = query.value(3).toLongLong();
    const qint64 now = nowMs();

    if (lockedUntil > now) {
        const qint64 seconds = (lockedUntil - now + 999) / 1000;
        return ApiError{ErrorCode::RateLimited,
                        u"Too many failed logins. Try again in %1 minutes."_s.arg((seconds + 59) / 60),
                        QJsonObject{{u"retryAfterSeconds"_s, seconds}, {u"reason"_s, u"locked"_s}},
                        {}};
    }

    const auto account = user(userId);
    if (!m_hasher.verify(password, storedHash)) {
        const int failures = failedLogins + 1;
        if (failures >= m_limits.maxFailedLogins) {
            const qint64 until = now + qint64(m_limits.lockout.count()) * 1000;
            m_database.exec(u"UPDATE users SET failed_logins = 0, locked_until = ? WHERE id = ?"_s, {until, userId});
            m_audit.record(u"login.locked"_s,
                           userId,
                           account->organization.id,
                           account->email,
                           address,
                           QJsonObject{{u"lockedUntil"_s, iso(until)}});
        } else {
            m_database.exec(u"UPDATE users SET failed_logins = ? WHERE id = ?"_s, {failures, userId});
        }
        m_audit.record(u"login.failed"_s,
                       userId,
                       account->organization.id,
                       account->email,
                       address,
                       QJsonObject{{u"reason"_s, u"wrong password"_s}});
        return wrongCredentials();
    }

    if (account->organization.status == u"pending"_s) {
        return ApiError{ErrorCode::Forbidden,
                        u"Your seller account is waiting for an operator's approval."_s,
                        QJsonObject{{u"reason"_s, u"pending_approval"_s}},
                        {}};
    }
    if (account->organization.status == u"suspended"_s) {
        return ApiError{ErrorCode::Forbidden,
                        u"Your organization is suspended. Contact the broker's operator."_s,
                        QJsonObject{{u"reason"_s, u"suspended"_s}},
                        {}};
    }

    Transaction transaction(m_database);
    m_database.exec(u"UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = ?"_s, {userId});
    if (m_hasher.needsRehash(storedHash)) {
        m_database.exec(u"UPDATE users SET password_hash = ? WHERE id = ?"_s, {m_hasher.hash(password), userId});
        qCInfo(lcAuth) << "rehashed the password of user" << userId << "with stronger parameters";
    }
    Session session = newSession(
        *account, remember ? m_limits.rememberedSessionLifetime : m_limits.sessionLifetime, address);
    m_audit.record(u"login.succeeded"_s, userId, account->organization.id, account->email, address);
    transaction.commit();
    return session;
}

protocol::Expected<AccountService::Session> AccountService::openSession(qint64 userId, const QString &address)
{
    const auto account = user(userId);
    if (!account)
        return ApiError{ErrorCode::NotFound, u"There is no such user."_s, {}, {}};
    Transaction transaction(m_database);
    Session session = newSession(*account, m_limits.sessionLifetime, address);
    m_audit.record(u"login.embedded"_s, userId, account->organization.id, account->email, address);
    transaction.commit();
    return session;
}

AccountService::Session AccountService::newSession(const UserView &user, std::chrono::seconds lifetime,
                                                   const QString &address)
{
    Session session;
    session.token = Secrets::newToken();
    const qint64 now = nowMs();
    const qint64 expires = now + qint64(lifetime.count()) * 1000;
    m_database.exec(
        u"INSERT INTO sessions (user_id, token_hash, created_at, expires_at, address) VALUES (?, ?, ?, ?, ?)"_s,
        {user.id, Secrets::digest(session.token), now, expires, address});
    session.expiresAt = QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC);
    session.user = user;
    return session;
}

std::optional<AccountService::Credential> AccountService::readCredential(const QByteArray &hash, bool isApiKey)
{
    Credential credential;
    Principal &principal = credential.principal;
    if (isApiKey) {
        DbQuery query = m_database.exec(
            u"SELECT k.id, k.scopes, k.expires_at, k.revoked_at, k.last_used_at, u.id, u.organization_id, u.role, "
            "u.email, o.status FROM api_keys k JOIN users u ON u.id = k.user_id "
            "JOIN organizations o ON o.id = u.organization_id WHERE k.key_hash = ?"_s,
            {hash});
        if (!query.next())
            return std::nullopt;
        principal.via = Principal::Via::ApiKey;
        principal.credentialId = query.value(0).toLongLong();
        const QStringList scopes = query.value(1).toString().split(u' ', Qt::SkipEmptyParts);
        principal.scopes = QSet<QString>(scopes.cbegin(), scopes.cend());
        if (!query.value(2).isNull())
            credential.expiresAt = query.value(2).toLongLong();
        if (!query.value(3).isNull())
            credential.revokedAt = query.value(3).toLongLong();
        if (!query.value(4).isNull())
            credential.lastUsedAt = query.value(4).toLongLong();
        principal.userId = query.value(5).toLongLong();
        principal.organizationId = query.value(6).toLongLong();
        principal.role = roleFromName(query.value(7).toString()).value_or(Role::Buyer);
        principal.email = query.value(8).toString();
        credential.organizationStatus = query.value(9).toString();
        // A key never holds more than its user's role allows now.
        principal.scopes.intersect(Scopes::forRole(principal.role));
    } else {
        DbQuery query = m_database.exec(
            u"SELECT s.id, s.expires_at, s.revoked_at, u.id, u.organization_id, u.role, u.email, o.status "
            "FROM sessions s JOIN users u ON u.id = s.user_id JOIN organizations o ON o.id = u.organization_id "
            "WHERE s.token_hash = ?"_s,
            {hash});
        if (!query.next())
            return std::nullopt;
        principal.via = Principal::Via::Session;
        principal.credentialId = query.value(0).toLongLong();
        credential.expiresAt = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            credential.revokedAt = query.value(2).toLongLong();
        principal.userId = query.value(3).toLongLong();
        principal.organizationId = query.value(4).toLongLong();
        principal.role = roleFromName(query.value(5).toString()).value_or(Role::Buyer);
        principal.email = query.value(6).toString();
        credential.organizationStatus = query.value(7).toString();
        principal.scopes = Scopes::forRole(principal.role);
    }
    return credential;
}

protocol::Expected<Principal> AccountService::authenticate(QByteArrayView bearer)
{
    if (bearer.isEmpty())
        return unauthorized(u"missing"_s, u"Log in first."_s);
    const qint64 now = nowMs();
    const bool isKey = bearer.startsWith(kApiKeyPrefix);
    const QByteArray hash = Secrets::digest(bearer);

    auto cached = m_credentials.find(hash);
    if (cached != m_credentials.end() && (now < cached->readAt || now - cached->readAt >= kCredentialCacheMs)) {
        m_credentials.erase(cached);
        cached = m_credentials.end();
    }
    if (cached == m_credentials.end()) {
        auto credential = readCredential(hash, isKey);
        if (!credential) {
            return unauthorized(
                u"invalid"_s, isKey ? u"This API key is not valid."_s : u"Your session is not valid. Log in again."_s);
        }
        // Bounded: a flood of distinct valid credentials only costs lookups.
        if (m_credentials.size() >= kMaxCachedCredentials)
            m_credentials.clear();
        credential->readAt = now;
        cached = m_credentials.insert(hash, std::move(*credential));
    }
    Credential &credential = cached.value();

    if (credential.revokedAt)
        return unauthorized(u"revoked"_s,
                            isKey ? u"This API key was revoked."_s : u"Your session was ended. Log in again."_s);
    if (credential.expiresAt && *credential.expiresAt <= now)
        return unauthorized(isKey ? u"key_expired"_s : u"session_expired"_s,
                            isKey ? u"This API key has expired."_s : u"Your session has expired. Log in again."_s);
    if (credential.organizationStatus != u"active"_s)
        return ApiError{ErrorCode::Forbidden,
                        u"Your organization is not active."_s,
                        QJsonObject{{u"reason"_s, credential.organizationStatus}},
                        {}};
    if (isKey && (!credential.lastUsedAt || now - *credential.lastUsedAt > kLastUsedResolutionMs)) {
        m_database.exec(u"UPDATE api_keys SET last_used_at = ? WHERE id = ?"_s,
                        {now, credential.principal.credentialId});
        credential.lastUsedAt = now;
    }
    return credential.principal;
}

void AccountService::logout(const Principal &principal, const QString &address)
{
    forgetCredentials();
    if (principal.via != Principal::Via::Session)
        return;
    m_database.exec(u"UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"_s,
                    {nowMs(), principal.credentialId});
    m_audit.record(u"logout"_s, principal.userId, principal.organizationId, principal.email, address);
}

void AccountService::logoutEverywhere(const Principal &principal, const QString &address)
{
    forgetCredentials();
    const qint64 now = nowMs();
    Transaction transaction(m_database);
    m_database.exec(u"UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"_s,
                    {now, principal.userId});
    m_database.exec(u"UPDATE api_keys SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"_s,
                    {now, principal.userId});
    m_audit.record(u"logout.everywhere"_s, principal.userId, principal.organizationId, principal.email, address);
    transaction.commit();
}

std::optional<ApiError> AccountService::changePassword(const Principal &principal, const QString &currentPassword,
                                                       const QString &newPassword, const QString &address)
{
    forgetCredentials();
    DbQuery query = m_database.exec(u"SELECT password_hash FROM users WHERE id = ?"_s, {principal.userId});
    if (!query.next() || !m_hasher.verify(currentPassword, query.value(0).toString())) {
        m_audit.record(
            u"password.change_failed"_s, principal.userId, principal.organizationId, principal.email, address);
        return ApiError{ErrorCode::Unauthorized,
                        u"The current password is wrong."_s,
                        QJsonObject{{u"field"_s, u"currentPassword"_s}},
                        {}};
    }
    if (auto weak = checkPasswordStrength(newPassword, principal.email))
        return weak;
    const qint64 now = nowMs();
    Transaction transaction(m_database);
    m_database.exec(u"UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?"_s,
                    {m_hasher.hash(newPassword), now, principal.userId});
    m_database.exec(u"UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND id <> ? AND revoked_at IS NULL"_s,
                    {now, principal.userId, principal.via == Principal::Via::Session ? principal.credentialId : 0});
    m_audit.record(u"password.changed"_s, principal.userId, principal.organizationId, principal.email, address);
    transaction.commit();
    return std::nullopt;
}

protocol::Expected<std::pair<AccountService::ApiKeyView, QByteArray>> AccountService::createApiKey(
    const Principal &principal, const QString &name, const QStringList &scopes, std::optional<int> expiresInDays,
    const QString &address)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength)
        return invalid(u"name"_s, u"The key's name must have 1 to %1 characters."_s.arg(kMaxNameLength));
    if (scopes.isEmpty())
        return invalid(u"scopes"_s, u"Choose at least one scope for the key."_s);
    const QSet<QString> allowed = Scopes::forRole(principal.role);
    for (const QString &scope : scopes) {
        if (scope == Scopes::kAccount)
            return invalid(u"scopes"_s, u"API keys cannot manage accounts or keys."_s);
        if (!allowed.contains(scope))
            return invalid(u"scopes"_s, u"Your role cannot grant the scope '%1'."_s.arg(scope.left(64)));
    }
    DbQuery count = m_database.exec(u"SELECT COUNT(*) FROM api_keys WHERE user_id = ? AND revoked_at IS NULL"_s,
                                    {principal.userId});
    if (count.next() && count.value(0).toInt() >= m_limits.maxApiKeysPerUser)
        return ApiError{
            ErrorCode::Conflict,
            u"You have %1 active API keys, the most allowed. Revoke one first."_s.arg(m_limits.maxApiKeysPerUser),
            {},
            {}};

    QStringList sortedScopes = scopes;
    sortedScopes.sort();
    sortedScopes.removeDuplicates();
    const QByteArray key = Secrets::newToken(kApiKeyPrefix);
    const qint64 now = nowMs();
    const std::optional<qint64> expires = expiresInDays
                                              ? std::optional<qint64>(now + qint64(*expiresInDays) * 86'400'000)
                                              : std::nullopt;
    const QString prefix = QString::fromLatin1(key.left(kShownPrefixLength));
    Transaction transaction(m_database);
    const qint64 id = m_database
                          .exec(
                              u"INSERT INTO api_keys (user_id, name, prefix, key_hash, scopes, created_at, expires_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                              {principal.userId,
                               trimmed,
                               prefix,
                               Secrets::digest(key),
                               sortedScopes.join(u' '),
                               now,
                               nullableMs(expires)})
                          .lastInsertId()
                          .toLongLong();
    m_audit.record(u"api_key.created"_s,
                   principal.userId,
                   principal.organizationId,
                   prefix,
                   address,
                   QJsonObject{{u"keyId"_s, id}, {u"scopes"_s, QJsonArray::fromStringList(sortedScopes)}});
    transaction.commit();

    ApiKeyView view;
    view.id = id;
    view.name = trimmed;
    view.prefix = prefix;
    view.scopes = sortedScopes;
    view.createdAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    if (expires)
        view.expiresAt = QDateTime::fromMSecsSinceEpoch(*expires, Qt::UTC);
    return std::pair{view, key};
}

QList<AccountService::ApiKeyView> AccountService::apiKeys(const Principal &principal)
{
    DbQuery query = m_database.exec(u"SELECT id, name, prefix, scopes, created_at, expires_at, last_used_at, "
                                    "revoked_at FROM api_keys WHERE user_id = ? ORDER BY id"_s,
                                    {principal.userId});
    QList<ApiKeyView> keys;
    while (query.next()) {
        ApiKeyView view;
        view.id = query.value(0).toLongLong();
        view.name = query.value(1).toString();
        view.prefix = query.value(2).toString();
        view.scopes = query.value(3).toString().split(u' ', Qt::SkipEmptyParts);
        view.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
        if (!query.value(5).isNull())
            view.expiresAt = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
        if (!query.value(6).isNull())
            view.lastUsedAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
        view.revoked = !query.value(7).isNull();
        keys.append(view);
    }
    return keys;
}

bool AccountService::revokeApiKey(const Principal &principal, qint64 keyId, const QString &address)
{
    forgetCredentials();
    // Looked up through its owner: another user's key is "not found", exactly like a missing one.
    DbQuery owned = m_database.exec(u"SELECT prefix FROM api_keys WHERE id = ? AND user_id = ?"_s,
                                    {keyId, principal.userId});
    if (!owned.next())
        return false;
    m_database.exec(u"UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?"_s, {nowMs(), keyId});
    m_audit.record(u"api_key.revoked"_s,
                   principal.userId,
                   principal.organizationId,
                   owned.value(0).toString(),
                   address,
                   QJsonObject{{u"keyId"_s, keyId}});
    return true;
}

QList<AccountService::OrganizationView> AccountService::organizations(const QString &status)
{
    DbQuery query = m_database.exec(u"SELECT id, name, kind, status, country_code, created_at FROM organizations "
                                    "WHERE ? = '' OR status = ? ORDER BY id"_s,
                                    {status, status});
    QList<OrganizationView> result;
    while (query.next()) {
        OrganizationView view;
        view.id = query.value(0).toLongLong();
        view.name = query.value(1).toString();
        view.kind = query.value(2).toString();
        view.status = query.value(3).toString();
        view.countryCode = query.value(4).toString();
        view.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
        result.append(view);
    }
    return result;
}

std::optional<ApiError> AccountService::approveOrganization(const Principal &operatorPrincipal, qint64 organizationId,
                                                            const QString &address)
{
    forgetCredentials();
    DbQuery query = m_database.exec(u"SELECT status, name FROM organizations WHERE id = ?"_s, {organizationId});
    if (!query.next())
        return ApiError{ErrorCode::NotFound, u"There is no such organization."_s, {}, {}};
    if (query.value(0).toString() == u"active"_s)
        return ApiError{ErrorCode::Conflict, u"This organization is active already."_s, {}, {}};
    Transaction transaction(m_database);
    m_database.exec(u"UPDATE organizations SET status = 'active' WHERE id = ?"_s, {organizationId});
    m_audit.record(
        u"organization.approved"_s, operatorPrincipal.userId, organizationId, query.value(1).toString(), address);
    transaction.commit();
    return std::nullopt;
}

std::optional<ApiError> AccountService::changeRole(const Principal &operatorPrincipal, qint64 userId, Role role,
                                                   const QString &address)
{
    forgetCredentials();
    const auto target = user(userId);
    if (!target)
        return ApiError{ErrorCode::NotFound, u"There is no such user."_s, {}, {}};
    if (target->id == operatorPrincipal.userId && role != Role::Operator)
        return ApiError{ErrorCode::Conflict, u"Operators cannot take their own operator role away."_s, {}, {}};
    if (target->role == roleName(role))
        return std::nullopt;
    Transaction transaction(m_database);
    m_database.exec(u"UPDATE users SET role = ? WHERE id = ?"_s, {roleName(role), userId});
    // Sessions carry the role's scopes: end them so the change takes effect now.
    m_database.exec(u"UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"_s,
                    {nowMs(), userId});
    m_audit.record(u"user.role_changed"_s,
                   operatorPrincipal.userId,
                   target->organization.id,
                   target->email,
                   address,
                   QJsonObject{{u"from"_s, target->role}, {u"to"_s, roleName(role)}});
    transaction.commit();
    return std::nullopt;
}

} // namespace sc::broker
