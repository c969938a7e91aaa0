// The Seller console's capacity chart, utilization, rating breakdown and
// active leases end to end: a real broker on a manual clock and a simulated
// provider cloud in this process on loopback, the page logged in as the
// seller. What the page shows is compared with what the API answers.
#include "TestApi.h"
#include "client/BrokerClient.h"
#include "client/BrokerConnection.h"
#include "client/ConnectionProfile.h"
#include "core/Broker.h"
#include "core/Clock.h"
#include "core/auth/PasswordHasher.h"
#include "providersim/ProviderSimulator.h"
#include "ui/SellerConsolePage.h"
#include "ui/seller/CapacityChart.h"
#include "ui/seller/CloudDetailPanel.h"
#include "ui/seller/SellerLeaseModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using sc::client::BrokerClient;
using sc::client::BrokerConnection;
using sc::client::ConnectionProfile;
using sc::test::Reply;
using sc::test::TestApi;
using sc::ui::SellerConsolePage;
using sc::ui::SellerLeaseModel;

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

QString cellText(QTableWidget *table, const QString &component, int column)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == component)
            return table->item(row, column) ? table->item(row, column)->text() : QString();
    }
    return u"<no row %1>"_s.arg(component);
}
} // namespace

class tst_SellerConsolePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyLeasesSaySomethingUseful();
    void chartGetsTheCapacityPoints();
    void breakdownShowsWhatTheApiGives();
    void leasesTableListsTheSellersLeases();

private:
    QByteArray login(const QByteArray &email);
    void account(const QString &email, const QString &organization, const QString &role, const QByteArray &root);
    // Moves the broker's clock on and lets it poll the cloud and run its jobs.
    void advance(qint64 ms);
    QJsonObject apiProvider();

    QTemporaryDir m_dir;
    QTemporaryDir m_desktopDir;
    sc::broker::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<sc::providersim::ProviderSimulator> m_sim;
    std::unique_ptr<sc::broker::Broker> m_broker;
    std::unique_ptr<TestApi> m_api;
    QByteArray m_seller;
    QByteArray m_buyer;
    BrokerClient m_client;
    std::unique_ptr<BrokerConnection> m_connection;
    std::unique_ptr<SellerConsolePage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_leaseTester;
    qint64 m_providerId = 0;
    QString m_providerName = u"Lisbon rack"_s;
};

QByteArray tst_SellerConsolePage::login(const QByteArray &email)
{
    const Reply reply = m_api->send(
        "POST",
        u"/api/v1/auth/login"_s,
        {},
        QJsonObject{{u"email"_s, QString::fromLatin1(email)}, {u"password"_s, QString::fromLatin1(kPassword)}});
    return reply.json().value(u"token"_s).toString().toLatin1();
}

void tst_SellerConsolePage::account(const QString &email, const QString &organization, const QString &role,
                                    const QByteArray &root)
{
    const Reply registered = m_api->send("POST",
                                         u"/api/v1/auth/register"_s,
                                         {},
                                         QJsonObject{{u"email"_s, email},
                                                     {u"password"_s, QString::fromLatin1(kPassword)},
                                                     {u"displayName"_s, organization},
                                                     {u"organizationName"_s, organization},
                                                     {u"countryCode"_s, u"PT"_s},
                                                     {u"role"_s, role}});
    QCOMPARE(registered.status, 201);
    if (role == u"seller"_s) {
        const qint64 organizationId = registered.json().value(u"organization"_s).toObject().value(u"id"_s).toInteger();
        QCOMPARE(m_api->send("POST", u"/api/v1/operator/organizations/%1/approve"_s.arg(organizationId), root).status,
                 204);
    }
}

void tst_SellerConsolePage::advance(qint64 ms)
{
    m_clock.advance(ms);
    for (int i = 0; i < 4; ++i) {
        m_sim->processDueEvents();
        QTest::qWait(60); // jobs tick every 200 ms of real time, the poller every 20
    }
}

QJsonObject tst_SellerConsolePage::apiProvider()
{
    const Reply listed = m_api->send("GET", u"/api/v1/seller/providers"_s, m_seller);
    const QJsonArray providers = listed.json().value(u"providers"_s).toArray();
    for (const QJsonValue &value : providers) {
        if (value.toObject().value(u"id"_s).toInteger() == m_providerId)
            return value.toObject();
    }
    return {};
}

void tst_SellerConsolePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SpareCloudTests"_s);
    QCoreApplication::setApplicationName(u"tst_sellerconsolepage"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings().clear();
    QLoggingCategory::setFilterRules(u"sc.*.info=false"_s);
    QVERIFY(m_dir.isValid() && m_desktopDir.isValid());

    sc::providersim::ProviderSimulatorOptions options;
    options.providers = 1;
    options.seed = 23;
    options.provisioningDelay = std::chrono::milliseconds(20'000);
    options.stoppingDelay = std::chrono::milliseconds(5'000);
    options.clock = [this] { return m_clock.now().toMSecsSinceEpoch(); };
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
    config.accountLimits.sessionLifetime = std::chrono::hours(24 * 365);
    config.providerPolling.intervalMs = 30'000;
    config.providerPolling.timeoutMs = 2'000;
    config.providerPolling.tickMs = 20;
    config.providerPolling.flushMs = 100;
    config.providerPolling.capacityEvery = 2;
    QCOMPARE(sc::broker::Broker(config, m_clock).createOperator(u"root@ops.example"_s, QString::fromLatin1(kPassword)),
             QString());
    m_broker = std::make_unique<sc::broker::Broker>(config, m_clock);
    QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    m_api = std::make_unique<TestApi>(m_broker->url());
    const QByteArray root = login("root@ops.example");
    account(u"lea@lisbon-seller.example"_s, u"Lea Lisbon Hosting"_s, u"seller"_s, root);
    account(u"max@porto-buyer.example"_s, u"Max Porto Analytics"_s, u"buyer"_s, root);
    m_seller = login("lea@lisbon-seller.example");
    m_buyer = login("max@porto-buyer.example");
    QVERIFY(!m_seller.isEmpty() && !m_buyer.isEmpty());

    const Reply connected = m_api->send("POST",
                                        u"/api/v1/seller/providers"_s,
                                        m_seller,
                                        QJsonObject{{u"name"_s, m_providerName},
                                                    {u"endpoint"_s, m_sim->baseUrl(0).toString()},
                                                    {u"credential"_s, QString::fromLatin1(m_sim->credential(0))}});
    QCOMPARE(connected.status, 201);
    m_providerId = connected.json().value(u"id"_s).toInteger();
    // Half an hour of polls: capacity readings for the chart.
    for (int i = 0; i < 12; ++i)
        advance(150'000);

    m_connection = std::make_unique<BrokerConnection>(m_client, m_desktopDir.path(), QString());
    ConnectionProfile profile;
    profile.mode = ConnectionProfile::Mode::Remote;
    profile.remoteUrl = m_broker->url();
    m_connection->connectTo(profile);
    QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), BrokerConnection::State::Connected, kTimeoutMs);
    m_connection->login(u"lea@lisbon-seller.example"_s, QString::fromLatin1(kPassword), false);
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->currentUser().has_value(), kTimeoutMs);

    m_page = std::make_unique<SellerConsolePage>(m_client, *m_connection);
    m_leaseTester = std::make_unique<QAbstractItemModelTester>(m_page->leaseModel(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->setPollInterval(300);
    m_page->setClock([this] { return m_clock.now(); });
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->state(), SellerConsolePage::State::Loaded, kTimeoutMs);
    m_page->selectProvider(m_providerId);
    QTRY_VERIFY(m_page->selectedProvider() && m_page->selectedProvider()->id == m_providerId);
}

void tst_SellerConsolePage::cleanupTestCase()
{
    m_leaseTester.reset();
    m_page.reset();
    m_connection.reset();
    m_api.reset();
    m_broker.reset();
    m_sim.reset();
}

void tst_SellerConsolePage::emptyLeasesSaySomethingUseful()
{
    m_page->tabs()->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->leaseSummaryText().contains(u"No leases on your clouds right now"), kTimeoutMs);
    QCOMPARE(m_page->leaseModel()->rowCount(), 0);
    QVERIFY(m_page->leaseSummaryText().contains(u"Buyers stay anonymous"));
    QVERIFY(!m_page->leaseTable()->isVisible());
    screenshot(m_page.get(), u"seller-leases-empty"_s);
    m_page->tabs()->setCurrentIndex(0);
}

void tst_SellerConsolePage::chartGetsTheCapacityPoints()
{
    sc::ui::CloudDetailPanel *detail = m_page->detail();
    detail->tabs()->setCurrentIndex(1);
    const Reply reply = m_api->send(
        "GET", u"/api/v1/seller/providers/%1/capacity-history"_s.arg(m_providerId), m_seller);
    QCOMPARE(reply.status, 200);
    const QJsonObject history = reply.json();
    const QJsonArray points = history.value(u"points"_s).toArray();
    QVERIFY2(points.size() >= 4, qPrintable(QString::number(points.size())));
    detail->reloadCapacity();
    QTRY_COMPARE_WITH_TIMEOUT(detail->capacityChart()->pointCount(), int(points.size()), kTimeoutMs);
    const QJsonObject last = points.last().toObject();
    const int lastIndex = int(points.size()) - 1;
    QCOMPARE(detail->capacityChart()->usedAt(lastIndex), last.value(u"usedSlots"_s).toDouble());
    QCOMPARE(detail->capacityChart()->totalAt(lastIndex),
             last.value(u"usedSlots"_s).toDouble() + last.value(u"freeSlots"_s).toDouble());
    QVERIFY(detail->capacityChart()->message().isEmpty());

    // The cloud's utilization in words, with the API's numbers.
    const QJsonObject use = history.value(u"utilization"_s).toObject();
    const QString utilization = detail->findChild<QLabel *>(u"cloudUtilization"_s)->text();
    const QLocale locale;
    const QString inUse = u"%1 of %2 slots in use"_s.arg(locale.toString(use.value(u"usedSlots"_s).toInteger()),
                                                         locale.toString(use.value(u"totalSlots"_s).toInteger()));
    QVERIFY2(utilization.contains(inUse), qPrintable(utilization));
    QVERIFY2(utilization.contains(u"Slots, not CPU"_s), qPrintable(utilization));
    screenshot(m_page.get(), u"seller-capacity"_s);
}

void tst_SellerConsolePage::breakdownShowsWhatTheApiGives()
{
    // The broker rates every 10 minutes.
    advance(11 * 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(apiProvider().contains(u"ratingBreakdown"_s), kTimeoutMs);
    const QJsonObject breakdown = apiProvider().value(u"ratingBreakdown"_s).toObject();
    sc::ui::CloudDetailPanel *detail = m_page->detail();
    detail->tabs()->setCurrentIndex(2);
    QTableWidget *table = detail->ratingTable();
    const QLocale locale;
    const QString score = locale.toString(breakdown.value(u"score"_s).toDouble(), 'f', 3);
    QTRY_COMPARE_WITH_TIMEOUT(cellText(table, u"Composite score"_s, 3), score, kTimeoutMs);
    // Each component with its weight, and what it counts as (the prior where there is no evidence).
    const QJsonObject weights = breakdown.value(u"weights"_s).toObject();
    QCOMPARE(cellText(table, u"Uptime, 30 days"_s, 2),
             u"%1 %"_s.arg(locale.toString(100 * weights.value(u"uptime30d"_s).toDouble(), 'f', 0)));
    QCOMPARE(cellText(table, u"Provisioning success"_s, 2), u"25 %"_s);
    QCOMPARE(cellText(table, u"State conformance"_s, 2), u"20 %"_s);
    QCOMPARE(cellText(table, u"Buyer reviews"_s, 2), u"20 %"_s);
    QCOMPARE(cellText(table, u"Uptime, 30 days"_s, 3),
             locale.toString(breakdown.value(u"uptime30d"_s).toDouble(), 'f', 2));
    QVERIFY(breakdown.value(u"reviewStars"_s).isNull());
    QCOMPARE(cellText(table, u"Buyer reviews"_s, 1), u"No reviews yet"_s);
    QCOMPARE(cellText(table, u"Buyer reviews"_s, 3), u"0.60 (prior)"_s);
    QCOMPARE(cellText(table, u"Rating"_s, 1),
             u"★ %1"_s.arg(locale.toString(breakdown.value(u"rating"_s).toDouble(), 'f', 1)));
    // Few observations: the page explains why the rating sits near 3.0.
    QVERIFY(breakdown.value(u"evidence"_s).toDouble() < 10);
    const QString note = detail->findChild<QLabel *>(u"ratingNote"_s)->text();
    QVERIFY2(note.contains(u"New provider, neutral prior"_s), qPrintable(note));
    QVERIFY2(note.contains(u"Formula version 1"_s), qPrintable(note));
    screenshot(m_page.get(), u"seller-rating"_s);
}

void tst_SellerConsolePage::leasesTableListsTheSellersLeases()
{
    const Reply provider = m_api->send("GET", u"/api/v1/seller/providers"_s, m_seller);
    const QJsonArray providers = provider.json().value(u"providers"_s).toArray();
    const QJsonObject cloud = providers.first().toObject();
    QString type;
    QString region;
    QHash<QString, QString> regionOf;
    const QJsonArray regions = cloud.value(u"regions"_s).toArray();
    for (const QJsonValue &value : regions) {
        if (!value.toObject().value(u"region"_s).isNull())
            regionOf.insert(value.toObject().value(u"code"_s).toString(),
                            value.toObject().value(u"region"_s).toString());
    }
    const QJsonArray profiles = cloud.value(u"profiles"_s).toArray();
    for (const QJsonValue &value : profiles) {
        const QJsonObject profile = value.toObject();
        if (type.isEmpty() && !profile.value(u"instanceType"_s).isNull()
            && regionOf.contains(profile.value(u"regionCode"_s).toString())
            && profile.value(u"freeSlots"_s).toInt() > 0) {
            type = profile.value(u"instanceType"_s).toString();
            region = regionOf.value(profile.value(u"regionCode"_s).toString());
        }
    }
    QVERIFY(!type.isEmpty());
    const Reply ask = m_api->send(
        "POST",
        u"/api/v1/market/asks"_s,
        m_seller,
        QJsonObject{{u"providerId"_s, m_providerId},
                    {u"instanceType"_s, type},
                    {u"region"_s, region},
                    {u"quantity"_s, 2},
                    {u"pricePerHour"_s, 77},
                    {u"availableUntil"_s, m_clock.now().addDays(30).toString(Qt::ISODateWithMs)}});
    QCOMPARE(ask.status, 201);
    for (int i = 0; i < 2; ++i) {
        const Reply bought = m_api->send("POST",
                                         u"/api/v1/market/bids"_s,
                                         m_buyer,
                                         QJsonObject{{u"instanceType"_s, type},
                                                     {u"regions"_s, QJsonArray{region}},
                                                     {u"maxPricePerHour"_s, 77},
                                                     {u"durationHours"_s, 4 + i},
                                                     {u"quantity"_s, 1},
                                                     {u"timeInForce"_s, u"ioc"_s}});
        QCOMPARE(bought.json().value(u"leaseIds"_s).toArray().size(), 1);
    }
    // The instances start on the cloud (20 s of its time).
    for (int i = 0; i < 6; ++i)
        advance(10'000);

    m_page->tabs()->setCurrentIndex(1);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->leaseModel()->rowCount(), 2, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        (advance(10'000), m_page->leaseModel()->index(0, SellerLeaseModel::StateColumn).data().toString()),
        u"Running"_s,
        kTimeoutMs);
    SellerLeaseModel *model = m_page->leaseModel();
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(model->index(row, SellerLeaseModel::ProviderColumn).data().toString(), m_providerName);
        QCOMPARE(model->index(row, SellerLeaseModel::TypeColumn).data().toString(), type);
        QVERIFY(model->index(row, SellerLeaseModel::PriceColumn).data().toString().contains(u"0.77"_s));
    }
    // Soonest end first: the 4-hour lease before the 5-hour one.
    QVERIFY(model->rowAt(0).endsAt < model->rowAt(1).endsAt);
    QVERIFY(m_page->leaseTable()->isVisible());
    QVERIFY2(m_page->leaseSummaryText().contains(u"2 leases"_s), qPrintable(m_page->leaseSummaryText()));
    // Nothing of the buyer anywhere in the table.
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString text = model->index(row, column).data().toString()
                                 + model->index(row, column).data(Qt::ToolTipRole).toString();
            QVERIFY2(!text.contains(u"Max"_s) && !text.contains(u"porto-buyer"_s), qPrintable(text));
        }
    }
    screenshot(m_page.get(), u"seller-leases"_s);

    // The cloud's utilization now counts the leases sold here.
    m_page->tabs()->setCurrentIndex(0);
    m_page->detail()->tabs()->setCurrentIndex(1);
    m_page->detail()->reloadCapacity();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->detail()
                                 ->findChild<QLabel *>(u"cloudUtilization"_s)
                                 ->text()
                                 .contains(u"2 of the used slots run leases sold here"_s),
                             kTimeoutMs);
}

QTEST_MAIN(tst_SellerConsolePage)
#include "tst_sellerconsolepage.moc"
