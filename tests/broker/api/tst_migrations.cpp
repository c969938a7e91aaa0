#include "core/catalog/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::broker;

class tst_Migrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseReachesLatest();
    void migrateTwiceChangesNothing();
    void seededCatalogIsRealistic();
    void newerDatabaseIsRefused();
    void failedTransactionLeavesNoTrace();
    void catalogRefusesDuplicates();
};

void tst_Migrations::freshDatabaseReachesLatest()
{
    Database database(u":memory:"_s);
    database.open();
    QCOMPARE(Migrations::currentVersion(database), 0);
    Migrations::migrate(database);
    QCOMPARE(Migrations::currentVersion(database), Migrations::latestVersion());
    QSqlQuery steps = database.exec(u"SELECT COUNT(*) FROM schema_version"_s);
    QVERIFY(steps.next());
    QCOMPARE(steps.value(0).toInt(), Migrations::steps().size());
}

void tst_Migrations::migrateTwiceChangesNothing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"broker.sqlite"_s);
    {
        Database database(file);
        database.open();
        Migrations::migrate(database);
    }
    Database reopened(file);
    reopened.open();
    Migrations::migrate(reopened);
    QSqlQuery types = reopened.exec(u"SELECT COUNT(*) FROM instance_types"_s);
    QVERIFY(types.next());
    QCOMPARE(types.value(0).toInt(), CatalogRepository(reopened).load().instanceTypes.size());
    QSqlQuery steps = reopened.exec(u"SELECT COUNT(*) FROM schema_version"_s);
    QVERIFY(steps.next());
    QCOMPARE(steps.value(0).toInt(), Migrations::steps().size());
}

void tst_Migrations::seededCatalogIsRealistic()
{
    Database database(u":memory:"_s);
    database.open();
    Migrations::migrate(database);
    const auto catalog = CatalogRepository(database).load();
    QVERIFY(catalog.instanceTypes.size() >= 10);
    QVERIFY(catalog.regions.size() >= 10);
    QSet<QString> countries;
    for (const auto &region : catalog.regions) {
        countries.insert(region.countryCode);
        QVERIFY(region.latitude >= -90 && region.latitude <= 90);
        QVERIFY(region.longitude >= -180 && region.longitude <= 180);
    }
    QVERIFY2(countries.size() >= 8, "regions should span many countries");
    const auto frankfurt = CatalogRepository(database).findRegion(u"eu-de-fra"_s);
    QVERIFY(frankfurt);
    QCOMPARE(frankfurt->countryCode, u"DE"_s);
    QVERIFY(!CatalogRepository(database).findRegion(u"nowhere"_s));
}

void tst_Migrations::newerDatabaseIsRefused()
{
    Database database(u":memory:"_s);
    database.open();
    Migrations::migrate(database);
    database.exec(u"INSERT INTO schema_version (version, description, applied_at) VALUES (?, 'future', 'now')"_s,
                  {Migrations::latestVersion() + 1});
    QVERIFY_THROWS_EXCEPTION(DatabaseError, Migrations::migrate(database));
}

void tst_Migrations::failedTransactionLeavesNoTrace()
{
    Database database(u":memory:"_s);
    database.open();
    Migrations::migrate(database);
    const int before = CatalogRepository(database).load().regions.size();
    try {
        Transaction transaction(database);
        database.exec(u"INSERT INTO regions (id, name, country_code, city, latitude, longitude, sort_order) "
                      "VALUES ('x-1', 'X', 'XX', 'X', 0, 0, 99)"_s);
        // Violates the latitude check: the whole transaction must go.
        database.exec(u"INSERT INTO regions (id, name, country_code, city, latitude, longitude, sort_order) "
                      "VALUES ('x-2', 'X', 'XX', 'X', 100, 0, 99)"_s);
        transaction.commit();
        QFAIL("the second insert should have failed");
    } catch (const DatabaseError &) {
    }
    QCOMPARE(CatalogRepository(database).load().regions.size(), before);
}

void tst_Migrations::catalogRefusesDuplicates()
{
    Database database(u":memory:"_s);
    database.open();
    Migrations::migrate(database);
    CatalogRepository catalog(database);
    const sc::protocol::InstanceType type{u"t1.test"_s, u"Test"_s, u"general"_s, 1, 1024, 10, 0};
    QVERIFY(catalog.addInstanceType(type));
    QVERIFY(!catalog.addInstanceType(type));
    QCOMPARE(catalog.load().instanceTypes.constLast(), type);
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
