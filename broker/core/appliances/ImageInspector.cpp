#include "core/appliances/ImageInspector.h"

#include <QFile>
#include <QLocale>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>
#include <QtEndian>

#include <limits>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {

constexpr qint64 kSectorSize = 512;
constexpr qint64 kKiB = 1024;
constexpr qint64 kMiB = 1024 * kKiB;
constexpr qint64 kGiB = 1024 * kMiB;
constexpr qint64 kTiB = 1024 * kGiB;

// Bounds on what one inspection reads, whatever the file holds: 10,000 tar
// headers are 5 MiB of 512-byte reads; the rest is small.
constexpr int kMaxTarEntries = 10'000;
constexpr qint64 kMaxTarMetadataBytes = kMiB; // pax headers and GNU long names, all together
constexpr qint64 kMaxOvfBytes = kMiB;
constexpr qint64 kMaxVmdkDescriptorBytes = 64 * kKiB;
constexpr int kMaxOvaDisksInspected = 64;

constexpr QStringView kFormatMismatch = u"format_mismatch";
constexpr QStringView kTruncated = u"truncated";
constexpr QStringView kInvalidImage = u"invalid_image";

constexpr quint64 kVmdkGdAtEnd = std::numeric_limits<quint64>::max();
constexpr quint32 kVmdkFlagRedundantGd = 1u << 1;
constexpr quint32 kVmdkFlagCompressed = 1u << 16;
constexpr quint32 kVmdkMarkerFooter = 3;

constexpr QByteArrayView kQcow2Magic("QFI\xfb", 4);
constexpr QByteArrayView kVmdkMagic("KDMV", 4);
constexpr QByteArrayView kVmdkDescriptorStart("# Disk DescriptorFile");

// A byte range of the open file: the whole image, or one member of an OVA.
class ByteRange
{
public:
    ByteRange(QFile &file, qint64 base, qint64 size)
        : m_file(file)
        , m_base(base)
        , m_size(size)
    {
    }

    qint64 size() const { return m_size; }

    // The bytes at [offset, offset + length) that lie inside the range.
    QByteArray read(qint64 offset, qint64 length) const
    {
        if (offset < 0 || offset >= m_size || length <= 0)
            return {};
        if (!m_file.seek(m_base + offset))
            return {};
        return m_file.read(qMin(length, m_size - offset));
    }

    ByteRange sub(qint64 offset, qint64 size) const { return ByteRange(m_file, m_base + offset, size); }

private:
    QFile &m_file;
    qint64 m_base;
    qint64 m_size;
};

QString number(qint64 value)
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions); // the C locale omits group separators otherwise
    return locale.toString(value);
}

QString bytes(qint64 value)
{
    return value == 1 ? u"1 byte"_s : number(value) + u" bytes"_s;
}

QString sizeText(qint64 value)
{
    struct Unit
    {
        qint64 size;
        QStringView name;
    };
    for (const Unit unit : {Unit{kTiB, u"TiB"}, Unit{kGiB, u"GiB"}, Unit{kMiB, u"MiB"}, Unit{kKiB, u"KiB"}}) {
        if (value < unit.size)
            continue;
        const QString amount = value % unit.size == 0 ? number(value / unit.size)
                                                      : QString::number(double(value) / double(unit.size), 'f', 1);
        return amount + u' ' + unit.name;
    }
    return bytes(value);
}

// The end of [offset, offset + length), or none when it does not fit in a qint64.
std::optional<qint64> endOf(quint64 offset, quint64 length)
{
    constexpr auto kMax = quint64(std::numeric_limits<qint64>::max());
    if (offset > kMax || length > kMax - offset)
        return std::nullopt;
    return qint64(offset + length);
}

bool fitsIn(std::optional<qint64> end, qint64 fileSize)
{
    return end && *end <= fileSize;
}

QString endText(std::optional<qint64> end)
{
    return end ? number(*end) : u"beyond 2^63"_s;
}

quint32 le32(const QByteArray &data, int at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}
quint64 le64(const QByteArray &data, int at)
{
    return qFromLittleEndian<quint64>(data.constData() + at);
}
quint32 be32(const QByteArray &data, int at)
{
    return qFromBigEndian<quint32>(data.constData() + at);
}
quint64 be64(const QByteArray &data, int at)
{
    return qFromBigEndian<quint64>(data.constData() + at);
}

ImageInspection refused(const QString &format, QStringView reason, const QString &message)
{
    ImageInspection inspection;
    inspection.detectedFormat = format;
    inspection.reason = reason.toString();
    inspection.message = message;
    return inspection;
}

ImageInspection accepted(const QString &format, std::optional<qint64> virtualSize, const QString &details)
{
    ImageInspection inspection;
    inspection.ok = true;
    inspection.detectedFormat = format;
    inspection.virtualSizeBytes = virtualSize;
    inspection.details = details;
    return inspection;
}

QString formatName(const QString &format)
{
    if (format == u"vmdk")
        return u"VMDK"_s;
    if (format == u"ova")
        return u"OVA"_s;
    return format;
}

// What a file the repository does not take looks like, for a clearer message.
QString otherFormatDescription(QByteArrayView head)
{
    if (head.startsWith("\x1f\x8b"))
        return u"gzip-compressed data"_s;
    if (head.startsWith(QByteArrayView("\xfd\x37\x7a\x58\x5a\x00", 6)))
        return u"xz-compressed data"_s;
    if (head.startsWith("BZh"))
        return u"bzip2-compressed data"_s;
    if (head.startsWith("\x28\xb5\x2f\xfd"))
        return u"zstd-compressed data"_s;
    if (head.startsWith("PK\x03\x04"))
        return u"a zip archive"_s;
    if (head.startsWith("7z\xbc\xaf\x27\x1c"))
        return u"a 7-Zip archive"_s;
    if (head.size() >= 0x44 && qFromLittleEndian<quint32>(head.data() + 0x40) == 0xbeda107f)
        return u"a VirtualBox VDI image"_s;
    if (head.startsWith("conectix"))
        return u"a VHD image"_s;
    if (head.startsWith("vhdxfile"))
        return u"a VHDX image"_s;
    return {};
}

// --- qcow2 (QEMU docs/interop/qcow2.txt: big-endian header, 72 bytes in version 2,
// header_length bytes in version 3) -------------------------------------------

ImageInspection inspectQcow2(const ByteRange &image)
{
    const qint64 fileSize = image.size();
    const QString format = u"qcow2"_s;
    const auto invalid = [&](const QString &message) { return refused(format, kInvalidImage, message); };
    const auto truncated = [&](const QString &what) {
        return refused(format, kTruncated, u"The qcow2 image is truncated: "_s + what);
    };

    const QByteArray header = image.read(0, 112);
    if (header.size() < 72)
        return truncated(u"its header needs 72 bytes but the file has %1."_s.arg(bytes(fileSize)));
    const quint32 version = be32(header, 4);
    if (version != 2 && version != 3)
        return invalid(u"The qcow2 header has version %1; only versions 2 and 3 are supported."_s.arg(version));
    if (version == 3 && header.size() < 104)
        return truncated(u"its version 3 header needs 104 bytes but the file has %1."_s.arg(bytes(fileSize)));

    const quint32 clusterBits = be32(header, 20);
    if (clusterBits < 9 || clusterBits > 21)
        return invalid(u"The qcow2 cluster size of 2^%1 bytes is outside 512 bytes to 2 MiB."_s.arg(clusterBits));
    const qint64 clusterSize = qint64(1) << clusterBits;

    const quint64 headerLength = version == 2 ? 72 : be32(header, 100);
    if (headerLength < 104 && version == 3)
        return invalid(
            u"The qcow2 header length of %1 bytes is too short for version 3 (104 at least)."_s.arg(headerLength));
    if (qint64(headerLength) > clusterSize)
        return invalid(u"The qcow2 header length of %1 bytes exceeds its cluster size."_s.arg(headerLength));
    if (qint64(headerLength) > fileSize)
        return truncated(
            u"its header needs %1 but the file has %2."_s.arg(bytes(qint64(headerLength)), bytes(fileSize)));

    const quint64 virtualSize = be64(header, 24);
    if (virtualSize == 0)
        return invalid(u"The qcow2 image has a virtual size of 0 bytes."_s);
    if (virtualSize > quint64(std::numeric_limits<qint64>::max()))
        return invalid(u"The qcow2 virtual size of %1 bytes is out of range."_s.arg(virtualSize));

    if (be32(header, 32) != 0)
        return invalid(u"The qcow2 image is encrypted. Upload an unencrypted image."_s);

    const quint64 backingOffset = be64(header, 8);
    if (backingOffset != 0) {
        const quint32 backingLength = qMin<quint32>(be32(header, 16), 1023);
        const QString backing = QString::fromUtf8(
            image.read(qint64(qMin<quint64>(backingOffset, 1ull << 62)), backingLength));
        return invalid(u"The qcow2 image depends on a backing file%1; an appliance must be self-contained. "
                       "Flatten it (qemu-img convert) and upload the result."_s.arg(
                           backing.isEmpty() ? QString() : u" (\"%1\")"_s.arg(backing)));
    }

    bool extendedL2 = false;
    if (version == 3) {
        // Incompatible features: bit 0 dirty (harmless), 1 corrupt, 2 external data
        // file, 3 compression type, 4 extended L2 entries; others are unknown.
        const quint64 incompatible = be64(header, 72);
        if (incompatible & (1u << 1))
            return invalid(u"The qcow2 image is marked corrupt. Repair it (qemu-img check -r all) first."_s);
        if (incompatible & (1u << 2))
            return invalid(u"The qcow2 image keeps its data in an external file; "
                           "an appliance must be self-contained."_s);
        if (incompatible & ~quint64(0x1f))
            return invalid(u"The qcow2 image uses incompatible features unknown to the repository (bits 0x%1)."_s.arg(
                incompatible & ~quint64(0x1f), 0, 16));
        extendedL2 = incompatible & (1u << 4);
    }

    // The L1 table must cover the virtual disk: each entry maps one L2 table of
    // cluster_size / 8 entries (16 with extended L2), each entry one cluster.
    const quint64 l1Offset = be64(header, 40);
    const quint32 l1Size = be32(header, 36);
    if (l1Offset % quint64(clusterSize) != 0)
        return invalid(u"The qcow2 L1 table offset %1 is not cluster-aligned."_s.arg(l1Offset));
    const quint32 l2Shift = clusterBits - (extendedL2 ? 4 : 3);
    const quint64 bytesPerL1Entry = quint64(1) << (clusterBits + l2Shift);
    const quint64 l1Needed = (virtualSize + bytesPerL1Entry - 1) / bytesPerL1Entry;
    if (l1Size < l1Needed)
        return invalid(u"The qcow2 L1 table has %1 entries but a %2 virtual disk needs %3."_s.arg(
            number(l1Size), sizeText(qint64(virtualSize)), number(qint64(l1Needed))));
    const std::optional<qint64> l1End = endOf(l1Offset, quint64(l1Size) * 8);
    if (!fitsIn(l1End, fileSize))
        return truncated(u"its L1 table ends at byte %1 but the file has %2."_s.arg(endText(l1End), bytes(fileSize)));

    const quint64 refcountOffset = be64(header, 48);
    const quint32 refcountClusters = be32(header, 56);
    if (refcountOffset % quint64(clusterSize) != 0)
        return invalid(u"The qcow2 refcount table offset %1 is not cluster-aligned."_s.arg(refcountOffset));
    if (refcountClusters == 0)
        return invalid(u"The qcow2 image has an empty refcount table."_s);
    const std::optional<qint64> refcountEnd = endOf(refcountOffset, quint64(refcountClusters) << clusterBits);
    if (!fitsIn(refcountEnd, fileSize))
        return truncated(
            u"its refcount table ends at byte %1 but the file has %2."_s.arg(endText(refcountEnd), bytes(fileSize)));

    return accepted(format,
                    qint64(virtualSize),
                    u"qcow2 version %1, %2 virtual disk"_s.arg(version).arg(sizeText(qint64(virtualSize))));
}

// --- VMDK (VMware "Virtual Disk Format 1.1": the hosted sparse extent header is
// 512 little-endian bytes; streamOptimized files end with footer marker, footer
// and end-of-stream marker, one sector each) -----------------------------------

struct VmdkDescriptor
{
    QString createType;
    QString parent;
};

VmdkDescriptor parseVmdkDescriptor(QByteArray text)
{
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0)
        text.truncate(nul);
    VmdkDescriptor descriptor;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        const qsizetype equals = line.indexOf('=');
        if (line.startsWith('#') || equals < 0)
            continue;
        const QByteArray key = line.left(equals).trimmed();
        QByteArray value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        if (key == "createType")
            descriptor.createType = QString::fromUtf8(value);
        else if (key == "parentFileNameHint")
            descriptor.parent = QString::fromUtf8(value);
    }
    return descriptor;
}

// `subject` starts every message: "The VMDK image" or "The disk x.vmdk in the OVA".
ImageInspection inspectVmdk(const ByteRange &image, const QString &subject)
{
    const qint64 fileSize = image.size();
    const QString format = u"vmdk"_s;
    const auto invalid = [&](const QString &what) { return refused(format, kInvalidImage, subject + what); };
    const auto truncated = [&](const QString &what) {
        return refused(format, kTruncated, subject + u" is truncated: "_s + what);
    };

    const QByteArray header = image.read(0, kSectorSize);
    if (header.startsWith(kVmdkDescriptorStart))
        return invalid(u" is a VMDK descriptor without its extents. Upload a single-file (monolithicSparse or "
                       "streamOptimized) VMDK."_s);
    if (!header.startsWith(kVmdkMagic))
        return invalid(u" does not start with the VMDK sparse-extent signature (KDMV)."_s);
    if (header.size() < kSectorSize)
        return truncated(u"its header needs 512 bytes but the file has %1."_s.arg(bytes(fileSize)));

    const quint32 version = le32(header, 4);
    if (version < 1 || version > 3)
        return invalid(u" has version %1; only versions 1 to 3 are supported."_s.arg(version));
    const quint32 flags = le32(header, 8);
    const quint64 capacity = le64(header, 12);
    if (capacity == 0)
        return invalid(u" has a capacity of 0 sectors."_s);
    if (capacity > quint64(std::numeric_limits<qint64>::max() / kSectorSize))
        return invalid(u" has a capacity of %1 sectors, out of range."_s.arg(capacity));
    const quint64 grainSize = le64(header, 20);
    if (grainSize == 0 || (grainSize & (grainSize - 1)) != 0 || grainSize > 0x200000)
        return invalid(u" has a grain size of %1 sectors; it must be a power of two up to 1 GiB."_s.arg(grainSize));
    const quint32 entriesPerGrainTable = le32(header, 44);
    if (entriesPerGrainTable == 0 || entriesPerGrainTable > 512)
        return invalid(u" has grain tables of %1 entries; 1 to 512 are valid."_s.arg(entriesPerGrainTable));
    const quint64 descriptorOffset = le64(header, 28);
    const quint64 descriptorSectors = le64(header, 36);

    // A streamOptimized writer does not know the grain directory's place until
    // the end: the header says GD_AT_END and the footer carries the real one.
    const bool gdAtEnd = le64(header, 56) == kVmdkGdAtEnd;
    QByteArray metadata = header;
    if (gdAtEnd) {
        const QByteArray tail = fileSize >= 4 * kSectorSize ? image.read(fileSize - 3 * kSectorSize, 3 * kSectorSize)
                                                            : QByteArray();
        const bool complete = tail.size() == 3 * kSectorSize && le64(tail, 0) == 1 && le32(tail, 8) == 0
                              && le32(tail, 12) == kVmdkMarkerFooter && tail.mid(kSectorSize).startsWith(kVmdkMagic)
                              && tail.mid(2 * kSectorSize, 16) == QByteArray(16, '\0');
        if (!complete)
            return truncated(u"it lacks the footer and end-of-stream marker a streamOptimized VMDK ends with."_s);
        metadata = tail.mid(kSectorSize, kSectorSize);
        if (le64(metadata, 56) == kVmdkGdAtEnd)
            return invalid(u"'s footer does not say where its grain directory is."_s);
    }

    const quint64 sectorsPerGrainTable = grainSize * entriesPerGrainTable;
    const quint64 directoryBytes = (capacity + sectorsPerGrainTable - 1) / sectorsPerGrainTable * 4;
    const auto checkDirectory = [&](quint64 sector, const QString &name) -> std::optional<ImageInspection> {
        if (sector == 0)
            return invalid(u" has no %1."_s.arg(name));
        const std::optional<qint64> end = sector > quint64(std::numeric_limits<qint64>::max()) / kSectorSize
                                              ? std::nullopt
                                              : endOf(sector * kSectorSize, directoryBytes);
        if (!fitsIn(end, fileSize))
            return truncated(u"its %1 ends at byte %2 but the file has %3."_s.arg(name, endText(end), bytes(fileSize)));
        return std::nullopt;
    };
    if (auto problem = checkDirectory(le64(metadata, 56), u"grain directory"_s))
        return *problem;
    if ((le32(metadata, 8) & kVmdkFlagRedundantGd) != 0) {
        if (auto problem = checkDirectory(le64(metadata, 48), u"redundant grain directory"_s))
            return *problem;
    }
    if (!gdAtEnd) {
        // A monolithicSparse file allocates all its metadata (the overhead) up front.
        const quint64 overhead = le64(header, 64);
        const std::optional<qint64> end = overhead > quint64(std::numeric_limits<qint64>::max()) / kSectorSize
                                              ? std::nullopt
                                              : endOf(0, overhead * kSectorSize);
        if (!fitsIn(end, fileSize))
            return truncated(u"its metadata ends at byte %1 but the file has %2."_s.arg(endText(end), bytes(fileSize)));
    }

    VmdkDescriptor descriptor;
    if (descriptorOffset != 0 && descriptorSectors != 0) {
        const std::optional<qint64> end = descriptorOffset + descriptorSectors
                                                  > quint64(std::numeric_limits<qint64>::max()) / kSectorSize
                                              ? std::nullopt
                                              : endOf(0, (descriptorOffset + descriptorSectors) * kSectorSize);
        if (!fitsIn(end, fileSize))
            return truncated(
                u"its embedded descriptor ends at byte %1 but the file has %2."_s.arg(endText(end), bytes(fileSize)));
        descriptor = parseVmdkDescriptor(
            image.read(qint64(descriptorOffset) * kSectorSize,
                       qMin(qint64(descriptorSectors) * kSectorSize, kMaxVmdkDescriptorBytes)));
    }
    if (!descriptor.parent.isEmpty())
        return invalid(u" is a delta disk of \"%1\"; an appliance must be self-contained. Upload the consolidated "
                       "disk."_s.arg(descriptor.parent));
    if (!descriptor.createType.isEmpty() && descriptor.createType != u"monolithicSparse"
        && descriptor.createType != u"streamOptimized")
        return invalid(u" is one extent of a %1 disk whose other parts are separate files. Upload a single-file "
                       "(monolithicSparse or streamOptimized) VMDK."_s.arg(descriptor.createType));
    QString createType = descriptor.createType;
    if (createType.isEmpty())
        createType = gdAtEnd || (flags & kVmdkFlagCompressed) ? u"streamOptimized"_s : u"monolithicSparse"_s;

    const qint64 virtualSize = qint64(capacity) * kSectorSize;
    return accepted(format,
                    virtualSize,
                    u"VMDK version %1 (%2), %3 virtual disk"_s.arg(version).arg(createType, sizeText(virtualSize)));
}

// --- OVA (DMTF DSP0243: a POSIX ustar archive, the .ovf descriptor first) -------

struct TarMember
{
    QString name;
    qint64 dataOffset = 0;
    qint64 size = 0;
};

QByteArray cString(const QByteArray &field)
{
    const qsizetype nul = field.indexOf('\0');
    return nul < 0 ? field : field.left(nul);
}

// A numeric tar field: octal digits (leading spaces, ending at NUL or space), or
// GNU base-256 (high bit of the first byte set) for sizes past 8 GiB.
std::optional<qint64> tarNumber(const QByteArray &field)
{
    if (!field.isEmpty() && (quint8(field.at(0)) & 0x80) != 0) {
        if (quint8(field.at(0)) != 0x80) // negative, or more than 2^63 anyway
            return std::nullopt;
        quint64 value = 0;
        for (qsizetype i = 1; i < field.size(); ++i) {
            if (value >> 55)
                return std::nullopt;
            value = value << 8 | quint8(field.at(i));
        }
        if (value > quint64(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(value);
    }
    qsizetype i = 0;
    while (i < field.size() && field.at(i) == ' ')
        ++i;
    qint64 value = 0;
    int digits = 0;
    for (; i < field.size() && field.at(i) != '\0' && field.at(i) != ' '; ++i, ++digits) {
        if (field.at(i) < '0' || field.at(i) > '7' || digits >= 20)
            return std::nullopt;
        value = value * 8 + (field.at(i) - '0');
    }
    if (digits == 0)
        return std::nullopt;
    return value;
}

bool tarChecksumMatches(const QByteArray &header)
{
    const std::optional<qint64> stored = tarNumber(header.mid(148, 8));
    if (!stored)
        return false;
    qint64 unsignedSum = 0;
    qint64 signedSum = 0; // some old tars summed signed chars
    for (int i = 0; i < 512; ++i) {
        const bool inChecksum = i >= 148 && i < 156;
        unsignedSum += inChecksum ? ' ' : quint8(header.at(i));
        signedSum += inChecksum ? ' ' : qint8(header.at(i));
    }
    return *stored == unsignedSum || *stored == signedSum;
}

// The "path" and "size" records of a pax extended header ("<length> <key>=<value>\n" each).
bool parsePax(const QByteArray &data, QString &path, std::optional<qint64> &size)
{
    qsizetype at = 0;
    while (at < data.size() && data.at(at) != '\0') {
        const qsizetype space = data.indexOf(' ', at);
        bool ok = false;
        const qsizetype length = space < 0 ? 0 : data.mid(at, space - at).toLongLong(&ok);
        if (!ok || length <= space - at + 1 || at + length > data.size() || data.at(at + length - 1) != '\n')
            return false;
        const QByteArray record = data.mid(space + 1, at + length - space - 2);
        const qsizetype equals = record.indexOf('=');
        if (equals < 0)
            return false;
        const QByteArray key = record.left(equals);
        const QByteArray value = record.mid(equals + 1);
        if (key == "path") {
            path = QString::fromUtf8(value);
        } else if (key == "size") {
            size = value.toLongLong(&ok);
            if (!ok || *size < 0)
                return false;
        }
        at += length;
    }
    return true;
}

QString memberName(QString name)
{
    while (name.startsWith(u"./"))
        name.remove(0, 2);
    return name;
}

// The files the OVF's References section names (<File ovf:href="...">), or an error.
std::optional<QStringList> ovfReferences(const QByteArray &xml, const QString &ovfName, QString &error)
{
    QStringList references;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != u"File")
            continue;
        for (const QXmlStreamAttribute &attribute : reader.attributes()) {
            if (attribute.name() == u"href")
                references.append(attribute.value().toString());
        }
    }
    if (reader.hasError()) {
        QString reason = reader.errorString();
        if (reason.endsWith(u'.'))
            reason.chop(1);
        error = u"The OVF descriptor %1 is not well-formed XML (line %2: %3)."_s.arg(
            ovfName, QString::number(reader.lineNumber()), reason);
        return std::nullopt;
    }
    return references;
}

ImageInspection inspectOva(const ByteRange &image)
{
    const qint64 fileSize = image.size();
    const QString format = u"ova"_s;
    const auto invalid = [&](const QString &message) { return refused(format, kInvalidImage, message); };
    const auto truncated = [&](const QString &what) {
        return refused(format, kTruncated, u"The OVA is truncated: "_s + what);
    };

    QList<TarMember> members; // regular files only
    QString longName;         // from a GNU 'L' entry or a pax "path", for the next member
    std::optional<qint64> paxSize;
    qint64 metadataBytes = 0;
    qint64 offset = 0;
    bool endMarker = false;
    for (int entries = 1; offset < fileSize; ++entries) {
        const QByteArray header = image.read(offset, 512);
        if (header.size() < 512)
            return truncated(u"it ends inside the tar header at byte %1."_s.arg(number(offset)));
        if (header.count('\0') == 512) {
            endMarker = true; // two zero blocks by the book; one is enough to know the archive ended
            break;
        }
        if (entries > kMaxTarEntries)
            return invalid(u"The OVA has more than %1 tar entries."_s.arg(number(kMaxTarEntries)));
        if (!tarChecksumMatches(header))
            return invalid(
                u"The OVA's tar header at byte %1 is damaged (its checksum does not match)."_s.arg(number(offset)));
        std::optional<qint64> size = tarNumber(header.mid(124, 12));
        if (!size)
            return invalid(u"The OVA's tar header at byte %1 has an unreadable size."_s.arg(number(offset)));
        const char type = header.at(156);
        if (type == '1' || type == '2' || type == '3' || type == '4' || type == '5' || type == '6')
            size = 0; // links, devices, directories and FIFOs have no data
        else if (paxSize)
            size = paxSize;

        QString name = QString::fromUtf8(cString(header.left(100)));
        if (header.mid(257, 8)
            == QByteArrayView("ustar\0"
                              "00",
                              8)) { // POSIX: a prefix field (GNU uses it otherwise)
            if (const QByteArray prefix = cString(header.mid(345, 155)); !prefix.isEmpty())
                name = QString::fromUtf8(prefix) + u'/' + name;
        }
        if (!longName.isEmpty())
            name = longName;
        name = memberName(name);

        const qint64 dataOffset = offset + 512;
        const std::optional<qint64> dataEnd = endOf(quint64(dataOffset), quint64(*size));
        if (!fitsIn(dataEnd, fileSize))
            return truncated(
                u"its member %1 ends at byte %2 but the file has %3."_s.arg(name, endText(dataEnd), bytes(fileSize)));

        if (type == 'x' || type == 'L') {
            metadataBytes += *size;
            if (metadataBytes > kMaxTarMetadataBytes)
                return invalid(
                    u"The OVA's tar extended headers are larger than %1."_s.arg(sizeText(kMaxTarMetadataBytes)));
            const QByteArray data = image.read(dataOffset, *size);
            if (type == 'L') {
                longName = QString::fromUtf8(cString(data));
            } else if (!parsePax(data, longName, paxSize)) {
                return invalid(u"The OVA's pax header at byte %1 is malformed."_s.arg(number(offset)));
            }
        } else if (type == 'g' || type == 'K') {
            // global pax records and GNU long link names: nothing the inspection uses
        } else {
            if (type == '0' || type == '\0' || type == '7')
                members.append({name, dataOffset, *size});
            longName.clear();
            paxSize.reset();
        }
        offset = dataOffset + (*size + 511) / 512 * 512;
    }
    if (!endMarker)
        return truncated(
            u"the tar archive stops after %1 members without its end-of-archive marker."_s.arg(number(members.size())));

    QList<TarMember> ovfs;
    QList<TarMember> disks;
    QSet<QString> names;
    for (const TarMember &member : std::as_const(members)) {
        names.insert(member.name);
        if (member.name.endsWith(u".ovf", Qt::CaseInsensitive))
            ovfs.append(member);
        else if (member.name.endsWith(u".vmdk", Qt::CaseInsensitive))
            disks.append(member);
    }
    if (ovfs.isEmpty())
        return invalid(u"The OVA contains no .ovf descriptor, so it is not an OVF package."_s);
    if (ovfs.size() > 1)
        return invalid(u"The OVA contains %1 .ovf descriptors (%2 and %3); an OVF package has exactly one."_s.arg(
            number(ovfs.size()), ovfs.at(0).name, ovfs.at(1).name));
    const TarMember &ovf = ovfs.first();
    // Refused, not tolerated: DSP0243 says the descriptor shall be the first file
    // so that a reader can deploy while it streams the archive, and VMware's import
    // from a URL relies on that. A provider could fail on such an OVA much later;
    // the uploader can fix it now by re-packing.
    if (members.first().name != ovf.name)
        return invalid(u"The OVA's first file is %1, but the OVF descriptor %2 must come first. Re-pack it with the "
                       ".ovf first."_s.arg(members.first().name, ovf.name));

    // Every file the descriptor references must be in the archive. A descriptor
    // over the read limit is not parsed (rather than refusing a valid package).
    if (ovf.size <= kMaxOvfBytes) {
        QString error;
        const std::optional<QStringList> references = ovfReferences(
            image.read(ovf.dataOffset, ovf.size), ovf.name, error);
        if (!references)
            return invalid(error);
        for (const QString &reference : *references) {
            if (reference.contains(u"://"))
                return invalid(u"The OVF descriptor references %1, outside the OVA; an appliance must be "
                               "self-contained."_s.arg(reference));
            if (!names.contains(memberName(reference)))
                return invalid(u"The OVF descriptor references %1, which is not in the OVA."_s.arg(reference));
        }
    }

    std::optional<qint64> virtualSize;
    if (!disks.isEmpty() && disks.size() <= kMaxOvaDisksInspected) {
        virtualSize = 0;
        for (const TarMember &disk : std::as_const(disks)) {
            ImageInspection inspection = inspectVmdk(image.sub(disk.dataOffset, disk.size),
                                                     u"The disk %1 in the OVA"_s.arg(disk.name));
            if (!inspection.ok) {
                inspection.detectedFormat = format;
                return inspection;
            }
            *virtualSize += *inspection.virtualSizeBytes;
        }
    }
    QString details = u"%1 with %2 VMDK disk%3"_s.arg(
        ovf.name, number(disks.size()), disks.size() == 1 ? QString() : u"s"_s);
    if (virtualSize)
        details += u", %1 virtual in total"_s.arg(sizeText(*virtualSize));
    return accepted(format, virtualSize, details);
}

// --- raw ---------------------------------------------------------------------

ImageInspection inspectRaw(qint64 fileSize)
{
    if (fileSize == 0)
        return refused(u"raw"_s, kInvalidImage, u"The file is empty."_s);
    if (fileSize % kSectorSize != 0)
        return refused(
            u"raw"_s,
            kInvalidImage,
            u"The raw image has %1, which is not a whole number of 512-byte sectors."_s.arg(bytes(fileSize)));
    return accepted(u"raw"_s, fileSize, u"raw disk, %1"_s.arg(sizeText(fileSize)));
}

QString describedAs(const QString &format, QByteArrayView head)
{
    if (format == u"qcow2")
        return u"a qcow2 image"_s;
    if (format == u"vmdk")
        return head.startsWith(kVmdkDescriptorStart) ? u"a VMDK descriptor"_s : u"a VMDK image"_s;
    if (format == u"ova")
        return u"a tar archive (OVA)"_s;
    return u"a raw disk image"_s;
}

// The declared format's signature is missing and no other known format matched.
ImageInspection inspectUnrecognised(const QString &declared, const QByteArray &head, qint64 fileSize)
{
    const QString other = otherFormatDescription(head);
    if (!other.isEmpty())
        return refused(
            {}, kInvalidImage, u"The file is %1, not %2. Upload the image itself."_s.arg(other, formatName(declared)));
    if (declared == u"raw")
        return inspectRaw(fileSize);
    const qint64 minimum = declared == u"ova" ? 512 : 4;
    if (fileSize < minimum)
        return refused({},
                       kTruncated,
                       u"The file has %1, too short for a %2 header."_s.arg(
                           bytes(fileSize), declared == u"ova" ? u"tar"_s : formatName(declared)));
    if (declared == u"qcow2")
        return refused({}, kInvalidImage, u"The file does not start with the qcow2 signature (QFI\\xfb)."_s);
    if (declared == u"vmdk")
        return refused({},
                       kInvalidImage,
                       u"The file does not start with the VMDK sparse-extent signature (KDMV) or a descriptor."_s);
    return refused({}, kInvalidImage, u"The file is not a tar archive: it has no ustar header at its start."_s);
}

} // namespace

QString detectImageFormat(QByteArrayView head)
{
    if (head.startsWith(kQcow2Magic))
        return u"qcow2"_s;
    if (head.startsWith(kVmdkMagic) || head.startsWith(kVmdkDescriptorStart))
        return u"vmdk"_s;
    if (head.size() >= 262 && head.sliced(257, 5) == QByteArrayView("ustar"))
        return u"ova"_s;
    if (head.size() >= 512) {
        const bool bootSignature = quint8(head.at(510)) == 0x55 && quint8(head.at(511)) == 0xaa; // MBR, GPT's too
        if (bootSignature || head.first(512).count('\0') == 512)
            return u"raw"_s;
    }
    return {};
}

ImageInspection inspectImage(const QString &path, const QString &declaredFormat)
{
    const QString declared = declaredFormat.toLower();
    if (declared != u"qcow2" && declared != u"raw" && declared != u"vmdk" && declared != u"ova")
        return refused({},
                       kInvalidImage,
                       u"The declared format \"%1\" is not one of qcow2, raw, vmdk or ova."_s.arg(declaredFormat));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused({}, kInvalidImage, u"The file cannot be read: %1."_s.arg(file.errorString()));
    const ByteRange image(file, 0, file.size());
    const QByteArray head = image.read(0, kSectorSize);
    const QString detected = detectImageFormat(head);

    if (detected.isEmpty())
        return inspectUnrecognised(declared, head, image.size());
    if (detected != declared)
        return refused(detected,
                       kFormatMismatch,
                       u"The file is %1, not %2."_s.arg(describedAs(detected, head), formatName(declared)));
    if (detected == u"qcow2")
        return inspectQcow2(image);
    if (detected == u"vmdk" && head.startsWith(kVmdkDescriptorStart))
        return refused(detected,
                       kInvalidImage,
                       u"The file is a VMDK descriptor without its extents. Upload a single-file "
                       "(monolithicSparse or streamOptimized) VMDK."_s);
    if (detected == u"vmdk")
        return inspectVmdk(image, u"The VMDK image"_s);
    if (detected == u"ova")
        return inspectOva(image);
    return inspectRaw(image.size());
}

} // namespace sc::broker
