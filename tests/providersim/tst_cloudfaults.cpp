// The fault language of sparecloud-provider-sim (--faults and the control API).
#include "providersim/CloudFaults.h"

#include <QTest>

using namespace Qt::StringLiterals;
using sc::providersim::CloudFaults;

class tst_CloudFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("none") << u""_s << true << u""_s;
        QTest::newRow("timeout") << u"timeout"_s << true << u"timeout"_s;
        QTest::newRow("error default") << u"error5xx"_s << true << u"error5xx:1"_s;
        QTest::newRow("error half") << u"error5xx:0.5"_s << true << u"error5xx:0.5"_s;
        QTest::newRow("error too likely") << u"error5xx:1.5"_s << false << u""_s;
        QTest::newRow("slow default") << u"slow"_s << true << u"slow:1500"_s;
        QTest::newRow("flapping") << u"flapping:20000"_s << true << u"flapping:20000"_s;
        QTest::newRow("flapping zero") << u"flapping:0"_s << false << u""_s;
        QTest::newRow("vanish default") << u"vanish"_s << true << u"vanish:30000"_s;
        QTest::newRow("combined") << u"refuse+slow:20+malformed"_s << true << u"malformed+slow:20+refuse"_s;
        QTest::newRow("unknown") << u"explode"_s << false << u""_s;
        QTest::newRow("parameter on timeout") << u"timeout:5"_s << false << u""_s;
        QTest::newRow("negative ms") << u"slow:-1"_s << false << u""_s;
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, canonical);
        const auto faults = CloudFaults::parse(text);
        QCOMPARE(bool(faults), valid);
        if (valid) {
            QCOMPARE(faults->toString(), canonical);
            QCOMPARE(*CloudFaults::parse(faults->toString()), *faults);
        }
    }

    void parsesAFleet()
    {
        const auto fleet = CloudFaults::parseFleet(
            u"3=timeout,7=error5xx:0.5,9=malformed,11=slow:1500,13=flapping:20000,15=vanish:30000,17=refuse"_s);
        QVERIFY(fleet);
        QCOMPARE(fleet->size(), 7);
        QVERIFY(fleet->value(3).timeout);
        QCOMPARE(fleet->value(7).error5xxProbability, 0.5);
        QCOMPARE(fleet->value(11).slowMs, 1500);
        QCOMPARE(fleet->value(13).flappingPeriodMs, 20000);
        QCOMPARE(fleet->value(15).vanishAfterMs, 30000);
        QVERIFY(fleet->value(17).refuse);
        QVERIFY(fleet->value(4).isEmpty());
        QVERIFY(!CloudFaults::parseFleet(u"timeout"_s));
        QVERIFY(!CloudFaults::parseFleet(u"x=timeout"_s));
        QVERIFY(!CloudFaults::parseFleet(u"3=nope"_s));
    }
};

QTEST_GUILESS_MAIN(tst_CloudFaults)
#include "tst_cloudfaults.moc"
