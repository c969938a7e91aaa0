#include "protocol/CatalogDto.h"
#include "ui/InstanceTypeModel.h"
#include "ui/RegionModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using sc::protocol::Catalog;
using sc::ui::InstanceTypeModel;
using sc::ui::RegionModel;

namespace {

// Part of the broker's seeded catalog, as the broker sends it.
constexpr char kCatalogJson[] = R"json({
  "instanceTypes": [
    {"id": "g1.small",     "name": "General purpose small",         "family": "general", "vcpus": 2,  "memoryMiB": 8192,   "diskGiB": 50,   "gpus": 0},
    {"id": "g1.xlarge",    "name": "General purpose extra large",   "family": "general", "vcpus": 16, "memoryMiB": 65536,  "diskGiB": 400,  "gpus": 0},
    {"id": "c1.medium",    "name": "Compute optimized medium",      "family": "compute", "vcpus": 2,  "memoryMiB": 4096,   "diskGiB": 30,   "gpus": 0},
    {"id": "m1.4xlarge",   "name": "Memory optimized 4x large",     "family": "memory",  "vcpus": 16, "memoryMiB": 131072, "diskGiB": 400,  "gpus": 0},
    {"id": "s1.large",     "name": "Storage optimized large",       "family": "storage", "vcpus": 4,  "memoryMiB": 16384,  "diskGiB": 2000, "gpus": 0},
    {"id": "gpu1.large",   "name": "GPU large (1 GPU)",             "family": "gpu",     "vcpus": 8,  "memoryMiB": 65536,  "diskGiB": 200,  "gpus": 1},
    {"id": "gpu1.4xlarge", "name": "GPU 4x large (4 GPUs)",         "family": "gpu",     "vcpus": 32, "memoryMiB": 262144, "diskGiB": 800,  "gpus": 4},
    {"id": "x1.nano",      "name": "Tiny test type",                "family": "custom",  "vcpus": 1,  "memoryMiB": 512,    "diskGiB": 0}
  ],
  "regions": [
    {"id": "eu-de-fra", "name": "Frankfurt",          "countryCode": "DE", "city": "Frankfurt am Main", "latitude": 50.1109,  "longitude": 8.6821},
    {"id": "eu-gb-lon", "name": "London",             "countryCode": "GB", "city": "London",            "latitude": 51.5072,  "longitude": -0.1276},
    {"id": "us-va-ash", "name": "US East (Virginia)", "countryCode": "US", "city": "Ashburn",           "latitude": 39.0438,  "longitude": -77.4874},
    {"id": "sa-br-sao", "name": "Sao Paulo",          "countryCode": "BR", "city": "Sao Paulo",         "latitude": -23.5558, "longitude": -46.6396},
    {"id": "ap-au-syd", "name": "Sydney",             "countryCode": "AU", "city": "Sydney",            "latitude": -33.8688, "longitude": 151.2093},
    {"id": "xx-zz-tst", "name": "Nowhere",            "countryCode": "ZZ", "city": "Null Island",       "latitude": 0,        "longitude": 0}
  ]
})json";

Catalog sampleCatalog()
{
    auto catalog = Catalog::fromJson(QJsonDocument::fromJson(QByteArray(kCatalogJson)).object());
    if (!catalog)
        qFatal("sample catalog does not parse: %s", qPrintable(catalog.error().message));
    return std::move(catalog).value();
}

QSortFilterProxyModel *sortedProxy(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    return proxy;
}

QStringList columnValues(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

} // namespace

class tst_CatalogModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void instanceTypeModelPassesModelTester();
    void regionModelPassesModelTester();
    void instanceTypeDisplay();
    void instanceTypeHeaders();
    void instanceTypesSortByNumbersNotText_data();
    void instanceTypesSortByNumbersNotText();
    void regionDisplay();
    void regionsSortByCoordinates();
    void filterMatchesAnyColumnIgnoringCase_data();
    void filterMatchesAnyColumnIgnoringCase();
};

void tst_CatalogModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_CatalogModels::instanceTypeModelPassesModelTester()
{
    InstanceTypeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel *proxy = sortedProxy(&model, InstanceTypeModel::SortRole, &model);
    QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setInstanceTypes(sampleCatalog().instanceTypes);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.columnCount(), int(InstanceTypeModel::ColumnCount));
    proxy->sort(InstanceTypeModel::MemoryColumn, Qt::DescendingOrder);
    proxy->setFilterFixedString(u"optimized"_s);
    QCOMPARE(proxy->rowCount(), 3);
    model.clear();
    QCOMPARE(proxy->rowCount(), 0);
    model.setInstanceTypes(sampleCatalog().instanceTypes);
    QCOMPARE(proxy->rowCount(), 3);
}

void tst_CatalogModels::regionModelPassesModelTester()
{
    RegionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel *proxy = sortedProxy(&model, RegionModel::SortRole, &model);
    QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setRegions(sampleCatalog().regions);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(RegionModel::ColumnCount));
    proxy->sort(RegionModel::LongitudeColumn, Qt::AscendingOrder);
    proxy->setFilterFixedString(u"us"_s);
    QVERIFY(proxy->rowCount() > 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_CatalogModels::instanceTypeDisplay()
{
    InstanceTypeModel model;
    model.setInstanceTypes(sampleCatalog().instanceTypes);
    auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };

    QCOMPARE(text(0, InstanceTypeModel::IdColumn), u"g1.small"_s);
    QCOMPARE(text(0, InstanceTypeModel::NameColumn), u"General purpose small"_s);
    QCOMPARE(text(0, InstanceTypeModel::FamilyColumn), u"General purpose"_s);
    QCOMPARE(text(0, InstanceTypeModel::VcpuColumn), u"2"_s);
    QCOMPARE(text(0, InstanceTypeModel::MemoryColumn), u"8"_s); // 8192 MiB in GiB
    QCOMPARE(text(0, InstanceTypeModel::DiskColumn), u"50"_s);
    QCOMPARE(text(0, InstanceTypeModel::GpuColumn), u"—"_s);
    QCOMPARE(text(6, InstanceTypeModel::MemoryColumn), u"256"_s);
    QCOMPARE(text(6, InstanceTypeModel::GpuColumn), u"4"_s);
    QCOMPARE(text(6, InstanceTypeModel::FamilyColumn), u"GPU accelerated"_s);
    // Fractions of a GiB stay exact; unknown families are shown as sent.
    QCOMPARE(text(7, InstanceTypeModel::MemoryColumn), u"0.5"_s);
    QCOMPARE(text(7, InstanceTypeModel::FamilyColumn), u"custom"_s);
    QCOMPARE(model.index(7, InstanceTypeModel::MemoryColumn).data(Qt::ToolTipRole).toString(), u"512 MiB"_s);

    const auto alignment = [&](int column) {
        return model.index(0, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignHorizontal_Mask;
    };
    QCOMPARE(alignment(InstanceTypeModel::NameColumn), Qt::AlignLeft);
    for (int numeric : {InstanceTypeModel::VcpuColumn,
                        InstanceTypeModel::MemoryColumn,
                        InstanceTypeModel::DiskColumn,
                        InstanceTypeModel::GpuColumn})
        QCOMPARE(alignment(numeric), Qt::AlignRight);

    QVERIFY(!model.index(0, 0).data(Qt::EditRole).isValid());
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
}

void tst_CatalogModels::instanceTypeHeaders()
{
    InstanceTypeModel model;
    QStringList headers;
    for (int section = 0; section < model.columnCount(); ++section)
        headers.append(model.headerData(section, Qt::Horizontal).toString());
    QCOMPARE(headers,
             (QStringList{u"Type"_s, u"Name"_s, u"Family"_s, u"vCPU"_s, u"RAM (GiB)"_s, u"Disk (GiB)"_s, u"GPUs"_s}));
    const auto memoryAlignment =
        model.headerData(InstanceTypeModel::MemoryColumn, Qt::Horizontal, Qt::TextAlignmentRole).value<Qt::Alignment>();
    QCOMPARE(memoryAlignment & Qt::AlignHorizontal_Mask, Qt::AlignRight);
}

void tst_CatalogModels::instanceTypesSortByNumbersNotText_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expectedIds");
    // As text "128" < "16" < "8"; as numbers the other way round.
    QTest::newRow("RAM ascending") << int(InstanceTypeModel::MemoryColumn) << Qt::AscendingOrder
                                   << QStringList{u"x1.nano"_s, u"c1.medium"_s, u"g1.small"_s, u"s1.large"_s};
    QTest::newRow("RAM descending") << int(InstanceTypeModel::MemoryColumn) << Qt::DescendingOrder
                                    << QStringList{u"gpu1.4xlarge"_s, u"m1.4xlarge"_s};
    QTest::newRow("vCPU descending") << int(InstanceTypeModel::VcpuColumn) << Qt::DescendingOrder
                                     << QStringList{u"gpu1.4xlarge"_s};
    QTest::newRow("disk ascending") << int(InstanceTypeModel::DiskColumn) << Qt::AscendingOrder
                                    << QStringList{u"x1.nano"_s, u"c1.medium"_s, u"g1.small"_s, u"gpu1.large"_s};
    QTest::newRow("GPUs descending") << int(InstanceTypeModel::GpuColumn) << Qt::DescendingOrder
                                     << QStringList{u"gpu1.4xlarge"_s, u"gpu1.large"_s};
}

void tst_CatalogModels::instanceTypesSortByNumbersNotText()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expectedIds);

    InstanceTypeModel model;
    model.setInstanceTypes(sampleCatalog().instanceTypes);
    QSortFilterProxyModel *proxy = sortedProxy(&model, InstanceTypeModel::SortRole, &model);
    proxy->sort(column, order);
    QCOMPARE(columnValues(*proxy, InstanceTypeModel::IdColumn).mid(0, expectedIds.size()), expectedIds);
}

void tst_CatalogModels::regionDisplay()
{
    RegionModel model;
    model.setRegions(sampleCatalog().regions);
    auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };

    QCOMPARE(text(0, RegionModel::IdColumn), u"eu-de-fra"_s);
    QCOMPARE(text(0, RegionModel::NameColumn), u"Frankfurt"_s);
    QCOMPARE(text(0, RegionModel::CityColumn), u"Frankfurt am Main"_s);
    QCOMPARE(text(0, RegionModel::CountryColumn), u"Germany (DE)"_s);
    QCOMPARE(text(0, RegionModel::LatitudeColumn), u"50.11° N"_s);
    QCOMPARE(text(0, RegionModel::LongitudeColumn), u"8.68° E"_s);
    QCOMPARE(text(1, RegionModel::LongitudeColumn), u"0.13° W"_s);
    QCOMPARE(text(4, RegionModel::LatitudeColumn), u"33.87° S"_s);
    QCOMPARE(text(4, RegionModel::LongitudeColumn), u"151.21° E"_s);
    // A code Qt does not know is shown as it came.
    QCOMPARE(text(5, RegionModel::CountryColumn), u"ZZ"_s);
    QCOMPARE(model.index(0, RegionModel::LatitudeColumn).data(RegionModel::SortRole).toDouble(), 50.1109);
}

void tst_CatalogModels::regionsSortByCoordinates()
{
    RegionModel model;
    model.setRegions(sampleCatalog().regions);
    QSortFilterProxyModel *proxy = sortedProxy(&model, RegionModel::SortRole, &model);

    proxy->sort(RegionModel::LatitudeColumn, Qt::AscendingOrder); // south to north
    QCOMPARE(
        columnValues(*proxy, RegionModel::IdColumn),
        (QStringList{u"ap-au-syd"_s, u"sa-br-sao"_s, u"xx-zz-tst"_s, u"us-va-ash"_s, u"eu-de-fra"_s, u"eu-gb-lon"_s}));
    proxy->sort(RegionModel::LongitudeColumn, Qt::AscendingOrder); // west to east
    QCOMPARE(
        columnValues(*proxy, RegionModel::IdColumn),
        (QStringList{u"us-va-ash"_s, u"sa-br-sao"_s, u"eu-gb-lon"_s, u"xx-zz-tst"_s, u"eu-de-fra"_s, u"ap-au-syd"_s}));
}

void tst_CatalogModels::filterMatchesAnyColumnIgnoringCase_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("instanceTypes");
    QTest::addColumn<QStringList>("regions");
    QTest::newRow("family") << u"GPU"_s << QStringList{u"gpu1.large"_s, u"gpu1.4xlarge"_s} << QStringList{};
    QTest::newRow("family display name") << u"memory optimized"_s << QStringList{u"m1.4xlarge"_s} << QStringList{};
    QTest::newRow("country name") << u"germany"_s << QStringList{} << QStringList{u"eu-de-fra"_s};
    QTest::newRow("city") << u"ashburn"_s << QStringList{} << QStringList{u"us-va-ash"_s};
    QTest::newRow("id prefix") << u"eu-"_s << QStringList{} << QStringList{u"eu-de-fra"_s, u"eu-gb-lon"_s};
    QTest::newRow("no match") << u"mainframe"_s << QStringList{} << QStringList{};
}

void tst_CatalogModels::filterMatchesAnyColumnIgnoringCase()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, instanceTypes);
    QFETCH(QStringList, regions);

    const Catalog catalog = sampleCatalog();
    InstanceTypeModel typeModel;
    typeModel.setInstanceTypes(catalog.instanceTypes);
    RegionModel regionModel;
    regionModel.setRegions(catalog.regions);
    QSortFilterProxyModel *typeProxy = sortedProxy(&typeModel, InstanceTypeModel::SortRole, &typeModel);
    QSortFilterProxyModel *regionProxy = sortedProxy(&regionModel, RegionModel::SortRole, &regionModel);

    typeProxy->setFilterFixedString(filter);
    regionProxy->setFilterFixedString(filter);
    QCOMPARE(columnValues(*typeProxy, InstanceTypeModel::IdColumn), instanceTypes);
    QCOMPARE(columnValues(*regionProxy, RegionModel::IdColumn), regions);
}

QTEST_MAIN(tst_CatalogModels)
#include "tst_catalogmodels.moc"
