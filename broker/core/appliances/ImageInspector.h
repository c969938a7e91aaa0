#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace sc::broker {

// What inspectImage() found out about an uploaded VM image.
struct ImageInspection
{
    bool ok = false;
    // "qcow2", "raw", "vmdk", "ova", or "" when the bytes match none of them.
    QString detectedFormat;
    // qcow2: the header's size; VMDK: capacity * 512; raw: the file size;
    // OVA: the sum over its VMDK disks, none when it has none.
    std::optional<qint64> virtualSizeBytes;
    // When !ok: "format_mismatch" (the file is another known format than declared),
    // "truncated" (the file ends before data its own headers point at) or
    // "invalid_image" (anything else the repository refuses).
    QString reason;
    // When !ok: one or two plain sentences saying what is wrong, for the uploader.
    QString message;
    // When ok: a short summary, e.g. "qcow2 version 3, 20 GiB virtual disk".
    QString details;
};

// Detects and validates the image at `path` against the format the uploader
// declared ("qcow2", "raw", "vmdk" or "ova"). Reads headers with seeks only,
// a few MiB at most whatever the file size, and never writes.
//
// qcow2: magic, version 2 or 3, header length, cluster size, virtual size; the
//   L1 and refcount tables lie inside the file. Backing files, external data
//   files and encryption are refused: an appliance is one self-contained file.
// VMDK: a hosted sparse extent (monolithicSparse or streamOptimized): version,
//   capacity, grain size, the grain directories (a streamOptimized file must end
//   with its footer), the embedded descriptor; a separate descriptor file, a
//   split disk or a delta disk is refused.
// OVA: a ustar/pax/GNU tar whose headers, checksums and member sizes fit the
//   file; the .ovf descriptor comes first and every file it references is in
//   the archive; its .vmdk members are inspected as VMDK images.
// raw: a positive multiple of 512 bytes that is not recognisably another format.
ImageInspection inspectImage(const QString &path, const QString &declaredFormat);

// The format the first bytes of a file show (at least 512 bytes when the file
// has them): "qcow2", "vmdk" (a sparse extent or a descriptor file), "ova" (a
// ustar tar), "raw" (an MBR/GPT boot sector or an all-zero first sector), or "".
QString detectImageFormat(QByteArrayView head);

} // namespace sc::broker
