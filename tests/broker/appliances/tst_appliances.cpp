// The appliance repository through real HTTP: resumable chunked uploads
// (wrong offsets, corrupted chunks, a client that disappears mid-chunk),
// verification of the whole file (checksum, truncated and mislabelled images),
// quota, names, ownership, the directory, signed downloads with Range, expiry
// of abandoned uploads, and an image delivered to a simulated provider that
// checks its SHA-256 before the instance runs.
#include "ProviderFixtures.h"
#include "TestApi.h"
#include "core/Broker.h"
#include "core/Clock.h"
#include "core/appliances/ApplianceLinks.h"
#include "core/auth/SecretBox.h"
#include "core/billing/Ledger.h"
#include "core/billing/LedgerAudit.h"
#include "core/demo/DemoAppliances.h"
#include "core/store/Database.h"
#include "providersim/ProviderSimulator.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sc::broker;
using sc::providersim::ProviderSimulator;
using sc::providersim::ProviderSimulatorOptions;
using sc::test::Reply;
using sc::test::TestApi;

namespace {

const QByteArray kPassword = "correct horse battery";
constexpr qint64 kQuota = 64 * 1024 * 1024;

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray digestOf(QByteArrayView bytes)
{
    return "sha-256=:" + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toBase64() + ":";
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

} // namespace

class tst_Appliances : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void uploadInChunksBecomesAnAppliance();
    void wrongOffsetAnswersTheConfirmedOffset();
    void corruptedChunkIsDiscarded();
    void chunkHeadersAreChecked();
    void clientVanishingMidChunkLosesNothingConfirmed();
    void twoChunksOnTheirWayAtOnce();
    void aChunkMayOvertakeItsPredecessor();
    void wholeFileChecksumIsVerified();
    void truncatedAndMislabelledImagesAreRefused_data();
    void truncatedAndMislabelledImagesAreRefused();
    void namesAndFieldsAreValidated_data();
    void namesAndFieldsAreValidated();
    void quotaIsEnforced();
    void uploadsOfOthersAreNotFound();
    void sameBytesAreStoredOnce();
    void deletingFreesQuotaButNotWhileInUse();
    void signedDownloadWithRange();
    void abandonedUploadsExpire();
    void providerFetchesAndChecksTheImage();
    void resaleStartsTheBiddersApplianceInTheSlot();

private:
    BrokerConfig config() const;
    QByteArray login(const QByteArray &email);
    QByteArray account(const QByteArray &email, const QString &organization, const QString &role);
    Reply create(const QByteArray &token, const QString &name, const QString &format, const QByteArray &bytes,
                 const QString &sha256 = {});
    Reply put(const QByteArray &token, const QString &id, qint64 offset, const QByteArray &chunk,
              const QByteArray &digest = {});
    // Sends every byte in chunks of `chunk`, completes, waits for the verdict.
    QJsonObject upload(const QByteArray &token, const QString &name, const QString &format, const QByteArray &bytes,
                       qsizetype chunk = 100'000, const QString &sha256 = {});
    QJsonObject waitForVerdict(const QByteArray &token, const QString &id);
    QJsonObject quota(const QByteArray &token);

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<ProviderSimulator> m_sim;
    std::unique_ptr<Broker> m_broker;
    std::unique_ptr<TestApi> m_api;
    QByteArray m_operator, m_ann, m_bob, m_sam;
};

BrokerConfig tst_Appliances::config() const
{
    BrokerConfig config;
    // Buyers start with ample credit: what is tested here is not the money.
    config.billing.welcomeCredit = 100'000'000;
    config.port = 0;
    config.dataDir = m_dir.path();
    config.passwordParameters = PasswordHasher::fastParametersForTests();
    config.accessLimits.perAddress = {1e6, 1e6};
    config.accessLimits.perCredential = {1e6, 1e6};
    config.accountLimits.sessionLifetime = std::chrono::hours(24 * 365);
    config.appliances.quotaBytes = kQuota;
    config.appliances.chunkGapWait = std::chrono::milliseconds(500);
    config.providerPolling.intervalMs = 30'000;
    config.providerPolling.timeoutMs = 1'500;
    config.providerPolling.tickMs = 20;
    config.providerPolling.flushMs = 100;
    return config;
}

QByteArray tst_Appliances::login(const QByteArray &email)
{
    return m_api->login(email, kPassword);
}

QByteArray tst_Appliances::account(const QByteArray &email, const QString &organization, const QString &role)
{
    return m_api->account(email, kPassword, organization, role, m_operator);
}

void tst_Appliances::initTestCase()
{
    QLoggingCategory::setFilterRules(u"sc.api.info=false"_s);
    ProviderSimulatorOptions options;
    options.providers = 2;
    options.seed = 11;
    options.provisioningDelay = std::chrono::milliseconds(1'000);
    options.fetchAppliances = true;
    options.clock = [this] { return m_clock.now().toMSecsSinceEpoch(); };
    m_sim = std::make_unique<ProviderSimulator>(options);
    QVERIFY2(m_sim->listen(QHostAddress::LocalHost), qPrintable(m_sim->errorString()));

    QCOMPARE(Broker(config(), m_clock).createOperator(u"root@ops.example"_s, QString::fromLatin1(kPassword)),
             QString());
    m_broker = std::make_unique<Broker>(config(), m_clock);
    QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    m_api = std::make_unique<TestApi>(m_broker->url());
    m_operator = login("root@ops.example");
    m_ann = account("ann@buyer.example", u"Ann Analytics"_s, u"buyer"_s);
    m_bob = account("bob@buyer.example", u"Bob Biotech"_s, u"buyer"_s);
    m_sam = account("sam@seller.example", u"Sam Hosting"_s, u"seller"_s);
    QVERIFY(!m_ann.isEmpty() && !m_bob.isEmpty() && !m_sam.isEmpty());
}

void tst_Appliances::cleanupTestCase()
{
    m_api.reset();
    m_broker.reset();
    m_sim.reset();
}

Reply tst_Appliances::create(const QByteArray &token, const QString &name, const QString &format,
                             const QByteArray &bytes, const QString &sha256)
{
    return m_api->send("POST",
                       u"/api/v1/appliances/uploads"_s,
                       token,
                       QJsonObject{{u"name"_s, name},
                                   {u"format"_s, format},
                                   {u"sizeBytes"_s, bytes.size()},
                                   {u"sha256"_s, sha256.isEmpty() ? sha256Hex(bytes) : sha256},
                                   {u"os"_s, u"Debian 12"_s},
                                   {u"minMemoryMiB"_s, 1024}});
}

Reply tst_Appliances::put(const QByteArray &token, const QString &id, qint64 offset, const QByteArray &chunk,
                          const QByteArray &digest)
{
    return m_api->sendBytes("PUT",
                            u"/api/v1/appliances/uploads/%1/chunks?offset=%2"_s.arg(id).arg(offset),
                            token,
                            chunk,
                            {{"Content-Digest", digest.isEmpty() ? digestOf(chunk) : digest}});
}

QJsonObject tst_Appliances::waitForVerdict(const QByteArray &token, const QString &id)
{
    QJsonObject upload;
    QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired()) {
        const Reply reply = m_api->send("GET", u"/api/v1/appliances/uploads/"_s + id, token);
        upload = reply.json();
        const QString status = upload.value(u"status"_s).toString();
        if (status == u"ready"_s || status == u"failed"_s)
            return upload;
        QTest::qWait(20);
    }
    qWarning() << "no verdict for upload" << id << upload;
    return upload;
}

QJsonObject tst_Appliances::upload(const QByteArray &token, const QString &name, const QString &format,
                                   const QByteArray &bytes, qsizetype chunk, const QString &sha256)
{
    const Reply created = create(token, name, format, bytes, sha256);
    if (created.status != 201) {
        qWarning() << "create failed:" << created.body;
        return {};
    }
    const QString id = created.json().value(u"id"_s).toString();
    for (qsizetype offset = 0; offset < bytes.size(); offset += chunk) {
        const Reply sent = put(token, id, offset, bytes.mid(offset, chunk));
        if (sent.status != 200) {
            qWarning() << "chunk failed:" << sent.body;
            return {};
        }
    }
    const Reply completed = m_api->send("POST", u"/api/v1/appliances/uploads/%1/complete"_s.arg(id), token);
    if (completed.status != 202) {
        qWarning() << "complete failed:" << completed.body;
        return {};
    }
    return waitForVerdict(token, id);
}

QJsonObject tst_Appliances::quota(const QByteArray &token)
{
    const Reply listed = m_api->send("GET", u"/api/v1/appliances"_s, token);
    return listed.json().value(u"quota"_s).toObject();
}

void tst_Appliances::uploadInChunksBecomesAnAppliance()
{
    const QByteArray image = DemoAppliances::emptyQcow2(qint64(20) << 30);
    const Reply created = create(m_ann, u"Analytics worker"_s, u"qcow2"_s, image);
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(u"id"_s).toString();
    QCOMPARE(id.size(), 32);
    QCOMPARE(created.headers.value("location"), "/api/v1/appliances/uploads/" + id.toLatin1());
    QCOMPARE(created.json().value(u"offset"_s).toInteger(), 0);
    QCOMPARE(created.json().value(u"status"_s).toString(), u"uploading"_s);
    QCOMPARE(created.json().value(u"chunkLimit"_s).toInteger(), 8 * 1024 * 1024);
    // The declared size is reserved against the quota at once.
    QCOMPARE(quota(m_ann).value(u"reservedBytes"_s).toInteger(), image.size());

    // Completing early says how far the broker got.
    const Reply early = m_api->send("POST", u"/api/v1/appliances/uploads/%1/complete"_s.arg(id), m_ann);
    QCOMPARE(early.status, 409);
    QCOMPARE(early.reason(), u"incomplete"_s);

    const qsizetype half = image.size() / 2;
    const Reply first = put(m_ann, id, 0, image.left(half));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(u"offset"_s).toInteger(), half);
    const Reply second = put(m_ann, id, half, image.mid(half));
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(u"offset"_s).toInteger(), image.size());

    const Reply completed = m_api->send("POST", u"/api/v1/appliances/uploads/%1/complete"_s.arg(id), m_ann);
    QCOMPARE(completed.status, 202);
    QVERIFY(completed.json().value(u"status"_s).toString() == u"verifying"_s
            || completed.json().value(u"status"_s).toString() == u"ready"_s);
    const QJsonObject done = waitForVerdict(m_ann, id);
    QCOMPARE(done.value(u"status"_s).toString(), u"ready"_s);
    const qint64 applianceId = done.value(u"applianceId"_s).toInteger();
    QVERIFY(applianceId > 0);
    // A second complete answers the same upload.
    QCOMPARE(m_api->send("POST", u"/api/v1/appliances/uploads/%1/complete"_s.arg(id), m_ann).status, 202);

    const Reply fetched = m_api->send("GET", u"/api/v1/appliances/%1"_s.arg(applianceId), m_ann);
    QCOMPARE(fetched.status, 200);
    const QJsonObject appliance = fetched.json();
    QCOMPARE(appliance.value(u"name"_s).toString(), u"Analytics worker"_s);
    QCOMPARE(appliance.value(u"format"_s).toString(), u"qcow2"_s);
    QCOMPARE(appliance.value(u"sha256"_s).toString(), sha256Hex(image));
    QCOMPARE(appliance.value(u"sizeBytes"_s).toInteger(), image.size());
    QCOMPARE(appliance.value(u"virtualSizeBytes"_s).toInteger(), qint64(20) << 30);
    QCOMPARE(appliance.value(u"visibility"_s).toString(), u"private"_s);
    QVERIFY(appliance.value(u"owned"_s).toBool());
    const QJsonObject used = quota(m_ann);
    QCOMPARE(used.value(u"usedBytes"_s).toInteger(), image.size());
    QCOMPARE(used.value(u"reservedBytes"_s).toInteger(), 0);

    // The stored bytes are the uploaded bytes, under their SHA-256.
    QFile stored(m_dir.path() + u"/appliances/blobs/"_s + sha256Hex(image).left(2) + u'/' + sha256Hex(image));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), image);

    // Metadata can change; the owner only.
    const Reply renamed = m_api->send("PATCH",
                                      u"/api/v1/appliances/%1"_s.arg(applianceId),
                                      m_ann,
                                      QJsonObject{{u"name"_s, u"Analytics worker v2"_s}, {u"minDiskGiB"_s, 25}});
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json().value(u"name"_s).toString(), u"Analytics worker v2"_s);
    QCOMPARE(renamed.json().value(u"minDiskGiB"_s).toInt(), 25);
    QCOMPARE(renamed.json().value(u"os"_s).toString(), u"Debian 12"_s);
}

void tst_Appliances::wrongOffsetAnswersTheConfirmedOffset()
{
    const QByteArray image = randomBytes(64 * 1024, 1);
    const Reply created = create(m_ann, u"Offsets"_s, u"raw"_s, image);
    const QString id = created.json().value(u"id"_s).toString();
    QCOMPARE(put(m_ann, id, 0, image.left(4096)).status, 200);
    // A chunk from the future (beyond the one that may overtake the next),
    // and one repeated from the past.
    for (const qint64 offset : {qint64(12288), qint64(0)}) {
        const Reply wrong = put(m_ann, id, offset, image.mid(offset, 4096));
        QCOMPARE(wrong.status, 409);
        QCOMPARE(wrong.reason(), u"offset_mismatch"_s);
        QCOMPARE(
            wrong.json().value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"offset"_s).toInteger(),
            4096);
    }
    const Reply state = m_api->send("GET", u"/api/v1/appliances/uploads/"_s + id, m_ann);
    QCOMPARE(state.json().value(u"offset"_s).toInteger(), 4096);
    QCOMPARE(m_api->send("DELETE", u"/api/v1/appliances/uploads/"_s + id, m_ann).status, 204);
    QCOMPARE(m_api->send("GET", u"/api/v1/appliances/uploads/"_s + id, m_ann).status, 404);
}

void tst_Appliances::corruptedChunkIsDiscarded()
{
    const QByteArray image = randomBytes(256 * 1024, 2);
    const Reply created = create(m_ann, u"Corruption"_s, u"raw"_s, image);
    const QString id = created.json().value(u"id"_s).toString();
    QCOMPARE(put(m_ann, id, 0, image.left(100'000)).status, 200);
    // A bit flipped on the way: the digest no longer matches.
    QByteArray damaged = image.mid(100'000, 100'000);
    damaged[5000] = char(damaged[5000] ^ 0x10);
    const Reply refused = put(m_ann, id, 100'000, damaged, digestOf(image.mid(100'000, 100'000)));
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.reason(), u"digest_mismatch"_s);
    QCOMPARE(m_api->send("GET", u"/api/v1/appliances/uploads/"_s + id, m_ann).json().value(u"offset"_s).toInteger(),
             100'000);
    // Sent again intact, and the rest: the image is whole and verified.
    QCOMPARE(put(m_ann, id, 100'000, image.mid(100'000, 100'000)).status, 200);
    QCOMPARE(put(m_ann, id, 200'000, image.mid(200'000)).status, 200);
    QCOMPARE(m_api->send("POST", u"/api/v1/appliances/uploads/%1/complete"_s.arg(id), m_ann).status, 202);
    QCOMPARE(waitForVerdict(m_ann, id).value(u"status"_s).toString(), u"ready"_s);
}

void tst_Appliances::chunkHeadersAreChecked()
{
    const QByteArray image = randomBytes(16 * 1024, 3);
    const QString id = create(m_ann, u"Headers"_s, u"raw"_s, image).json().value(u"id"_s).toString();
    // No digest.
    const Reply bare = m_api->sendBytes(
        "PUT", u"/api/v1/appliances/uploads/%1/chunks?offset=0"_s.arg(id), m_ann, image.left(1024));
    QCOMPARE(bare.status, 400);
    QVERIFY(bare.body.contains("Content-Digest"));
    // A digest that is not SHA-256 of 32 bytes.
    QCOMPARE(put(m_ann, id, 0, image.left(1024), "sha-256=:AAAA:").status, 400);
    QCOMPARE(put(m_ann, id, 0, image.left(1024), "md5=:AAAAAAAAAAAAAAAAAAAAAA==:").status, 400);
    // No offset.
    const Reply noOffset = m_api->sendBytes("PUT",
                                            u"/api/v1/appliances/uploads/%1/chunks"_s.arg(id),
                                            m_ann,
                                            image.left(1024),
                                            {{"Content-Digest", digestOf(image.left(1024))}});
    QCOMPARE(noOffset.status, 400);
    // Past the declared size: refused from the headers.
    const QByteArray tooMuch = image + QByteArray(512, 'x');
    const Reply beyond = put(m_ann, id, 0, tooMuch);
    QCOMPARE(beyond.status, 422);
    QCOMPARE(beyond.reason(), u"beyond_size"_s);
    // Larger than a chunk may be.
    const QByteArray huge(8 * 1024 * 1024 + 1, 'x');
    const QString bigId =
        create(m_ann, u"Big"_s, u"raw"_s, QByteArray(16 * 1024 * 1024, 'x')).json().value(u"id"_s).toString();
    QCOMPARE(put(m_ann, bigId, 0, huge).status, 413);
    QCOMPARE(m_api->send("DELETE", u"/api/v1/appliances/uploads/"_s + bigId, m_ann).status, 204);
    QCOMPARE(m_api->send("GET", u"/api/v1/appliances/uploads/"_s + id, m_ann).json().value(u"offset"_s).toInteger(), 0);
    QCOMPARE(m_api->send("DELETE", u"/api/v1/appliances/uploads/"_s + id, m_ann).status, 204);
}

void tst_Appliances::clientVanishingMidChunkLosesNothingConfirmed()
{
    const QByteArray image = randomBytes(512 * 1024, 4);
    const QString id = create(m_ann, u"Vanishing"_s, u"raw"_s, image).json().value(u"id"_s).toString();
    QCOMPARE(put(m_ann, id, 0, image.left(128 * 1024)).status, 200);

    // The client sends half of the next chunk and dies.
    {
        QTcpSocket socket;
        socket.connectToHost(m_broker->url().host(), quint16(m_broker->url().port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray chunk = image.mid(128 * 1024, 128 * 1024);
        socket.write("PUT /api/v1/appliances/uploads/" + id.toLatin1() + "/chunks?offset=131072 HTTP/1.1\r\n"
                     + "Host: 127.0.0.1\r\nAuthorization: Bearer " + m_ann
                     + "\r\nContent-Type: " + "application/octet-stream\r\nContent-Digest: " + digestOf(chunk)
                     + "\r\nContent-Length: " + QByteArray::number(chunk.size()) + "\r\n\r\n" + chunk.left(60 * 1024));
        QVERIFY(socket.waitForBytesWritten(5000));
        QTest::qWait(200);
        socket.abort();
    }
    QTest::qWait(100);
    const Reply state = m_api->send("GET", u"/api/v1/appliances/uploads/"_s + id, m_ann);
    QCOMPARE(state.json().value(u"offset"_s).toInteger(), 128 * 1024);
    // Resumed from the confirmed offset: the result is exactly the file.
    for (qsizetype offset = 128 * 1024; offset < image.size(); offset += 128 * 1024)
        QCOMPARE(put(m_ann, id, offset, image.mid(offset, 128 * 1024)).status, 200);
    QCOMPARE(m_api->send("POST", u"/api/v1/appliances/uploads/%1/complete"_s.arg(id), m_ann).status, 202);
    QCOMPARE(waitForVerdict(m_ann, id).value(u"status"_s).toString(), u"ready"_s);
}

// A chunk's request over its own connection, headers and the first `bodyBytes`
// of its body.
QByteArray chunkRequest(const QString &id, qint64 offset, const QByteArray &chunk, const QByteArray &token)
{
    return "PUT /api/v1/appliances/uploads/" + id.toLatin1() + "/chunks?offset=" + QByteArray::number(offset)
           + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
           + "\r\nContent-Type: application/octet-stream\r\nContent-Digest: " + digestOf(chunk)
           + "\r\nContent-Length: " + QByteArray::number(chunk.size()) + "\r\n\r\n";
}

// The status and body of one response read off a raw socket (the event
// loop runs meanwhile: the broker answers from this thread).
QPair<int, QJsonObject> readResponse(QTcpSocket &socket)
{
    QByteArray data;
    QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired()) {
        data += socket.readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QByteArray head = data.left(end).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qint64 length = at < 0 ? 0
                                         : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (data.size() >= end + 4 + length) {
                return {data.mid(9, 3).toInt(), QJsonDocument::fromJson(data.mid(end + 4, length)).object()};
            }
        }
        // The broker runs in this thread: let it work while waiting.
        QTest::qWait(10);
    }
    return {0, {}};
}

void tst_Appliances::twoChunksOnTheirWayAtOnce()
{
    const qsizetype chunk = 64 * 1024;
    const QByteArray image = randomBytes(3 * chunk, 14);
    const QString id = create(m_ann, u"Window"_s, u"raw"_s, image).json().value(u"id"_s).toString();
    const QString host = m_broker->url().host();
    const quint16 port = quint16(m_broker->url().port());
    QTcpSocket first, second, third;
    for (QTcpSocket *socket : {&first, &second, &third}) {
        socket->connectToHost(host, port);
        QVERIFY(socket->waitForConnected(5000));
    }
    // The first chunk is still arriving when the second one comes in full.
    const QByteArray zero = image.left(chunk);
    const QByteArray one = image.mid(chunk, chunk);
    first.write(chunkRequest(id, 0, zero, m_ann) + zero.left(chunk / 2));
    QVERIFY(first.waitForBytesWritten(5000));
    QTest::qWait(100);
    second.write(chunkRequest(id, chunk, one, m_ann) + one);
    QVERIFY(second.waitForBytesWritten(5000));
    QTest::qWait(100);
    // A third one is one too many.
    third.write(chunkRequest(id, 2 * chunk, image.mid(2 * chunk), m_ann) + image.mid(2 * chunk));
    const auto refused = readResponse(third);
    QCOMPARE(refused.first, 409);
    QCOMPARE(refused.second.value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"reason"_s).toString(),
             u"chunk_in_progress"_s);
    first.write(zero.mid(chunk / 2));
    const auto answerOne = readResponse(first);
    const auto answerTwo = readResponse(second);
    QCOMPARE(answerOne.first, 200);
    QCOMPARE(answerOne.second.value(u"offset"_s).toInteger(), chunk);
    QCOMPARE(answerTwo.first, 200);
    QCOMPARE(answerTwo.second.value(u"offset"_s).toInteger(), 2 * chunk);
    // The rest as usual: the whole file's digest caught up with the chunk
    // that came early, so the upload completes at once.
    QCOMPARE(put(m_ann, id, 2 * chunk, image.mid(2 * chunk)).status, 200);
    const Reply completed = m_api->send("POST", u"/api/v1/appliances/uploads/%1/complete"_s.arg(id), m_ann);
    QCOMPARE(completed.status, 202);
    QCOMPARE(completed.json().value(u"status"_s).toString(), u"ready"_s);
}

void tst_Appliances::aChunkMayOvertakeItsPredecessor()
{
    const qsizetype chunk = 32 * 1024;
    const QByteArray image = randomBytes(4 * chunk, 15);
    const QString id = create(m_ann, u"Overtaken"_s, u"raw"_s, image).json().value(u"id"_s).toString();
    const QString host = m_broker->url().host();
    const quint16 port = quint16(m_broker->url().port());
    // The second chunk arrives first, on its own connection: it waits for the first.
    QTcpSocket early, late;
    for (QTcpSocket *socket : {&early, &late}) {
        socket->connectToHost(host, port);
        QVERIFY(socket->waitForConnected(5000));
    }
    const QByteArray zero = image.left(chunk);
    const QByteArray one = image.mid(chunk, chunk);
    early.write(chunkRequest(id, chunk, one, m_ann) + one);
    QTest::qWait(150);
    QCOMPARE(m_api->send("GET", u"/api/v1/appliances/uploads/"_s + id, m_ann).json().value(u"offset"_s).toInteger(), 0);
    late.write(chunkRequest(id, 0, zero, m_ann) + zero);
    const auto first = readResponse(late);
    const auto second = readResponse(early);
    QCOMPARE(first.first, 200);
    QCOMPARE(first.second.value(u"offset"_s).toInteger(), chunk);
    QCOMPARE(second.first, 200);
    QCOMPARE(second.second.value(u"offset"_s).toInteger(), 2 * chunk);
    // One whose predecessor never comes is refused after a while, with the offset to resume from.
    QTcpSocket lonely;
    lonely.connectToHost(host, port);
    QVERIFY(lonely.waitForConnected(5000));
    const QByteArray three = image.mid(3 * chunk);
    lonely.write(chunkRequest(id, 3 * chunk, three, m_ann) + three);
    const auto refused = readResponse(lonely);
    QCOMPARE(refused.first, 409);
    QCOMPARE(refused.second.value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"offset"_s).toInteger(),
             2 * chunk);
    // The rest in order: the bytes are exactly the file's.
    QCOMPARE(put(m_ann, id, 2 * chunk, image.mid(2 * chunk, chunk)).status, 200);
    QCOMPARE(put(m_ann, id, 3 * chunk, three).status, 200);
    const Reply completed = m_api->send("POST", u"/api/v1/appliances/uploads/%1/complete"_s.arg(id), m_ann);
    QCOMPARE(completed.json().value(u"status"_s).toString(), u"ready"_s);
}

void tst_Appliances::wholeFileChecksumIsVerified()
{
    const QByteArray image = randomBytes(64 * 1024, 5);
    // Every chunk is intact, but the file is not the one declared.
    const QJsonObject failed = upload(m_ann, u"Wrong file"_s, u"raw"_s, image, 10'000, sha256Hex("something else"));
    QCOMPARE(failed.value(u"status"_s).toString(), u"failed"_s);
    QCOMPARE(failed.value(u"errorReason"_s).toString(), u"checksum_mismatch"_s);
    QVERIFY(failed.value(u"error"_s).toString().contains(u"SHA-256"_s));
    QVERIFY(failed.value(u"applianceId"_s).isNull());
    // A failed upload holds no quota and leaves no bytes behind.
    QCOMPARE(quota(m_ann).value(u"reservedBytes"_s).toInteger(), 0);
    QDir parts(m_dir.path() + u"/appliances/parts"_s);
    QVERIFY(!parts.exists(failed.value(u"id"_s).toString() + u".part"_s));
}

void tst_Appliances::truncatedAndMislabelledImagesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("reason");
    const QByteArray qcow2 = DemoAppliances::emptyQcow2(qint64(10) << 30);
    QTest::newRow("qcow2 cut after its header") << qcow2.left(64 * 1024) << u"qcow2"_s << u"truncated"_s;
    QTest::newRow("qcow2 declared raw") << qcow2 << u"raw"_s << u"format_mismatch"_s;
    QTest::newRow("raw disk declared qcow2")
        << DemoAppliances::rawDisk(64 * 1024) << u"qcow2"_s << u"format_mismatch"_s;
    QTest::newRow("noise declared qcow2") << randomBytes(64 * 1024, 13) << u"qcow2"_s << u"invalid_image"_s;
    QTest::newRow("raw of odd size") << QByteArray(1000, '\0') << u"raw"_s << u"invalid_image"_s;
    QTest::newRow("qcow2 declared vmdk") << qcow2 << u"vmdk"_s << u"format_mismatch"_s;
    QTest::newRow("qcow2 declared ova") << qcow2 << u"ova"_s << u"format_mismatch"_s;
}

void tst_Appliances::truncatedAndMislabelledImagesAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(QString, reason);
    const QJsonObject result = upload(m_bob, u"Suspicious image"_s, format, bytes, 50'000);
    QCOMPARE(result.value(u"status"_s).toString(), u"failed"_s);
    QCOMPARE(result.value(u"errorReason"_s).toString(), reason);
    QVERIFY(!result.value(u"error"_s).toString().isEmpty());
}

void tst_Appliances::namesAndFieldsAreValidated_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QString sha = sha256Hex("x");
    const QJsonObject good{{u"name"_s, u"ok"_s}, {u"format"_s, u"raw"_s}, {u"sizeBytes"_s, 1024}, {u"sha256"_s, sha}};
    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject body = good;
        body.insert(key, value);
        return body;
    };
    QTest::newRow("slash") << with(u"name"_s, u"../../etc/passwd"_s) << u"name"_s;
    QTest::newRow("backslash") << with(u"name"_s, u"C:\\image"_s) << u"name"_s;
    QTest::newRow("newline") << with(u"name"_s, u"two\nlines"_s) << u"name"_s;
    QTest::newRow("nul") << with(u"name"_s, QString(u"a"_s + QChar(0) + u"b"_s)) << u"name"_s;
    QTest::newRow("bidi override") << with(u"name"_s, QString(u"a"_s + QChar(0x202e) + u"b"_s)) << u"name"_s;
    QTest::newRow("dots") << with(u"name"_s, u".."_s) << u"name"_s;
    QTest::newRow("empty") << with(u"name"_s, u""_s) << u"name"_s;
    QTest::newRow("spaces") << with(u"name"_s, u" padded"_s) << u"name"_s;
    QTest::newRow("long") << with(u"name"_s, QString(101, u'a')) << u"name"_s;
    QTest::newRow("format") << with(u"format"_s, u"iso"_s) << u"format"_s;
    QTest::newRow("tiny") << with(u"sizeBytes"_s, 100) << u"sizeBytes"_s;
    QTest::newRow("sha") << with(u"sha256"_s, sha.toUpper()) << u"sha256"_s;
    QTest::newRow("unknown field") << with(u"path"_s, u"/tmp/x"_s) << u"path"_s;
}

void tst_Appliances::namesAndFieldsAreValidated()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const Reply refused = m_api->send("POST", u"/api/v1/appliances/uploads"_s, m_ann, body);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json().value(u"error"_s).toObject().value(u"details"_s).toObject().value(u"field"_s).toString(),
             field);
}

void tst_Appliances::quotaIsEnforced()
{
    const QJsonObject before = quota(m_bob);
    QCOMPARE(before.value(u"limitBytes"_s).toInteger(), kQuota);
    const qint64 available = before.value(u"availableBytes"_s).toInteger();
    const Reply tooBig = m_api->send("POST",
                                     u"/api/v1/appliances/uploads"_s,
                                     m_bob,
                                     QJsonObject{{u"name"_s, u"Huge"_s},
                                                 {u"format"_s, u"raw"_s},
                                                 {u"sizeBytes"_s, available + 512},
                                                 {u"sha256"_s, sha256Hex("x")}});
    QCOMPARE(tooBig.status, 422);
    QCOMPARE(tooBig.reason(), u"quota_exceeded"_s);
    QVERIFY(tooBig.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"quota"_s));
    QCOMPARE(tooBig.json()
                 .value(u"error"_s)
                 .toObject()
                 .value(u"details"_s)
                 .toObject()
                 .value(u"availableBytes"_s)
                 .toInteger(),
             available);
    // Uploads in progress count: two halves fit, a third does not.
    const qint64 half = (available / 2) / 512 * 512;
    QStringList ids;
    for (int i = 0; i < 2; ++i) {
        const Reply created = m_api->send("POST",
                                          u"/api/v1/appliances/uploads"_s,
                                          m_bob,
                                          QJsonObject{{u"name"_s, u"Half %1"_s.arg(i)},
                                                      {u"format"_s, u"raw"_s},
                                                      {u"sizeBytes"_s, half},
                                                      {u"sha256"_s, sha256Hex("x")}});
        QCOMPARE(created.status, 201);
        ids.append(created.json().value(u"id"_s).toString());
    }
    const Reply third = m_api->send(
        "POST",
        u"/api/v1/appliances/uploads"_s,
        m_bob,
        QJsonObject{
            {u"name"_s, u"Third"_s}, {u"format"_s, u"raw"_s}, {u"sizeBytes"_s, half}, {u"sha256"_s, sha256Hex("x")}});
    QCOMPARE(third.reason(), u"quota_exceeded"_s);
    // Cancelling gives the room back.
    for (const QString &id : std::as_const(ids))
        QCOMPARE(m_api->send("DELETE", u"/api/v1/appliances/uploads/"_s + id, m_bob).status, 204);
    QCOMPARE(quota(m_bob).value(u"availableBytes"_s).toInteger(), available);
    // Only operators publish for everyone.
    const Reply publish = m_api->send("POST",
                                      u"/api/v1/appliances/uploads"_s,
                                      m_bob,
                                      QJsonObject{{u"name"_s, u"Mine for all"_s},
                                                  {u"format"_s, u"raw"_s},
                                                  {u"sizeBytes"_s, 1024},
                                                  {u"sha256"_s, sha256Hex("x")},
                                                  {u"visibility"_s, u"public"_s}});
    QCOMPARE(publish.status, 403);
    // Sellers do not upload.
    QCOMPARE(create(m_sam, u"Seller image"_s, u"raw"_s, QByteArray(1024, '\0')).status, 403);
}

void tst_Appliances::uploadsOfOthersAreNotFound()
{
    const QByteArray image = randomBytes(8 * 1024, 6);
    const QString id = create(m_ann, u"Private"_s, u"raw"_s, image).json().value(u"id"_s).toString();
    QCOMPARE(put(m_ann, id, 0, image.left(4096)).status, 200);
    const QString unknown = QString(32, u'A');
    for (const QString &target : {id, unknown}) {
        QCOMPARE(m_api->send("GET", u"/api/v1/appliances/uploads/"_s + target, m_bob).status, 404);
        QCOMPARE(put(m_bob, target, 4096, image.mid(4096)).status, 404);
        QCOMPARE(m_api->send("POST", u"/api/v1/appliances/uploads/%1/complete"_s.arg(target), m_bob).status, 404);
        QCOMPARE(m_api->send("DELETE", u"/api/v1/appliances/uploads/"_s + target, m_bob).status, 404);
    }
    // Nothing Bob did touched Ann's upload.
    QCOMPARE(m_api->send("GET", u"/api/v1/appliances/uploads/"_s + id, m_ann).json().value(u"offset"_s).toInteger(),
             4096);
    const Reply bobsUploads = m_api->send("GET", u"/api/v1/appliances/uploads"_s, m_bob);
    QVERIFY(!bobsUploads.body.contains(id.toLatin1()));

    // Ann's finished appliance is hers alone; public ones are everyone's.
    const QJsonObject done = upload(m_ann, u"Ann's secret sauce"_s, u"raw"_s, randomBytes(4096, 7), 4096);
    const qint64 applianceId = done.value(u"applianceId"_s).toInteger();
    QVERIFY(applianceId > 0);
    QCOMPARE(m_api->send("GET", u"/api/v1/appliances/%1"_s.arg(applianceId), m_bob).status, 404);
    QCOMPARE(m_api->send("PATCH", u"/api/v1/appliances/%1"_s.arg(applianceId), m_bob, QJsonObject{{u"notes"_s, u"x"_s}})
                 .status,
             404);
    QCOMPARE(m_api->send("DELETE", u"/api/v1/appliances/%1"_s.arg(applianceId), m_bob).status, 404);
    const Reply bobsList = m_api->send("GET", u"/api/v1/appliances"_s, m_bob);
    QVERIFY(!bobsList.body.contains("secret sauce"));

    const QJsonObject published = [&] {
        const QByteArray bytes = DemoAppliances::rawDisk(8192);
        const Reply created = m_api->send("POST",
                                          u"/api/v1/appliances/uploads"_s,
                                          m_operator,
                                          QJsonObject{{u"name"_s, u"Curated base"_s},
                                                      {u"format"_s, u"raw"_s},
                                                      {u"sizeBytes"_s, bytes.size()},
                                                      {u"sha256"_s, sha256Hex(bytes)},
                                                      {u"visibility"_s, u"public"_s}});
        const QString uploadId = created.json().value(u"id"_s).toString();
        put(m_operator, uploadId, 0, bytes);
        m_api->send("POST", u"/api/v1/appliances/uploads/%1/complete"_s.arg(uploadId), m_operator);
        return waitForVerdict(m_operator, uploadId);
    }();
    const qint64 publicId = published.value(u"applianceId"_s).toInteger();
    QVERIFY(publicId > 0);
    const Reply seen = m_api->send("GET", u"/api/v1/appliances/%1"_s.arg(publicId), m_bob);
    QCOMPARE(seen.status, 200);
    QCOMPARE(seen.json().value(u"visibility"_s).toString(), u"public"_s);
    QVERIFY(!seen.json().value(u"owned"_s).toBool());
    QCOMPARE(m_api->send("DELETE", u"/api/v1/appliances/%1"_s.arg(publicId), m_bob).status, 403);
    const Reply publicOnly = m_api->send("GET", u"/api/v1/appliances?visibility=public"_s, m_bob);
    QVERIFY(publicOnly.body.contains("Curated base"));
    QCOMPARE(m_api->send("GET", u"/api/v1/appliances?visibility=shared"_s, m_bob).status, 400);
}

void tst_Appliances::sameBytesAreStoredOnce()
{
    const QByteArray bytes = randomBytes(32 * 1024, 8);
    const QJsonObject first = upload(m_ann, u"Copy one"_s, u"raw"_s, bytes, 32 * 1024);
    const QJsonObject second = upload(m_bob, u"Copy two"_s, u"raw"_s, bytes, 32 * 1024);
    QCOMPARE(first.value(u"status"_s).toString(), u"ready"_s);
    QCOMPARE(second.value(u"status"_s).toString(), u"ready"_s);
    QVERIFY(first.value(u"applianceId"_s) != second.value(u"applianceId"_s));
    int copies = 0;
    QDirIterator it(m_dir.path() + u"/appliances/blobs"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (it.fileName() == sha256Hex(bytes))
            ++copies;
    }
    QCOMPARE(copies, 1);
    // Ann deletes hers: Bob's still has its bytes.
    QCOMPARE(
        m_api->send("DELETE", u"/api/v1/appliances/%1"_s.arg(first.value(u"applianceId"_s).toInteger()), m_ann).status,
        204);
    QVERIFY(QFile::exists(m_dir.path() + u"/appliances/blobs/"_s + sha256Hex(bytes).left(2) + u'/' + sha256Hex(bytes)));
    QCOMPARE(
        m_api->send("DELETE", u"/api/v1/appliances/%1"_s.arg(second.value(u"applianceId"_s).toInteger()), m_bob).status,
        204);
    QVERIFY(
        !QFile::exists(m_dir.path() + u"/appliances/blobs/"_s + sha256Hex(bytes).left(2) + u'/' + sha256Hex(bytes)));
}

void tst_Appliances::deletingFreesQuotaButNotWhileInUse()
{
    const QJsonObject done = upload(m_bob, u"Bid image"_s, u"raw"_s, randomBytes(16 * 1024, 9), 16 * 1024);
    const qint64 applianceId = done.value(u"applianceId"_s).toInteger();
    const qint64 usedBefore = quota(m_bob).value(u"usedBytes"_s).toInteger();
    // An open bid that names it.
    const Reply bid = m_api->send("POST",
                                  u"/api/v1/market/bids"_s,
                                  m_bob,
                                  QJsonObject{{u"instanceType"_s, u"g1.small"_s},
                                              {u"regions"_s, QJsonArray{u"eu-de-fra"_s}},
                                              {u"maxPricePerHour"_s, 1},
                                              {u"durationHours"_s, 2},
                                              {u"quantity"_s, 1},
                                              {u"timeInForce"_s, u"gtc"_s},
                                              {u"applianceId"_s, applianceId}});
    QCOMPARE(bid.status, 201);
    const Reply refused = m_api->send("DELETE", u"/api/v1/appliances/%1"_s.arg(applianceId), m_bob);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.reason(), u"in_use"_s);
    // A bid may not name an appliance the buyer cannot run.
    const Reply foreign = m_api->send("POST",
                                      u"/api/v1/market/bids"_s,
                                      m_ann,
                                      QJsonObject{{u"instanceType"_s, u"g1.small"_s},
                                                  {u"regions"_s, QJsonArray{u"eu-de-fra"_s}},
                                                  {u"maxPricePerHour"_s, 1},
                                                  {u"durationHours"_s, 2},
                                                  {u"quantity"_s, 1},
                                                  {u"timeInForce"_s, u"gtc"_s},
                                                  {u"applianceId"_s, applianceId}});
    QCOMPARE(foreign.status, 400);
    QVERIFY(foreign.body.contains("applianceId"));
    QCOMPARE(
        m_api->send("DELETE", u"/api/v1/market/bids/%1"_s.arg(bid.json().value(u"id"_s).toInteger()), m_bob).status,
        204);
    QCOMPARE(m_api->send("DELETE", u"/api/v1/appliances/%1"_s.arg(applianceId), m_bob).status, 204);
    QCOMPARE(quota(m_bob).value(u"usedBytes"_s).toInteger(), usedBefore - 16 * 1024);
    QCOMPARE(m_api->send("GET", u"/api/v1/appliances/%1"_s.arg(applianceId), m_bob).status, 404);
}

void tst_Appliances::signedDownloadWithRange()
{
    const QByteArray bytes = randomBytes(300 * 1024, 10);
    const QJsonObject done = upload(m_ann, u"Download me"_s, u"raw"_s, bytes, 100 * 1024);
    QCOMPARE(done.value(u"status"_s).toString(), u"ready"_s);
    const QString sha = sha256Hex(bytes);
    const auto key = SecretBox::fromKeyFile(config().keyFileLocation());
    QVERIFY(key);
    const ApplianceLinks links(key->deriveKey("appliance-links"));
    const QUrl url = links.make(m_broker->url(), sha, 42, m_clock.now().addSecs(3600));
    const QString pathAndQuery = url.path() + u'?' + url.query();

    const Reply whole = m_api->send("GET", pathAndQuery, {});
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.body, bytes);
    QCOMPARE(whole.headers.value("accept-ranges"), "bytes");
    // A broken download resumes with Range.
    const Reply rest = m_api->send("GET", pathAndQuery, {}, {}, {{"Range", "bytes=200000-"}});
    QCOMPARE(rest.status, 206);
    QCOMPARE(rest.body, bytes.mid(200'000));
    QCOMPARE(rest.headers.value("content-range"), "bytes 200000-307199/307200");
    QCOMPARE(m_api->send("GET", pathAndQuery, {}, {}, {{"Range", "bytes=400000-"}}).status, 416);

    // Another provider, another image, a changed signature or expiry: refused.
    const QUrl forOther = links.make(m_broker->url(), sha, 43, m_clock.now().addSecs(3600));
    QString tampered = pathAndQuery;
    tampered.replace(u"provider=42"_s, u"provider=43"_s);
    QCOMPARE(m_api->send("GET", tampered, {}).status, 403);
    QCOMPARE(m_api->send("GET", forOther.path() + u'?' + forOther.query(), {}).status, 200);
    QString otherImage = pathAndQuery;
    otherImage.replace(sha, sha256Hex("other"));
    QCOMPARE(m_api->send("GET", otherImage, {}).status, 403);
    QCOMPARE(m_api->send("GET", url.path(), {}).status, 403);
    m_clock.advance(2 * 3600 * 1000);
    QCOMPARE(m_api->send("GET", pathAndQuery, {}).status, 403);

    // Every download is on record for operators.
    const Reply fetches = m_api->send("GET", u"/api/v1/operator/appliance-fetches?sha256="_s + sha, m_operator);
    QCOMPARE(fetches.status, 200);
    const QJsonArray records = fetches.json().value(u"fetches"_s).toArray();
    QVERIFY(records.size() >= 3);
    bool sawRange = false;
    for (const QJsonValue &value : records) {
        const QJsonObject fetch = value.toObject();
        if (fetch.value(u"status"_s).toInt() == 206 && fetch.value(u"rangeStart"_s).toInteger() == 200'000
            && fetch.value(u"bytes"_s).toInteger() == bytes.size() - 200'000
            && fetch.value(u"providerId"_s).toInteger() == 42)
            sawRange = true;
    }
    QVERIFY(sawRange);
    QCOMPARE(m_api->send("GET", u"/api/v1/operator/appliance-fetches"_s, m_ann).status, 403);
}

void tst_Appliances::abandonedUploadsExpire()
{
    const QByteArray bytes = randomBytes(8 * 1024, 12);
    const QString id = create(m_bob, u"Forgotten"_s, u"raw"_s, bytes).json().value(u"id"_s).toString();
    QCOMPARE(put(m_bob, id, 0, bytes.left(4096)).status, 200);
    const QString part = m_dir.path() + u"/appliances/parts/"_s + id + u".part"_s;
    QVERIFY(QFile::exists(part));
    m_clock.advance(25 * 3600 * 1000LL);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_api->send("GET", u"/api/v1/appliances/uploads/"_s + id, m_bob).json().value(u"status"_s).toString(),
        u"expired"_s,
        10'000);
    QVERIFY(!QFile::exists(part));
    const Reply late = put(m_bob, id, 4096, bytes.mid(4096));
    QCOMPARE(late.status, 409);
    QCOMPARE(late.reason(), u"not_uploading"_s);
}

void tst_Appliances::providerFetchesAndChecksTheImage()
{
    const QByteArray image = DemoAppliances::emptyQcow2(qint64(8) << 30);
    const QJsonObject done = upload(m_ann, u"Runs on the cloud"_s, u"qcow2"_s, image, 128 * 1024);
    const qint64 applianceId = done.value(u"applianceId"_s).toInteger();
    QVERIFY(applianceId > 0);

    // A seller connects a simulated cloud and sells a slot.
    const Reply connected = m_api->send("POST",
                                        u"/api/v1/seller/providers"_s,
                                        m_sam,
                                        QJsonObject{{u"name"_s, u"Sim cloud"_s},
                                                    {u"endpoint"_s, m_sim->baseUrl(0).toString()},
                                                    {u"credential"_s, QString::fromLatin1(m_sim->credential(0))}});
    QCOMPARE(connected.status, 201);
    const QJsonObject provider = connected.json();
    const qint64 providerId = provider.value(u"id"_s).toInteger();
    const auto [type, region] = sc::test::sellableInstrument(provider);
    QVERIFY(!type.isEmpty());
    QCOMPARE(m_api
                 ->send("POST",
                        u"/api/v1/market/asks"_s,
                        m_sam,
                        QJsonObject{{u"providerId"_s, providerId},
                                    {u"instanceType"_s, type},
                                    {u"region"_s, region},
                                    {u"quantity"_s, 1},
                                    {u"pricePerHour"_s, 77},
                                    {u"availableUntil"_s, m_clock.now().addDays(30).toString(Qt::ISODateWithMs)}})
                 .status,
             201);
    const Reply bought = m_api->send("POST",
                                     u"/api/v1/market/bids"_s,
                                     m_ann,
                                     QJsonObject{{u"instanceType"_s, type},
                                                 {u"regions"_s, QJsonArray{region}},
                                                 {u"maxPricePerHour"_s, 77},
                                                 {u"durationHours"_s, 2},
                                                 {u"quantity"_s, 1},
                                                 {u"timeInForce"_s, u"ioc"_s},
                                                 {u"applianceId"_s, applianceId}});
    QCOMPARE(bought.status, 201);
    const QJsonArray leases = bought.json().value(u"leaseIds"_s).toArray();
    QCOMPARE(leases.size(), 1);

    // The cloud fetches the image through its signed link and checks it.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const Reply fetches = m_api->send(
                "GET", u"/api/v1/operator/appliance-fetches?sha256="_s + sha256Hex(image), m_operator);
            const QJsonArray records = fetches.json().value(u"fetches"_s).toArray();
            for (const QJsonValue &value : records) {
                if (value.toObject().value(u"providerId"_s).toInteger() == providerId
                    && value.toObject().value(u"status"_s).toInt() == 200)
                    return true;
            }
            return false;
        }(),
        10'000);
    // Once fetched and booted, the next poll sees it running.
    QJsonObject instance;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            m_clock.advance(5'000);
            m_sim->processDueEvents();
            const Reply listed = m_api->send("GET", u"/api/v1/instances"_s, m_ann);
            const QJsonArray instances = listed.json().value(u"instances"_s).toArray();
            for (const QJsonValue &value : instances) {
                if (value.toObject().value(u"leaseId"_s).toInteger() == leases.first().toInteger())
                    instance = value.toObject();
            }
            return instance.value(u"state"_s).toString() == u"running"_s;
        }(),
        20'000);
}

void tst_Appliances::resaleStartsTheBiddersApplianceInTheSlot()
{
    // Ann runs her own image on a lease of six hours; Bob has his.
    const QByteArray annImage = DemoAppliances::emptyQcow2(qint64(2) << 30);
    const qint64 annAppliance =
        upload(m_ann, u"Ann's worker"_s, u"qcow2"_s, annImage, 128 * 1024).value(u"applianceId"_s).toInteger();
    QByteArray bobImage = DemoAppliances::emptyQcow2(qint64(3) << 30);
    const qint64 bobAppliance =
        upload(m_bob, u"Bob's pipeline"_s, u"qcow2"_s, bobImage, 128 * 1024).value(u"applianceId"_s).toInteger();
    QVERIFY(annAppliance > 0 && bobAppliance > 0);
    const Reply connected = m_api->send("POST",
                                        u"/api/v1/seller/providers"_s,
                                        m_sam,
                                        QJsonObject{{u"name"_s, u"Resale cloud"_s},
                                                    {u"endpoint"_s, m_sim->baseUrl(1).toString()},
                                                    {u"credential"_s, QString::fromLatin1(m_sim->credential(1))}});
    QCOMPARE(connected.status, 201);
    const qint64 providerId = connected.json().value(u"id"_s).toInteger();
    const auto [type, region] = sc::test::sellableInstrument(connected.json());
    QCOMPARE(m_api
                 ->send("POST",
                        u"/api/v1/market/asks"_s,
                        m_sam,
                        QJsonObject{{u"providerId"_s, providerId},
                                    {u"instanceType"_s, type},
                                    {u"region"_s, region},
                                    {u"quantity"_s, 1},
                                    {u"pricePerHour"_s, 60},
                                    {u"availableUntil"_s, m_clock.now().addDays(30).toString(Qt::ISODateWithMs)}})
                 .status,
             201);
    auto bid = [&](const QByteArray &token, qint64 price, int hours, qint64 applianceId) {
        const Reply bought = m_api->send("POST",
                                         u"/api/v1/market/bids"_s,
                                         token,
                                         QJsonObject{{u"instanceType"_s, type},
                                                     {u"regions"_s, QJsonArray{region}},
                                                     {u"maxPricePerHour"_s, price},
                                                     {u"durationHours"_s, hours},
                                                     {u"quantity"_s, 1},
                                                     {u"timeInForce"_s, u"ioc"_s},
                                                     {u"applianceId"_s, applianceId}});
        const QJsonArray leases = bought.json().value(u"leaseIds"_s).toArray();
        return leases.isEmpty() ? qint64(0) : leases.first().toInteger();
    };
    auto instanceOf = [&](const QByteArray &token, qint64 leaseId) {
        const QJsonArray instances =
            m_api->send("GET", u"/api/v1/instances"_s, token).json().value(u"instances"_s).toArray();
        for (const QJsonValue &value : instances) {
            if (value.toObject().value(u"leaseId"_s).toInteger() == leaseId)
                return value.toObject();
        }
        return QJsonObject();
    };
    auto fetchedBy = [&](const QByteArray &image) {
        const QJsonArray records = m_api
                                       ->send("GET",
                                              u"/api/v1/operator/appliance-fetches?sha256="_s + sha256Hex(image),
                                              m_operator)
                                       .json()
                                       .value(u"fetches"_s)
                                       .toArray();
        for (const QJsonValue &value : records) {
            if (value.toObject().value(u"providerId"_s).toInteger() == providerId
                && value.toObject().value(u"status"_s).toInt() == 200)
                return true;
        }
        return false;
    };
    auto stateBecomes = [&](const QByteArray &token, qint64 leaseId, const QString &state) {
        return QTest::qWaitFor(
            [&] {
                m_clock.advance(5'000);
                m_sim->processDueEvents();
                return instanceOf(token, leaseId).value(u"state"_s).toString() == state;
            },
            30'000);
    };

    const qint64 annLease = bid(m_ann, 60, 6, annAppliance);
    QVERIFY(annLease > 0);
    QVERIFY(stateBecomes(m_ann, annLease, u"running"_s));
    QVERIFY(fetchedBy(annImage));
    QVERIFY(!fetchedBy(bobImage));

    // Ann sells the rest; Bob buys two hours of it to run his own image.
    const Reply offered = m_api->send("POST",
                                      u"/api/v1/leases/%1/resale"_s.arg(annLease),
                                      m_ann,
                                      QJsonObject{{u"pricePerHour"_s, 75}},
                                      {{"Idempotency-Key", "ann-resale-1"}});
    QCOMPARE(offered.status, 201);
    const qint64 bobLease = bid(m_bob, 75, 2, bobAppliance);
    QVERIFY(bobLease > 0);
    QCOMPARE(instanceOf(m_ann, annLease).value(u"leaseStatus"_s).toString(), u"ended"_s);

    // Ann's instance is terminated at the cloud first; then the cloud fetches
    // Bob's image through its signed link and boots it in the slot.
    QVERIFY(stateBecomes(m_ann, annLease, u"terminated"_s));
    QVERIFY(stateBecomes(m_bob, bobLease, u"running"_s));
    QVERIFY(fetchedBy(bobImage));
    const QJsonObject swapped = instanceOf(m_bob, bobLease);
    QCOMPARE(swapped.value(u"provider"_s).toObject().value(u"pseudonym"_s).toString(),
             connected.json().value(u"pseudonym"_s).toString());
    QCOMPARE(swapped.value(u"pricePerHour"_s).toInteger(), 75);
    QVERIFY(QDateTime::fromString(swapped.value(u"runningAt"_s).toString(), Qt::ISODateWithMs)
            >= QDateTime::fromString(instanceOf(m_ann, annLease).value(u"endedAt"_s).toString(), Qt::ISODateWithMs));
    // The money of the swap balances, holds included.
    Database database(m_dir.filePath(u"broker.sqlite"_s));
    database.open();
    const LedgerAudit::Report report = LedgerAudit(database, Ledger::Options().nonNegative, true).run();
    QVERIFY2(report.ok(), qPrintable(report.summary()));
}

QTEST_GUILESS_MAIN(tst_Appliances)
#include "tst_appliances.moc"
