#include "client/UploadManager.h"

#include "client/ConnectionProfile.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QLocale>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;
using sc::protocol::ApiError;
using sc::protocol::ApplianceUpload;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;

namespace sc::client {

namespace {

constexpr int kSampleMs = 500;
constexpr double kSmoothing = 0.3; // weight of the newest sample in the speed
constexpr int kMaxThreads = 4;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

ApiError validation(const QString &message)
{
    return ApiError{ErrorCode::ValidationFailed, message, {}, {}};
}

} // namespace

// One upload: what the UI sees (info) and what drives it.
struct UploadManager::Entry
{
    enum class Step { NeedsHash, Ready, Transfer, Verify, End };

    Upload info;
    ImageFile::Stamp stamp; // when it was picked
    bool autoFormat = false;
    bool userPaused = false;
    Step step = Step::NeedsHash;
    quint64 run = 0; // of the hashing; an older run's answer is dropped
    std::shared_ptr<std::atomic<ImageFile::Control>> control;
    bool hashing = false;
    QList<QByteArray> chunkDigests; // from the hashing pass, for chunks of digestChunkSize
    qint64 digestChunkSize = 0;
    ChunkedUpload *transfer = nullptr; // while it transfers or is verified
    qint64 lastSample = -1;
    QElapsedTimer sampleClock;

    StoredUpload stored() const
    {
        StoredUpload s;
        s.key = info.key;
        s.filePath = info.filePath;
        s.stamp = stamp;
        s.metadata = info.metadata;
        s.format = autoFormat && info.sha256.isEmpty() ? QString() : info.format;
        s.sha256 = info.sha256;
        s.uploadId = info.uploadId;
        s.paused = userPaused;
        s.failed = info.state == State::Failed;
        s.error = s.failed ? info.error : QString();
        return s;
    }
};

bool UploadManager::Upload::canResume() const
{
    return state == State::Paused;
}

UploadManager::UploadManager(BrokerClient &client, const QString &stateFile, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_appliances(client)
    , m_store(stateFile)
    , m_sampler(new QTimer(this))
{
    m_pool.setMaxThreadCount(kMaxThreads);
    m_sampler->setInterval(kSampleMs);
    connect(m_sampler, &QTimer::timeout, this, &UploadManager::sample);
}

UploadManager::~UploadManager()
{
    for (const auto &entry : m_entries) {
        if (entry->control)
            entry->control->store(ImageFile::Control::Stop);
    }
    m_pool.waitForDone(); // the tasks post to this object until they end
}

QString UploadManager::scopeFor(const ConnectionProfile &profile, const std::optional<protocol::UserInfo> &user)
{
    if (!user)
        return {};
    QString broker;
    switch (profile.mode) {
    case ConnectionProfile::Mode::OfflineDemo: broker = u"demo"_s; break;
    case ConnectionProfile::Mode::LocalEmbedded: broker = u"local"_s; break;
    case ConnectionProfile::Mode::Remote:
        broker = profile.remoteUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString();
        break;
    }
    return u"%1 %2"_s.arg(broker, user->email.isEmpty() ? QString::number(user->id) : user->email);
}

QString UploadManager::fileChangedText()
{
    return tr("The file changed on disk since you picked it (its size or modification time is not the same), so "
              "its bytes no longer match what was checked. Add it again to upload what it holds now.");
}

void UploadManager::setChunkSize(qint64 bytes)
{
    m_chunkSize = std::clamp<qint64>(bytes, 512, protocol::kApplianceChunkLimit);
}

void UploadManager::setTiming(const Timing &timing)
{
    m_timing = timing;
}

UploadManager::Entry *UploadManager::find(const QString &key) const
{
    for (const auto &entry : m_entries) {
        if (entry->info.key == key)
            return entry.get();
    }
    return nullptr;
}

QList<UploadManager::Upload> UploadManager::uploads() const
{
    QList<Upload> list;
    list.reserve(qsizetype(m_entries.size()));
    for (const auto &entry : m_entries)
        list.append(entry->info);
    return list;
}

std::optional<UploadManager::Upload> UploadManager::upload(const QString &key) const
{
    if (const Entry *entry = find(key))
        return entry->info;
    return std::nullopt;
}

int UploadManager::activeCount() const
{
    return int(std::count_if(
        m_entries.cbegin(), m_entries.cend(), [](const auto &entry) { return !entry->info.isFinished(); }));
}

void UploadManager::persist()
{
    if (m_scope.isEmpty())
        return;
    QList<StoredUpload> kept;
    for (const auto &entry : m_entries) {
        if (entry->info.state != State::Done && entry->info.state != State::Cancelled)
            kept.append(entry->stored());
    }
    m_store.save(m_scope, kept);
}

UploadManager::Entry &UploadManager::append(const StoredUpload &stored, State state)
{
    auto entry = std::make_unique<Entry>();
    entry->info.key = stored.key;
    entry->info.filePath = stored.filePath;
    entry->info.sizeBytes = stored.stamp.size;
    entry->info.format = stored.format;
    entry->info.metadata = stored.metadata;
    entry->info.sha256 = stored.sha256;
    entry->info.uploadId = stored.uploadId;
    entry->info.state = state;
    entry->info.error = stored.error;
    entry->stamp = stored.stamp;
    entry->autoFormat = stored.format.isEmpty();
    entry->userPaused = stored.paused;
    entry->step = stored.sha256.isEmpty() ? Entry::Step::NeedsHash : Entry::Step::Ready;
    entry->run = ++m_nextRun;
    m_entries.push_back(std::move(entry));
    Entry &added = *m_entries.back();
    Q_EMIT uploadAdded(added.info.key);
    return added;
}

void UploadManager::setScope(const QString &scope)
{
    if (scope == m_scope)
        return;
    for (const auto &entry : m_entries)
        stopActivity(*entry);
    while (!m_entries.empty()) {
        const QString key = m_entries.back()->info.key;
        m_entries.pop_back();
        Q_EMIT uploadRemoved(key);
    }
    m_scope = scope;
    if (m_scope.isEmpty())
        return;
    bool dropped = false;
    const QList<StoredUpload> stored = m_store.load(m_scope);
    for (const StoredUpload &kept : stored) {
        if (kept.failed) {
            append(kept, State::Failed);
            continue;
        }
        if (ImageFile::stampOf(kept.filePath) != kept.stamp) {
            Entry &entry = append(kept, State::Failed);
            dropOnBroker(entry.info.uploadId);
            entry.info.error = fileChangedText();
            entry.step = Entry::Step::End;
            dropped = true;
            continue;
        }
        append(kept, kept.paused ? State::Paused : State::Queued);
        if (kept.paused && !kept.uploadId.isEmpty()) {
            // Shows how far it got; resuming asks again.
            m_appliances.fetchUpload(kept.uploadId, this, [this, key = kept.key](const Expected<ApplianceUpload> &r) {
                Entry *paused = find(key);
                if (r && paused && paused->info.state == State::Paused) {
                    paused->info.bytesDone = r->offset;
                    Q_EMIT uploadChanged(key);
                }
            });
        }
    }
    if (dropped)
        persist();
    schedule();
}

Expected<QString> UploadManager::add(const QString &filePath, const protocol::ApplianceMetadata &metadata,
                                     const QString &format)
{
    const ImageFile::Stamp stamp = ImageFile::stampOf(filePath);
    if (stamp.size < 0)
        return validation(tr("The file cannot be read: %1").arg(filePath));
    if (stamp.size < 512)
        return validation(tr("The file is too small to be a disk image (less than 512 bytes)."));
    if (stamp.size > protocol::kApplianceMaxBytes)
        return validation(
            tr("The file is larger than the %1 an appliance may have.").arg(sizeText(protocol::kApplianceMaxBytes)));
    if (const auto problem = protocol::ApplianceMetadata::nameProblem(metadata.name))
        return validation(tr("The name %1.").arg(*problem));
    if (!format.isEmpty() && !protocol::ApplianceFormat::isKnown(format))
        return validation(tr("%1 is not a format the broker takes (qcow2, raw, VMDK, OVA).").arg(format));
    if (m_scope.isEmpty())
        return validation(tr("Log in to a broker to upload appliances."));

    StoredUpload stored;
    stored.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    stored.filePath = filePath;
    stored.stamp = stamp;
    stored.metadata = metadata;
    stored.format = format;
    append(stored, State::Queued);
    persist();
    schedule();
    return stored.key;
}

void UploadManager::setState(Entry &entry, State state)
{
    entry.info.state = state;
    Q_EMIT uploadChanged(entry.info.key);
}

void UploadManager::stopActivity(Entry &entry)
{
    entry.run = ++m_nextRun;
    if (entry.control)
        entry.control->store(ImageFile::Control::Stop);
    entry.control.reset();
    entry.hashing = false;
    if (entry.transfer) {
        entry.info.bytesDone = entry.transfer->confirmedBytes();
        entry.transfer->stop();
        entry.transfer = nullptr;
    }
    entry.info.bytesPerSecond = 0;
    entry.info.secondsLeft = -1;
    entry.info.notice.clear();
    entry.lastSample = -1;
}

// Starts what may start: one hashing and one transfer at a time, in queue order.
void UploadManager::schedule()
{
    bool hashing = false;
    bool transferring = false;
    for (const auto &entry : m_entries) {
        hashing = hashing || entry->hashing;
        transferring = transferring || entry->step == Entry::Step::Transfer;
    }
    for (const auto &entry : m_entries) {
        if (entry->userPaused || entry->info.isFinished())
            continue;
        if (entry->step == Entry::Step::NeedsHash && !entry->hashing && !hashing) {
            hashing = true;
            startHashing(*entry);
        } else if (entry->step == Entry::Step::Ready && !transferring) {
            transferring = true;
            startTransfer(*entry);
        }
    }
    const bool busy = std::any_of(m_entries.cbegin(), m_entries.cend(), [](const auto &entry) {
        return entry->hashing || entry->step == Entry::Step::Transfer;
    });
    if (busy && !m_sampler->isActive())
        m_sampler->start();
    else if (!busy)
        m_sampler->stop();
}

void UploadManager::startHashing(Entry &entry)
{
    entry.hashing = true;
    entry.info.hashedBytes = 0;
    entry.control = std::make_shared<std::atomic<ImageFile::Control>>(ImageFile::Control::Run);
    setState(entry, State::Hashing);
    m_pool.start([this,
                  key = entry.info.key,
                  run = entry.run,
                  path = entry.info.filePath,
                  chunkSize = m_chunkSize,
                  control = entry.control] {
        const auto progress = [this, key, run](qint64 bytes) {
            QMetaObject::invokeMethod(
                this,
                [this, key, run, bytes] {
                    Entry *live = find(key);
                    if (live && live->run == run)
                        live->info.hashedBytes = bytes;
                },
                Qt::QueuedConnection);
        };
        const ImageFile::Digest digest = ImageFile::hash(path, chunkSize, *control, progress);
        QMetaObject::invokeMethod(
            this, [this, key, run, digest] { onHashed(key, run, digest); }, Qt::QueuedConnection);
    });
}

void UploadManager::onHashed(const QString &key, quint64 run, const ImageFile::Digest &digest)
{
    Entry *entry = find(key);
    if (!entry || entry->run != run || digest.stopped)
        return;
    entry->hashing = false;
    entry->control.reset();
    if (!digest.error.isEmpty()) {
        finish(*entry, State::Failed, digest.error);
        return;
    }
    if (digest.bytes != entry->stamp.size || ImageFile::stampOf(entry->info.filePath) != entry->stamp) {
        failChanged(*entry);
        return;
    }
    entry->info.sha256 = digest.sha256;
    entry->info.hashedBytes = digest.bytes;
    if (entry->autoFormat)
        entry->info.format = digest.format;
    entry->chunkDigests = digest.chunks;
    entry->digestChunkSize = m_chunkSize;
    entry->step = Entry::Step::Ready;
    entry->info.bytesPerSecond = 0;
    entry->info.secondsLeft = -1;
    entry->lastSample = -1;
    persist();
    setState(*entry, State::Queued);
    schedule();
}

void UploadManager::startTransfer(Entry &entry)
{
    entry.step = Entry::Step::Transfer;
    entry.info.error.clear();
    ChunkedUpload::Image image;
    image.filePath = entry.info.filePath;
    image.stamp = entry.stamp;
    image.sizeBytes = entry.info.sizeBytes;
    image.sha256 = entry.info.sha256;
    image.format = entry.info.format;
    image.metadata = entry.info.metadata;
    image.chunkDigests = entry.chunkDigests;
    image.digestChunkSize = entry.digestChunkSize;
    auto *transfer = new ChunkedUpload(m_client, m_pool, image, entry.info.uploadId, m_chunkSize, m_timing, this);
    entry.transfer = transfer;
    const QString key = entry.info.key;
    // The transfer signals only while it is the entry's: stop() disconnects it.
    connect(transfer, &ChunkedUpload::uploadIdChanged, this, [this, key](const QString &uploadId) {
        Entry &live = *find(key);
        live.info.uploadId = uploadId;
        persist();
        Q_EMIT uploadChanged(key);
    });
    connect(transfer, &ChunkedUpload::progressed, this, [this, key] {
        Entry &live = *find(key);
        live.info.bytesDone = live.transfer->confirmedBytes();
        Q_EMIT uploadChanged(key);
    });
    connect(transfer, &ChunkedUpload::chunkSent, this, [this](qint64 bytes) { m_bytesSent += bytes; });
    connect(transfer, &ChunkedUpload::noticeChanged, this, [this, key](const QString &notice) {
        find(key)->info.notice = notice;
        Q_EMIT uploadChanged(key);
    });
    connect(transfer, &ChunkedUpload::verifying, this, [this, key] {
        Entry &live = *find(key);
        live.step = Entry::Step::Verify;
        live.info.bytesDone = live.info.sizeBytes;
        live.info.bytesPerSecond = 0;
        live.info.secondsLeft = -1;
        setState(live, State::Verifying);
        schedule(); // the next upload may send meanwhile
    });
    connect(transfer, &ChunkedUpload::done, this, [this, key](qint64 applianceId) {
        Entry &live = *find(key);
        live.info.applianceId = applianceId;
        finish(live, State::Done);
    });
    connect(transfer, &ChunkedUpload::failed, this, [this, key](const QString &error) {
        finish(*find(key), State::Failed, error);
    });
    connect(transfer, &ChunkedUpload::fileChanged, this, [this, key] { failChanged(*find(key)); });
    connect(transfer, &ChunkedUpload::pausedByItself, this, [this, key](const QString &error) {
        pauseWithError(*find(key), error);
    });
    setState(entry, State::Uploading);
    transfer->start();
}

// Paused by itself (the broker stayed away, the session ended): resuming goes on.
void UploadManager::pauseWithError(Entry &entry, const QString &error)
{
    stopActivity(entry);
    entry.userPaused = true;
    if (entry.step == Entry::Step::Transfer || entry.step == Entry::Step::Verify)
        entry.step = Entry::Step::Ready;
    entry.info.error = error;
    persist();
    setState(entry, State::Paused);
    schedule();
}

void UploadManager::failChanged(Entry &entry)
{
    dropOnBroker(entry.info.uploadId);
    finish(entry, State::Failed, fileChangedText());
}

void UploadManager::dropOnBroker(const QString &uploadId)
{
    if (uploadId.isEmpty())
        return;
    m_appliances.cancelUpload(uploadId, nullptr, [uploadId](const Expected<ApplianceClient::Done> &result) {
        if (!result && result.error().code != ErrorCode::NotFound)
            qCInfo(lcClient).noquote() << "the broker kept a cancelled upload:" << result.error().message;
    });
}

void UploadManager::finish(Entry &entry, State state, const QString &error)
{
    stopActivity(entry);
    entry.step = Entry::Step::End;
    entry.userPaused = false;
    entry.info.error = error;
    if (state == State::Done)
        entry.info.bytesDone = entry.info.sizeBytes;
    entry.info.state = state; // before persist(): done and cancelled uploads are not kept
    persist();
    setState(entry, state);
    if (state == State::Done)
        Q_EMIT uploadFinished(entry.info.key, entry.info.applianceId);
    schedule();
}

void UploadManager::pause(const QString &key)
{
    Entry *entry = find(key);
    if (!entry || !entry->info.canPause())
        return;
    stopActivity(*entry);
    entry->userPaused = true;
    if (entry->step == Entry::Step::Transfer || entry->step == Entry::Step::Verify)
        entry->step = Entry::Step::Ready;
    entry->info.hashedBytes = entry->step == Entry::Step::NeedsHash ? 0 : entry->info.hashedBytes;
    persist();
    setState(*entry, State::Paused);
    schedule();
}

void UploadManager::resume(const QString &key)
{
    Entry *entry = find(key);
    if (!entry || !entry->info.canResume())
        return;
    entry->userPaused = false;
    entry->info.error.clear();
    persist();
    setState(*entry, State::Queued);
    schedule();
}

void UploadManager::cancel(const QString &key)
{
    Entry *entry = find(key);
    if (!entry || !entry->info.canCancel())
        return;
    const QString uploadId = entry->info.uploadId;
    finish(*entry, State::Cancelled);
    dropOnBroker(uploadId);
}

void UploadManager::clearFinished()
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if ((*it)->info.isFinished()) {
            const QString key = (*it)->info.key;
            it = m_entries.erase(it);
            Q_EMIT uploadRemoved(key);
        } else {
            ++it;
        }
    }
    persist();
}

// Every half second: progress, a smoothed speed and the time left of what runs.
void UploadManager::sample()
{
    for (const auto &entry : m_entries) {
        qint64 bytes = 0;
        if (entry->hashing)
            bytes = entry->info.hashedBytes;
        else if (entry->step == Entry::Step::Transfer && entry->transfer)
            bytes = entry->transfer->confirmedBytes() + entry->transfer->bytesOnTheWire();
        else
            continue;
        if (entry->step == Entry::Step::Transfer)
            entry->info.bytesDone = bytes;
        if (entry->lastSample < 0 || !entry->sampleClock.isValid()) {
            entry->sampleClock.start();
            entry->lastSample = bytes;
            Q_EMIT uploadChanged(entry->info.key);
            continue;
        }
        const qint64 elapsedMs = entry->sampleClock.restart();
        if (elapsedMs > 0) {
            const double now = std::max<double>(0, double(bytes - entry->lastSample) * 1000.0 / double(elapsedMs));
            double &speed = entry->info.bytesPerSecond;
            speed = speed <= 0 ? now : kSmoothing * now + (1 - kSmoothing) * speed;
        }
        entry->lastSample = bytes;
        const double speed = entry->info.bytesPerSecond;
        entry->info.secondsLeft = speed > 1 ? qint64(double(entry->info.sizeBytes - bytes) / speed + 0.999)
                                            : qint64(-1);
        Q_EMIT uploadChanged(entry->info.key);
    }
}

} // namespace sc::client
