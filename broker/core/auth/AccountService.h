#pragma once

#include "core/auth/PasswordHasher.h"
#include "core/auth/Principal.h"
#include "core/auth/Role.h"
#include "protocol/AccountDto.h"
#include "protocol/Expected.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <chrono>
#include <optional>

namespace sc::broker {

class AuditLog;
class Clock;
class Database;

// Accounts and credentials: registration (sellers wait for an operator),
// login with lockout, sessions and API keys stored only as digests,
// password changes, logout everywhere, approvals and role changes. Every
// change that spans tables is one transaction; every security event goes to
// the audit log.
class AccountService
{
public:
    struct Limits
    {
        int maxFailedLogins = 5;
        std::chrono::seconds lockout{15 * 60};
        std::chrono::seconds sessionLifetime{12 * 3600};
        std::chrono::seconds rememberedSessionLifetime{30 * 24 * 3600};
        int maxApiKeysPerUser = 50;
    };

    struct Registration
    {
        QString email;
        QString password;
        QString displayName;
        QString organizationName;
        QString countryCode;
        Role role = Role::Buyer;
    };

    // The wire types are the protocol's; the service speaks them directly.
    using UserView = protocol::UserInfo;
    using Session = protocol::SessionInfo;
    using ApiKeyView = protocol::ApiKeyInfo;
    using OrganizationView = protocol::OrganizationInfo;

    AccountService(Database &database, const Clock &clock, AuditLog &audit, PasswordHasher hasher, Limits limits);

    // Validates and creates an organization with its first user. Buyers are
    // active at once; sellers wait for an operator's approval.
    protocol::Expected<UserView> registerAccount(const Registration &registration, const QString &address);
    // For the command line and the demo: no validation of the password's
    // strength beyond the basics, organization active at once.
    protocol::Expected<UserView> createActiveAccount(const Registration &registration);

    protocol::Expected<Session> login(const QString &email, const QString &password, bool remember,
                                      const QString &address);
    // A session for a user the caller may already act as (embedded broker,
    // demo switching); no password.
    protocol::Expected<Session> openSession(qint64 userId, const QString &address);

    // Checks a bearer credential (session token or API key).
    protocol::Expected<Principal> authenticate(QByteArrayView bearer);

    void logout(const Principal &principal, const QString &address);
    // Revokes every session and API key of the user.
    void logoutEverywhere(const Principal &principal, const QString &address);
    // Keeps the calling session, revokes the user's other sessions.
    std::optional<protocol::ApiError> changePassword(const Principal &principal, const QString &currentPassword,
                                                     const QString &newPassword, const QString &address);

    protocol::Expected<std::pair<ApiKeyView, QByteArray>> createApiKey(const Principal &principal, const QString &name,
                                                                       const QStringList &scopes,
                                                                       std::optional<int> expiresInDays,
                                                                       const QString &address);
    QList<ApiKeyView> apiKeys(const Principal &principal);
    // False when the caller has no such key (another user's key included).
    bool revokeApiKey(const Principal &principal, qint64 keyId, const QString &address);

    std::optional<UserView> user(qint64 userId);
    std::optional<UserView> userByEmail(const QString &email);
    QList<OrganizationView> organizations(const QString &status);
    std::optional<protocol::ApiError> approveOrganization(const Principal &operatorPrincipal, qint64 organizationId,
                                                          const QString &address);
    std::optional<protocol::ApiError> changeRole(const Principal &operatorPrincipal, qint64 userId, Role role,
                                                 const QString &address);

    static std::optional<protocol::ApiError> checkPasswordStrength(const QString &password, const QString &email);

    // Credentials looked up recently are answered from memory; every change
    // made here (logout, revocation, password, role, approval) forgets them at
    // once. Another broker process sharing the database is seen within this:
    static constexpr qint64 kCredentialCacheMs = 5'000;

private:
    // What authenticate needs to know about one session or API key.
    struct Credential
    {
        Principal principal;
        std::optional<qint64> expiresAt;
        std::optional<qint64> revokedAt;
        std::optional<qint64> lastUsedAt;
        QString organizationStatus;
        qint64 readAt = 0;
    };
    std::optional<Credential> readCredential(const QByteArray &hash, bool isApiKey);
    void forgetCredentials() { m_credentials.clear(); }

    protocol::Expected<UserView> insertAccount(const Registration &registration, const QString &status);
    Session newSession(const UserView &user, std::chrono::seconds lifetime, const QString &address);
    std::optional<UserView> readUser(const QString &where, const QVariant &value);
    qint64 nowMs() const;

    Database &m_database;
    const Clock &m_clock;
    AuditLog &m_audit;
    PasswordHasher m_hasher;
    Limits m_limits;
    QString m_dummyHash;                         // verified against for unknown emails, so timing tells nothing
    QHash<QByteArray, Credential> m_credentials; // by token digest
};

} // namespace sc::broker
