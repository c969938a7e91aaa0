// Access control through real HTTP: every route's role rules, every route
// that takes an object id walked with another account's token, rate limits,
// and the embedded broker's gate.
#include "TestApi.h"
#include "core/Broker.h"
#include "core/Clock.h"
#include "http/RouteTable.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::broker;

namespace {

const QByteArray kPassword = "correct horse battery";

using Reply = sc::test::Reply;
using Api = sc::test::TestApi;

} // namespace

class tst_AuthApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void registerLoginMe();
    void sellerRegistrationNeedsApproval();
    void roleMatrix();
    void objectsOfOthersAreNotFound();
    void apiKeyScopesAreEnforced();
    void revokedSessionIsRefused();
    void loginsAreThrottledPerAddress();
    void requestsAreRateLimited();
    void auditIsForOperators();
    void jobsAreForOperators();
    void embeddedBrokerGate();

private:
    QByteArray login(const QByteArray &email, const QByteArray &password = kPassword);
    QByteArray registerBuyer(const QByteArray &email, const QString &organization);
    QByteArray approvedSeller(const QByteArray &email, const QString &organization);
    static QString fillParameters(QString pattern);

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Broker> m_broker;
    std::unique_ptr<Api> m_api;
    QByteArray m_operator;
    QByteArray m_buyer;
    QByteArray m_seller;
    QByteArray m_otherBuyer;
    QByteArray m_otherSeller;
    qint64 m_sellerProvider = 0;
};

QByteArray tst_AuthApi::login(const QByteArray &email, const QByteArray &password)
{
    const Reply reply = m_api->send(
        "POST",
        u"/api/v1/auth/login"_s,
        {},
        QJsonObject{{u"email"_s, QString::fromLatin1(email)}, {u"password"_s, QString::fromLatin1(password)}});
    return reply.json().value(u"token"_s).toString().toLatin1();
}

QByteArray tst_AuthApi::registerBuyer(const QByteArray &email, const QString &organization)
{
    const Reply reply = m_api->send("POST",
                                    u"/api/v1/auth/register"_s,
                                    {},
                                    QJsonObject{{u"email"_s, QString::fromLatin1(email)},
                                                {u"password"_s, QString::fromLatin1(kPassword)},
                                                {u"displayName"_s, u"Someone"_s},
                                                {u"organizationName"_s, organization},
                                                {u"countryCode"_s, u"de"_s},
                                                {u"role"_s, u"buyer"_s}});
    if (reply.status != 201)
        qWarning() << reply.body;
    return login(email);
}

QByteArray tst_AuthApi::approvedSeller(const QByteArray &email, const QString &organization)
{
    const Reply seller = m_api->send("POST",
                                     u"/api/v1/auth/register"_s,
                                     {},
                                     QJsonObject{{u"email"_s, QString::fromLatin1(email)},
                                                 {u"password"_s, QString::fromLatin1(kPassword)},
                                                 {u"displayName"_s, QString(organization + u" admin"_s)},
                                                 {u"organizationName"_s, organization},
                                                 {u"countryCode"_s, u"NL"_s},
                                                 {u"role"_s, u"seller"_s}});
    const qint64 organizationId = seller.json().value(u"organization"_s).toObject().value(u"id"_s).toInteger();
    m_api->send("POST", u"/api/v1/operator/organizations/%1/approve"_s.arg(organizationId), m_operator);
    return login(email);
}

void tst_AuthApi::initTestCase()
{
    BrokerConfig config;
    // Buyers start with ample credit: what is tested here is not the money.
    config.billing.welcomeCredit = 100'000'000;
    config.port = 0;
    config.dataDir = m_dir.path();
    config.passwordParameters = PasswordHasher::fastParametersForTests();
    config.accessLimits.perAddress = {10'000, 10'000};
    config.accessLimits.perCredential = {5, 20};
    QCOMPARE(Broker(config, m_clock).createOperator(u"root@ops.example"_s, QString::fromLatin1(kPassword)), QString());
    m_broker = std::make_unique<Broker>(config, m_clock);
    QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    m_api = std::make_unique<Api>(m_broker->url());

    m_operator = login("root@ops.example");
    m_buyer = registerBuyer("ann@buyer.example", u"Ann Labs"_s);
    m_otherBuyer = registerBuyer("bob@other.example", u"Bob Corp"_s);
    const Reply seller = m_api->send("POST",
                                     u"/api/v1/auth/register"_s,
                                     {},
                                     QJsonObject{{u"email"_s, u"sam@cloud.example"_s},
                                                 {u"password"_s, QString::fromLatin1(kPassword)},
                                                 {u"displayName"_s, u"Sam"_s},
                                                 {u"organizationName"_s, u"Sam Cloud"_s},
                                                 {u"countryCode"_s, u"NL"_s},
                                                 {u"role"_s, u"seller"_s}});
    QCOMPARE(seller.status, 201);
    const qint64 organization = seller.json().value(u"organization"_s).toObject().value(u"id"_s).toInteger();
    QCOMPARE(m_api->send("POST", u"/api/v1/operator/organizations/%1/approve"_s.arg(organization), m_operator).status,
             204);
    m_seller = login("sam@cloud.example");
    m_otherSeller = approvedSeller("sue@other-cloud.example", u"Sue Cloud"_s);
    QVERIFY(!m_operator.isEmpty() && !m_buyer.isEmpty() && !m_seller.isEmpty() && !m_otherBuyer.isEmpty()
            && !m_otherSeller.isEmpty());
    const Reply provider = m_api->send(
        "POST", u"/api/v1/seller/providers"_s, m_seller, QJsonObject{{u"name"_s, u"Sam's Paris rack"_s}});
    QCOMPARE(provider.status, 201);
    m_sellerProvider = provider.json().value(u"id"_s).toInteger();
}

void tst_AuthApi::cleanupTestCase()
{
    m_api.reset();
    m_broker.reset();
}

void tst_AuthApi::registerLoginMe()
{
    const Reply me = m_api->send("GET", u"/api/v1/me"_s, m_buyer);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(u"email"_s).toString(), u"ann@buyer.example"_s);
    QCOMPARE(me.json().value(u"role"_s).toString(), u"buyer"_s);
    QCOMPARE(me.json().value(u"organization"_s).toObject().value(u"countryCode"_s).toString(), u"DE"_s);
    QVERIFY(me.json().value(u"scopes"_s).toArray().contains(u"market:trade"_s));
    QVERIFY(!me.json().value(u"scopes"_s).toArray().contains(u"operator"_s));

    const Reply anonymous = m_api->send("GET", u"/api/v1/me"_s, {});
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.reason(), u"missing"_s);
    const Reply wrong = m_api->send(
        "POST",
        u"/api/v1/auth/login"_s,
        {},
        QJsonObject{{u"email"_s, u"ann@buyer.example"_s}, {u"password"_s, u"nope nope nope"_s}});
    QCOMPARE(wrong.status, 401);
    const Reply extra = m_api->send("POST",
                                    u"/api/v1/auth/login"_s,
                                    {},
                                    QJsonObject{{u"email"_s, u"ann@buyer.example"_s},
                                                {u"password"_s, QString::fromLatin1(kPassword)},
                                                {u"role"_s, u"operator"_s}});
    QCOMPARE(extra.status, 400);
    QCOMPARE(extra.code(), u"validation_failed"_s);
}

void tst_AuthApi::sellerRegistrationNeedsApproval()
{
    const Reply seller = m_api->send("POST",
                                     u"/api/v1/auth/register"_s,
                                     {},
                                     QJsonObject{{u"email"_s, u"pat@pending.example"_s},
                                                 {u"password"_s, QString::fromLatin1(kPassword)},
                                                 {u"displayName"_s, u"Pat"_s},
                                                 {u"organizationName"_s, u"Pending Cloud"_s},
                                                 {u"countryCode"_s, u"FR"_s},
                                                 {u"role"_s, u"seller"_s}});
    QCOMPARE(seller.status, 201);
    QCOMPARE(seller.json().value(u"organization"_s).toObject().value(u"status"_s).toString(), u"pending"_s);
    const Reply refused = m_api->send(
        "POST",
        u"/api/v1/auth/login"_s,
        {},
        QJsonObject{{u"email"_s, u"pat@pending.example"_s}, {u"password"_s, QString::fromLatin1(kPassword)}});
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.reason(), u"pending_approval"_s);
    const Reply pending = m_api->send("GET", u"/api/v1/operator/organizations?status=pending"_s, m_operator);
    QCOMPARE(pending.status, 200);
    QCOMPARE(pending.json().value(u"organizations"_s).toArray().size(), 1);
}

QString tst_AuthApi::fillParameters(QString pattern)
{
    static const QRegularExpression parameter(u"\\{(\\w+)(:\\w+)?\\}"_s);
    return pattern.replace(parameter, u"1"_s);
}

void tst_AuthApi::roleMatrix()
{
    const QHash<QString, QByteArray> tokens{
        {u"buyer"_s, m_buyer}, {u"seller"_s, m_seller}, {u"operator"_s, m_operator}};
    int checked = 0;
    for (const auto &route : m_broker->routes()) {
        if (route.options.isPublic)
            continue;
        // Time moves on between routes so the per-credential rate limit refills.
        m_clock.advance(5'000);
        const QString path = fillParameters(route.pattern);
        const QByteArray method = sc::http::methodName(route.method);
        // No token at all: 401 on every non-public route.
        QCOMPARE(m_api->send(method, path, {}).status, 401);
        for (auto it = tokens.cbegin(); it != tokens.cend(); ++it) {
            if (route.options.roles.contains(it.key()))
                continue;
            const Reply reply = m_api->send(method, path, it.value());
            QVERIFY2(reply.status == 403,
                     qPrintable(u"%1 %2 as %3 answered %4"_s.arg(QString::fromLatin1(method), route.pattern, it.key())
                                    .arg(reply.status)));
            QCOMPARE(reply.reason(), u"role"_s);
            ++checked;
        }
    }
    QVERIFY2(checked >= 10, "the matrix should cover the operator routes at least");
}

void tst_AuthApi::objectsOfOthersAreNotFound()
{
    // Every non-public route with an id walked with a second account's token
    // (of the same role, so only ownership can refuse it). Routes over shared
    // resources (catalog, public market data) or for operators only (who see
    // everything) are listed, so a new route cannot slip by unlisted.
    // Instances need a provider cloud: tst_federation walks them the same way.
    const QSet<QString> elsewhere{u"GET /api/v1/instances/{id:int}"_s,
                                  u"DELETE /api/v1/instances/{id:int}"_s,
                                  u"GET /api/v1/instances/{id:int}/utilization"_s,
                                  // Uploads (unguessable ids): tst_appliances walks them.
                                  u"GET /api/v1/appliances/uploads/{uploadId}"_s,
                                  u"DELETE /api/v1/appliances/uploads/{uploadId}"_s,
                                  u"PUT /api/v1/appliances/uploads/{uploadId}/chunks"_s,
                                  u"POST /api/v1/appliances/uploads/{uploadId}/complete"_s,
                                  // Money documents: tst_billing asks for other organizations' ones.
                                  u"GET /api/v1/billing/topups/{topUpId}"_s,
                                  u"POST /api/v1/billing/topups/{topUpId}/confirm"_s,
                                  u"POST /api/v1/billing/topups/{topUpId}/refunds"_s,
                                  u"GET /api/v1/billing/invoices/{invoiceId}"_s,
                                  u"GET /api/v1/billing/invoices/{invoiceId}/pdf"_s,
                                  u"GET /api/v1/seller/statements/{statementId}"_s,
                                  u"GET /api/v1/seller/statements/{statementId}/pdf"_s,
                                  // Buy-backs: tst_federation asks for other organizations' offers.
                                  u"DELETE /api/v1/seller/buybacks/{offerId}"_s,
                                  u"POST /api/v1/buybacks/{offerId}/accept"_s,
                                  u"POST /api/v1/buybacks/{offerId}/refuse"_s,
                                  // Resale (keyed): tst_federation offers another organization's lease.
                                  u"POST /api/v1/leases/{id:int}/resale"_s};
    const QSet<QString> shared{u"/api/v1/catalog/instance-types/{id}"_s,
                               u"/api/v1/catalog/regions/{id}"_s,
                               u"/api/v1/market/instruments/{type}/{region}/depth"_s,
                               u"/api/v1/market/instruments/{type}/{region}/candles"_s,
                               u"/api/v1/market/instruments/{type}/{region}/trades"_s};
    struct Fixture
    {
        std::function<QString()> make; // makes the owner's object, returns its path
        QByteArray other;              // the second account of the same role
        QJsonObject body;
    };
    const QString until = m_clock.now().addDays(7).toString(Qt::ISODateWithMs);
    auto makeAsk = [this, until](qint64 price) {
        const Reply ask = m_api->send("POST",
                                      u"/api/v1/market/asks"_s,
                                      m_seller,
                                      QJsonObject{{u"providerId"_s, m_sellerProvider},
                                                  {u"instanceType"_s, u"c1.large"_s},
                                                  {u"region"_s, u"eu-fr-par"_s},
                                                  {u"quantity"_s, 2},
                                                  {u"pricePerHour"_s, price},
                                                  {u"availableUntil"_s, until},
                                                  {u"minLeaseHours"_s, 1},
                                                  {u"maxLeaseHours"_s, 48}});
        return ask.json().value(u"id"_s).toInteger();
    };
    auto makeBid = [this](qint64 price) {
        return m_api->send("POST",
                           u"/api/v1/market/bids"_s,
                           m_buyer,
                           QJsonObject{{u"instanceType"_s, u"c1.large"_s},
                                       {u"regions"_s, QJsonArray{u"eu-fr-par"_s}},
                                       {u"maxPricePerHour"_s, price},
                                       {u"durationHours"_s, 2},
                                       {u"quantity"_s, 1}});
    };
    // A lease of the buyer's (bought at once), at `suffix` under its path.
    auto leaseFixture = [this, makeAsk, makeBid](const QString &suffix, const QJsonObject &body) {
        return Fixture{[makeAsk, makeBid, suffix] {
                           makeAsk(50);
                           const qint64 leaseId = makeBid(60).json().value(u"leaseIds"_s).toArray().first().toInteger();
                           return u"/api/v1/leases/%1%2"_s.arg(leaseId).arg(suffix);
                       },
                       m_otherBuyer,
                       body};
    };
    auto restingBid = [makeBid] {
        return u"/api/v1/market/bids/%1"_s.arg(makeBid(1).json().value(u"id"_s).toInteger());
    };
    auto ownAsk = [makeAsk] { return u"/api/v1/market/asks/%1"_s.arg(makeAsk(9'000)); };
    // A private appliance of the buyer's: uploaded, completed, verified.
    auto ownAppliance = [this] {
        const QByteArray image(1024, '\0');
        const Reply created = m_api->send(
            "POST",
            u"/api/v1/appliances/uploads"_s,
            m_buyer,
            QJsonObject{{u"name"_s, u"ann's image"_s},
                        {u"format"_s, u"raw"_s},
                        {u"sizeBytes"_s, image.size()},
                        {u"sha256"_s,
                         QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex())}});
        const QString id = created.json().value(u"id"_s).toString();
        m_api->sendBytes(
            "PUT",
            u"/api/v1/appliances/uploads/%1/chunks?offset=0"_s.arg(id),
            m_buyer,
            image,
            {{"Content-Digest",
              "sha-256=:" + QCryptographicHash::hash(image, QCryptographicHash::Sha256).toBase64() + ":"}});
        m_api->send("POST", u"/api/v1/appliances/uploads/%1/complete"_s.arg(id), m_buyer);
        qint64 applianceId = 0;
        for (int i = 0; i < 200 && applianceId == 0; ++i) {
            const Reply state = m_api->send("GET", u"/api/v1/appliances/uploads/"_s + id, m_buyer);
            applianceId = state.json().value(u"applianceId"_s).toInteger();
            if (applianceId == 0)
                QTest::qWait(10);
        }
        return u"/api/v1/appliances/%1"_s.arg(applianceId);
    };
    const QHash<QString, Fixture> fixtures{
        {u"DELETE /api/v1/api-keys/{id:int}"_s,
         {[this] {
              const Reply key = m_api->send(
                  "POST",
                  u"/api/v1/api-keys"_s,
                  m_buyer,
                  QJsonObject{{u"name"_s, u"ann's key"_s}, {u"scopes"_s, QJsonArray{u"market:read"_s}}});
              return u"/api/v1/api-keys/%1"_s.arg(key.json().value(u"id"_s).toInteger());
          },
          m_otherBuyer,
          {}}},
        {u"GET /api/v1/market/bids/{id:int}"_s, {restingBid, m_otherBuyer, {}}},
        {u"DELETE /api/v1/market/bids/{id:int}"_s, {restingBid, m_otherBuyer, {}}},
        {u"GET /api/v1/market/asks/{id:int}"_s, {ownAsk, m_otherSeller, {}}},
        {u"GET /api/v1/appliances/{id:int}"_s, {ownAppliance, m_otherBuyer, {}}},
        {u"PATCH /api/v1/appliances/{id:int}"_s, {ownAppliance, m_otherBuyer, QJsonObject{{u"notes"_s, u"mine"_s}}}},
        {u"DELETE /api/v1/appliances/{id:int}"_s, {ownAppliance, m_otherBuyer, {}}},
        {u"POST /api/v1/seller/providers/{id:int}/refresh"_s,
         {[this] { return u"/api/v1/seller/providers/%1/refresh"_s.arg(m_sellerProvider); }, m_otherSeller, {}}},
        {u"GET /api/v1/seller/providers/{id:int}/capacity-history"_s,
         {[this] { return u"/api/v1/seller/providers/%1/capacity-history"_s.arg(m_sellerProvider); },
          m_otherSeller,
          {}}},
        {u"DELETE /api/v1/market/watches/{id:int}"_s,
         {[this] {
              const Reply watch = m_api->send(
                  "POST",
                  u"/api/v1/market/watches"_s,
                  m_buyer,
                  QJsonObject{{u"name"_s, u"ann's watch"_s}, {u"filter"_s, QJsonObject{{u"maxPricePerHour"_s, 10}}}});
              return u"/api/v1/market/watches/%1"_s.arg(watch.json().value(u"id"_s).toInteger());
          },
          m_otherBuyer,
          {}}},
        {u"PATCH /api/v1/market/asks/{id:int}"_s, {ownAsk, m_otherSeller, QJsonObject{{u"pricePerHour"_s, 8'000}}}},
        {u"DELETE /api/v1/market/asks/{id:int}"_s, {ownAsk, m_otherSeller, {}}},
        {u"GET /api/v1/leases/{id:int}"_s, leaseFixture(QString(), {})},
        {u"POST /api/v1/leases/{id:int}/renew"_s, leaseFixture(u"/renew"_s, QJsonObject{{u"hours"_s, 1}})},
        {u"PUT /api/v1/leases/{id:int}/auto-renew"_s, leaseFixture(u"/auto-renew"_s, QJsonObject{{u"hours"_s, 1}})},
        {u"GET /api/v1/leases/{id:int}/resale"_s, leaseFixture(u"/resale"_s, {})},
        {u"DELETE /api/v1/leases/{id:int}/resale"_s, leaseFixture(u"/resale"_s, {})},
        {u"POST /api/v1/leases/{id:int}/review"_s, leaseFixture(u"/review"_s, QJsonObject{{u"stars"_s, 4}})},
    };

    int walked = 0;
    for (const auto &route : m_broker->routes()) {
        if (route.options.isPublic || !route.pattern.contains(u'{') || shared.contains(route.pattern)
            || route.options.roles == QStringList{u"operator"_s})
            continue;
        const QString key = QString::fromLatin1(sc::http::methodName(route.method)) + u' ' + route.pattern;
        if (elsewhere.contains(key))
            continue;
        QVERIFY2(fixtures.contains(key), qPrintable(u"no ownership fixture for "_s + key));
        const Fixture &fixture = fixtures[key];
        m_clock.advance(5'000);
        const QString path = fixture.make();
        QVERIFY2(!path.endsWith(u"/0"_s), qPrintable(u"fixture failed for "_s + key));
        const QByteArray method = sc::http::methodName(route.method);
        const Reply foreign = m_api->send(method, path, fixture.other, fixture.body);
        // The same path with an id nobody has: 999 after the last id in it.
        QString missingPath = path;
        qsizetype end = missingPath.size();
        while (end > 0 && !missingPath.at(end - 1).isDigit())
            --end;
        missingPath.insert(end, u"999"_s);
        const Reply missing = m_api->send(method, missingPath, fixture.other, fixture.body);
        QVERIFY2(foreign.status == 404, qPrintable(key + u" answered %1"_s.arg(foreign.status)));
        QCOMPARE(missing.status, 404);
        QCOMPARE(foreign.code(), missing.code());
        QCOMPARE(foreign.json().value(u"error"_s).toObject().value(u"message"_s),
                 missing.json().value(u"error"_s).toObject().value(u"message"_s));
        ++walked;
    }
    QCOMPARE(walked, fixtures.size());
}

void tst_AuthApi::apiKeyScopesAreEnforced()
{
    const Reply created = m_api->send(
        "POST",
        u"/api/v1/api-keys"_s,
        m_buyer,
        QJsonObject{{u"name"_s, u"catalog reader"_s}, {u"scopes"_s, QJsonArray{u"catalog:read"_s}}});
    QCOMPARE(created.status, 201);
    const QByteArray key = created.json().value(u"key"_s).toString().toLatin1();
    QVERIFY(key.startsWith("sck_"));
    QCOMPARE(m_api->send("GET", u"/api/v1/catalog"_s, key).status, 200);
    const Reply noAccount = m_api->send("GET", u"/api/v1/api-keys"_s, key);
    QCOMPARE(noAccount.status, 403);
    QCOMPARE(noAccount.reason(), u"scope"_s);
    // Listing never shows the secret again.
    const Reply listed = m_api->send("GET", u"/api/v1/api-keys"_s, m_buyer);
    QVERIFY(!listed.body.contains(key));
    QVERIFY(listed.body.contains(key.left(12)));

    const qint64 id = created.json().value(u"id"_s).toInteger();
    QCOMPARE(m_api->send("DELETE", u"/api/v1/api-keys/%1"_s.arg(id), m_buyer).status, 204);
    const Reply revoked = m_api->send("GET", u"/api/v1/catalog"_s, key);
    QCOMPARE(revoked.status, 401);
    QCOMPARE(revoked.reason(), u"revoked"_s);
}

void tst_AuthApi::revokedSessionIsRefused()
{
    const QByteArray session = login("ann@buyer.example");
    QCOMPARE(m_api->send("POST", u"/api/v1/auth/logout"_s, session).status, 204);
    const Reply after = m_api->send("GET", u"/api/v1/me"_s, session);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.reason(), u"revoked"_s);
    QCOMPARE(m_api->send("GET", u"/api/v1/me"_s, m_buyer).status, 200);
}

void tst_AuthApi::loginsAreThrottledPerAddress()
{
    // 10 attempts in a burst, then one every 6 s, whatever the account.
    int limited = 0;
    Reply last;
    for (int i = 0; i < 12; ++i) {
        last = m_api->send(
            "POST",
            u"/api/v1/auth/login"_s,
            {},
            QJsonObject{{u"email"_s, u"guess%1@nowhere.example"_s.arg(i)}, {u"password"_s, u"guess guess"_s}});
        limited += last.status == 429;
    }
    QVERIFY(limited >= 1);
    QCOMPARE(last.status, 429);
    QVERIFY(last.headers.value("retry-after").toInt() >= 1);
    m_clock.advance(60'000);
}

void tst_AuthApi::requestsAreRateLimited()
{
    const QByteArray session = login("bob@other.example");
    int ok = 0;
    Reply limited;
    for (int i = 0; i < 40 && limited.status != 429; ++i) {
        limited = m_api->send("GET", u"/api/v1/me"_s, session);
        ok += limited.status == 200;
    }
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.code(), u"rate_limited"_s);
    QVERIFY(ok >= 20);
    QVERIFY(limited.headers.contains("retry-after"));
    m_clock.advance(10'000);
    QCOMPARE(m_api->send("GET", u"/api/v1/me"_s, session).status, 200);
}

void tst_AuthApi::auditIsForOperators()
{
    const Reply audit = m_api->send("GET", u"/api/v1/operator/audit?limit=500"_s, m_operator);
    QCOMPARE(audit.status, 200);
    QSet<QString> actions;
    for (const QJsonValue &entry : audit.json().value(u"entries"_s).toArray())
        actions.insert(entry.toObject().value(u"action"_s).toString());
    for (const QString &expected : {u"account.registered"_s,
                                    u"login.succeeded"_s,
                                    u"login.failed"_s,
                                    u"organization.approved"_s,
                                    u"api_key.created"_s,
                                    u"api_key.revoked"_s,
                                    u"logout"_s})
        QVERIFY2(actions.contains(expected), qPrintable(expected));
    QVERIFY2(!audit.body.contains(kPassword), "the audit log never holds a secret");
    QCOMPARE(m_api->send("GET", u"/api/v1/operator/audit?limit=0"_s, m_operator).status, 400);
}

void tst_AuthApi::jobsAreForOperators()
{
    // The broker schedules its daily clean-ups as recurring jobs at start.
    const Reply jobs = m_api->send("GET", u"/api/v1/operator/jobs?kind=jobs.purge"_s, m_operator);
    QCOMPARE(jobs.status, 200);
    const QJsonArray list = jobs.json().value(u"jobs"_s).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject purge = list.first().toObject();
    QCOMPARE(purge.value(u"intervalSeconds"_s).toDouble(), 86400.0);
    QVERIFY(purge.value(u"status"_s).toString() == u"queued"_s || purge.value(u"status"_s).toString() == u"running"_s);
    QCOMPARE(m_api->send("GET", u"/api/v1/operator/jobs"_s, m_buyer).status, 403);
    QCOMPARE(m_api->send("GET", u"/api/v1/operator/jobs?status=sleeping"_s, m_operator).status, 400);
    const Reply notDead = m_api->send(
        "POST", u"/api/v1/operator/jobs/%1/requeue"_s.arg(purge.value(u"id"_s).toInteger()), m_operator);
    QCOMPARE(notDead.status, 409);
}

void tst_AuthApi::embeddedBrokerGate()
{
    QTemporaryDir dir;
    BrokerConfig config;
    // Buyers start with ample credit: what is tested here is not the money.
    config.billing.welcomeCredit = 100'000'000;
    config.port = 0;
    config.dataDir = dir.path();
    config.demo = true;
    config.brokerToken = "one-time-token-for-this-app";
    config.passwordParameters = PasswordHasher::fastParametersForTests();
    Broker embedded(config, m_clock);
    QVERIFY2(embedded.start(), qPrintable(embedded.errorString()));
    Api api(embedded.url());
    const QHash<QByteArray, QByteArray> gate{{"X-Broker-Token", config.brokerToken}};

    QCOMPARE(api.send("GET", u"/api/v1/health"_s, {}).status, 200);
    const Reply noGate = api.send(
        "POST", u"/api/v1/auth/embedded-login"_s, {}, QJsonObject{{u"account"_s, u"buyer"_s}});
    QCOMPARE(noGate.status, 401);
    QCOMPARE(noGate.reason(), u"broker_token"_s);

    const Reply buyer = api.send(
        "POST", u"/api/v1/auth/embedded-login"_s, {}, QJsonObject{{u"account"_s, u"buyer"_s}}, gate);
    QCOMPARE(buyer.status, 200);
    const QByteArray token = buyer.json().value(u"token"_s).toString().toLatin1();
    QCOMPARE(buyer.json().value(u"user"_s).toObject().value(u"role"_s).toString(), u"buyer"_s);
    const Reply seller = api.send(
        "POST", u"/api/v1/auth/embedded-login"_s, {}, QJsonObject{{u"account"_s, u"seller"_s}}, gate);
    QCOMPARE(seller.json().value(u"user"_s).toObject().value(u"role"_s).toString(), u"seller"_s);
    QCOMPARE(api.send("GET", u"/api/v1/me"_s, token, {}, gate).status, 200);
    QCOMPARE(api.send("GET", u"/api/v1/me"_s, token).status, 401);

    // A broker without a gate token has no password-less login at all.
    QCOMPARE(m_api->send("POST", u"/api/v1/auth/embedded-login"_s, {}, QJsonObject{{u"account"_s, u"buyer"_s}}).status,
             404);
}

QTEST_GUILESS_MAIN(tst_AuthApi)
#include "tst_authapi.moc"
