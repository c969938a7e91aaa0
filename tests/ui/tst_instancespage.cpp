// The Instances page and the Seller console end to end: a real broker and a
// simulated provider cloud (sparecloud_providersim) in this process on
// loopback, and the desktop's pages logged in as a seller and as a buyer.
// The seller connects the cloud from the "Connect a cloud…" dialog (a wrong
// credential first: the refusal in words, where the user looks), the buyer
// buys a slot on it and sees the instance go to running through the push
// channel alone, opens it from the lease notification, and terminates it.
#include "TestApi.h"
#include "client/BrokerClient.h"
#include "client/BrokerConnection.h"
#include "client/ConnectionProfile.h"
#include "client/MarketStream.h"
#include "core/Broker.h"
#include "core/Clock.h"
#include "core/auth/PasswordHasher.h"
#include "providersim/ProviderSimulator.h"
#include "ui/InstancesPage.h"
#include "ui/MarketplacePage.h"
#include "ui/NoticeBanner.h"
#include "ui/SellerConsolePage.h"
#include "ui/instances/InstanceDetailPanel.h"
#include "ui/instances/InstanceModel.h"
#include "ui/instances/LeaseDialogs.h"
#include "ui/instances/UtilizationChart.h"
#include "ui/market/ConfirmationPrompt.h"
#include "ui/seller/CloudDetailPanel.h"
#include "ui/seller/CloudModel.h"
#include "ui/seller/ConnectCloudDialog.h"
#include "ui/seller/ProfileModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using sc::client::BrokerClient;
using sc::client::BrokerConnection;
using sc::client::ConnectionProfile;
using sc::test::Reply;
using sc::test::TestApi;
using sc::ui::InstanceModel;
using sc::ui::InstancesPage;
using sc::ui::SellerConsolePage;

namespace {
constexpr QByteArrayView kPassword = "correct horse battery";
constexpr int kTimeoutMs = 30'000;

// With SPARECLOUD_SCREENSHOT_DIR set, saves what the widget shows there (for looking at layouts).
void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("SPARECLOUD_SCREENSHOT_DIR");
    if (!folder.isEmpty() && !widget->grab().save(folder + u'/' + name + u".png"_s))
        qWarning("could not save the screenshot %s", qPrintable(name));
}
} // namespace

class tst_InstancesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sellerConnectsACloud();
    void buyerSeesTheInstanceRunThroughTheStream();
    void leaseNotificationOpensTheInstance();
    void buyerRenewsTheLease();
    void buyerTerminatesTheInstance();
    void buyerReviewsTheEndedLease();
    void buyerSeesNoSellerConsole();

private:
    // A desktop logged in as one user: client, connection and the pages.
    struct Desktop
    {
        BrokerClient client;
        std::unique_ptr<BrokerConnection> connection;
    };
    std::unique_ptr<Desktop> desktop(const QString &email);
    QByteArray login(const QByteArray &email);
    void account(const QString &email, const QString &organization, const QString &role, const QByteArray &root);

    QTemporaryDir m_dir;
    QTemporaryDir m_desktopDir;
    sc::broker::SystemClock m_clock;
    std::unique_ptr<sc::providersim::ProviderSimulator> m_sim;
    std::unique_ptr<sc::broker::Broker> m_broker;
    std::unique_ptr<TestApi> m_api;
    QByteArray m_seller;
    QByteArray m_buyer;
    std::unique_ptr<Desktop> m_sellerDesktop;
    std::unique_ptr<SellerConsolePage> m_sellerPage;
    std::unique_ptr<Desktop> m_buyerDesktop;
    std::unique_ptr<sc::ui::MarketplacePage> m_marketplace;
    std::unique_ptr<InstancesPage> m_instances;
    std::unique_ptr<QAbstractItemModelTester> m_instanceTester;
    std::unique_ptr<QAbstractItemModelTester> m_cloudTester;
    qint64 m_providerId = 0;
    qint64 m_leaseId = 0;
};

QByteArray tst_InstancesPage::login(const QByteArray &email)
{
    return m_api
        ->send("POST",
               u"/api/v1/auth/login"_s,
               {},
               QJsonObject{{u"email"_s, QString::fromLatin1(email)}, {u"password"_s, QString::fromLatin1(kPassword)}})
        .json()
        .value(u"token"_s)
        .toString()
        .toLatin1();
}

void tst_InstancesPage::account(const QString &email, const QString &organization, const QString &role,
                                const QByteArray &root)
{
    const Reply registered = m_api->send("POST",
                                         u"/api/v1/auth/register"_s,
                                         {},
                                         QJsonObject{{u"email"_s, email},
                                                     {u"password"_s, QString::fromLatin1(kPassword)},
                                                     {u"displayName"_s, organization},
                                                     {u"organizationName"_s, organization},
                                                     {u"countryCode"_s, u"DE"_s},
                                                     {u"role"_s, role}});
    QCOMPARE(registered.status, 201);
    if (role == u"seller"_s) {
        const qint64 organizationId = registered.json().value(u"organization"_s).toObject().value(u"id"_s).toInteger();
        QCOMPARE(m_api->send("POST", u"/api/v1/operator/organizations/%1/approve"_s.arg(organizationId), root).status,
                 204);
    }
}

std::unique_ptr<tst_InstancesPage::Desktop> tst_InstancesPage::desktop(const QString &email)
{
    auto desktop = std::make_unique<Desktop>();
    desktop->connection = std::make_unique<BrokerConnection>(desktop->client, m_desktopDir.path(), QString());
    ConnectionProfile profile;
    profile.mode = ConnectionProfile::Mode::Remote;
    profile.remoteUrl = m_broker->url();
    desktop->connection->connectTo(profile);
    if (!QTest::qWaitFor([&] { return desktop->connection->state() == BrokerConnection::State::Connected; },
                         kTimeoutMs))
        qFatal("the desktop did not connect: %s", qPrintable(desktop->connection->lastError()));
    desktop->connection->login(email, QString::fromLatin1(kPassword), false);
    if (!QTest::qWaitFor([&] { return desktop->connection->currentUser().has_value(); }, kTimeoutMs))
        qFatal("%s could not log in", qPrintable(email));
    return desktop;
}

void tst_InstancesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SpareCloudTests"_s);
    QCoreApplication::setApplicationName(u"tst_instancespage"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings().clear();
    QLoggingCategory::setFilterRules(u"sc.*.info=false"_s);
    QVERIFY(m_dir.isValid() && m_desktopDir.isValid());

    sc::providersim::ProviderSimulatorOptions options;
    options.providers = 2;
    options.seed = 11;
    options.provisioningDelay = std::chrono::milliseconds(800);
    options.stoppingDelay = std::chrono::milliseconds(400);
    m_sim = std::make_unique<sc::providersim::ProviderSimulator>(options);
    QVERIFY2(m_sim->listen(QHostAddress::LocalHost), qPrintable(m_sim->errorString()));

    sc::broker::BrokerConfig config;

    // Buyers start with ample credit: what is tested here is not the money.

    config.billing.welcomeCredit = 100'000'000;
    config.port = 0;
    config.dataDir = m_dir.path();
    config.passwordParameters = sc::broker::PasswordHasher::fastParametersForTests();
    config.accessLimits.perAddress = {1e6, 1e6};
    config.accessLimits.perCredential = {1e6, 1e6};
    config.providerPolling.intervalMs = 500; // the instance is seen running soon after the cloud started it
    config.providerPolling.timeoutMs = 2'000;
    config.providerPolling.tickMs = 20;
    config.providerPolling.flushMs = 100;
    QCOMPARE(sc::broker::Broker(config, m_clock).createOperator(u"root@ops.example"_s, QString::fromLatin1(kPassword)),
             QString());
    m_broker = std::make_unique<sc::broker::Broker>(config, m_clock);
    QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    m_api = std::make_unique<TestApi>(m_broker->url());
    const QByteArray root = login("root@ops.example");
    account(u"sam@seller.example"_s, u"Sam Hosting"_s, u"seller"_s, root);
    account(u"ann@buyer.example"_s, u"Ann Analytics"_s, u"buyer"_s, root);
    m_seller = login("sam@seller.example");
    m_buyer = login("ann@buyer.example");
    QVERIFY(!m_seller.isEmpty() && !m_buyer.isEmpty());
}

void tst_InstancesPage::cleanupTestCase()
{
    m_instanceTester.reset();
    m_cloudTester.reset();
    m_instances.reset();
    m_marketplace.reset();
    m_sellerPage.reset();
    m_buyerDesktop.reset();
    m_sellerDesktop.reset();
    m_api.reset();
    m_broker.reset();
    m_sim.reset();
}

void tst_InstancesPage::sellerConnectsACloud()
{
    m_sellerDesktop = desktop(u"sam@seller.example"_s);
    m_sellerPage = std::make_unique<SellerConsolePage>(m_sellerDesktop->client, *m_sellerDesktop->connection);
    m_cloudTester = std::make_unique<QAbstractItemModelTester>(m_sellerPage->model(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_sellerPage->setPollInterval(300); // health as the poller sees it, soon
    m_sellerPage->resize(1280, 800);
    m_sellerPage->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_sellerPage.get()));
    // No cloud yet: the page says so and offers the way forward.
    QTRY_COMPARE_WITH_TIMEOUT(m_sellerPage->state(), SellerConsolePage::State::Empty, kTimeoutMs);

    m_sellerPage->findChild<QPushButton *>(u"connectCloudAction"_s)->click();
    QTRY_VERIFY(m_sellerPage->connectDialog() && m_sellerPage->connectDialog()->isVisible());
    sc::ui::ConnectCloudDialog *dialog = m_sellerPage->connectDialog();
    dialog->findChild<QLineEdit *>(u"cloudName"_s)->setText(u"Frankfurt rack"_s);
    dialog->findChild<QLineEdit *>(u"cloudEndpoint"_s)->setText(m_sim->baseUrl(0).toString());
    dialog->findChild<QLineEdit *>(u"cloudCredential"_s)->setText(u"not-the-credential-at-all"_s);
    auto *connectButton = dialog->findChild<QPushButton *>(u"connectCloudButton"_s);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    // Refused by the cloud: the reason in words in the dialog, which stays open.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->errorText().contains(u"refused the credential"), kTimeoutMs);
    QVERIFY(dialog->isVisible());
    QTest::qWait(50);
    screenshot(dialog, u"connect-refused"_s);
    QCOMPARE(m_sellerPage->model()->rowCount(), 0);

    dialog->findChild<QLineEdit *>(u"cloudCredential"_s)->setText(QString::fromLatin1(m_sim->credential(0)));
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_sellerPage->connectDialog(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_sellerPage->state(), SellerConsolePage::State::Loaded, kTimeoutMs);
    QCOMPARE(m_sellerPage->model()->rowCount(), 1);
    const auto provider = m_sellerPage->selectedProvider();
    QVERIFY(provider);
    QVERIFY(provider->connected);
    QCOMPARE(provider->name, u"Frankfurt rack"_s);
    m_providerId = provider->id;
    // Its profiles with slots and their catalog mapping in the detail.
    QVERIFY(m_sellerPage->detail()->profileModel()->rowCount() > 0);
    QVERIFY(m_sellerPage->detail()->isVisible());
    // The poller reaches it: up, heard from moments ago.
    QTRY_VERIFY_WITH_TIMEOUT(m_sellerPage->selectedProvider()->health.state == u"up"_s, kTimeoutMs);
    QVERIFY(m_sellerPage->findChild<QLabel *>(u"cloudLastHeard"_s)->text().contains(u"s ago"));
    screenshot(m_sellerPage.get(), u"seller-console"_s);
}

void tst_InstancesPage::buyerSeesTheInstanceRunThroughTheStream()
{
    QVERIFY(m_providerId > 0);
    m_buyerDesktop = desktop(u"ann@buyer.example"_s);
    m_marketplace = std::make_unique<sc::ui::MarketplacePage>(m_buyerDesktop->client, *m_buyerDesktop->connection);
    m_marketplace->setPollInterval(3'600'000);
    m_instances = std::make_unique<InstancesPage>(
        m_buyerDesktop->client, *m_buyerDesktop->connection, m_marketplace->stream());
    m_instances->setPollInterval(3'600'000); // what arrives, arrives through the stream
    m_instances->detail()->setUtilizationInterval(500);
    m_instanceTester = std::make_unique<QAbstractItemModelTester>(
        m_instances->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_instances->resize(1280, 800);
    m_instances->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_instances.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_instances->state(), InstancesPage::State::Empty, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_marketplace->isLive(), kTimeoutMs);

    // The seller asks on something the cloud can run; the buyer buys it.
    QString type;
    QString region;
    const auto provider = m_sellerPage->selectedProvider();
    for (const auto &profile : provider->profiles) {
        for (const auto &cloudRegion : provider->regions) {
            if (type.isEmpty() && cloudRegion.code == profile.regionCode && !cloudRegion.catalogRegion.isEmpty()
                && !profile.instanceType.isEmpty() && profile.freeSlots > 0) {
                type = profile.instanceType;
                region = cloudRegion.catalogRegion;
            }
        }
    }
    QVERIFY2(!type.isEmpty(), "the simulated cloud has nothing sellable");
    const Reply ask = m_api->send(
        "POST",
        u"/api/v1/market/asks"_s,
        m_seller,
        QJsonObject{{u"providerId"_s, m_providerId},
                    {u"instanceType"_s, type},
                    {u"region"_s, region},
                    {u"quantity"_s, 1},
                    {u"pricePerHour"_s, 123},
                    {u"renewableHours"_s, 4},
                    {u"availableUntil"_s, QDateTime::currentDateTimeUtc().addDays(5).toString(Qt::ISODateWithMs)}});
    QVERIFY2(ask.status == 201, ask.body.constData());
    const Reply bid = m_api->send("POST",
                                  u"/api/v1/market/bids"_s,
                                  m_buyer,
                                  QJsonObject{{u"instanceType"_s, type},
                                              {u"regions"_s, QJsonArray{region}},
                                              {u"maxPricePerHour"_s, 150},
                                              {u"durationHours"_s, 2},
                                              {u"quantity"_s, 1},
                                              {u"timeInForce"_s, u"ioc"_s}});
    QVERIFY2(bid.status == 201, bid.body.constData());
    m_leaseId = bid.json().value(u"leaseIds"_s).toArray().first().toInteger();
    QVERIFY(m_leaseId > 0);

    // The stream announces it; it provisions, then runs.
    QTRY_COMPARE_WITH_TIMEOUT(m_instances->model()->rowCount(), 1, kTimeoutMs);
    QCOMPARE(m_instances->state(), InstancesPage::State::Loaded);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_instances->model()->index(0, InstanceModel::StateColumn).data(InstanceModel::StateRole).toString(),
        u"running"_s,
        kTimeoutMs);
    const InstanceModel &model = *m_instances->model();
    QCOMPARE(model.rowAt(0).leaseId, m_leaseId);
    QCOMPARE(model.index(0, InstanceModel::PriceColumn).data().toString(), u"€1.23/h"_s); // the ask's price, locked
    QVERIFY(model.index(0, InstanceModel::ProviderColumn).data().toString().contains(provider->pseudonym));
    QVERIFY(!model.index(0, InstanceModel::ProviderColumn).data().toString().contains(u"Frankfurt rack"));
    QVERIFY(model.index(0, InstanceModel::TimeLeftColumn).data().toString().contains(u" h "));
    QTRY_VERIFY(!model.rowAt(0).address.isEmpty());

    // Selected, with its use measured while it runs.
    QVERIFY(m_instances->selectedInstance());
    QCOMPARE(m_instances->detail()->instanceId(), std::optional<qint64>(model.rowAt(0).id));
    // The cloud measures every 10 s of running time: the first sample within a few rounds of 500 ms.
    QTRY_VERIFY_WITH_TIMEOUT(m_instances->detail()->chart()->sampleCount() > 0, kTimeoutMs);
    QVERIFY(m_instances->detail()->terminateButton()->isEnabled());
    screenshot(m_instances.get(), u"instances-running"_s);
}

void tst_InstancesPage::leaseNotificationOpensTheInstance()
{
    QVERIFY(m_leaseId > 0);
    // "instance_running" arrived over the stream while the page was shown: a banner with the broker's message.
    QSignalSpy requested(m_marketplace.get(), &sc::ui::MarketplacePage::leaseRequested);
    auto *banner = m_marketplace->findChild<sc::ui::NoticeBanner *>(u"notificationBanner"_s);
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->text().isEmpty(), kTimeoutMs);
    auto *show = banner->findChild<QPushButton *>();
    QVERIFY(show);
    show->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toLongLong(), m_leaseId);

    // The page opens that lease's instance, also when a filter hides it.
    m_instances->setStateFilter(u"failed"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_instances->state(), InstancesPage::State::Empty, kTimeoutMs);
    m_instances->showLease(m_leaseId);
    QTRY_VERIFY_WITH_TIMEOUT(m_instances->selectedInstance() && m_instances->selectedInstance()->leaseId == m_leaseId,
                             kTimeoutMs);
    QCOMPARE(m_instances->stateFilter(), QString());
}

void tst_InstancesPage::buyerTerminatesTheInstance()
{
    QVERIFY(m_instances && m_instances->selectedInstance());
    sc::ui::ConfirmationPrompt::setNextAnswer(false);
    m_instances->detail()->terminateButton()->click();
    QVERIFY(sc::ui::ConfirmationPrompt::lastQuestion().contains(u"billing stops now"));
    QCOMPARE(m_instances->selectedInstance()->state, u"running"_s); // said no: nothing happens

    sc::ui::ConfirmationPrompt::setNextAnswer(true);
    m_instances->detail()->terminateButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_instances->detail()->statusText().contains(u"billing stopped"), kTimeoutMs);
    // The stream brings the new state: stopping, then terminated; no time left, no terminate.
    QTRY_VERIFY_WITH_TIMEOUT(m_instances->selectedInstance()->state == u"stopping"_s
                                 || m_instances->selectedInstance()->state == u"terminated"_s,
                             kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_instances->selectedInstance()->state, u"terminated"_s, kTimeoutMs);
    QCOMPARE(m_instances->model()->index(0, InstanceModel::TimeLeftColumn).data().toString(), u"Ended"_s);
    QVERIFY(!m_instances->detail()->terminateButton()->isEnabled());
    QVERIFY(m_instances->detail()->chart()->sampleCount() == 0);
    screenshot(m_instances.get(), u"instances-terminated"_s);
}

void tst_InstancesPage::buyerRenewsTheLease()
{
    QVERIFY(m_instances && m_instances->selectedInstance());
    sc::ui::InstanceDetailPanel *detail = m_instances->detail();
    QVERIFY(detail->renewButton()->isVisible());
    QVERIFY(detail->autoRenewButton()->isVisible());
    QVERIFY(!detail->reviewButton()->isVisible());
    const QDateTime endsAt = m_instances->selectedInstance()->leaseEndsAt;

    detail->renewButton()->click();
    auto *dialog = detail->findChild<sc::ui::RenewLeaseDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->setHours(2);
    QVERIFY2(dialog->costText().contains(u"€2.46"), qPrintable(dialog->costText())); // 2 h at the locked €1.23/h
    // More than the seller allows: refused in words, the dialog stays open.
    dialog->setHours(6);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"renewButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), kTimeoutMs);
    QVERIFY2(dialog->errorText().contains(u"4 more hour"), qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());
    screenshot(dialog, u"renew-refused"_s);

    dialog->setHours(2);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"renewButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!detail->findChild<sc::ui::RenewLeaseDialog *>(), kTimeoutMs);
    QVERIFY(detail->statusText().contains(u"renewed"));
    QTRY_COMPARE_WITH_TIMEOUT(m_instances->selectedInstance()->leaseEndsAt, endsAt.addSecs(2 * 3600), kTimeoutMs);

    // Automatic renewal on and off again.
    detail->autoRenewButton()->click();
    auto *autoRenew = detail->findChild<sc::ui::AutoRenewDialog *>();
    QVERIFY(autoRenew && autoRenew->isVisible());
    autoRenew->setHours(1);
    autoRenew->setBudget(5.0);
    QTest::mouseClick(autoRenew->findChild<QPushButton *>(u"autoRenewButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!detail->findChild<sc::ui::AutoRenewDialog *>(), kTimeoutMs);
    QVERIFY2(detail->statusText().contains(u"€5.00"), qPrintable(detail->statusText()));
    detail->autoRenewButton()->click();
    autoRenew = detail->findChild<sc::ui::AutoRenewDialog *>();
    QVERIFY(autoRenew);
    autoRenew->setEnabledRenewal(false);
    QTest::mouseClick(autoRenew->findChild<QPushButton *>(u"autoRenewButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!detail->findChild<sc::ui::AutoRenewDialog *>(), kTimeoutMs);
    QVERIFY(detail->statusText().contains(u"no longer renewed"));
}

void tst_InstancesPage::buyerReviewsTheEndedLease()
{
    QVERIFY(m_instances && m_instances->selectedInstance());
    sc::ui::InstanceDetailPanel *detail = m_instances->detail();
    QTRY_COMPARE_WITH_TIMEOUT(m_instances->selectedInstance()->leaseStatus, u"ended"_s, kTimeoutMs);
    QVERIFY(!detail->renewButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(detail->reviewButton()->isVisible(), kTimeoutMs);

    detail->reviewButton()->click();
    auto *dialog = detail->findChild<sc::ui::ReviewDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->setStars(4);
    dialog->setComment(u"Fast to start, steady."_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"reviewButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!detail->findChild<sc::ui::ReviewDialog *>(), kTimeoutMs);
    QVERIFY(detail->statusText().contains(u"review was sent"));

    // Once per lease: a second review is refused in words.
    detail->reviewButton()->click();
    dialog = detail->findChild<sc::ui::ReviewDialog *>();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"reviewButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), kTimeoutMs);
    QVERIFY2(dialog->errorText().contains(u"already reviewed"), qPrintable(dialog->errorText()));
    dialog->reject();
}

void tst_InstancesPage::buyerSeesNoSellerConsole()
{
    SellerConsolePage page(m_buyerDesktop->client, *m_buyerDesktop->connection);
    QCOMPARE(page.state(), SellerConsolePage::State::NotSeller);
}

QTEST_MAIN(tst_InstancesPage)
#include "tst_instancespage.moc"
