#include "client/ImageFile.h"

#include "client/Sha256.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <future>

using namespace Qt::StringLiterals;

namespace sc::client::ImageFile {

namespace {
constexpr qint64 kHeadBytes = 512;
constexpr int kProgressEveryMs = 100;

QString readError(const QFile &file)
{
    return QCoreApplication::translate("UploadManager", "The file cannot be read: %1").arg(file.errorString());
}
} // namespace

QString formatOfHead(QByteArrayView head)
{
    if (head.startsWith("QFI\xfb"))
        return u"qcow2"_s;
    if (head.startsWith("KDMV") || head.startsWith("# Disk DescriptorFile"))
        return u"vmdk"_s;
    if (head.size() >= 262 && head.sliced(257, 5) == "ustar")
        return u"ova"_s;
    return u"raw"_s;
}

QString detectFormat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"raw"_s;
    return formatOfHead(file.read(kHeadBytes));
}

Stamp stampOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile() || !info.isReadable())
        return {};
    return Stamp{info.size(), info.lastModified().toUTC()};
}

Digest hash(const QString &path, qint64 chunkSize, const std::atomic<Control> &control,
            const std::function<void(qint64 bytes)> &progress)
{
    Digest digest;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        digest.error = readError(file);
        return digest;
    }
    Sha256 whole;
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    for (;;) {
        if (control.load() == Control::Stop) {
            digest.stopped = true;
            return digest;
        }
        // Fills the buffer: read() may return less than asked before the end.
        qint64 filled = 0;
        while (filled < chunkSize) {
            const qint64 got = file.read(buffer.data() + filled, chunkSize - filled);
            if (got < 0) {
                digest.error = readError(file);
                return digest;
            }
            if (got == 0)
                break;
            filled += got;
        }
        if (filled == 0)
            break;
        const QByteArrayView piece(buffer.constData(), filled);
        if (digest.bytes == 0)
            digest.format = formatOfHead(piece.first(std::min(filled, kHeadBytes * 2)));
        // The chunk's digest beside the whole file's: two cores, one read.
        auto chunkDigest = std::async(std::launch::async, [piece] { return Sha256::of(piece); });
        whole.add(piece);
        digest.chunks.append(chunkDigest.get());
        digest.bytes += filled;
        if (sinceProgress.elapsed() >= kProgressEveryMs) {
            progress(digest.bytes);
            sinceProgress.restart();
        }
        if (filled < chunkSize)
            break;
    }
    if (digest.bytes == 0)
        digest.format = u"raw"_s;
    digest.sha256 = QString::fromLatin1(whole.result().toHex());
    progress(digest.bytes);
    return digest;
}

Chunk readChunk(const QString &path, const Stamp &expected, qint64 offset, qint64 length, const QByteArray &knownSha256,
                const QByteArray &checkAgainst)
{
    Chunk chunk;
    chunk.offset = offset;
    if (stampOf(path) != expected) {
        chunk.changed = true;
        return chunk;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !file.seek(offset)) {
        chunk.error = readError(file);
        return chunk;
    }
    chunk.bytes.resize(length);
    qint64 filled = 0;
    while (filled < length) {
        const qint64 got = file.read(chunk.bytes.data() + filled, length - filled);
        if (got < 0) {
            chunk.error = readError(file);
            chunk.bytes.clear();
            return chunk;
        }
        if (got == 0)
            break;
        filled += got;
    }
    if (filled < length) {
        chunk.changed = true;
        chunk.bytes.clear();
        return chunk;
    }
    chunk.sha256 = knownSha256.isEmpty() ? Sha256::of(chunk.bytes) : knownSha256;
    if (!checkAgainst.isEmpty() && chunk.sha256 != checkAgainst)
        chunk.changed = true;
    return chunk;
}

} // namespace sc::client::ImageFile
