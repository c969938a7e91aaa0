#include "core/Broker.h"

#include "core/Clock.h"
#include "core/LogCategories.h"
#include "core/TrafficRecorder.h"
#include "core/api/ApplianceApi.h"
#include "core/api/AuthApi.h"
#include "core/api/BillingApi.h"
#include "core/api/BuybackApi.h"
#include "core/api/CatalogApi.h"
#include "core/api/MarketApi.h"
#include "core/api/OperatorApi.h"
#include "core/api/ProviderApi.h"
#include "core/api/SystemApi.h"
#include "core/api/WatchApi.h"
#include "core/appliances/ApplianceLinks.h"
#include "core/appliances/ApplianceService.h"
#include "core/appliances/LocalBlobStore.h"
#include "core/auth/AccessGuard.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuditLog.h"
#include "core/auth/RateLimiter.h"
#include "core/auth/SecretBox.h"
#include "core/auth/Secrets.h"
#include "core/billing/BillingService.h"
#include "core/billing/InvoiceService.h"
#include "core/billing/Ledger.h"
#include "core/billing/LedgerAudit.h"
#include "core/billing/LowBalanceAlerts.h"
#include "core/billing/TestPaymentGateway.h"
#include "core/billing/TopUpService.h"
#include "core/catalog/CatalogRepository.h"
#include "core/demo/DemoAppliances.h"
#include "core/demo/DemoBilling.h"
#include "core/demo/DemoClouds.h"
#include "core/demo/DemoMarket.h"
#include "core/demo/DemoParticipants.h"
#include "core/demo/DemoPriceModel.h"
#include "core/jobs/JobQueue.h"
#include "core/market/BuybackService.h"
#include "core/market/MarketQueries.h"
#include "core/market/MarketService.h"
#include "core/market/WatchService.h"
#include "core/providers/InstanceService.h"
#include "core/providers/ProviderClient.h"
#include "core/providers/ProviderPoller.h"
#include "core/providers/ProviderRegistry.h"
#include "core/providers/RatingService.h"
#include "core/store/Database.h"
#include "core/store/IdempotencyKeys.h"
#include "core/store/Migrations.h"
#include "core/stream/EventStream.h"
#include "core/tls/SelfSignedCertificate.h"
#include "core/tls/TlsCredentials.h"
#include "http/HttpServer.h"
#include "http/RouteTable.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {

// The accounts an embedded broker's app may act as without a password.
struct EmbeddedAccount
{
    QString account;
    QString email;
    QString displayName;
    QString organization;
    QString country;
    Role role;
};

const QList<EmbeddedAccount> kDemoAccounts{
    {u"buyer"_s, u"buyer@demo.sparecloud.invalid"_s, u"Dana Buyer"_s, u"Northwind Analytics"_s, u"DE"_s, Role::Buyer},
    {u"seller"_s, u"seller@demo.sparecloud.invalid"_s, u"Sam Seller"_s, u"Harbor Cloud Co-op"_s, u"NL"_s, Role::Seller},
    {u"operator"_s,
     u"operator@demo.sparecloud.invalid"_s,
     u"Olu Operator"_s,
     u"SpareCloud Demo Operations"_s,
     u"IE"_s,
     Role::Operator},
};

const EmbeddedAccount kLocalOwner{
    u"operator"_s, u"owner@local.sparecloud.invalid"_s, u"Local owner"_s, u"Local broker"_s, u"DE"_s, Role::Operator};

} // namespace

struct Broker::Services
{
    Services(const BrokerConfig &config, const Clock &clock)
        : database(config.databaseLocation())
        , catalog(database)
        , audit(database, clock)
        , limiter(clock)
    {
    }

    Database database;
    CatalogRepository catalog;
    AuditLog audit;
    RateLimiter limiter;
    std::optional<SecretBox> secrets;
    std::optional<AccountService> accounts;
    std::optional<AccessGuard> guard;
    http::RouteTable routes;
    std::optional<SystemApi> systemApi;
    std::optional<CatalogApi> catalogApi;
    std::optional<AuthApi> authApi;
    std::optional<OperatorApi> operatorApi;
    std::unique_ptr<MarketService> market;
    std::unique_ptr<EventStream> stream;
    std::optional<MarketQueries> marketQueries;
    std::optional<MarketApi> marketApi;
    std::unique_ptr<WatchService> watches;
    std::unique_ptr<JobQueue> jobs;
    std::optional<WatchApi> watchApi;
    std::unique_ptr<ProviderClient> providerClient;
    std::unique_ptr<ProviderRegistry> providers;
    std::unique_ptr<InstanceService> instances;
    std::unique_ptr<ProviderPoller> poller;
    std::unique_ptr<RatingService> ratings;
    std::optional<ProviderApi> providerApi;
    std::unique_ptr<LocalBlobStore> blobStore;
    std::unique_ptr<ApplianceService> appliances;
    std::optional<ApplianceLinks> applianceLinks;
    std::optional<ApplianceApi> applianceApi;
    std::unique_ptr<Ledger> ledger;
    std::unique_ptr<TestPaymentGateway> paymentGateway;
    std::unique_ptr<TopUpService> topUps;
    std::unique_ptr<LowBalanceAlerts> lowBalance;
    std::unique_ptr<BillingService> billing;
    std::optional<InvoiceService> invoices;
    std::optional<BillingApi> billingApi;
    std::unique_ptr<BuybackService> buybacks;
    std::optional<BuybackApi> buybackApi;
    std::unique_ptr<DemoMarket> demoMarket; // --demo only
    std::unique_ptr<DemoClouds> demoClouds; // --demo only
    QTimer housekeeping;
    std::unique_ptr<TrafficRecorder> traffic;
    std::unique_ptr<http::HttpServer> server;
};

Broker::Broker(BrokerConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{
}

Broker::~Broker() = default;

bool Broker::openStore()
{
    if (!QDir().mkpath(m_config.dataDir)) {
        m_error = u"Cannot create the data folder %1."_s.arg(m_config.dataDir);
        return false;
    }
    m_services = std::make_unique<Services>(m_config, m_clock);
    try {
        m_services->database.open();
        Migrations::migrate(m_services->database);
    } catch (const DatabaseError &error) {
        m_error = QString::fromUtf8(error.what());
        return false;
    }
    auto secrets = SecretBox::fromKeyFile(m_config.keyFileLocation());
    if (!secrets) {
        m_error = secrets.error().message;
        return false;
    }
    m_services->secrets.emplace(std::move(secrets).value());
    m_services->accounts.emplace(m_services->database,
                                 m_clock,
                                 m_services->audit,
                                 PasswordHasher(m_config.passwordParameters),
                                 m_config.accountLimits);
    m_services->market = std::make_unique<MarketService>(m_services->database, m_services->catalog, m_clock);
    try {
        m_services->market->load();
    } catch (const DatabaseError &error) {
        m_error = QString::fromUtf8(error.what());
        return false;
    }
    m_services->marketQueries.emplace(m_services->database, m_services->catalog, *m_services->market, m_clock);
    m_services->jobs = std::make_unique<JobQueue>(m_services->database, m_clock);
    m_services->watches = std::make_unique<WatchService>(
        m_services->database, *m_services->market, *m_services->marketQueries, m_clock);
    Services &services = *m_services;
    services.providerClient = std::make_unique<ProviderClient>();
    services.providers = std::make_unique<ProviderRegistry>(
        services.database,
        services.catalog,
        *services.secrets,
        *services.providerClient,
        m_clock,
        ProviderRegistry::Options{m_config.allowPlainHttpProviders});
    services.instances = std::make_unique<InstanceService>(services.database,
                                                           *services.jobs,
                                                           *services.providers,
                                                           *services.providerClient,
                                                           *services.watches,
                                                           m_clock,
                                                           m_config.instances);
    services.poller = std::make_unique<ProviderPoller>(services.database,
                                                       *services.providers,
                                                       *services.providerClient,
                                                       *services.instances,
                                                       m_clock,
                                                       m_config.providerPolling);
    services.ratings = std::make_unique<RatingService>(services.database, *services.market, m_clock);
    services.market->setLeaseOpened([this](qint64 leaseId) { m_services->instances->leaseOpened(leaseId); });

    // Money: the journal, top-ups through the (test) payment gateway, holds
    // and metering hooked into the market and the instances, documents.
    services.ledger = std::make_unique<Ledger>(services.database, m_clock);
    services.paymentGateway = std::make_unique<TestPaymentGateway>(m_config.payments);
    services.topUps = std::make_unique<TopUpService>(
        services.database, m_clock, *services.ledger, *services.paymentGateway, TopUpService::Options{});
    services.lowBalance = std::make_unique<LowBalanceAlerts>(services.database, *services.ledger);
    services.billing = std::make_unique<BillingService>(services.database, *services.ledger, m_clock, m_config.billing);
    services.invoices.emplace(services.database, *services.ledger, *services.billing, m_clock);
    services.market->setBidFunding([this](qint64 organizationId, qint64 bidId, qint64 quantity, qint64 maxPrice) {
        return m_services->billing->holdForBid(organizationId, bidId, quantity, maxPrice);
    });
    services.market->setLeaseFunded(
        [this](qint64 bidId, qint64 leaseId) { m_services->billing->leaseOpened(bidId, leaseId); });
    services.market->setBidClosed([this](qint64 bidId) { m_services->billing->bidClosed(bidId); });
    services.market->setResaleFee(m_config.billing.resaleFeeBasisPoints);
    services.market->setResaleFunding([this](qint64 organizationId,
                                             qint64 askId,
                                             qint64 leaseId,
                                             qint64 basePrice,
                                             const QList<QPair<int, qint64>> &steps,
                                             qint64 remainingMs) {
        return m_services->billing->holdForResale(organizationId, askId, leaseId, basePrice, steps, remainingMs);
    });
    services.market->setResaleClosed([this](qint64 askId) {
        m_services->billing->resaleClosed(askId);
        // Unsold by the time it had to leave the book: the reseller hears of it.
        DbQuery ask = m_services->database.exec(
            u"SELECT a.status, l.id, l.user_id FROM asks a JOIN leases l ON l.id = a.resale_of_lease_id "
            "WHERE a.id = ?"_s,
            {askId});
        if (ask.next() && ask.value(0).toString() == u"expired"_s)
            m_services->watches->notifyAboutLease(
                ask.value(2).toLongLong(),
                u"resale_expired"_s,
                ask.value(1).toLongLong(),
                u"Lease %1 did not sell before its resale had to leave the market."_s.arg(ask.value(1).toLongLong()));
    });
    services.billing->setLeaseEnder(
        [this](qint64 leaseId, const QString &reason) { m_services->instances->endLeaseNow(leaseId, reason); });
    services.buybacks = std::make_unique<BuybackService>(services.database, *services.ledger, m_clock);
    services.buybacks->setLeaseShortener(
        [this](qint64 leaseId, qint64 endsAt) { return m_services->instances->shortenLease(leaseId, endsAt); });
    services.buybacks->setNotifier([this](qint64 userId, const QString &kind, qint64 leaseId, const QString &message) {
        m_services->watches->notifyAboutLease(userId, kind, leaseId, message);
    });
    services.billing->setNotifier([this](qint64 userId, const QString &kind, qint64 leaseId, const QString &message) {
        m_services->watches->notifyAboutLease(userId, kind, leaseId, message);
    });

    // The appliance repository: bytes under <data>/appliances, signed links for providers.
    services.blobStore = std::make_unique<LocalBlobStore>(m_config.dataDir + u"/appliances"_s);
    if (!services.blobStore->prepare()) {
        m_error = services.blobStore->errorString();
        return false;
    }
    services.appliances = std::make_unique<ApplianceService>(
        services.database, *services.blobStore, m_clock, m_config.appliances);
    services.applianceLinks.emplace(services.secrets->deriveKey("appliance-links"));
    services.market->setApplianceCheck([this](qint64 organizationId, qint64 applianceId) {
        return m_services->appliances->checkUsable(organizationId, applianceId);
    });
    services.instances->setApplianceLinks(
        [this](qint64 applianceId, qint64 providerId) -> std::optional<InstanceService::ApplianceLink> {
            const auto blob = m_services->appliances->blobOf(applianceId);
            if (!blob || m_services->appliances->blobPath(blob->sha256).isEmpty())
                return std::nullopt;
            const QUrl base = m_config.publicUrl.isValid() ? m_config.publicUrl : url();
            // Long enough for a slow download to resume; every attempt signs anew.
            const QDateTime expires = m_clock.now().addSecs(24 * 3600);
            return InstanceService::ApplianceLink{
                m_services->applianceLinks->make(base, blob->sha256, providerId, expires).toString(), blob->sha256};
        });
    try {
        services.watches->load();
        services.poller->load();
        services.appliances->recover();
    } catch (const DatabaseError &error) {
        m_error = QString::fromUtf8(error.what());
        return false;
    }
    return true;
}

std::optional<qint64> Broker::embeddedAccount(const QString &account)
{
    const QList<EmbeddedAccount> &candidates = m_config.demo ? kDemoAccounts : QList<EmbeddedAccount>{kLocalOwner};
    for (const EmbeddedAccount &candidate : candidates) {
        if (candidate.account != account)
            continue;
        if (const auto existing = m_services->accounts->userByEmail(candidate.email))
            return existing->id;
        AccountService::Registration registration{candidate.email,
                                                  QString::fromLatin1(Secrets::newToken()),
                                                  candidate.displayName,
                                                  candidate.organization,
                                                  candidate.country,
                                                  candidate.role};
        const auto created = m_services->accounts->createActiveAccount(registration);
        if (!created)
            return std::nullopt;
        return created->id;
    }
    return std::nullopt;
}

bool Broker::start()
{
    // Before anything is created: a TLS mistake should not leave a database behind.
    if (m_config.tlsEnabled() && !loadTls())
        return false;
    if (!openStore())
        return false;
    Services &services = *m_services;

    if (m_config.demo) {
        // The demo opens straight into a ready session: its accounts exist from the start.
        for (const EmbeddedAccount &account : kDemoAccounts)
            embeddedAccount(account.account);
    }

    services.systemApi.emplace(m_clock, Migrations::latestVersion(), m_config.demo);
    services.systemApi->registerRoutes(services.routes);
    services.catalogApi.emplace(services.catalog);
    services.catalogApi->registerRoutes(services.routes);
    services.authApi.emplace(*services.accounts, services.limiter);
    if (!m_config.brokerToken.isEmpty())
        services.authApi->enableEmbeddedLogin([this](const QString &account) { return embeddedAccount(account); });
    services.authApi->registerRoutes(services.routes);
    services.operatorApi.emplace(*services.accounts, services.audit, *services.jobs);
    services.operatorApi->registerRoutes(services.routes);
    services.marketApi.emplace(*services.market, *services.marketQueries, services.database, m_clock);
    services.marketApi->registerRoutes(services.routes);
    services.watchApi.emplace(*services.watches);
    services.watchApi->registerRoutes(services.routes);
    services.providerApi.emplace(
        *services.providers, *services.instances, *services.providerClient, *services.poller, *services.ratings);
    services.providerApi->registerRoutes(services.routes);
    services.applianceApi.emplace(*services.appliances, *services.applianceLinks, m_clock);
    services.applianceApi->registerRoutes(services.routes);
    services.billingApi.emplace(
        *services.billing, *services.invoices, *services.topUps, *services.lowBalance, services.database, m_clock);
    if (m_invoicePdf || m_statementPdf)
        services.billingApi->setPdfRenderers(m_invoicePdf, m_statementPdf);
    services.billingApi->registerRoutes(services.routes);
    services.buybackApi.emplace(*services.buybacks, services.database, m_clock);
    services.buybackApi->registerRoutes(services.routes);
    services.stream = std::make_unique<EventStream>(m_clock);
    services.stream->registerRoutes(services.routes);
    connect(services.market.get(), &MarketService::changed, this, [this](const MarketService::Change &change) {
        m_services->marketQueries->invalidate();
        m_services->stream->publish(change);
        m_services->watches->offersAppeared(change.offeredAsks);
    });
    connect(services.watches.get(),
            &WatchService::notified,
            this,
            [this](qint64 userId, const protocol::Notification &notification) {
                m_services->stream->publishNotification(userId, notification);
            });
    // Asks past their availability leave the books.
    services.housekeeping.setInterval(m_config.housekeepingInterval);
    connect(&services.housekeeping, &QTimer::timeout, this, [this] {
        try {
            m_services->market->expireDue();
            m_services->buybacks->expireDue();
        } catch (const DatabaseError &error) {
            qCWarning(lcBroker) << "housekeeping failed:" << error.what();
        }
    });
    services.housekeeping.start();

    // Durable jobs: daily clean-ups here; provisioning and lease ends elsewhere.
    services.jobs->handle(u"jobs.purge"_s, [this](const JobQueue::Job &, JobQueue::Finish finish) {
        const int purged = m_services->jobs->purgeFinished();
        if (purged > 0)
            qCInfo(lcJobs) << "purged" << purged << "finished jobs";
        finish(JobQueue::Result::done());
    });
    services.jobs->handle(u"idempotency.purge"_s, [this](const JobQueue::Job &, JobQueue::Finish finish) {
        IdempotencyKeys::purge(m_services->database, m_clock.now().toMSecsSinceEpoch());
        finish(JobQueue::Result::done());
    });
    services.jobs->handle(u"capacity.rollup"_s, [this](const JobQueue::Job &, JobQueue::Finish finish) {
        try {
            m_services->poller->history().rollUpAndPurge();
            finish(JobQueue::Result::done());
        } catch (const DatabaseError &error) {
            finish(JobQueue::Result::retry(QString::fromUtf8(error.what())));
        }
    });
    services.jobs->handle(u"appliances.expire"_s, [this](const JobQueue::Job &, JobQueue::Finish finish) {
        try {
            m_services->appliances->expireAbandoned();
            finish(JobQueue::Result::done());
        } catch (const DatabaseError &error) {
            finish(JobQueue::Result::retry(QString::fromUtf8(error.what())));
        }
    });
    services.jobs->handle(u"ratings.recompute"_s, [this](const JobQueue::Job &, JobQueue::Finish finish) {
        try {
            m_services->ratings->recomputeAll();
            finish(JobQueue::Result::done());
        } catch (const DatabaseError &error) {
            finish(JobQueue::Result::retry(QString::fromUtf8(error.what())));
        }
    });
    // Metering every running lease; the month-end run once a month has ended
    // (checked daily, restartable: it issues only what is missing).
    services.jobs->handle(u"billing.meter"_s, [this](const JobQueue::Job &, JobQueue::Finish finish) {
        m_services->billing->meterAll();
        finish(JobQueue::Result::done());
    });
    services.jobs->handle(u"billing.month-end"_s, [this](const JobQueue::Job &, JobQueue::Finish finish) {
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        const QDate today = m_clock.now().toUTC().date();
        const QString previous = QDate(today.year(), today.month(), 1).addMonths(-1).toString(u"yyyy-MM"_s);
        try {
            DbQuery done = m_services->database.exec(
                u"SELECT 1 FROM billing_runs WHERE period = ? AND status = 'done'"_s, {previous});
            if (!done.next() && BillingService::nextMonthStart(BillingService::monthStart(previous)) <= now) {
                const auto run = m_services->invoices->runMonthEnd(previous);
                if (run)
                    qCInfo(lcBroker).noquote() << "month-end" << previous << "issued" << run->invoices << "invoices,"
                                               << run->statements << "statements," << run->payouts << "payouts";
            }
            finish(JobQueue::Result::done());
        } catch (const DatabaseError &error) {
            finish(JobQueue::Result::retry(QString::fromUtf8(error.what())));
        }
    });
    connect(services.lowBalance.get(),
            &LowBalanceAlerts::lowBalance,
            this,
            [this](qint64 organizationId, const QString &currency, qint64 balance, qint64 threshold) {
                const QString message = u"Your credit is %1.%2 %3, below the %4.%5 %3 you asked to be warned at."_s
                                            .arg(balance / 100)
                                            .arg(balance % 100, 2, 10, QChar(u'0'))
                                            .arg(currency)
                                            .arg(threshold / 100)
                                            .arg(threshold % 100, 2, 10, QChar(u'0'));
                DbQuery users = m_services->database.exec(u"SELECT id FROM users WHERE organization_id = ?"_s,
                                                          {organizationId});
                while (users.next())
                    m_services->watches->notifyAboutLease(users.value(0).toLongLong(), u"low_balance"_s, 0, message);
            });
    connect(services.buybacks.get(), &BuybackService::moneyMoved, this, [this](qint64 organizationId) {
        m_services->stream->publishBilling(organizationId);
    });
    connect(services.billing.get(), &BillingService::balanceChanged, this, [this](qint64 organizationId) {
        m_services->stream->publishBilling(organizationId);
    });
    connect(services.topUps.get(), &TopUpService::topUpChanged, this, [this](const TopUpService::TopUp &topUp) {
        m_services->stream->publishBilling(topUp.organizationId);
        // Credit may end a grace period of this buyer's leases: look at them again now.
        if (topUp.status == TopUpService::Status::Succeeded)
            m_services->billing->meterAll(topUp.organizationId);
    });
    try {
        constexpr qint64 kDayMs = 24 * 3'600'000LL;
        services.jobs->enqueue(
            {u"billing.meter"_s, {}, 0, 1, u"billing.meter"_s, qint64(m_config.meterInterval.count())});
        services.jobs->enqueue({u"billing.month-end"_s, {}, 0, 1, u"billing.month-end"_s, 6 * 3'600'000LL});
        services.topUps->reconcile();
        services.jobs->enqueue({u"ratings.recompute"_s, {}, 0, 1, u"ratings.recompute"_s, 10 * 60'000});
        services.jobs->enqueue({u"capacity.rollup"_s, {}, 0, 1, u"capacity.rollup"_s, 15 * 60'000});
        services.jobs->enqueue({u"appliances.expire"_s, {}, 0, 1, u"appliances.expire"_s, 10 * 60'000});
        services.jobs->enqueue({u"jobs.purge"_s, {}, 0, 1, u"jobs.purge"_s, kDayMs});
        services.jobs->enqueue({u"idempotency.purge"_s, {}, 0, 1, u"idempotency.purge"_s, kDayMs});
    } catch (const DatabaseError &error) {
        m_error = QString::fromUtf8(error.what());
        return false;
    }
    services.jobs->start();
    connect(services.providers.get(), &ProviderRegistry::cloudConnected, this, [this](qint64 providerId) {
        m_services->poller->add(providerId);
    });
    connect(services.instances.get(),
            &InstanceService::instanceChanged,
            this,
            [this](qint64 instanceId, qint64 organizationId, const QString &state) {
                m_services->stream->publishInstances(organizationId);
                // An instance that stopped running is metered to its end and its hold released.
                if (state == u"running"_s || state == u"provisioning"_s)
                    return;
                try {
                    DbQuery lease = m_services->database.exec(u"SELECT lease_id FROM instances WHERE id = ?"_s,
                                                              {instanceId});
                    if (lease.next())
                        m_services->billing->meterLease(lease.value(0).toLongLong());
                } catch (const DatabaseError &error) {
                    qCWarning(lcBroker) << "metering after an instance change failed:" << error.what();
                }
            });
    services.poller->start();

    // Demo mode: a few curated public appliances to run (the demo
    // buyer's instances boot from them).
    if (m_config.demo) {
        const qint64 operatorId = embeddedAccount(u"operator"_s).value_or(0);
        const auto operatorUser = m_services->accounts->userByEmail(u"operator@demo.sparecloud.invalid"_s);
        if (operatorId > 0 && operatorUser) {
            DemoAppliances::seed(*services.appliances,
                                 m_config.dataDir + u"/appliances/demo-seed"_s,
                                 operatorUser->organization.id,
                                 operatorId);
        }
    }

    // Demo mode: simulated sellers and buyers, 30 days of history on the first start, live trading after.
    if (m_config.demo) {
        services.demoMarket = std::make_unique<DemoMarket>(
            services.database, services.catalog, *services.market, m_clock);
        // The person trying the demo starts with a top-up made with the test
        // card; the simulated traders with a large trading credit.
        services.demoMarket->setFunding([this](qint64 organizationId, bool demoBuyer) {
            if (demoBuyer)
                return DemoBilling::topUpDemoBuyer(m_services->database, m_clock, organizationId);
            LedgerPosting posting;
            posting.currency = BillingService::kCurrency.toString();
            posting.kind = TransactionKind::Adjustment;
            posting.reference = u"demo:credit:%1"_s.arg(organizationId);
            posting.description = u"Demo trading credit"_s;
            posting.legs = {{AccountKind::Adjustments, std::nullopt, -100'000'000},
                            {AccountKind::BuyerBalance, organizationId, 100'000'000}};
            if (const auto posted = m_services->ledger->post(posting); !posted)
                qCWarning(lcBroker).noquote() << "demo: funding a buyer failed:" << posted.error().message;
        });
        const DemoMarket::Accounts accounts{embeddedAccount(u"buyer"_s).value_or(0),
                                            embeddedAccount(u"seller"_s).value_or(0)};
        try {
            services.demoMarket->start(accounts, m_config.demoActivityInterval);
            // A past in money for the demo buyer and seller (first start only).
            DemoBilling::Accounts billingAccounts;
            billingAccounts.buyerOrganizationId = services.demoMarket->participants().demoBuyer().organizationId;
            billingAccounts.buyerUserId = services.demoMarket->participants().demoBuyer().userId;
            DemoBilling::seed(services.database, m_clock, billingAccounts);
        } catch (const DatabaseError &error) {
            m_error = u"Cannot prepare the demo market: %1"_s.arg(QString::fromUtf8(error.what()));
            return false;
        }
        // Its providers run on simulated clouds in this process (loopback
        // only), connected like any seller's; the demo buyer gets a few
        // instances once they answer. Their polls would fill the log with
        // request lines: sc.api says only what goes wrong in the demo
        // (QT_LOGGING_RULES still decides).
        QLoggingCategory::setFilterRules(u"sc.api.info=false"_s);
        services.demoClouds = std::make_unique<DemoClouds>(
            services.database, services.catalog, *services.providers, m_clock);
        connect(services.demoClouds.get(), &DemoClouds::connected, this, [this](int providers, int failures) {
            if (failures > 0)
                qCWarning(lcBroker) << "demo:" << failures << "of" << providers << "providers have no cloud";
            try {
                m_services->demoMarket->openDemoBuyerInstances();
            } catch (const DatabaseError &error) {
                qCWarning(lcBroker) << "demo: the demo buyer's instances were not bought:" << error.what();
            }
        });
        if (!services.demoClouds->start(services.demoMarket->participants(),
                                        services.demoMarket->prices().instruments(),
                                        DemoClouds::Options{})) {
            m_error = services.demoClouds->errorString();
            return false;
        }
    }

    services.guard.emplace(*services.accounts, services.limiter, m_config.accessLimits, m_config.brokerToken);
    services.routes.setGuard([this](http::HttpRequest &request, const http::RouteInfo &route) {
        return m_services->guard->check(request, route);
    });

    if (const QString folder = TrafficRecorder::folderFromEnvironment(); !folder.isEmpty()) {
        services.traffic = std::make_unique<TrafficRecorder>(folder, services.database);
        services.routes.setObserver([this](const http::HttpRequest &request, const http::HttpResponse &response) {
            m_services->traffic->record(request, response);
        });
    }

    services.server = std::make_unique<http::HttpServer>(services.routes);
    connect(services.server.get(), &http::HttpServer::drained, this, &Broker::stopped);
    services.stream->attach(*services.server);
    if (!m_tls.isNull())
        services.server->setTlsConfiguration(m_tls);
    if (!services.server->listen(m_config.listenAddress, m_config.port)) {
        m_error = u"Cannot listen on %1:%2: %3"_s.arg(m_config.listenAddress.toString())
                      .arg(m_config.port)
                      .arg(services.server->errorString());
        return false;
    }
    qCInfo(lcBroker).noquote() << "listening on" << url().toString() << (m_config.demo ? "(demo)" : "");
    return true;
}

bool Broker::loadTls()
{
    const QDateTime now = m_clock.now();
    protocol::Expected<TlsCredentials> credentials = [&]() -> protocol::Expected<TlsCredentials> {
        if (!m_config.tlsSelfSigned)
            return TlsCredentials::fromFiles(m_config.tlsCertificateFile, m_config.tlsKeyFile, now);
        QStringList hosts;
        const QHostAddress &address = m_config.listenAddress;
        if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
            hosts << QSysInfo::machineHostName();
        else
            hosts << address.toString();
        bool generated = false;
        auto loaded = SelfSignedCertificate::loadOrCreate(m_config.tlsFolder(), hosts, now, &generated);
        if (loaded && generated) {
            qCInfo(lcBroker).noquote() << "generated a self-signed TLS certificate in" << m_config.tlsFolder()
                                       << "(clients trust it by its fingerprint)";
        }
        return loaded;
    }();
    if (!credentials) {
        m_error = credentials.error().message;
        return false;
    }
    m_tlsFingerprint = credentials->sha256Fingerprint();
    m_tls = credentials->configuration();
    qCInfo(lcBroker).noquote() << "TLS certificate" << credentials->certificate().subjectDisplayName() << "valid until"
                               << credentials->certificate().expiryDate().toString(Qt::ISODate) << "SHA-256 fingerprint"
                               << QString::fromLatin1(m_tlsFingerprint);
    return true;
}

QString Broker::createOperator(const QString &email, const QString &password)
{
    if (!openStore())
        return m_error;
    if (auto weak = AccountService::checkPasswordStrength(password, email))
        return weak->message;
    AccountService::Registration registration{email, password, u"Operator"_s, u"Operators"_s, u"DE"_s, Role::Operator};
    if (const auto existing = m_services->accounts->organizations({}); !existing.isEmpty()) {
        for (const auto &organization : existing) {
            if (organization.kind == u"operator"_s) {
                registration.organizationName = organization.name;
                break;
            }
        }
    }
    const auto user = m_services->accounts->createActiveAccount(registration);
    return user ? QString() : user.error().message;
}

QString Broker::checkLedger(bool *consistent)
{
    *consistent = false;
    if (!openStore())
        return m_error;
    const LedgerAudit::Report report = LedgerAudit(m_services->database, Ledger::Options().nonNegative, true).run();
    *consistent = report.ok();
    return report.summary();
}

QUrl Broker::url() const
{
    if (!m_services || !m_services->server)
        return {};
    QUrl url;
    url.setScheme(m_services->server->isTlsEnabled() ? u"https"_s : u"http"_s);
    url.setHost(m_services->server->serverAddress().toString());
    url.setPort(m_services->server->serverPort());
    return url;
}

QList<http::RouteInfo> Broker::routes() const
{
    return m_services ? m_services->routes.routes() : QList<http::RouteInfo>();
}

void Broker::shutdown()
{
    if (!m_services || !m_services->server) {
        Q_EMIT stopped();
        return;
    }
    qCInfo(lcBroker) << "shutting down";
    m_services->server->shutdown(m_config.shutdownGrace);
}

} // namespace sc::broker
