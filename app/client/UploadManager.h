#pragma once

#include "client/ApplianceClient.h"
#include "client/ChunkedUpload.h"
#include "client/ImageFile.h"
#include "client/UploadQueueStore.h"
#include "protocol/AccountDto.h"
#include "protocol/ApplianceDto.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace sc::client {

struct ConnectionProfile;

// The queue of appliance images on their way to the broker. Each file is
// hashed whole (SHA-256, off the GUI thread, each 8 MiB chunk's digest in
// the same read), declared (POST /appliances/uploads), sent chunk by chunk
// (the next chunk read from disk while one is on the wire), completed, and
// followed until the broker has verified it. Resumes from the broker's
// confirmed offset after an offset mismatch, a transport error (with back-off)
// or a restart of the app: the queue is kept per broker and account in a
// small JSON file (UploadQueueStore), and a file whose size or modification
// time changed since it was picked is refused rather than uploaded.
// Errors are sentences for people (errorText()).
//
// One upload sends at a time and one other may be hashed meanwhile; the rest
// wait their turn in the order they were added.
class UploadManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadManager)

public:
    enum class State { Queued, Hashing, Uploading, Paused, Verifying, Done, Failed, Cancelled };
    Q_ENUM(State)

    // What the UI shows of one upload.
    struct Upload
    {
        QString key; // the app's own id, stable for the upload's life
        QString filePath;
        qint64 sizeBytes = 0;
        QString format; // empty until detected
        protocol::ApplianceMetadata metadata;
        QString sha256;
        QString uploadId;
        State state = State::Queued;
        qint64 hashedBytes = 0;
        qint64 bytesDone = 0;      // confirmed by the broker plus what is on the wire
        double bytesPerSecond = 0; // smoothed; hashing speed while hashing
        qint64 secondsLeft = -1;   // -1: unknown
        QString error;             // why it failed or paused by itself, in words
        QString notice;            // what it is doing besides the obvious ("Broker unreachable, trying again in 4 s")
        qint64 applianceId = 0;    // once done

        bool isFinished() const { return state == State::Done || state == State::Failed || state == State::Cancelled; }
        bool canPause() const { return state == State::Queued || state == State::Hashing || state == State::Uploading; }
        bool canResume() const;
        bool canCancel() const { return !isFinished(); }
    };

    using Timing = ChunkedUpload::Timing;

    // stateFile: where the queue is kept (UploadQueueStore::defaultFile()).
    explicit UploadManager(BrokerClient &client, const QString &stateFile = UploadQueueStore::defaultFile(),
                           QObject *parent = nullptr);
    ~UploadManager() override;

    // The broker and account the queue belongs to: "demo", "local" for the
    // embedded brokers (their port changes), the URL for a remote one, plus
    // the user. Empty while nobody is logged in.
    static QString scopeFor(const ConnectionProfile &profile, const std::optional<protocol::UserInfo> &user);
    // Stops what runs, shows the queue kept for scope and resumes what it
    // left unfinished from the broker's confirmed offsets.
    void setScope(const QString &scope);
    QString scope() const { return m_scope; }

    // Queues a file; format empty: recognised from its first bytes. The
    // key, or why the file cannot be uploaded (unreadable, too small, too
    // large, an unusable name) as a validation error.
    protocol::Expected<QString> add(const QString &filePath, const protocol::ApplianceMetadata &metadata,
                                    const QString &format = {});
    void pause(const QString &key);
    void resume(const QString &key);
    // Stops and drops the upload on the broker (DELETE), freeing its quota.
    void cancel(const QString &key);
    // Forgets finished uploads (done, failed, cancelled).
    void clearFinished();

    QList<Upload> uploads() const;
    std::optional<Upload> upload(const QString &key) const;
    // Uploads still on their way (not finished).
    int activeCount() const;

    // "The file changed on disk since you picked it ..."
    static QString fileChangedText();

    // Tests: smaller chunks, shorter delays; bytes sent in chunk bodies so far.
    void setChunkSize(qint64 bytes);
    void setTiming(const Timing &timing);
    qint64 bytesSent() const { return m_bytesSent; }

Q_SIGNALS:
    void uploadAdded(const QString &key);
    void uploadChanged(const QString &key);
    void uploadRemoved(const QString &key);
    // The broker verified the image: it is an appliance now.
    void uploadFinished(const QString &key, qint64 applianceId);

private:
    struct Entry;
    Entry *find(const QString &key) const;
    Entry &append(const StoredUpload &stored, State state);
    void schedule();
    void stopActivity(Entry &entry);
    void startHashing(Entry &entry);
    void onHashed(const QString &key, quint64 run, const ImageFile::Digest &digest);
    void startTransfer(Entry &entry);
    void finish(Entry &entry, State state, const QString &error = {});
    void pauseWithError(Entry &entry, const QString &error);
    void failChanged(Entry &entry);
    void dropOnBroker(const QString &uploadId);
    void setState(Entry &entry, State state);
    void sample();
    void persist();

    BrokerClient &m_client;
    ApplianceClient m_appliances;
    UploadQueueStore m_store;
    QString m_scope;
    std::vector<std::unique_ptr<Entry>> m_entries;
    QThreadPool m_pool;
    QTimer *m_sampler;
    qint64 m_chunkSize = protocol::kApplianceChunkLimit;
    Timing m_timing;
    qint64 m_bytesSent = 0;
    quint64 m_nextRun = 0;
};

} // namespace sc::client
