// The broker process killed (SIGKILL) in the middle of an upload chunk, and
// again while it verifies a finished upload: started again on the same data
// folder, every confirmed byte is there, the half-received chunk counts for
// nothing, and the upload finishes into the exact file that was sent.
#include "TestApi.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using sc::test::Reply;
using sc::test::TestApi;

namespace {

const QByteArray kToken = "crash-test-broker-token";

QByteArray digestOf(QByteArrayView bytes)
{
    return "sha-256=:" + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toBase64() + ":";
}

} // namespace

class tst_ApplianceCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokerKilledMidChunkLosesNothingConfirmed();

private:
    // Starts the broker on `dir`; fills m_url and m_session.
    bool start(const QString &dir);
    void kill();
    Reply send(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    Reply put(const QString &id, qint64 offset, const QByteArray &chunk);

    std::unique_ptr<QProcess> m_broker;
    QUrl m_url;
    QByteArray m_session;
    std::unique_ptr<TestApi> m_api;
};

bool tst_ApplianceCrash::start(const QString &dir)
{
    m_broker = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SPARECLOUD_BROKER_TOKEN"_s, QString::fromLatin1(kToken));
    environment.insert(u"SPARECLOUD_FAST_PASSWORD_HASHING"_s, u"1"_s);
    m_broker->setProcessEnvironment(environment);
    m_broker->setProcessChannelMode(QProcess::SeparateChannels);
    m_broker->start(QStringLiteral(SPARECLOUD_BROKER_EXE), {u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, dir});
    if (!m_broker->waitForStarted(10'000))
        return false;
    QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired()) {
        if (!m_broker->canReadLine())
            m_broker->waitForReadyRead(200);
        while (m_broker->canReadLine()) {
            const QString line = QString::fromUtf8(m_broker->readLine()).trimmed();
            if (line.startsWith(u"SPARECLOUD_BROKER_LISTENING "_s)) {
                m_url = QUrl(line.section(u' ', 1));
                m_api = std::make_unique<TestApi>(m_url);
                const Reply login = m_api->send("POST",
                                                u"/api/v1/auth/embedded-login"_s,
                                                {},
                                                QJsonObject{{u"account"_s, u"operator"_s}},
                                                {{"X-Broker-Token", kToken}});
                m_session = login.json().value(u"token"_s).toString().toLatin1();
                return !m_session.isEmpty();
            }
        }
    }
    return false;
}

void tst_ApplianceCrash::kill()
{
    ::kill(pid_t(m_broker->processId()), SIGKILL);
    m_broker->waitForFinished(10'000);
    m_api.reset();
}

Reply tst_ApplianceCrash::send(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return m_api->send(method, path, m_session, body, {{"X-Broker-Token", kToken}});
}

Reply tst_ApplianceCrash::put(const QString &id, qint64 offset, const QByteArray &chunk)
{
    return m_api->sendBytes("PUT",
                            u"/api/v1/appliances/uploads/%1/chunks?offset=%2"_s.arg(id).arg(offset),
                            m_session,
                            chunk,
                            {{"Content-Digest", digestOf(chunk)}, {"X-Broker-Token", kToken}});
}

void tst_ApplianceCrash::brokerKilledMidChunkLosesNothingConfirmed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    constexpr qsizetype kChunk = 1024 * 1024;
    QByteArray image(6 * kChunk, Qt::Uninitialized);
    QRandomGenerator(99).fillRange(reinterpret_cast<quint32 *>(image.data()), image.size() / 4);
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex());

    QVERIFY(start(dir.path()));
    const Reply created = send("POST",
                               u"/api/v1/appliances/uploads"_s,
                               QJsonObject{{u"name"_s, u"Survivor"_s},
                                           {u"format"_s, u"raw"_s},
                                           {u"sizeBytes"_s, image.size()},
                                           {u"sha256"_s, sha256}});
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(u"id"_s).toString();
    QCOMPARE(put(id, 0, image.left(kChunk)).status, 200);
    QCOMPARE(put(id, kChunk, image.mid(kChunk, kChunk)).status, 200);

    // The third chunk: its headers and most of its body arrive, then the
    // broker dies.
    {
        QTcpSocket socket;
        socket.connectToHost(m_url.host(), quint16(m_url.port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray chunk = image.mid(2 * kChunk, kChunk);
        socket.write(
            "PUT /api/v1/appliances/uploads/" + id.toLatin1() + "/chunks?offset=" + QByteArray::number(2 * kChunk)
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_session + "\r\nX-Broker-Token: " + kToken
            + "\r\nContent-Type: application/octet-stream\r\nContent-Digest: " + digestOf(chunk)
            + "\r\nContent-Length: " + QByteArray::number(chunk.size()) + "\r\n\r\n" + chunk.left(chunk.size() - 1000));
        QVERIFY(socket.waitForBytesWritten(5000));
        QTest::qWait(300);
        kill();
    }

    QVERIFY(start(dir.path()));
    const Reply resumed = send("GET", u"/api/v1/appliances/uploads/"_s + id);
    QCOMPARE(resumed.status, 200);
    QCOMPARE(resumed.json().value(u"offset"_s).toInteger(), 2 * kChunk);
    QCOMPARE(resumed.json().value(u"status"_s).toString(), u"uploading"_s);
    for (qsizetype offset = 2 * kChunk; offset < image.size(); offset += kChunk)
        QCOMPARE(put(id, offset, image.mid(offset, kChunk)).status, 200);
    QCOMPARE(send("POST", u"/api/v1/appliances/uploads/%1/complete"_s.arg(id)).status, 202);
    // Killed again, possibly while it verifies: verification starts over.
    kill();
    QVERIFY(start(dir.path()));
    QJsonObject upload;
    QTRY_VERIFY_WITH_TIMEOUT((upload = send("GET", u"/api/v1/appliances/uploads/"_s + id).json(),
                              upload.value(u"status"_s).toString() == u"ready"_s),
                             20'000);
    const Reply appliance = send("GET", u"/api/v1/appliances/%1"_s.arg(upload.value(u"applianceId"_s).toInteger()));
    QCOMPARE(appliance.json().value(u"sha256"_s).toString(), sha256);
    QCOMPARE(appliance.json().value(u"sizeBytes"_s).toInteger(), image.size());
    // No part is left behind.
    QVERIFY(QDir(dir.path() + u"/appliances/parts"_s).entryList(QDir::Files).isEmpty());
    m_broker->terminate();
    QVERIFY(m_broker->waitForFinished(15'000));
}

QTEST_GUILESS_MAIN(tst_ApplianceCrash)
#include "tst_appliancecrash.moc"
