#include "core/appliances/LocalBlobStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// fsync of a folder makes a rename or a new entry in it durable.
bool syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool isSafeName(const QString &name)
{
    if (name.isEmpty() || name.size() > 128)
        return false;
    for (QChar c : name) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
              || c == u'_'))
            return false;
    }
    return true;
}

// A part being written: every piece is handed to the disk at once
// (sync_file_range starts the write-back without waiting for it), so by the
// time the chunk is complete most of it is on its way and the fdatasync that
// confirms it has little left to wait for.
class PartFile final : public QFile
{
public:
    using QFile::QFile;

protected:
    qint64 writeData(const char *data, qint64 length) override
    {
        const qint64 at = pos();
        const qint64 written = QFile::writeData(data, length);
        if (written > 0)
            ::sync_file_range(handle(), off_t(at), off_t(written), SYNC_FILE_RANGE_WRITE);
        return written;
    }
};

} // namespace

LocalBlobStore::LocalBlobStore(QString root)
    : m_root(std::move(root))
{
}

bool LocalBlobStore::prepare()
{
    if (!QDir().mkpath(m_root + u"/blobs"_s) || !QDir().mkpath(m_root + u"/parts"_s)) {
        m_error = u"Cannot create the appliance folders under %1."_s.arg(m_root);
        return false;
    }
    return true;
}

QString LocalBlobStore::partPath(const QString &uploadId) const
{
    Q_ASSERT(isSafeName(uploadId));
    return m_root + u"/parts/"_s + uploadId + u".part"_s;
}

QString LocalBlobStore::blobPath(const QString &sha256) const
{
    if (!isSafeName(sha256) || sha256.size() < 3)
        return {};
    return m_root + u"/blobs/"_s + sha256.left(2) + u'/' + sha256;
}

std::unique_ptr<QIODevice> LocalBlobStore::openPartForWriting(const QString &uploadId)
{
    const QString path = partPath(uploadId);
    const bool created = !QFileInfo::exists(path);
    auto file = std::make_unique<PartFile>(path);
    if (!file->open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return nullptr;
    if (created)
        syncFolder(m_root + u"/parts"_s);
    return file;
}

std::unique_ptr<QIODevice> LocalBlobStore::openPartForReading(const QString &uploadId) const
{
    auto file = std::make_unique<QFile>(partPath(uploadId));
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file;
}

QString LocalBlobStore::syncPart(const QString &uploadId)
{
    const int fd = ::open(QFile::encodeName(partPath(uploadId)).constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return systemError();
    const bool ok = ::fdatasync(fd) == 0;
    const QString error = ok ? QString() : systemError();
    ::close(fd);
    return error;
}

bool LocalBlobStore::hasPart(const QString &uploadId) const
{
    return QFileInfo::exists(partPath(uploadId));
}

void LocalBlobStore::discardPart(const QString &uploadId)
{
    QFile::remove(partPath(uploadId));
}

QString LocalBlobStore::commitPart(const QString &uploadId, const QString &sha256, qint64 size)
{
    const QString part = partPath(uploadId);
    const QString blob = blobPath(sha256);
    if (blob.isEmpty())
        return u"not a SHA-256"_s;
    if (QFileInfo::exists(blob)) {
        QFile::remove(part); // the same bytes are stored already
        return {};
    }
    // A crash mid-chunk may have left bytes past the declared size.
    if (::truncate(QFile::encodeName(part).constData(), off_t(size)) != 0)
        return systemError();
    if (const QString error = syncPart(uploadId); !error.isEmpty())
        return error;
    const QString folder = QFileInfo(blob).absolutePath();
    if (!QDir().mkpath(folder))
        return u"cannot create %1"_s.arg(folder);
    if (::rename(QFile::encodeName(part).constData(), QFile::encodeName(blob).constData()) != 0)
        return systemError();
    QFile::setPermissions(blob, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    syncFolder(folder);
    syncFolder(m_root + u"/parts"_s);
    return {};
}

bool LocalBlobStore::hasBlob(const QString &sha256) const
{
    const QString path = blobPath(sha256);
    return !path.isEmpty() && QFileInfo::exists(path);
}

void LocalBlobStore::removeBlob(const QString &sha256)
{
    const QString path = blobPath(sha256);
    if (path.isEmpty())
        return;
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::remove(path);
}

QStringList LocalBlobStore::blobs() const
{
    QStringList names;
    QDirIterator it(m_root + u"/blobs"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        names.append(it.fileName());
    }
    return names;
}

QStringList LocalBlobStore::parts() const
{
    QStringList names;
    const QStringList files = QDir(m_root + u"/parts"_s).entryList({u"*.part"_s}, QDir::Files);
    for (const QString &file : files)
        names.append(file.chopped(5));
    return names;
}

} // namespace sc::broker
