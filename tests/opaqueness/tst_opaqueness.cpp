// Runs after the whole suite (a CTest fixture cleanup): every buyer-facing
// response any test produced must be free of seller identities, and every
// seller-facing response free of buyer identities. Brokers record traffic
// when SPARECLOUD_TRAFFIC_DIR is set (broker/core/TrafficRecorder).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Opaqueness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noIdentityCrossesSides();
};

void tst_Opaqueness::noIdentityCrossesSides()
{
    const QDir folder(qEnvironmentVariable("SPARECLOUD_TRAFFIC_DIR"));
    QVERIFY2(folder.exists(), "SPARECLOUD_TRAFFIC_DIR must name the suite's traffic folder");

    QSet<QString> sellerIdentities;
    QSet<QString> buyerIdentities;
    for (const QString &name : folder.entryList({u"*.identities.json"_s}, QDir::Files)) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject identities = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &value : identities.value(u"seller"_s).toArray())
            sellerIdentities.insert(value.toString());
        for (const QJsonValue &value : identities.value(u"buyer"_s).toArray())
            buyerIdentities.insert(value.toString());
    }
    // A name both sides use (tests reuse "Someone") identifies nobody.
    const QSet<QString> shared = QSet<QString>(sellerIdentities).intersect(buyerIdentities);
    sellerIdentities.subtract(shared);
    buyerIdentities.subtract(shared);
    auto dropShort = [](QSet<QString> &identities) {
        identities.removeIf([](const QString &identity) { return identity.size() < 4; });
    };
    dropShort(sellerIdentities);
    dropShort(buyerIdentities);
    QVERIFY2(!sellerIdentities.isEmpty(), "the suite created no seller, so nothing was checked");
    QVERIFY2(!buyerIdentities.isEmpty(), "the suite created no buyer, so nothing was checked");

    int buyerFacing = 0;
    int sellerFacing = 0;
    QStringList leaks;
    for (const QString &name : folder.entryList({u"*.traffic.jsonl"_s}, QDir::Files)) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        while (!file.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
            const QString audience = line.value(u"audience"_s).toString();
            const QString body = line.value(u"body"_s).toString();
            const QSet<QString> *forbidden = nullptr;
            if (audience == u"buyer"_s) {
                ++buyerFacing;
                forbidden = &sellerIdentities;
            } else if (audience == u"seller"_s) {
                ++sellerFacing;
                forbidden = &buyerIdentities;
            } else {
                continue;
            }
            for (const QString &identity : *forbidden) {
                if (body.contains(identity)) {
                    leaks.append(u"%1 %2 (%3-facing) shows '%4'"_s.arg(
                        line.value(u"method"_s).toString(), line.value(u"path"_s).toString(), audience, identity));
                }
            }
        }
    }
    qInfo("scanned %d buyer-facing and %d seller-facing responses against %lld seller and %lld buyer identities",
          buyerFacing,
          sellerFacing,
          qlonglong(sellerIdentities.size()),
          qlonglong(buyerIdentities.size()));
    QVERIFY2(buyerFacing > 0, "no buyer-facing traffic was recorded");
    QVERIFY2(sellerFacing > 0, "no seller-facing traffic was recorded");
    leaks.removeDuplicates();
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_Opaqueness)
#include "tst_opaqueness.moc"
