#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace sc::client {

// What UploadManager does with an image file on disk, off the GUI thread:
// recognise its format, hash it, read one chunk. Plain functions, safe on
// any thread; nothing here holds more than one chunk in memory.
namespace ImageFile {

// The format an image's first bytes say (at least 512 of them): "qcow2"
// (magic QFI\xfb), "vmdk" (KDMV, or a "# Disk DescriptorFile" text), "ova"
// (a tar archive: "ustar" at offset 257), else "raw".
QString formatOfHead(QByteArrayView head);
// The same for a file; "raw" when it cannot be read.
QString detectFormat(const QString &path);

// Size and modification time: a file that no longer has the ones it had
// when picked has changed.
struct Stamp
{
    qint64 size = -1; // -1: missing or unreadable
    QDateTime modified;

    bool operator==(const Stamp &) const = default;
};
Stamp stampOf(const QString &path);

// A control a running job checks between blocks.
enum class Control { Run, Stop };

struct Digest
{
    QString sha256;           // the whole file's, lowercase hex; empty on error or stop
    QList<QByteArray> chunks; // raw SHA-256 of every chunkSize piece, in order
    QString format;           // formatOfHead() of its first bytes
    qint64 bytes = 0;         // bytes read
    QString error;            // why the file could not be read
    bool stopped = false;
};
// Hashes the whole file and every chunk of it in one read: the chunk
// digests on a second thread, beside the whole-file digest. progress(bytes)
// is called now and then; control is checked between chunks.
Digest hash(const QString &path, qint64 chunkSize, const std::atomic<Control> &control,
            const std::function<void(qint64 bytes)> &progress);

struct Chunk
{
    qint64 offset = 0;
    QByteArray bytes;
    QByteArray sha256;    // raw
    QString error;        // why it could not be read
    bool changed = false; // the file is not what it was when picked
};
// Reads length bytes at offset; hashes them unless knownSha256 is given.
// changed when the file's stamp is no longer expected, it is shorter, or
// (checkAgainst non-empty) the bytes' digest differs from checkAgainst.
Chunk readChunk(const QString &path, const Stamp &expected, qint64 offset, qint64 length, const QByteArray &knownSha256,
                const QByteArray &checkAgainst = {});

} // namespace ImageFile

} // namespace sc::client
