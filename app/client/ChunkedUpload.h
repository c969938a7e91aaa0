#pragma once

#include "client/ApplianceClient.h"
#include "client/ImageFile.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <optional>

class QThreadPool;

namespace sc::client {

// Sends one hashed image to the broker and follows it until the broker has
// verified it: declares it (POST /appliances/uploads) unless it has an upload
// id already, asks where to resume (GET), PUTs 8 MiB chunks with their
// SHA-256, two on their way at a time (the broker receives one while it syncs
// the other) while the next one is read from disk on the pool,
// completes, and polls. Resumes from the broker's confirmed offset after
// offset_mismatch, and after a transport error or a 502/503/504 once a
// back-off has passed; resends a chunk the broker found damaged (a bounded
// number of times), reading it again to tell a changed file from a damaged
// transfer. UploadManager runs one per upload while it transfers.
class ChunkedUpload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkedUpload)

public:
    struct Image
    {
        QString filePath;
        ImageFile::Stamp stamp; // when it was picked
        qint64 sizeBytes = 0;
        QString sha256;
        QString format;
        protocol::ApplianceMetadata metadata;
        QList<QByteArray> chunkDigests; // from the hashing pass, when there was one in this run
        qint64 digestChunkSize = 0;
    };
    struct Timing
    {
        std::chrono::milliseconds initialRetry{1'000};
        std::chrono::milliseconds maxRetry{30'000};
        int maxTransportRetries = 8; // then it pauses and says why
        std::chrono::milliseconds verifyPoll{1'000};
    };

    // pool reads the chunks; it must outlive this object's reads (UploadManager waits for it).
    ChunkedUpload(BrokerClient &client, QThreadPool &pool, Image image, QString uploadId, qint64 chunkSize,
                  Timing timing, QObject *parent = nullptr);

    void start();
    // No signal from now on; deletes itself as soon as no read of its own is on the pool.
    void stop();

    QString uploadId() const { return m_uploadId; }
    qint64 confirmedBytes() const { return m_offset; }
    // Of the chunks on the wire, what has gone out.
    qint64 bytesOnTheWire() const;

Q_SIGNALS:
    // Created (or created again after it expired): keep it to resume.
    void uploadIdChanged(const QString &uploadId);
    void progressed();
    // A chunk body went out.
    void chunkSent(qint64 bytes);
    // Every byte is in; the broker checks the whole file.
    void verifying();
    // What it is doing besides the obvious ("trying again in 4 s"); empty when nothing.
    void noticeChanged(const QString &notice);
    void done(qint64 applianceId);
    void failed(const QString &error);
    // The file on disk is not the one that was picked.
    void fileChanged();
    // Stopped by itself (the broker stayed away, the session ended); resuming goes on.
    void pausedByItself(const QString &error);

private:
    void create();
    void adoptOrCreate();
    void onCreated(const protocol::Expected<protocol::ApplianceUpload> &result);
    void sync();
    void follow(const protocol::ApplianceUpload &upload);
    void pump();
    void read(qint64 offset, const QByteArray &checkAgainst = {});
    void onRead(const ImageFile::Chunk &chunk);
    void send(const ImageFile::Chunk &chunk);
    void onSent(qint64 offset, const QByteArray &sha256, const protocol::Expected<protocol::ApplianceUpload> &result);
    void onChunkRefused(qint64 offset, const QByteArray &sha256, const protocol::ApiError &error);
    void complete();
    void poll();
    void retryLater(const protocol::ApiError &error);
    void restartOnBroker();
    void forgetReads();
    // false once stopped: the caller returns.
    bool live() const { return !m_stopped; }

    ApplianceClient m_appliances;
    QThreadPool &m_pool;
    Image m_image;
    QString m_uploadId;
    qint64 m_chunkSize;
    Timing m_timing;
    static constexpr int kWindow = 2; // chunks on their way at once
    // A chunk the broker refused while another was still on its way: dealt
    // with once every answer is in.
    struct Refusal
    {
        qint64 offset = 0;
        QByteArray sha256;
        protocol::ApiError error;
    };
    qint64 m_offset = 0;   // confirmed by the broker
    qint64 m_nextSend = 0; // where the next chunk to send starts
    struct OnTheWire
    {
        qint64 sent = 0;
        qint64 size = 0;
    };
    // chunk offset -> how much of it went out. The next chunk goes once the
    // one before it went out whole: the broker has its headers by then and
    // takes the next one at the offset where it ends.
    QHash<qint64, OnTheWire> m_onTheWire;
    std::optional<Refusal> m_refusal;
    std::optional<ImageFile::Chunk> m_prefetched;
    int m_pendingReads = 0;    // on the pool, current or forgotten
    quint64 m_readSerial = 0;  // reads of an older serial are forgotten
    bool m_reading = false;    // a read of the current serial is on the pool
    int m_sending = 0;         // chunks whose answer is awaited
    bool m_createSent = false; // a create may have reached the broker without its answer
    bool m_stopped = false;
    int m_transportRetries = 0;
    int m_digestRetries = 0;
    int m_restarts = 0;
};

} // namespace sc::client
