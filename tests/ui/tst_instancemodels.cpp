// The Instances page's and the Seller console's models, chart and dialog
// alone, on canned data of the broker's contract: what each column shows and
// sorts by, the live countdown, staleness counting on, the profiles' catalog
// mapping, the utilization chart, and the connect dialog's refusals in words.
#include "client/BrokerClient.h"
#include "client/InstanceClient.h"
#include "client/SellerCloudClient.h"
#include "ui/instances/BadgeDelegate.h"
#include "ui/instances/InstanceModel.h"
#include "ui/instances/UtilizationChart.h"
#include "ui/market/CatalogIndex.h"
#include "ui/market/TableStyle.h"
#include "ui/seller/CloudModel.h"
#include "ui/seller/ConnectCloudDialog.h"
#include "ui/seller/ProfileModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using sc::client::InstanceClient;
using sc::client::SellerCloudClient;
using sc::ui::CloudModel;
using sc::ui::InstanceModel;
using sc::ui::ProfileModel;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);

InstanceClient::Instance instance(qint64 id, const QString &state, qint64 secondsLeft, qint64 price)
{
    InstanceClient::Instance instance;
    instance.id = id;
    instance.leaseId = 100 + id;
    instance.state = state;
    instance.createdAt = kNow.addSecs(-3'600);
    instance.updatedAt = kNow;
    instance.instanceType = u"g1.small"_s;
    instance.region = u"eu-de-fra"_s;
    instance.pricePerHour = price;
    instance.currency = u"EUR"_s;
    instance.leaseStartsAt = kNow.addSecs(-3'600);
    instance.leaseEndsAt = kNow.addSecs(secondsLeft);
    instance.leaseStatus = InstanceClient::isLive(state) ? u"active"_s : u"ended"_s;
    instance.providerPseudonym = u"swift-otter"_s;
    instance.providerRating = 4.5;
    return instance;
}

sc::ui::CatalogIndex catalog()
{
    sc::protocol::Catalog catalog;
    sc::protocol::InstanceType type;
    type.id = u"g1.small"_s;
    type.vcpus = 2;
    type.memoryMiB = 8192;
    type.diskGiB = 80;
    catalog.instanceTypes.append(type);
    sc::protocol::Region region;
    region.id = u"eu-de-fra"_s;
    region.countryCode = u"DE"_s;
    region.name = u"Frankfurt"_s;
    region.city = u"Frankfurt am Main"_s;
    catalog.regions.append(region);
    return sc::ui::CatalogIndex(catalog);
}

SellerCloudClient::Provider cloud(qint64 id, const QString &health, std::optional<qint64> staleness)
{
    SellerCloudClient::Provider provider;
    provider.id = id;
    provider.name = u"Cloud %1"_s.arg(id);
    provider.pseudonym = u"otter-%1"_s.arg(id);
    provider.rating = 4;
    provider.status = u"active"_s;
    provider.connected = true;
    provider.endpoint = u"https://cloud%1.example"_s.arg(id);
    provider.health.state = health;
    provider.health.stalenessSeconds = staleness;
    provider.health.consecutiveFailures = health == u"down" ? 4 : 0;
    provider.regions = {{u"fra-1"_s, u"DE"_s, u"Frankfurt"_s, u"eu-de-fra"_s}, {u"rey"_s, u"IS"_s, u"Reykjavik"_s, {}}};
    SellerCloudClient::Profile mapped;
    mapped.regionCode = u"fra-1"_s;
    mapped.profileId = u"std-2"_s;
    mapped.name = u"Standard 2"_s;
    mapped.vcpus = 2;
    mapped.memoryMiB = 8192;
    mapped.diskGiB = 80;
    mapped.instanceType = u"g1.small"_s;
    mapped.totalSlots = 10;
    mapped.usedSlots = 3;
    mapped.freeSlots = 7;
    SellerCloudClient::Profile unmapped = mapped;
    unmapped.regionCode = u"rey"_s;
    unmapped.profileId = u"odd"_s;
    unmapped.name = u"Odd"_s;
    unmapped.instanceType.clear();
    unmapped.totalSlots = 2;
    unmapped.usedSlots = 0;
    unmapped.freeSlots = 2;
    provider.profiles = {mapped, unmapped};
    return provider;
}

} // namespace

class tst_InstanceModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void instanceColumns();
    void timeLeftCountsDown();
    void timeLeftText_data();
    void timeLeftText();
    void sortsByRawValues();
    void refreshKeepsRowsInPlace();
    void stateBadgeColours();
    void cloudStalenessCountsOn();
    void cloudColumns();
    void profilesShowTheirCatalogMapping();
    void chartShowsSamplesOrWhy();
    void connectDialogExplainsRefusals_data();
    void connectDialogExplainsRefusals();
    void connectDialogChecksBeforeAsking();
};

void tst_InstanceModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_InstanceModels::instanceColumns()
{
    InstanceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(catalog());
    model.setNow(kNow);
    InstanceClient::Instance running = instance(1, u"running"_s, 2 * 3'600 + 5 * 60, 42);
    running.address = u"10.0.0.7"_s;
    model.setRows({running, instance(2, u"terminated"_s, -60, 10)});
    QCOMPARE(model.rowCount(), 2);
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, InstanceModel::StateColumn).toString(), u"Running"_s);
    QCOMPARE(cell(0, InstanceModel::TypeColumn).toString(), u"g1.small"_s);
    QCOMPARE(cell(0, InstanceModel::RegionColumn).toString(), u"Frankfurt"_s);
    QCOMPARE(cell(0, InstanceModel::ProviderColumn).toString(), u"★ 4.5 · swift-otter"_s);
    QCOMPARE(cell(0, InstanceModel::PriceColumn).toString(), u"€0.42/h"_s);
    QCOMPARE(cell(0, InstanceModel::TimeLeftColumn).toString(), u"2 h 5 min"_s);
    QCOMPARE(cell(0, InstanceModel::AddressColumn).toString(), u"10.0.0.7"_s);
    QCOMPARE(cell(1, InstanceModel::TimeLeftColumn).toString(), u"Ended"_s);
    QCOMPARE(cell(1, InstanceModel::AddressColumn).toString(), u"—"_s);
    QCOMPARE(cell(0, InstanceModel::StateColumn, InstanceModel::LeaseIdRole).toLongLong(), 101);
    QCOMPARE(model.rowOfLease(102), 1);
    QCOMPARE(model.rowOfLease(999), -1);
    QCOMPARE(model.rowOfInstance(2), 1);
}

void tst_InstanceModels::timeLeftCountsDown()
{
    InstanceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(kNow);
    model.setRows({instance(1, u"running"_s, 65, 42)});
    const QModelIndex timeLeft = model.index(0, InstanceModel::TimeLeftColumn);
    QCOMPARE(timeLeft.data().toString(), u"1 min 05 s"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(kNow.addSecs(10));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(InstanceModel::TimeLeftColumn));
    QCOMPARE(timeLeft.data().toString(), u"0 min 55 s"_s);
    model.setNow(kNow.addSecs(70));
    QCOMPARE(timeLeft.data().toString(), u"Ended"_s);
    QCOMPARE(timeLeft.data(InstanceModel::SortRole).toLongLong(), 0);
}

void tst_InstanceModels::timeLeftText_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("over") << qint64(0) << u"Ended"_s;
    QTest::newRow("seconds") << qint64(9) << u"0 min 09 s"_s;
    QTest::newRow("minutes") << qint64(12 * 60 + 3) << u"12 min 03 s"_s;
    QTest::newRow("hours") << qint64(3 * 3'600 + 12 * 60) << u"3 h 12 min"_s;
    QTest::newRow("days") << qint64(2 * 86'400 + 4 * 3'600 + 59) << u"2 d 4 h"_s;
}

void tst_InstanceModels::timeLeftText()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(InstanceModel::timeLeftText(seconds), text);
}

void tst_InstanceModels::sortsByRawValues()
{
    InstanceModel model;
    model.setNow(kNow);
    // Time left: 2 h against 10 min (text order would put "10 min" before "2 h" the wrong way round).
    model.setRows({instance(1, u"running"_s, 2 * 3'600, 900),
                   instance(2, u"running"_s, 600, 1'000),
                   instance(3, u"failed"_s, 0, 95)});
    QSortFilterProxyModel *proxy = sc::ui::TableStyle::sortedProxy(&model, InstanceModel::SortRole, this);
    proxy->sort(InstanceModel::TimeLeftColumn, Qt::AscendingOrder);
    QCOMPARE(proxy->index(0, 0).data(InstanceModel::IdRole).toLongLong(), 3);
    QCOMPARE(proxy->index(1, 0).data(InstanceModel::IdRole).toLongLong(), 2);
    QCOMPARE(proxy->index(2, 0).data(InstanceModel::IdRole).toLongLong(), 1);
    proxy->sort(InstanceModel::PriceColumn, Qt::DescendingOrder); // €10.00 above €9.00 above €0.95
    QCOMPARE(proxy->index(0, 0).data(InstanceModel::IdRole).toLongLong(), 2);
    QCOMPARE(proxy->index(2, 0).data(InstanceModel::IdRole).toLongLong(), 3);
    proxy->sort(InstanceModel::StateColumn, Qt::AscendingOrder); // the life cycle's order: running before failed
    QCOMPARE(proxy->index(2, 0).data(InstanceModel::IdRole).toLongLong(), 3);
    delete proxy;
}

void tst_InstanceModels::refreshKeepsRowsInPlace()
{
    InstanceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({instance(2, u"provisioning"_s, 3'600, 42), instance(1, u"running"_s, 3'600, 42)});
    const QPersistentModelIndex second = model.index(1, 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // Instance 2 became running and a new one arrived (the broker sends the newest first).
    model.setRows({instance(3, u"pending"_s, 3'600, 42),
                   instance(2, u"running"_s, 3'600, 42),
                   instance(1, u"running"_s, 3'600, 42)});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(second.row(), 1);
    QCOMPARE(model.index(0, InstanceModel::StateColumn).data().toString(), u"Running"_s);
    QCOMPARE(model.rowOfInstance(3), 2);
}

void tst_InstanceModels::stateBadgeColours()
{
    InstanceModel model;
    model.setRows(
        {instance(1, u"running"_s, 60, 1), instance(2, u"failed"_s, 60, 1), instance(3, u"pending"_s, 60, 1)});
    const auto colour = [&](int row) {
        return model.index(row, InstanceModel::StateColumn).data(sc::ui::BadgeDelegate::BadgeColorRole).value<QColor>();
    };
    QVERIFY(colour(0).isValid());
    QVERIFY(colour(0) != colour(1));
    QVERIFY(colour(1) != colour(2));
    QVERIFY(colour(0).green() > colour(0).red()); // running is green
    QVERIFY(colour(1).red() > colour(1).green()); // failed is red
    QVERIFY(!model.index(0, InstanceModel::TypeColumn).data(sc::ui::BadgeDelegate::BadgeColorRole).isValid());
}

void tst_InstanceModels::cloudStalenessCountsOn()
{
    CloudModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProviders({cloud(1, u"up"_s, 12), cloud(2, u"unknown"_s, std::nullopt)}, kNow);
    const QModelIndex heard = model.index(0, CloudModel::LastHeardColumn);
    QCOMPARE(heard.data().toString(), u"12 s ago"_s);
    model.setNow(kNow.addSecs(50));
    QCOMPARE(heard.data().toString(), u"1 min ago"_s);
    QCOMPARE(model.index(1, CloudModel::LastHeardColumn).data().toString(), u"never heard from"_s);
    // A new answer: staleness counts from it.
    model.setProviders({cloud(1, u"up"_s, 3), cloud(2, u"unknown"_s, std::nullopt)}, kNow.addSecs(60));
    QCOMPARE(heard.data().toString(), u"3 s ago"_s);
}

void tst_InstanceModels::cloudColumns()
{
    CloudModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SellerCloudClient::Provider manual;
    manual.id = 9;
    manual.name = u"By hand"_s;
    manual.pseudonym = u"calm-heron"_s;
    manual.status = u"active"_s;
    model.setProviders({cloud(1, u"down"_s, 600), manual}, kNow);
    QCOMPARE(model.index(0, CloudModel::HealthColumn).data().toString(), u"Down"_s);
    QCOMPARE(model.index(0, CloudModel::FailuresColumn).data().toString(), u"4"_s);
    QCOMPARE(model.index(0, CloudModel::SlotsColumn).data().toString(), u"9 of 12"_s);
    QCOMPARE(model.index(0, CloudModel::LastHeardColumn).data().toString(), u"10 min ago"_s);
    QCOMPARE(model.index(1, CloudModel::HealthColumn).data().toString(), u"By hand"_s);
    QCOMPARE(model.index(1, CloudModel::SlotsColumn).data().toString(), u"—"_s);
    QCOMPARE(model.rowOfProvider(9), 1);
}

void tst_InstanceModels::profilesShowTheirCatalogMapping()
{
    ProfileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(catalog());
    model.setProvider(cloud(1, u"up"_s, 1));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ProfileModel::RegionColumn).data().toString(), u"fra-1 → Frankfurt"_s);
    QCOMPARE(model.index(0, ProfileModel::CatalogColumn).data().toString(), u"g1.small"_s);
    QCOMPARE(model.index(0, ProfileModel::SizeColumn).data().toString(), u"2 vCPU · 8 GiB · 80 GiB"_s);
    QCOMPARE(model.index(0, ProfileModel::UsedColumn).data().toString(), u"3"_s);
    QCOMPARE(model.index(0, ProfileModel::FreeColumn).data().toString(), u"7 of 10"_s);
    QCOMPARE(model.index(1, ProfileModel::RegionColumn).data().toString(), u"rey (Reykjavik)"_s);
    QCOMPARE(model.index(1, ProfileModel::CatalogColumn).data().toString(), u"Not mapped"_s);
    QVERIFY(model.index(1, ProfileModel::CatalogColumn).data(Qt::ToolTipRole).toString().contains(u"cannot be sold"));
}

void tst_InstanceModels::chartShowsSamplesOrWhy()
{
    sc::ui::UtilizationChart chart;
    chart.resize(600, 300);
    QVERIFY(!chart.message().isEmpty());
    QList<InstanceClient::UtilizationSample> samples;
    for (int i = 0; i < 30; ++i)
        samples.append({kNow.addSecs(i * 10), 10.0 + i, 50, 2.5e6, 1e5});
    chart.setSamples(samples);
    QCOMPARE(chart.sampleCount(), 30);
    QVERIFY(chart.message().isEmpty());
    QCOMPARE(chart.networkUnit(), u"MB/s"_s);
    samples = {{kNow, 1, 1, 500, 20}};
    chart.setSamples(samples);
    QCOMPARE(chart.networkUnit(), u"B/s"_s);
    chart.showMessage(u"The provider did not answer."_s);
    QCOMPARE(chart.sampleCount(), 0);
    QCOMPARE(chart.message(), u"The provider did not answer."_s);
    chart.setSamples({});
    QCOMPARE(chart.sampleCount(), 0);
    QVERIFY(!chart.message().isEmpty());
}

void tst_InstanceModels::connectDialogExplainsRefusals_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("detailField");
    QTest::addColumn<QString>("expectedField");
    QTest::addColumn<QString>("words");
    const int unprocessable = int(sc::protocol::ErrorCode::Unprocessable);
    const int validation = int(sc::protocol::ErrorCode::ValidationFailed);
    QTest::newRow("credential refused") << unprocessable << u"credential_refused"_s << u"credential"_s
                                        << u"credential"_s << u"refused the credential"_s;
    QTest::newRow("unreachable") << unprocessable << u"cloud_unreachable"_s << QString() << u"endpoint"_s
                                 << u"could not reach"_s;
    QTest::newRow("unhealthy") << unprocessable << u"cloud_unhealthy"_s << QString() << u"endpoint"_s
                               << u"not healthy"_s;
    QTest::newRow("no capacity") << unprocessable << u"no_capacity"_s << QString() << QString() << u"no capacity"_s;
    QTest::newRow("http off loopback") << validation << QString() << u"endpoint"_s << u"endpoint"_s << u"https://"_s;
    QTest::newRow("short credential") << validation << QString() << u"credential"_s << u"credential"_s
                                      << u"16 to 512 characters"_s;
}

void tst_InstanceModels::connectDialogExplainsRefusals()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(QString, detailField);
    QFETCH(QString, expectedField);
    QFETCH(QString, words);
    sc::protocol::ApiError error{sc::protocol::ErrorCode(code), u"refused"_s, {}, {}};
    if (!reason.isEmpty())
        error.details.insert(u"reason"_s, reason);
    if (!detailField.isEmpty())
        error.details.insert(u"field"_s, detailField);
    QString field;
    const QString text = sc::ui::ConnectCloudDialog::explain(error, &field);
    QVERIFY2(text.contains(words), qPrintable(text));
    QCOMPARE(field, expectedField);
}

void tst_InstanceModels::connectDialogChecksBeforeAsking()
{
    sc::client::BrokerClient client; // never asked: each case is refused before
    sc::ui::ConnectCloudDialog dialog(client);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *credential = dialog.findChild<QLineEdit *>(u"cloudCredential"_s);
    QVERIFY(credential);
    QCOMPARE(credential->echoMode(), QLineEdit::Password);

    dialog.accept();
    QVERIFY(dialog.errorText().contains(u"name"));
    QVERIFY(dialog.isVisible());
    dialog.setName(u"Rack 2"_s);
    dialog.setEndpoint(u"ftp://cloud.example"_s);
    dialog.accept();
    QVERIFY(dialog.errorText().contains(u"https://"));
    dialog.setEndpoint(u"https://cloud.example/api"_s);
    dialog.setCredential(u"short"_s);
    dialog.accept();
    QVERIFY(dialog.errorText().contains(u"16 to 512"));
    QVERIFY(!dialog.isPending());
    QVERIFY(dialog.isVisible());
}

QTEST_MAIN(tst_InstanceModels)
#include "tst_instancemodels.moc"
