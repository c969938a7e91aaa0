// sparecloud-provider-sim as a process: the listening line, the manifest,
// the command line's refusals and a clean stop on SIGTERM.
#include "SimTestClient.h"

#include "protocol/ProviderDto.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sc::test::SimTestClient;

namespace {

QString executable()
{
    return QStringLiteral(SPARECLOUD_BINARY_DIR "/bin/sparecloud-provider-sim");
}

} // namespace

class tst_ProviderSimProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsServesAndStops()
    {
        QTemporaryDir dir;
        const QString manifestFile = dir.filePath(u"manifest.json"_s);
        QProcess sim;
        sim.start(executable(),
                  {u"--providers"_s,
                   u"500"_s,
                   u"--seed"_s,
                   u"7"_s,
                   u"--manifest"_s,
                   manifestFile,
                   u"--faults"_s,
                   u"3=timeout,17=refuse"_s,
                   u"--provisioning-delay"_s,
                   u"10"_s});
        QVERIFY(sim.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 10000);
        const QString line = QString::fromUtf8(sim.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"SPARECLOUD_PROVIDER_SIM_LISTENING http://127.0.0.1:"_s), qPrintable(line));
        const QString url = line.section(u' ', 1);

        QFile file(manifestFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray providers = QJsonDocument::fromJson(file.readAll()).object().value(u"providers"_s).toArray();
        QCOMPARE(providers.size(), 500);
        const QJsonObject cloud = providers.at(499).toObject();
        QCOMPARE(cloud.value(u"index"_s).toInt(), 499);
        QCOMPARE(cloud.value(u"baseUrl"_s).toString(), url + u"/p/499"_s);
        QVERIFY(!cloud.value(u"name"_s).toString().isEmpty());

        SimTestClient client;
        const auto reply = client.get(QUrl(cloud.value(u"baseUrl"_s).toString() + u"/v1/health"_s),
                                      cloud.value(u"credential"_s).toString().toLatin1());
        QCOMPARE(reply.status, 200);
        QCOMPARE(sc::protocol::ProviderHealth::fromJson(reply.json())->name, cloud.value(u"name"_s).toString());
        const auto faults = client.get(QUrl(url + u"/control/providers/17"_s), {});
        QCOMPARE(faults.json().value(u"faults"_s).toString(), u"refuse"_s);

        sim.terminate();
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no providers") << QStringList{u"--providers"_s, u"0"_s};
        QTest::newRow("bad listen") << QStringList{u"--listen"_s, u"nowhere"_s};
        QTest::newRow("bad fault") << QStringList{u"--faults"_s, u"1=explode"_s};
        QTest::newRow("fault beyond fleet") << QStringList{u"--providers"_s, u"5"_s, u"--faults"_s, u"17=refuse"_s};
        QTest::newRow("bad delay") << QStringList{u"--provisioning-delay"_s, u"-5"_s};
    }

    void refusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QProcess sim;
        sim.start(executable(), arguments);
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 2);
        QVERIFY(!sim.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ProviderSimProcess)
#include "tst_providersim_process.moc"
