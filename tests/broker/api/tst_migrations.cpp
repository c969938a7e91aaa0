#include "core/catalog/CatalogRepository.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"

#include <QFileInfo>
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
    void preparedStatementsAreReused();
    void checkpointerKeepsTheLogShort();
    void nestedTransactionsAreSavepoints();
};

void tst_Migrations::freshDatabaseReachesLatest()
{
    Database database(u":memory:"_s);
    database.open();
    QCOMPARE(Migrations::currentVersion(database), 0);
    Migrations::migrate(database);
    QCOMPARE(Migrations::currentVersion(database), Migrations::latestVersion());
    DbQuery steps = database.exec(u"SELECT COUNT(*) FROM schema_version"_s);
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
    DbQuery types = reopened.exec(u"SELECT COUNT(*) FROM instance_types"_s);
    QVERIFY(types.next());
    QCOMPARE(types.value(0).toInt(), CatalogRepository(reopened).load().instanceTypes.size());
    DbQuery steps = reopened.exec(u"SELECT COUNT(*) FROM schema_version"_s);
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

void tst_Migrations::preparedStatementsAreReused()
{
    Database database(u":memory:"_s);
    database.open();
    database.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s);
    const QString insert = u"INSERT INTO t (name) VALUES (?)"_s;
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s})
        database.exec(insert, {name});
    const qsizetype cached = database.cachedStatementCount();
    for (int i = 0; i < 10; ++i)
        database.exec(insert, {u"x"_s});
    QCOMPARE(database.cachedStatementCount(), cached);

    // The same statement run again while its rows are still being read gets
    // its own copy: the outer loop is not reset underneath.
    const QString select = u"SELECT name FROM t WHERE id <= ? ORDER BY id"_s;
    DbQuery outer = database.exec(select, {3});
    QStringList seen;
    while (outer.next()) {
        seen.append(outer.value(0).toString());
        DbQuery inner = database.exec(select, {1});
        QVERIFY(inner.next());
        QCOMPARE(inner.value(0).toString(), u"a"_s);
    }
    QCOMPARE(seen, QStringList({u"a"_s, u"b"_s, u"c"_s}));

    // A failing run leaves the statement usable, with fresh values bound.
    database.exec(u"CREATE UNIQUE INDEX t_name ON t (name) WHERE name <> 'x'"_s);
    QVERIFY_THROWS_EXCEPTION(DatabaseError, database.exec(insert, {u"a"_s}));
    QCOMPARE(database.exec(insert, {u"d"_s}).numRowsAffected(), 1);
    DbQuery last = database.exec(u"SELECT name FROM t ORDER BY id DESC LIMIT 1"_s);
    QVERIFY(last.next());
    QCOMPARE(last.value(0).toString(), u"d"_s);
}

void tst_Migrations::checkpointerKeepsTheLogShort()
{
    // Thousands of small commits, as under order placement: the background
    // checkpointer copies the log back, so it does not grow without bound.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"broker.sqlite"_s);
    Database database(file);
    database.open();
    database.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)"_s);
    const QString payload(2000, u'p');
    for (int i = 0; i < 3000; ++i) {
        Transaction transaction(database);
        database.exec(u"INSERT INTO t (payload) VALUES (?)"_s, {payload});
        transaction.commit();
        if (i % 500 == 0)
            QTest::qWait(300); // let the checkpointer run
    }
    QTRY_VERIFY_WITH_TIMEOUT(database.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s).next(), 5000);
    DbQuery count = database.exec(u"SELECT COUNT(*) FROM t"_s);
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 3000);
    // 3000 commits of ~2 KB each without checkpoints would leave ~12 MB of log
    // pages; the file is reused from the start once checkpointed.
    QVERIFY2(QFileInfo(file + u"-wal"_s).size() < 8 * 1024 * 1024,
             qPrintable(QString::number(QFileInfo(file + u"-wal"_s).size())));
}

void tst_Migrations::nestedTransactionsAreSavepoints()
{
    Database database(u":memory:"_s);
    database.open();
    database.exec(u"CREATE TABLE t (v INTEGER)"_s);
    {
        Transaction outer(database);
        database.exec(u"INSERT INTO t VALUES (1)"_s);
        {
            Transaction inner(database);
            database.exec(u"INSERT INTO t VALUES (2)"_s);
            // not committed: only the inner part goes
        }
        {
            Transaction inner(database);
            database.exec(u"INSERT INTO t VALUES (3)"_s);
            inner.commit();
        }
        QVERIFY(database.inTransaction());
        outer.commit();
    }
    QVERIFY(!database.inTransaction());
    QStringList values;
    DbQuery rows = database.exec(u"SELECT v FROM t ORDER BY v"_s);
    while (rows.next())
        values.append(rows.value(0).toString());
    QCOMPARE(values, QStringList({u"1"_s, u"3"_s}));
    {
        Transaction outer(database);
        database.exec(u"INSERT INTO t VALUES (4)"_s);
        Transaction inner(database);
        database.exec(u"INSERT INTO t VALUES (5)"_s);
        inner.commit();
        // the outer one rolls back, taking the committed inner part with it
    }
    DbQuery count = database.exec(u"SELECT COUNT(*) FROM t"_s);
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 2);
}
