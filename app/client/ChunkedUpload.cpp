#include "client/ChunkedUpload.h"

#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ApplianceUpload;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;

namespace sc::client {

namespace {

constexpr int kMaxDigestRetries = 3;

QString reasonOf(const ApiError &error)
{
    return error.details.value(u"reason"_s).toString();
}

} // namespace

ChunkedUpload::ChunkedUpload(BrokerClient &client, QThreadPool &pool, Image image, QString uploadId, qint64 chunkSize,
                             Timing timing, QObject *parent)
    : QObject(parent)
    , m_appliances(client)
    , m_pool(pool)
    , m_image(std::move(image))
    , m_uploadId(std::move(uploadId))
    , m_chunkSize(chunkSize)
    , m_timing(timing)
{
}

void ChunkedUpload::start()
{
    if (m_uploadId.isEmpty())
        create();
    else
        sync();
}

void ChunkedUpload::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    disconnect(); // nobody hears of it any more
    if (m_pendingReads == 0)
        deleteLater();
}

void ChunkedUpload::create()
{
    if (m_createSent) {
        adoptOrCreate();
        return;
    }
    m_createSent = true;
    ApplianceClient::NewUpload upload;
    upload.metadata = m_image.metadata;
    upload.format = m_image.format;
    upload.sizeBytes = m_image.sizeBytes;
    upload.sha256 = m_image.sha256;
    m_appliances.createUpload(upload, this, [this](const Expected<ApplianceUpload> &result) { onCreated(result); });
}

// The last create may have reached the broker without its answer reaching
// us: adopts that upload rather than reserve the size twice.
void ChunkedUpload::adoptOrCreate()
{
    m_appliances.fetchUploads(this, [this](const Expected<ApplianceClient::Uploads> &result) {
        if (!live())
            return;
        if (!result) {
            onCreated(result.error());
            return;
        }
        const QList<ApplianceUpload> uploads = result->uploads;
        for (const ApplianceUpload &upload : uploads) {
            if (upload.status == u"uploading" && upload.sha256 == m_image.sha256
                && upload.sizeBytes == m_image.sizeBytes && upload.metadata.name == m_image.metadata.name) {
                onCreated(upload);
                return;
            }
        }
        m_createSent = false;
        create();
    });
}

void ChunkedUpload::onCreated(const Expected<ApplianceUpload> &result)
{
    if (!live())
        return;
    if (!result) {
        if (ApplianceClient::isTransient(result.error()))
            retryLater(result.error());
        else
            Q_EMIT failed(ApplianceClient::errorText(result.error()));
        return;
    }
    m_uploadId = result->id;
    m_transportRetries = 0;
    Q_EMIT uploadIdChanged(m_uploadId);
    if (live())
        follow(*result);
}

// Asks the broker where the upload stands, and goes on from there.
void ChunkedUpload::sync()
{
    if (m_uploadId.isEmpty()) {
        create();
        return;
    }
    m_appliances.fetchUpload(m_uploadId, this, [this](const Expected<ApplianceUpload> &result) {
        if (!live())
            return;
        if (result) {
            m_transportRetries = 0;
            follow(*result);
        } else if (result.error().code == ErrorCode::NotFound) {
            restartOnBroker();
        } else if (ApplianceClient::isTransient(result.error())) {
            retryLater(result.error());
        } else if (result.error().code == ErrorCode::Unauthorized) {
            Q_EMIT pausedByItself(ApplianceClient::errorText(result.error()));
        } else {
            Q_EMIT failed(ApplianceClient::errorText(result.error()));
        }
    });
}

void ChunkedUpload::follow(const ApplianceUpload &upload)
{
    Q_EMIT noticeChanged({});
    if (upload.status == u"uploading") {
        // With another chunk on its way, an answer may be older than the last one.
        m_offset = m_sending > 0 ? std::max(m_offset, upload.offset) : upload.offset;
        Q_EMIT progressed();
        pump();
    } else if (upload.status == u"verifying") {
        m_offset = upload.offset;
        forgetReads();
        Q_EMIT verifying();
        poll();
    } else if (upload.status == u"ready") {
        m_offset = upload.sizeBytes;
        Q_EMIT done(upload.applianceId);
    } else if (upload.status == u"failed") {
        const ApiError verdict{ErrorCode::Unprocessable, upload.error, {{u"reason"_s, upload.errorReason}}, {}};
        const QString text = ApplianceClient::errorText(verdict);
        Q_EMIT failed(text.isEmpty() ? tr("The broker refused the image.") : text);
    } else { // expired: its bytes are gone
        restartOnBroker();
    }
}

qint64 ChunkedUpload::bytesOnTheWire() const
{
    qint64 sum = 0;
    for (const OnTheWire &chunk : m_onTheWire)
        sum += chunk.sent;
    return sum;
}

void ChunkedUpload::pump()
{
    if (!live())
        return;
    if (m_sending == 0)
        m_nextSend = m_offset;
    if (m_nextSend >= m_image.sizeBytes) {
        if (m_sending == 0)
            complete();
        return;
    }
    if (m_sending >= kWindow)
        return;
    for (const OnTheWire &chunk : std::as_const(m_onTheWire)) {
        if (chunk.sent < chunk.size)
            return; // the one before is still going out
    }
    if (m_prefetched && m_prefetched->offset == m_nextSend) {
        const ImageFile::Chunk chunk = std::move(*m_prefetched);
        m_prefetched.reset();
        send(chunk);
        return;
    }
    m_prefetched.reset();
    if (!m_reading)
        read(m_nextSend);
    // else: a read is on its way; if it is of another offset, onRead() reads again.
}

void ChunkedUpload::read(qint64 offset, const QByteArray &checkAgainst)
{
    const qint64 length = std::min(m_chunkSize, m_image.sizeBytes - offset);
    QByteArray known;
    if (checkAgainst.isEmpty() && m_image.digestChunkSize == m_chunkSize && offset % m_chunkSize == 0)
        known = m_image.chunkDigests.value(offset / m_chunkSize);
    m_reading = true;
    ++m_pendingReads;
    m_pool.start([this,
                  serial = m_readSerial,
                  path = m_image.filePath,
                  stamp = m_image.stamp,
                  offset,
                  length,
                  known,
                  checkAgainst] {
        ImageFile::Chunk chunk = ImageFile::readChunk(path, stamp, offset, length, known, checkAgainst);
        QMetaObject::invokeMethod(
            this,
            [this, serial, chunk = std::move(chunk)] {
                --m_pendingReads;
                if (m_stopped) {
                    if (m_pendingReads == 0)
                        deleteLater();
                    return;
                }
                if (serial == m_readSerial)
                    onRead(chunk);
            },
            Qt::QueuedConnection);
    });
}

void ChunkedUpload::forgetReads()
{
    ++m_readSerial;
    m_reading = false;
    m_prefetched.reset();
}

void ChunkedUpload::onRead(const ImageFile::Chunk &chunk)
{
    m_reading = false;
    if (chunk.changed) {
        Q_EMIT fileChanged();
        return;
    }
    if (!chunk.error.isEmpty()) {
        Q_EMIT failed(chunk.error);
        return;
    }
    m_prefetched = chunk;
    pump();
}

void ChunkedUpload::send(const ImageFile::Chunk &chunk)
{
    ++m_sending;
    m_onTheWire.insert(chunk.offset, OnTheWire{0, chunk.bytes.size()});
    m_nextSend = chunk.offset + chunk.bytes.size();
    Q_EMIT chunkSent(chunk.bytes.size());
    // The next chunk comes off the disk while this one is on the wire.
    if (m_nextSend < m_image.sizeBytes && !m_reading)
        read(m_nextSend);
    m_appliances.sendChunk(
        m_uploadId,
        chunk.offset,
        chunk.bytes,
        chunk.sha256,
        this,
        [this, offset = chunk.offset, sha256 = chunk.sha256](const Expected<ApplianceUpload> &result) {
            onSent(offset, sha256, result);
        },
        [this, offset = chunk.offset](qint64 sent, qint64) {
            const auto it = m_onTheWire.find(offset);
            if (it == m_onTheWire.end() || !live())
                return;
            it->sent = sent;
            if (sent >= it->size)
                pump(); // the next chunk may go
        });
}

void ChunkedUpload::onSent(qint64 offset, const QByteArray &sha256, const Expected<ApplianceUpload> &result)
{
    if (!live())
        return;
    --m_sending;
    m_onTheWire.remove(offset);
    if (result) {
        m_transportRetries = 0;
        if (!m_refusal) {
            m_digestRetries = 0;
            follow(*result);
            return;
        }
        if (result->status == u"uploading")
            m_offset = std::max(m_offset, result->offset);
    } else if (!m_refusal) {
        m_refusal = Refusal{offset, sha256, result.error()};
    }
    // A refusal is dealt with once the other chunk's answer is in too.
    if (m_sending > 0 || !m_refusal)
        return;
    const Refusal refusal = *std::exchange(m_refusal, std::nullopt);
    onChunkRefused(refusal.offset, refusal.sha256, refusal.error);
}

void ChunkedUpload::onChunkRefused(qint64 offset, const QByteArray &sha256, const ApiError &error)
{
    const QString reason = reasonOf(error);
    if (reason == u"offset_mismatch") {
        // Confirmed offsets only grow: a later answer may know more.
        m_offset = std::max(m_offset, error.details.value(u"offset"_s).toInteger(m_offset));
        Q_EMIT progressed();
        pump();
    } else if (reason == u"not_uploading") {
        sync();
    } else if (reason == u"chunk_in_progress") {
        retryLater(error);
    } else if (reason == u"digest_mismatch") {
        if (++m_digestRetries > kMaxDigestRetries) {
            Q_EMIT failed(ApplianceClient::errorText(error));
            return;
        }
        // Reads it again and hashes what is read: other bytes than were hashed mean the file changed.
        forgetReads();
        read(offset, sha256);
    } else if (error.code == ErrorCode::NotFound) {
        restartOnBroker();
    } else if (ApplianceClient::isTransient(error)) {
        retryLater(error);
    } else if (error.code == ErrorCode::Unauthorized) {
        Q_EMIT pausedByItself(ApplianceClient::errorText(error));
    } else {
        Q_EMIT failed(ApplianceClient::errorText(error));
    }
}

void ChunkedUpload::complete()
{
    m_appliances.completeUpload(m_uploadId, this, [this](const Expected<ApplianceUpload> &result) {
        if (!live())
            return;
        if (result)
            follow(*result);
        else if (reasonOf(result.error()) == u"incomplete")
            sync();
        else if (result.error().code == ErrorCode::NotFound)
            restartOnBroker();
        else if (ApplianceClient::isTransient(result.error()))
            retryLater(result.error());
        else
            Q_EMIT failed(ApplianceClient::errorText(result.error()));
    });
}

void ChunkedUpload::poll()
{
    QTimer::singleShot(m_timing.verifyPoll, this, [this] {
        if (!live())
            return;
        m_appliances.fetchUpload(m_uploadId, this, [this](const Expected<ApplianceUpload> &result) {
            if (!live())
                return;
            if (result) {
                follow(*result);
            } else if (ApplianceClient::isTransient(result.error())) {
                Q_EMIT noticeChanged(ApplianceClient::errorText(result.error()));
                poll();
            } else {
                Q_EMIT failed(ApplianceClient::errorText(result.error()));
            }
        });
    });
}

// After a transport error, a 503 or a busy upload: waits (doubling up to a
// limit), asks the broker for the confirmed offset and goes on from there;
// after too many, pauses and says why.
void ChunkedUpload::retryLater(const ApiError &error)
{
    ++m_transportRetries;
    if (m_transportRetries > m_timing.maxTransportRetries) {
        Q_EMIT pausedByItself(
            tr("%1 The upload is paused; resume it when the broker is back.").arg(ApplianceClient::errorText(error)));
        return;
    }
    auto delay = m_timing.initialRetry * (1 << std::min(m_transportRetries - 1, 10));
    delay = std::min(delay, m_timing.maxRetry);
    forgetReads(); // what is on its way belongs to the old attempt
    m_onTheWire.clear();
    Q_EMIT noticeChanged(tr("The broker did not answer (%1); trying again in %2 s.")
                             .arg(error.message)
                             .arg(std::max<qint64>(1, delay.count() / 1000)));
    QTimer::singleShot(delay, this, [this] {
        if (live())
            sync();
    });
}

// The broker dropped the upload (it expired): starts it over, once.
void ChunkedUpload::restartOnBroker()
{
    if (m_restarts++ > 0) {
        Q_EMIT failed(ApplianceClient::errorText(ApiError{ErrorCode::NotFound, {}, {}, {}}));
        return;
    }
    forgetReads();
    m_uploadId.clear();
    m_createSent = false;
    m_offset = 0;
    Q_EMIT uploadIdChanged({});
    if (live())
        create();
}

} // namespace sc::client
