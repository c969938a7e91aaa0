// AccountService, PasswordHasher, SecretBox and RateLimiter without sockets:
// a real SQLite database in memory and a clock the test moves.
#include "core/Clock.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuditLog.h"
#include "core/auth/PasswordHasher.h"
#include "core/auth/RateLimiter.h"
#include "core/auth/SecretBox.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"

#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::broker;
using sc::protocol::ErrorCode;

namespace {

const QString kPassword = u"correct horse battery"_s;

AccountService::Registration registration(const QString &email, Role role, const QString &organization)
{
    return AccountService::Registration{email, kPassword, u"Someone"_s, organization, u"DE"_s, role};
}

} // namespace

class tst_Accounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void registrationValidates_data();
    void registrationValidates();
    void duplicateEmailIsConflict();
    void sellerWaitsForApproval();
    void wrongPasswordSaysNothingMore();
    void lockoutAfterRepeatedFailures();
    void sessionExpires();
    void rememberMeLastsLonger();
    void logoutRevokesOnlyThatSession();
    void revocationByAnotherBrokerIsSeenSoon();
    void logoutEverywhereRevokesKeysToo();
    void passwordChangeEndsOtherSessions();
    void apiKeysCarryOnlyTheirScopes();
    void apiKeyLimits();
    void revokeOthersKeyIsNotFound();
    void roleChangeTakesEffectAtOnce();
    void storedSecretsAreDigests();
    void rehashWhenParametersRise();
    void auditRecordsSecurityEvents();
    void secretBoxSealsAndDetectsTampering();
    void keyFileIsPrivate();
    void rateLimiterRefills();
    void rateLimiterMemoryIsBounded();

private:
    std::unique_ptr<AccountService> makeService(PasswordHasher::Parameters parameters);
    Principal principalFor(const QByteArray &token);

    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AccountService> m_accounts;
};

std::unique_ptr<AccountService> tst_Accounts::makeService(PasswordHasher::Parameters parameters)
{
    AccountService::Limits limits;
    limits.maxFailedLogins = 3;
    limits.lockout = std::chrono::seconds(600);
    limits.sessionLifetime = std::chrono::seconds(3600);
    limits.rememberedSessionLifetime = std::chrono::seconds(30 * 86400);
    limits.maxApiKeysPerUser = 3;
    return std::make_unique<AccountService>(*m_database, m_clock, *m_audit, PasswordHasher(parameters), limits);
}

void tst_Accounts::init()
{
    m_database = std::make_unique<Database>(u":memory:"_s);
    m_database->open();
    Migrations::migrate(*m_database);
    m_audit = std::make_unique<AuditLog>(*m_database, m_clock);
    m_accounts = makeService(PasswordHasher::fastParametersForTests());
}

void tst_Accounts::cleanup()
{
    m_accounts.reset();
    m_audit.reset();
    m_database.reset();
}

Principal tst_Accounts::principalFor(const QByteArray &token)
{
    auto principal = m_accounts->authenticate(token);
    if (!principal)
        qWarning() << principal.error().message;
    return principal ? *principal : Principal{};
}

void tst_Accounts::registrationValidates_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("field");
    QTest::newRow("bad email") << u"not-an-email"_s << kPassword << u"Org"_s << u"DE"_s << u"email"_s;
    QTest::newRow("short password") << u"a@b.example"_s << u"short"_s << u"Org"_s << u"DE"_s << u"password"_s;
    QTest::newRow("password is email") << u"someone@b.example"_s << u"Someone@B.example"_s << u"Org"_s << u"DE"_s
                                       << u"password"_s;
    QTest::newRow("empty org") << u"a@b.example"_s << kPassword << u"  "_s << u"DE"_s << u"organizationName"_s;
    QTest::newRow("control chars") << u"a@b.example"_s << kPassword << u"Org\u0007"_s << u"DE"_s << u"displayName"_s;
    QTest::newRow("country") << u"a@b.example"_s << kPassword << u"Org"_s << u"D1"_s << u"countryCode"_s;
}

void tst_Accounts::registrationValidates()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(QString, organization);
    QFETCH(QString, country);
    QFETCH(QString, field);
    const auto result = m_accounts->registerAccount({email, password, u"Someone"_s, organization, country, Role::Buyer},
                                                    u"127.0.0.1"_s);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::ValidationFailed);
    QCOMPARE(result.error().details.value(u"field"_s).toString(), field);
    QVERIFY(m_accounts->organizations({}).isEmpty());
}

void tst_Accounts::duplicateEmailIsConflict()
{
    QVERIFY(m_accounts->registerAccount(registration(u"ann@x.example"_s, Role::Buyer, u"A"_s), {}));
    const auto again = m_accounts->registerAccount(registration(u"ANN@x.example"_s, Role::Buyer, u"B"_s), {});
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    // Nothing half-made: the second organization was not kept.
    QCOMPARE(m_accounts->organizations({}).size(), 1);
    const auto operatorSignup = m_accounts->registerAccount(registration(u"op@x.example"_s, Role::Operator, u"O"_s),
                                                            {});
    QVERIFY(!operatorSignup);
}

void tst_Accounts::sellerWaitsForApproval()
{
    const auto seller = m_accounts->registerAccount(registration(u"sam@cloud.example"_s, Role::Seller, u"Cloud"_s), {});
    QVERIFY(seller);
    QCOMPARE(seller->organization.status, u"pending"_s);
    const auto refused = m_accounts->login(u"sam@cloud.example"_s, kPassword, false, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QCOMPARE(refused.error().details.value(u"reason"_s).toString(), u"pending_approval"_s);
    QCOMPARE(m_accounts->organizations(u"pending"_s).size(), 1);

    const auto op = m_accounts->createActiveAccount(registration(u"op@x.example"_s, Role::Operator, u"Ops"_s));
    const auto opSession = m_accounts->login(u"op@x.example"_s, kPassword, false, {});
    QVERIFY(opSession);
    QVERIFY(!m_accounts->approveOrganization(principalFor(opSession->token), seller->organization.id, {}));
    QVERIFY(m_accounts->login(u"sam@cloud.example"_s, kPassword, false, {}));
    QCOMPARE(m_accounts->approveOrganization(principalFor(opSession->token), seller->organization.id, {})->code,
             ErrorCode::Conflict);
}

void tst_Accounts::wrongPasswordSaysNothingMore()
{
    QVERIFY(m_accounts->registerAccount(registration(u"ann@x.example"_s, Role::Buyer, u"A"_s), {}));
    const auto wrong = m_accounts->login(u"ann@x.example"_s, u"wrong password!"_s, false, {});
    const auto unknown = m_accounts->login(u"nobody@x.example"_s, kPassword, false, {});
    QVERIFY(!wrong && !unknown);
    QCOMPARE(wrong.error().message, unknown.error().message);
    QCOMPARE(wrong.error().code, ErrorCode::Unauthorized);
}

void tst_Accounts::lockoutAfterRepeatedFailures()
{
    QVERIFY(m_accounts->registerAccount(registration(u"ann@x.example"_s, Role::Buyer, u"A"_s), {}));
    for (int i = 0; i < 3; ++i)
        QVERIFY(!m_accounts->login(u"ann@x.example"_s, u"wrong password!"_s, false, {}));
    // Locked: even the right password is refused, with when to retry.
    const auto locked = m_accounts->login(u"ann@x.example"_s, kPassword, false, {});
    QVERIFY(!locked);
    QCOMPARE(locked.error().code, ErrorCode::RateLimited);
    QCOMPARE(locked.error().details.value(u"retryAfterSeconds"_s).toInt(), 600);
    QVERIFY(locked.error().message.contains(u"10 minutes"_s));

    m_clock.advance(599'000);
    QVERIFY(!m_accounts->login(u"ann@x.example"_s, kPassword, false, {}));
    m_clock.advance(1'000);
    QVERIFY(m_accounts->login(u"ann@x.example"_s, kPassword, false, {}));
    // A success resets the count.
    QVERIFY(!m_accounts->login(u"ann@x.example"_s, u"wrong password!"_s, false, {}));
    QVERIFY(m_accounts->login(u"ann@x.example"_s, kPassword, false, {}));
}

void tst_Accounts::sessionExpires()
{
    QVERIFY(m_accounts->registerAccount(registration(u"ann@x.example"_s, Role::Buyer, u"A"_s), {}));
    const auto session = m_accounts->login(u"ann@x.example"_s, kPassword, false, {});
    QVERIFY(session);
    QVERIFY(session->token.size() >= 43);
    QCOMPARE(session->expiresAt, m_clock.now().addSecs(3600));
    QVERIFY(m_accounts->authenticate(session->token));
    m_clock.advance(3'600'000);
    const auto expired = m_accounts->authenticate(session->token);
    QVERIFY(!expired);
    QCOMPARE(expired.error().code, ErrorCode::Unauthorized);
    QCOMPARE(expired.error().details.value(u"reason"_s).toString(), u"session_expired"_s);
}

void tst_Accounts::rememberMeLastsLonger()
{
    QVERIFY(m_accounts->registerAccount(registration(u"ann@x.example"_s, Role::Buyer, u"A"_s), {}));
    const auto session = m_accounts->login(u"ann@x.example"_s, kPassword, true, {});
    m_clock.advance(29LL * 86'400'000);
    QVERIFY(m_accounts->authenticate(session->token));
}

void tst_Accounts::logoutRevokesOnlyThatSession()
{
    QVERIFY(m_accounts->registerAccount(registration(u"ann@x.example"_s, Role::Buyer, u"A"_s), {}));
    const auto laptop = m_accounts->login(u"ann@x.example"_s, kPassword, false, {});
    const auto desktop = m_accounts->login(u"ann@x.example"_s, kPassword, false, {});
    m_accounts->logout(principalFor(laptop->token), {});
    const auto revoked = m_accounts->authenticate(laptop->token);
    QVERIFY(!revoked);
    QCOMPARE(revoked.error().details.value(u"reason"_s).toString(), u"revoked"_s);
    QVERIFY(m_accounts->authenticate(desktop->token));
}

void tst_Accounts::revocationByAnotherBrokerIsSeenSoon()
{
    // Another broker process sharing the database ends a session: this one
    // remembers credentials for a few seconds at most.
    QVERIFY(m_accounts->registerAccount(registration(u"ann@x.example"_s, Role::Buyer, u"A"_s), {}));
    const auto session = m_accounts->login(u"ann@x.example"_s, kPassword, false, {});
    QVERIFY(m_accounts->authenticate(session->token));
    m_database->exec(u"UPDATE sessions SET revoked_at = 1"_s);
    m_clock.advance(AccountService::kCredentialCacheMs - 1);
    QVERIFY(m_accounts->authenticate(session->token));
    m_clock.advance(1);
    const auto refused = m_accounts->authenticate(session->token);
    QVERIFY(!refused);
    QCOMPARE(refused.error().details.value(u"reason"_s).toString(), u"revoked"_s);
}

void tst_Accounts::logoutEverywhereRevokesKeysToo()
{
    QVERIFY(m_accounts->registerAccount(registration(u"ann@x.example"_s, Role::Buyer, u"A"_s), {}));
    const auto first = m_accounts->login(u"ann@x.example"_s, kPassword, false, {});
    const auto second = m_accounts->login(u"ann@x.example"_s, kPassword, false, {});
    const auto key = m_accounts->createApiKey(principalFor(first->token), u"ci"_s, {Scopes::kMarketRead}, {}, {});
    QVERIFY(key);
    QVERIFY(m_accounts->authenticate(key->second));
    m_accounts->logoutEverywhere(principalFor(second->token), {});
    QVERIFY(!m_accounts->authenticate(first->token));
    QVERIFY(!m_accounts->authenticate(second->token));
    QVERIFY(!m_accounts->authenticate(key->second));
}

void tst_Accounts::passwordChangeEndsOtherSessions()
{
    QVERIFY(m_accounts->registerAccount(registration(u"ann@x.example"_s, Role::Buyer, u"A"_s), {}));
    const auto here = m_accounts->login(u"ann@x.example"_s, kPassword, false, {});
    const auto elsewhere = m_accounts->login(u"ann@x.example"_s, kPassword, false, {});
    const Principal me = principalFor(here->token);
    QCOMPARE(m_accounts->changePassword(me, u"not my password"_s, u"new password 123"_s, {})->code,
             ErrorCode::Unauthorized);
    QCOMPARE(m_accounts->changePassword(me, kPassword, u"short"_s, {})->code, ErrorCode::ValidationFailed);
    QVERIFY(!m_accounts->changePassword(me, kPassword, u"new password 123"_s, {}));
    QVERIFY(m_accounts->authenticate(here->token));
    QVERIFY(!m_accounts->authenticate(elsewhere->token));
    QVERIFY(!m_accounts->login(u"ann@x.example"_s, kPassword, false, {}));
    QVERIFY(m_accounts->login(u"ann@x.example"_s, u"new password 123"_s, false, {}));
}

void tst_Accounts::apiKeysCarryOnlyTheirScopes()
{
    QVERIFY(m_accounts->registerAccount(registration(u"ann@x.example"_s, Role::Buyer, u"A"_s), {}));
    const Principal me = principalFor(m_accounts->login(u"ann@x.example"_s, kPassword, false, {})->token);
    QVERIFY(me.hasScope(Scopes::kMarketTrade));
    QVERIFY(!me.hasScope(Scopes::kOperator));

    const auto key = m_accounts->createApiKey(me, u"read only"_s, {Scopes::kMarketRead, Scopes::kCatalogRead}, 30, {});
    QVERIFY(key);
    QVERIFY(key->second.startsWith("sck_"));
    QCOMPARE(key->first.prefix, QString::fromLatin1(key->second.left(12)));
    const auto viaKey = m_accounts->authenticate(key->second);
    QVERIFY(viaKey);
    QCOMPARE(viaKey->via, Principal::Via::ApiKey);
    QVERIFY(viaKey->hasScope(Scopes::kMarketRead));
    QVERIFY(!viaKey->hasScope(Scopes::kMarketTrade));
    QVERIFY(!viaKey->hasScope(Scopes::kAccount));

    QCOMPARE(m_accounts->createApiKey(me, u"x"_s, {Scopes::kOperator}, {}, {}).error().code,
             ErrorCode::ValidationFailed);
    QCOMPARE(m_accounts->createApiKey(me, u"x"_s, {Scopes::kAccount}, {}, {}).error().code,
             ErrorCode::ValidationFailed);
    QCOMPARE(m_accounts->createApiKey(me, u"x"_s, {}, {}, {}).error().code, ErrorCode::ValidationFailed);

    m_clock.advance(31LL * 86'400'000);
    const auto expired = m_accounts->authenticate(key->second);
    QVERIFY(!expired);
    QCOMPARE(expired.error().details.value(u"reason"_s).toString(), u"key_expired"_s);
}

void tst_Accounts::apiKeyLimits()
{
    QVERIFY(m_accounts->registerAccount(registration(u"ann@x.example"_s, Role::Buyer, u"A"_s), {}));
    const Principal me = principalFor(m_accounts->login(u"ann@x.example"_s, kPassword, false, {})->token);
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_accounts->createApiKey(me, u"k%1"_s.arg(i), {Scopes::kMarketRead}, {}, {}));
    const auto fourth = m_accounts->createApiKey(me, u"k4"_s, {Scopes::kMarketRead}, {}, {});
    QVERIFY(!fourth);
    QCOMPARE(fourth.error().code, ErrorCode::Conflict);
    QVERIFY(m_accounts->revokeApiKey(me, m_accounts->apiKeys(me).constFirst().id, {}));
    QVERIFY(m_accounts->createApiKey(me, u"k4"_s, {Scopes::kMarketRead}, {}, {}));
    QCOMPARE(m_accounts->apiKeys(me).size(), 4);
}

void tst_Accounts::revokeOthersKeyIsNotFound()
{
    QVERIFY(m_accounts->registerAccount(registration(u"ann@x.example"_s, Role::Buyer, u"A"_s), {}));
    QVERIFY(m_accounts->registerAccount(registration(u"bob@y.example"_s, Role::Buyer, u"B"_s), {}));
    const Principal ann = principalFor(m_accounts->login(u"ann@x.example"_s, kPassword, false, {})->token);
    const Principal bob = principalFor(m_accounts->login(u"bob@y.example"_s, kPassword, false, {})->token);
    const auto key = m_accounts->createApiKey(ann, u"ci"_s, {Scopes::kMarketRead}, {}, {});
    QVERIFY(!m_accounts->revokeApiKey(bob, key->first.id, {}));
    QVERIFY(m_accounts->apiKeys(bob).isEmpty());
    QVERIFY(m_accounts->authenticate(key->second));
    QVERIFY(!m_accounts->revokeApiKey(ann, key->first.id + 1000, {}));
}

void tst_Accounts::roleChangeTakesEffectAtOnce()
{
    const auto buyer = m_accounts->registerAccount(registration(u"ann@x.example"_s, Role::Buyer, u"A"_s), {});
    QVERIFY(m_accounts->createActiveAccount(registration(u"op@x.example"_s, Role::Operator, u"Ops"_s)));
    const Principal op = principalFor(m_accounts->login(u"op@x.example"_s, kPassword, false, {})->token);
    const auto session = m_accounts->login(u"ann@x.example"_s, kPassword, false, {});
    QVERIFY(m_accounts->authenticate(session->token)); // now remembered
    QVERIFY(!m_accounts->changeRole(op, buyer->id, Role::Seller, {}));
    QVERIFY2(!m_accounts->authenticate(session->token), "sessions carry the old role's scopes and must end");
    const auto again = m_accounts->login(u"ann@x.example"_s, kPassword, false, {});
    QCOMPARE(principalFor(again->token).role, Role::Seller);
    QCOMPARE(m_accounts->changeRole(op, op.userId, Role::Buyer, {})->code, ErrorCode::Conflict);
    QCOMPARE(m_accounts->changeRole(op, 9999, Role::Buyer, {})->code, ErrorCode::NotFound);
}

void tst_Accounts::storedSecretsAreDigests()
{
    QVERIFY(m_accounts->registerAccount(registration(u"ann@x.example"_s, Role::Buyer, u"A"_s), {}));
    const auto session = m_accounts->login(u"ann@x.example"_s, kPassword, false, {});
    const auto key = m_accounts->createApiKey(principalFor(session->token), u"ci"_s, {Scopes::kMarketRead}, {}, {});
    for (const QString &table : {u"sessions"_s, u"api_keys"_s, u"users"_s, u"audit_log"_s}) {
        DbQuery rows = m_database->exec(u"SELECT * FROM "_s + table);
        while (rows.next()) {
            for (int column = 0; column < rows.query().record().count(); ++column) {
                const QByteArray value = rows.value(column).toByteArray();
                QVERIFY2(!value.contains(session->token), qPrintable(table));
                QVERIFY2(!value.contains(key->second), qPrintable(table));
                QVERIFY2(!value.contains(kPassword.toUtf8()), qPrintable(table));
            }
        }
    }
}

void tst_Accounts::rehashWhenParametersRise()
{
    QVERIFY(m_accounts->registerAccount(registration(u"ann@x.example"_s, Role::Buyer, u"A"_s), {}));
    auto storedHash = [this] {
        DbQuery query = m_database->exec(u"SELECT password_hash FROM users"_s);
        query.next();
        return query.value(0).toString();
    };
    const QString before = storedHash();
    QVERIFY(before.startsWith(u"scrypt$1024$8$1$"_s));
    m_accounts = makeService({quint64(1) << 11, 8, 1});
    QVERIFY(m_accounts->login(u"ann@x.example"_s, kPassword, false, {}));
    QVERIFY(storedHash().startsWith(u"scrypt$2048$8$1$"_s));
    QVERIFY(m_accounts->login(u"ann@x.example"_s, kPassword, false, {}));
}

void tst_Accounts::auditRecordsSecurityEvents()
{
    QVERIFY(m_accounts->registerAccount(registration(u"ann@x.example"_s, Role::Buyer, u"A"_s), u"10.1.2.3"_s));
    QVERIFY(!m_accounts->login(u"ann@x.example"_s, u"wrong password!"_s, false, u"10.1.2.3"_s));
    const auto session = m_accounts->login(u"ann@x.example"_s, kPassword, false, u"10.1.2.3"_s);
    const auto key = m_accounts->createApiKey(principalFor(session->token), u"ci"_s, {Scopes::kMarketRead}, {}, {});
    m_accounts->revokeApiKey(principalFor(session->token), key->first.id, {});
    QStringList actions;
    for (const auto &entry : m_audit->list(100))
        actions.prepend(entry.action);
    QCOMPARE(actions,
             QStringList({u"account.registered"_s,
                          u"login.failed"_s,
                          u"login.succeeded"_s,
                          u"api_key.created"_s,
                          u"api_key.revoked"_s}));
    const auto failed = m_audit->list(10, std::nullopt, u"login.failed"_s);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().address, u"10.1.2.3"_s);
    QCOMPARE(failed.constFirst().subject, u"ann@x.example"_s);
}

void tst_Accounts::secretBoxSealsAndDetectsTampering()
{
    const SecretBox box(QByteArray(32, 'k'));
    const QByteArray sealed = box.seal("provider-secret", "provider:7");
    QVERIFY(!sealed.contains("provider-secret"));
    QCOMPARE(box.open(sealed, "provider:7").value_or(QByteArray()), QByteArray("provider-secret"));
    QVERIFY2(box.seal("provider-secret", "provider:7") != sealed, "every seal uses a fresh nonce");
    QVERIFY2(!box.open(sealed, "provider:8"), "a value moved to another row must not open");
    QByteArray flipped = sealed;
    flipped[20] = char(flipped[20] ^ 1);
    QVERIFY(!box.open(flipped, "provider:7"));
    QVERIFY(!box.open(sealed.left(10), "provider:7"));
    QVERIFY(!SecretBox(QByteArray(32, 'x')).open(sealed, "provider:7"));
}

void tst_Accounts::keyFileIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"keys/credentials.key"_s);
    auto created = SecretBox::fromKeyFile(path);
    QVERIFY(created);
    QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const QByteArray sealed = created->seal("x", "y");
    auto reopened = SecretBox::fromKeyFile(path);
    QVERIFY(reopened);
    QCOMPARE(reopened->open(sealed, "y").value_or(QByteArray()), QByteArray("x"));

    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther);
    QVERIFY(!SecretBox::fromKeyFile(path));
}

void tst_Accounts::rateLimiterRefills()
{
    RateLimiter limiter(m_clock);
    const RateLimiter::Rate rate{2, 3};
    for (int i = 0; i < 3; ++i)
        QVERIFY(!limiter.take(u"a"_s, rate));
    const auto wait = limiter.take(u"a"_s, rate);
    QVERIFY(wait);
    QCOMPARE(*wait, 500);
    QVERIFY2(!limiter.take(u"b"_s, rate), "keys are independent");
    m_clock.advance(500);
    QVERIFY(!limiter.take(u"a"_s, rate));
    QVERIFY(limiter.take(u"a"_s, rate));
}

void tst_Accounts::rateLimiterMemoryIsBounded()
{
    RateLimiter limiter(m_clock, 100);
    for (int i = 0; i < 1000; ++i)
        limiter.take(u"k%1"_s.arg(i), {1, 5});
    QVERIFY(limiter.size() <= 100);
}

QTEST_GUILESS_MAIN(tst_Accounts)
#include "tst_accounts.moc"
