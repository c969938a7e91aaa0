// UploadManager and ApplianceClient against a real sparecloud-broker
// process: a generated image goes up in chunks and becomes an appliance; the
// app dying mid-upload resumes from the broker's confirmed offset without
// sending a confirmed byte again; pause holds the offset still; cancel drops
// the upload on the broker; a file changed since it was picked is refused; a
// full quota is explained in words. Plus format detection on first bytes.
#include "client/ApplianceClient.h"
#include "client/BrokerClient.h"
#include "client/EmbeddedBroker.h"
#include "client/ImageFile.h"
#include "client/UploadManager.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::client;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;
using State = UploadManager::State;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

template<typename T>
Expected<T> wait(const std::function<void(BrokerClient::Callback<T>)> &call)
{
    std::optional<Expected<T>> result;
    call([&result](const Expected<T> &value) { result = value; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30'000))
        return sc::protocol::ApiError{ErrorCode::Internal, u"no answer"_s, {}, {}};
    return *result;
}

// A raw disk image: an all-zero first sector, then random bytes.
QString makeImage(const QTemporaryDir &dir, const QString &name, qint64 bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QByteArray(512, '\0'));
    QByteArray block(kMiB, Qt::Uninitialized);
    for (qint64 written = 512; written < bytes;) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = std::min<qint64>(block.size(), bytes - written);
        file.write(block.constData(), n);
        written += n;
    }
    return path;
}

sc::protocol::ApplianceMetadata metadataNamed(const QString &name)
{
    sc::protocol::ApplianceMetadata metadata;
    metadata.name = name;
    metadata.os = u"Debian 12"_s;
    metadata.minMemoryMiB = 1024;
    metadata.minDiskGiB = 10;
    metadata.description = u"Made by tst_uploadmanager"_s;
    return metadata;
}

// A TCP relay to the broker that can be cut (every connection dropped, new
// ones refused) and restored on the same port: the network going away.
class Relay : public QObject
{
public:
    explicit Relay(const QUrl &target)
        : m_target(target)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        m_port = m_server.serverPort();
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(m_target.host(), quint16(m_target.port()));
                connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
                    upstream->write(client->readAll());
                });
                connect(upstream, &QTcpSocket::connected, client, [client, upstream] {
                    upstream->write(client->readAll());
                });
                connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] {
                    client->write(upstream->readAll());
                });
                connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                m_clients.append(client);
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }
    void cut()
    {
        m_server.close();
        for (const QPointer<QTcpSocket> &client : std::as_const(m_clients)) {
            if (client)
                client->abort();
        }
        m_clients.clear();
    }
    bool restore() { return m_server.listen(QHostAddress::LocalHost, m_port); }

private:
    QUrl m_target;
    QTcpServer m_server;
    quint16 m_port = 0;
    QList<QPointer<QTcpSocket>> m_clients;
};

} // namespace

class tst_UploadManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void detectsFormats_data();
    void detectsFormats();
    void uploadsAFile();
    void resumesAfterTheAppDies();
    void pauseHoldsAndResumeFinishes();
    void cancelDropsTheUploadOnTheBroker();
    void fileChangedAfterPickingIsRefused();
    void fileChangedWhileTheAppWasClosedIsRefused();
    void bytesChangedUnderTheSameStampAreCaught();
    void lostConnectionResumesFromTheConfirmedOffset();
    void fullQuotaIsExplained();

private:
    std::unique_ptr<BrokerClient> loggedInClient(EmbeddedBroker &broker);
    std::unique_ptr<UploadManager> manager(BrokerClient &client, qint64 chunkSize = kMiB);
    qint64 confirmedOffset(const QString &uploadId);
    // The broker answers 404 for it.
    bool isGone(const QString &uploadId);

    QTemporaryDir m_dir;
    std::unique_ptr<EmbeddedBroker> m_broker;
    std::unique_ptr<BrokerClient> m_client;
    QString m_stateFile;
};

std::unique_ptr<BrokerClient> tst_UploadManager::loggedInClient(EmbeddedBroker &broker)
{
    auto client = std::make_unique<BrokerClient>();
    client->setBaseUrl(broker.baseUrl());
    client->setBrokerToken(broker.accessToken());
    const auto session = wait<sc::protocol::SessionInfo>(
        [&](auto callback) { client->embeddedLogin(u"operator"_s, client.get(), callback); });
    if (!session)
        qWarning() << "embedded login failed:" << session.error().message;
    return client;
}

std::unique_ptr<UploadManager> tst_UploadManager::manager(BrokerClient &client, qint64 chunkSize)
{
    auto uploads = std::make_unique<UploadManager>(client, m_stateFile);
    uploads->setChunkSize(chunkSize);
    UploadManager::Timing timing;
    timing.initialRetry = std::chrono::milliseconds(100);
    timing.maxRetry = std::chrono::milliseconds(500);
    timing.verifyPoll = std::chrono::milliseconds(100);
    uploads->setTiming(timing);
    uploads->setScope(u"test buyer@embedded"_s);
    return uploads;
}

qint64 tst_UploadManager::confirmedOffset(const QString &uploadId)
{
    const auto upload = wait<sc::protocol::ApplianceUpload>(
        [&](auto callback) { ApplianceClient(*m_client).fetchUpload(uploadId, this, callback); });
    return upload ? upload->offset : -1;
}

bool tst_UploadManager::isGone(const QString &uploadId)
{
    const auto upload = wait<sc::protocol::ApplianceUpload>(
        [&](auto callback) { ApplianceClient(*m_client).fetchUpload(uploadId, this, callback); });
    return !upload && upload.error().code == ErrorCode::NotFound;
}

void tst_UploadManager::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_stateFile = m_dir.filePath(u"state/uploads.json"_s);
    m_broker = std::make_unique<EmbeddedBroker>();
    QSignalSpy started(m_broker.get(), &EmbeddedBroker::started);
    QSignalSpy failed(m_broker.get(), &EmbeddedBroker::failed);
    EmbeddedBroker::Options options;
    options.executable = QStringLiteral(SPARECLOUD_BROKER_EXE);
    options.dataDir = m_dir.filePath(u"broker"_s);
    m_broker->start(options);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 20'000);
    QVERIFY2(failed.isEmpty(), qPrintable(m_broker->log()));
    m_client = loggedInClient(*m_broker);
    QVERIFY(!m_client->accessToken().isEmpty());
}

void tst_UploadManager::cleanupTestCase()
{
    m_client.reset();
    m_broker.reset();
}

void tst_UploadManager::detectsFormats_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("format");
    QByteArray tar(1024, '\0');
    tar.replace(257, 5, "ustar");
    QTest::newRow("qcow2") << QByteArray("QFI\xfb\0\0\0\3", 8).leftJustified(512, '\0') << u"qcow2"_s;
    QTest::newRow("vmdk sparse") << QByteArray("KDMV\1\0\0\0").leftJustified(512, '\0') << u"vmdk"_s;
    QTest::newRow("vmdk descriptor") << QByteArray("# Disk DescriptorFile\nversion=1\n").leftJustified(512, ' ')
                                     << u"vmdk"_s;
    QTest::newRow("ova") << tar << u"ova"_s;
    QTest::newRow("zeros") << QByteArray(512, '\0') << u"raw"_s;
    QTest::newRow("short") << QByteArray("QF") << u"raw"_s;
}

void tst_UploadManager::detectsFormats()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, format);
    QCOMPARE(ImageFile::formatOfHead(head), format);
    const QString path = m_dir.filePath(u"head-%1.img"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(head);
    file.close();
    QCOMPARE(ImageFile::detectFormat(path), format);
}

void tst_UploadManager::uploadsAFile()
{
    const qint64 size = 40 * kMiB + 512; // five whole chunks and a short one
    const QString path = makeImage(m_dir, u"worker.img"_s, size);
    auto uploads = manager(*m_client, sc::protocol::kApplianceChunkLimit);
    QSignalSpy finished(uploads.get(), &UploadManager::uploadFinished);
    QList<State> seen;
    connect(uploads.get(), &UploadManager::uploadChanged, this, [&](const QString &key) {
        const State state = uploads->upload(key)->state;
        if (seen.isEmpty() || seen.last() != state)
            seen.append(state);
    });

    const auto key = uploads->add(path, metadataNamed(u"Analytics worker"_s));
    QVERIFY2(key, qPrintable(key ? QString() : key.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || uploads->upload(*key)->state == State::Failed, 60'000);
    const UploadManager::Upload done = *uploads->upload(*key);
    QVERIFY2(done.state == State::Done, qPrintable(done.error));
    QVERIFY(seen.contains(State::Hashing));
    QVERIFY(seen.contains(State::Uploading));
    QCOMPARE(done.format, u"raw"_s); // recognised: nobody chose
    QCOMPARE(done.bytesDone, size);
    // Every byte once; on a loaded machine a chunk that overtook its
    // predecessor past the broker's wait is refused and sent again, once.
    QVERIFY2(uploads->bytesSent() >= size && uploads->bytesSent() <= size + sc::protocol::kApplianceChunkLimit,
             qPrintable(QString::number(uploads->bytesSent())));
    QVERIFY(done.applianceId > 0);
    QCOMPARE(finished.first().at(1).toLongLong(), done.applianceId);

    const auto appliance = wait<sc::protocol::Appliance>(
        [&](auto callback) { ApplianceClient(*m_client).fetchAppliance(done.applianceId, this, callback); });
    QVERIFY2(appliance, qPrintable(appliance ? QString() : appliance.error().message));
    QCOMPARE(appliance->sha256, done.sha256);
    QCOMPARE(appliance->sizeBytes, size);
    QCOMPARE(appliance->format, u"raw"_s);
    QCOMPARE(appliance->metadata.name, u"Analytics worker"_s);
    QCOMPARE(appliance->metadata.minMemoryMiB, 1024);
    QVERIFY(appliance->owned);

    const auto directory = wait<ApplianceClient::Directory>(
        [&](auto callback) { ApplianceClient(*m_client).fetchAppliances(u"private"_s, this, callback); });
    QVERIFY(directory);
    const QList<sc::protocol::Appliance> listed = directory->appliances;
    QVERIFY(std::any_of(listed.cbegin(), listed.cend(), [&](const auto &a) { return a.id == done.applianceId; }));
    QVERIFY(directory->quota.usedBytes >= size);

    // Done uploads are not kept for the next start.
    auto again = manager(*m_client);
    QVERIFY(!again->upload(*key));
}

void tst_UploadManager::resumesAfterTheAppDies()
{
    const qint64 size = 32 * kMiB;
    const QString path = makeImage(m_dir, u"resume.img"_s, size);
    QString key;
    QString uploadId;
    {
        // Its own client, so that dying also drops the connection and the chunk on the wire.
        auto dying = loggedInClient(*m_broker);
        auto uploads = manager(*dying);
        const auto added = uploads->add(path, metadataNamed(u"Resumed image"_s));
        QVERIFY(added);
        key = *added;
        QTRY_VERIFY_WITH_TIMEOUT(uploads->upload(key)->bytesDone >= 6 * kMiB, 30'000);
        QVERIFY(uploads->upload(key)->bytesDone < size);
        uploadId = uploads->upload(key)->uploadId;
        QVERIFY(!uploadId.isEmpty());
        QFile state(m_stateFile);
        QVERIFY(state.open(QIODevice::ReadOnly));
        QVERIFY2(state.readAll().contains(uploadId.toLatin1()), "the upload id is kept on disk");
    } // the app dies here
    // The dead connection's last chunk may still be landing on the broker:
    // the confirmed offset counts once it stayed put for half a second.
    qint64 confirmed = -1;
    const auto settled = [&] {
        confirmed = confirmedOffset(uploadId);
        QTest::qWait(500);
        return confirmed > 0 && confirmed == confirmedOffset(uploadId);
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 15'000);
    QVERIFY(confirmed < size);

    auto uploads = manager(*m_client);
    QVERIFY2(uploads->upload(key), "the queue came back from disk");
    QTRY_VERIFY_WITH_TIMEOUT(uploads->upload(key)->isFinished(), 60'000);
    const UploadManager::Upload done = *uploads->upload(key);
    QVERIFY2(done.state == State::Done, qPrintable(done.error));
    QCOMPARE(done.uploadId, uploadId);
    // No confirmed byte went twice. One chunk more may have gone out: a chunk
    // the broker refused from its headers (its window still held the dead
    // connection's chunk) is sent again, and the client counts what it sends.
    QVERIFY2(uploads->bytesSent() >= size - confirmed && uploads->bytesSent() <= size - confirmed + kMiB,
             qPrintable(u"%1 bytes sent, %2 left to confirm"_s.arg(uploads->bytesSent()).arg(size - confirmed)));
}

void tst_UploadManager::pauseHoldsAndResumeFinishes()
{
    const qint64 size = 24 * kMiB;
    const QString path = makeImage(m_dir, u"pause.img"_s, size);
    auto uploads = manager(*m_client, 512 * 1024);
    const auto key = uploads->add(path, metadataNamed(u"Paused image"_s));
    QVERIFY(key);
    QTRY_VERIFY_WITH_TIMEOUT(uploads->upload(*key)->bytesDone >= 2 * kMiB, 30'000);
    uploads->pause(*key);
    QCOMPARE(uploads->upload(*key)->state, State::Paused);
    const QString uploadId = uploads->upload(*key)->uploadId;
    // The chunk on the wire when it paused may still land; then nothing moves.
    const qint64 sentWhenPaused = uploads->bytesSent();
    QTRY_COMPARE_WITH_TIMEOUT(confirmedOffset(uploadId), sentWhenPaused, 5'000);
    QTest::qWait(500);
    QCOMPARE(confirmedOffset(uploadId), sentWhenPaused);
    QCOMPARE(uploads->bytesSent(), sentWhenPaused);
    QVERIFY(sentWhenPaused < size);

    uploads->resume(*key);
    QVERIFY(uploads->upload(*key)->state != State::Paused);
    QTRY_VERIFY_WITH_TIMEOUT(uploads->upload(*key)->isFinished(), 60'000);
    QVERIFY2(uploads->upload(*key)->state == State::Done, qPrintable(uploads->upload(*key)->error));
    QCOMPARE(uploads->bytesSent(), size); // nothing sent twice
}

void tst_UploadManager::cancelDropsTheUploadOnTheBroker()
{
    const QString path = makeImage(m_dir, u"cancel.img"_s, 24 * kMiB);
    auto uploads = manager(*m_client, 512 * 1024);
    const auto key = uploads->add(path, metadataNamed(u"Cancelled image"_s));
    QVERIFY(key);
    QTRY_VERIFY_WITH_TIMEOUT(uploads->upload(*key)->bytesDone > 0, 30'000);
    const QString uploadId = uploads->upload(*key)->uploadId;
    uploads->cancel(*key);
    QCOMPARE(uploads->upload(*key)->state, State::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(isGone(uploadId), 10'000);
    const auto list = wait<ApplianceClient::Uploads>(
        [&](auto callback) { ApplianceClient(*m_client).fetchUploads(this, callback); });
    QVERIFY(list);
    QCOMPARE(list->quota.reservedBytes, 0);
    uploads->clearFinished();
    QVERIFY(!uploads->upload(*key));
}

void tst_UploadManager::fileChangedAfterPickingIsRefused()
{
    const QString path = makeImage(m_dir, u"changing.img"_s, 8 * kMiB);
    auto uploads = manager(*m_client);
    const auto key = uploads->add(path, metadataNamed(u"Changing image"_s));
    QVERIFY(key);
    uploads->pause(*key); // still hashing
    QCOMPARE(uploads->upload(*key)->state, State::Paused);
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(QByteArray(512, 'x'));
    file.close();
    uploads->resume(*key);
    QTRY_VERIFY_WITH_TIMEOUT(uploads->upload(*key)->isFinished(), 30'000);
    QCOMPARE(uploads->upload(*key)->state, State::Failed);
    QCOMPARE(uploads->upload(*key)->error, UploadManager::fileChangedText());
    QCOMPARE(uploads->bytesSent(), 0);
}

void tst_UploadManager::fileChangedWhileTheAppWasClosedIsRefused()
{
    const qint64 size = 16 * kMiB;
    const QString path = makeImage(m_dir, u"edited.img"_s, size);
    QString key;
    QString uploadId;
    {
        auto uploads = manager(*m_client, 512 * 1024);
        const auto added = uploads->add(path, metadataNamed(u"Edited image"_s));
        QVERIFY(added);
        key = *added;
        QTRY_VERIFY_WITH_TIMEOUT(uploads->upload(key)->bytesDone > 0, 30'000);
        uploadId = uploads->upload(key)->uploadId;
        uploads->pause(key);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(size - 512));
    file.write(QByteArray(512, 'y')); // same size, another modification time
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60), QFileDevice::FileModificationTime));
    file.close();

    auto uploads = manager(*m_client);
    QVERIFY(uploads->upload(key));
    QCOMPARE(uploads->upload(key)->state, State::Failed);
    QCOMPARE(uploads->upload(key)->error, UploadManager::fileChangedText());
    // Its bytes on the broker are of no use any more: dropped, the quota freed.
    QTRY_VERIFY_WITH_TIMEOUT(isGone(uploadId), 10'000);
    QCOMPARE(uploads->bytesSent(), 0);
    uploads->clearFinished();
}

// Bytes changed in place with the modification time put back: the stamp
// still matches, but the broker finds the chunk's digest wrong (the digests
// come from the hashing pass); reading the chunk again shows the file changed.
void tst_UploadManager::bytesChangedUnderTheSameStampAreCaught()
{
    const qint64 size = 16 * kMiB;
    const QString path = makeImage(m_dir, u"tampered.img"_s, size);
    const QDateTime modified = QFileInfo(path).lastModified();
    auto uploads = manager(*m_client, kMiB);
    const auto key = uploads->add(path, metadataNamed(u"Tampered image"_s));
    QVERIFY(key);
    QTRY_VERIFY_WITH_TIMEOUT(uploads->upload(*key)->bytesDone > 0, 30'000);
    uploads->pause(*key);
    const QString uploadId = uploads->upload(*key)->uploadId;
    QVERIFY(uploads->bytesSent() < size - 2 * kMiB);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(size - kMiB));
    file.write(QByteArray(4096, 't'));
    QVERIFY(file.flush());
    QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    file.close();
    QCOMPARE(QFileInfo(path).lastModified(), modified);

    uploads->resume(*key);
    QTRY_VERIFY_WITH_TIMEOUT(uploads->upload(*key)->isFinished(), 30'000);
    QCOMPARE(uploads->upload(*key)->state, State::Failed);
    QCOMPARE(uploads->upload(*key)->error, UploadManager::fileChangedText());
    QTRY_VERIFY_WITH_TIMEOUT(isGone(uploadId), 10'000);
    uploads->clearFinished();
}

void tst_UploadManager::lostConnectionResumesFromTheConfirmedOffset()
{
    const qint64 size = 32 * kMiB;
    const QString path = makeImage(m_dir, u"flaky.img"_s, size);
    Relay relay(m_broker->baseUrl());
    BrokerClient client;
    client.setBaseUrl(relay.url());
    client.setBrokerToken(m_client->brokerToken());
    client.setAccessToken(m_client->accessToken());
    auto uploads = manager(client, kMiB);
    const auto key = uploads->add(path, metadataNamed(u"Flaky network"_s));
    QVERIFY(key);
    QTRY_VERIFY_WITH_TIMEOUT(uploads->upload(*key)->bytesDone >= 4 * kMiB, 30'000);
    QVERIFY(uploads->upload(*key)->bytesDone < size);
    relay.cut();
    QTRY_VERIFY_WITH_TIMEOUT(!uploads->upload(*key)->notice.isEmpty(), 10'000); // "trying again in ..."
    QCOMPARE(uploads->upload(*key)->state, State::Uploading);
    QTest::qWait(300);
    QVERIFY(relay.restore());
    QTRY_VERIFY_WITH_TIMEOUT(uploads->upload(*key)->isFinished(), 60'000);
    const UploadManager::Upload done = *uploads->upload(*key);
    QVERIFY2(done.state == State::Done, qPrintable(done.error));
    QVERIFY(done.notice.isEmpty());
    // At most the chunks on the wire when the connection went (two) were sent twice.
    QVERIFY2(uploads->bytesSent() <= size + 2 * kMiB, qPrintable(QString::number(uploads->bytesSent())));
}

void tst_UploadManager::fullQuotaIsExplained()
{
    EmbeddedBroker full;
    QSignalSpy started(&full, &EmbeddedBroker::started);
    QSignalSpy failed(&full, &EmbeddedBroker::failed);
    EmbeddedBroker::Options options;
    options.executable = QStringLiteral(SPARECLOUD_BROKER_EXE);
    options.dataDir = m_dir.filePath(u"full-broker"_s);
    options.extraArguments = {u"--appliance-quota-gib"_s, u"0"_s};
    full.start(options);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 20'000);
    QVERIFY2(failed.isEmpty(), qPrintable(full.log()));
    auto client = loggedInClient(full);

    const QString path = makeImage(m_dir, u"big.img"_s, 4 * kMiB);
    auto uploads = manager(*client);
    const auto key = uploads->add(path, metadataNamed(u"Too big"_s));
    QVERIFY(key);
    QTRY_VERIFY_WITH_TIMEOUT(uploads->upload(*key)->isFinished(), 30'000);
    const UploadManager::Upload refused = *uploads->upload(*key);
    QCOMPARE(refused.state, State::Failed);
    QVERIFY2(refused.error.startsWith(u"Not enough storage"_s), qPrintable(refused.error));
    QVERIFY2(refused.error.contains(QLocale().formattedDataSize(0, 1)), qPrintable(refused.error));
    QCOMPARE(uploads->bytesSent(), 0);
    uploads->clearFinished();
}

QTEST_GUILESS_MAIN(tst_UploadManager)
#include "tst_uploadmanager.moc"
