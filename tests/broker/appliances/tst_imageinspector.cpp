// Format detection and validation of uploaded VM images. Every image is built
// byte by byte here (qcow2 and VMDK headers, tar headers), so each test states
// exactly which field is wrong; qemu-img images are a cross-check when present.
#include "core/appliances/ImageInspector.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace sc::broker;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kGiB = 1024 * kMiB;
constexpr qint64 kSector = 512;
constexpr quint64 kGdAtEnd = ~quint64(0);

void putBe32(QByteArray &data, int at, quint32 value)
{
    qToBigEndian(value, data.data() + at);
}
void putBe64(QByteArray &data, int at, quint64 value)
{
    qToBigEndian(value, data.data() + at);
}
void putLe16(QByteArray &data, int at, quint16 value)
{
    qToLittleEndian(value, data.data() + at);
}
void putLe32(QByteArray &data, int at, quint32 value)
{
    qToLittleEndian(value, data.data() + at);
}
void putLe64(QByteArray &data, int at, quint64 value)
{
    qToLittleEndian(value, data.data() + at);
}
void put(QByteArray &data, int at, QByteArrayView bytes)
{
    data.replace(at, bytes.size(), bytes.toByteArray());
}

// --- qcow2: 64 KiB clusters; cluster 0 the header, 1 the refcount table, 2 a
// refcount block, 3 the L1 table (only its entries are written, as qemu does).
constexpr int kClusterBits = 16;
constexpr qint64 kCluster = qint64(1) << kClusterBits;
constexpr qint64 kL1Offset = 3 * kCluster;

struct Qcow2Spec
{
    quint32 version = 3;
    quint64 virtualSize = 20 * kGiB;
    QByteArray backingFile = {};
    quint32 cryptMethod = 0;
    quint64 incompatibleFeatures = 0;
};

quint32 l1Entries(quint64 virtualSize)
{
    const quint64 perEntry = quint64(kCluster) * (kCluster / 8);
    return quint32((virtualSize + perEntry - 1) / perEntry);
}

QByteArray qcow2Image(const Qcow2Spec &spec)
{
    const quint32 l1Size = l1Entries(spec.virtualSize);
    QByteArray image(kL1Offset + l1Size * 8, '\0');
    put(image, 0, QByteArrayView("QFI\xfb", 4));
    putBe32(image, 4, spec.version);
    if (!spec.backingFile.isEmpty()) {
        putBe64(image, 8, 512);
        putBe32(image, 16, quint32(spec.backingFile.size()));
        put(image, 512, spec.backingFile);
    }
    putBe32(image, 20, kClusterBits);
    putBe64(image, 24, spec.virtualSize);
    putBe32(image, 32, spec.cryptMethod);
    putBe32(image, 36, l1Size);
    putBe64(image, 40, kL1Offset);
    putBe64(image, 48, kCluster); // refcount table
    putBe32(image, 56, 1);
    if (spec.version >= 3) {
        putBe64(image, 72, spec.incompatibleFeatures);
        putBe32(image, 96, 4); // 16-bit refcounts
        putBe32(image, 100, 104);
    }
    putBe64(image, int(kCluster), 2 * kCluster); // refcount table -> block in cluster 2
    for (int cluster = 0; cluster < 4; ++cluster)
        qToBigEndian(quint16(1), image.data() + 2 * kCluster + 2 * cluster);
    return image;
}

// --- VMDK: header in sector 0, embedded descriptor in sectors 1-20.
constexpr quint64 kGrain = 128; // sectors, 64 KiB

QByteArray vmdkDescriptor(const QByteArray &createType, const QByteArray &extraLines = {})
{
    return "# Disk DescriptorFile\nversion=1\nCID=4f1c2a3b\nparentCID=ffffffff\ncreateType=\"" + createType + "\"\n"
           + extraLines + "\n# Extent description\nRW 2097152 SPARSE \"disk.vmdk\"\n";
}

struct VmdkSpec
{
    quint32 version = 1;
    quint64 capacity = 20 * kGiB / kSector;
    quint64 grain = kGrain;
    QByteArray descriptor = vmdkDescriptor("monolithicSparse");
};

quint64 directorySectors(quint64 capacity)
{
    const quint64 entries = (capacity + kGrain * 512 - 1) / (kGrain * 512);
    return (entries * 4 + kSector - 1) / kSector;
}

QByteArray vmdkHeader(const VmdkSpec &spec, quint32 flags, quint64 rgd, quint64 gd, quint64 overhead,
                      quint16 compression)
{
    QByteArray header(kSector, '\0');
    put(header, 0, "KDMV");
    putLe32(header, 4, spec.version);
    putLe32(header, 8, flags);
    putLe64(header, 12, spec.capacity);
    putLe64(header, 20, spec.grain);
    putLe64(header, 28, 1);  // descriptor offset
    putLe64(header, 36, 20); // descriptor sectors
    putLe32(header, 44, 512);
    putLe64(header, 48, rgd);
    putLe64(header, 56, gd);
    putLe64(header, 64, overhead);
    put(header, 73, "\n \r\n");
    putLe16(header, 77, compression);
    return header;
}

QByteArray withDescriptor(QByteArray header, const QByteArray &descriptor)
{
    QByteArray area = descriptor;
    area.resize(20 * kSector, '\0');
    return header + area;
}

// Header, descriptor, redundant grain directory, grain directory; the file
// padded to its overhead of 128 sectors (the grain tables would lie there).
QByteArray monolithicSparse(const VmdkSpec &spec = {})
{
    const quint64 rgd = 21;
    const quint64 gd = rgd + directorySectors(spec.capacity);
    const quint64 overhead = (gd + directorySectors(spec.capacity) + kGrain - 1) / kGrain * kGrain;
    QByteArray image = withDescriptor(vmdkHeader(spec, 0x3, rgd, gd, overhead, 0), spec.descriptor);
    image.resize(qint64(overhead) * kSector, '\0');
    return image;
}

QByteArray marker(quint64 value, quint32 type)
{
    QByteArray sector(kSector, '\0');
    putLe64(sector, 0, value);
    putLe32(sector, 12, type);
    return sector;
}

// Header (GD_AT_END), descriptor, one grain of "compressed" data, the grain
// directory after its marker, footer marker, footer, end-of-stream marker.
QByteArray streamOptimized(VmdkSpec spec = {})
{
    if (spec.descriptor == vmdkDescriptor("monolithicSparse"))
        spec.descriptor = vmdkDescriptor("streamOptimized");
    spec.version = 3;
    const quint32 flags = 0x30001;
    QByteArray image = withDescriptor(vmdkHeader(spec, flags, 0, kGdAtEnd, 128, 1), spec.descriptor);
    QByteArray grain(kSector, 'g');
    putLe64(grain, 0, 0);  // LBA 0
    putLe32(grain, 8, 64); // compressed size
    image += grain;
    const quint64 gdSectors = directorySectors(spec.capacity);
    image += marker(gdSectors, 2);
    const quint64 gd = quint64(image.size() / kSector);
    image += QByteArray(qint64(gdSectors) * kSector, '\0');
    image += marker(1, 3);
    image += vmdkHeader(spec, flags, 0, gd, 128, 1);
    image += marker(0, 0);
    return image;
}

// --- tar (POSIX ustar headers, as an OVA uses them)
struct TarEntry
{
    QByteArray name;
    QByteArray data;
    char type = '0';
    qint64 sizeField = -1;    // -1: the data's size
    bool base256Size = false; // GNU's encoding for sizes past 8 GiB
};

QByteArray tarHeader(const TarEntry &entry)
{
    QByteArray header(512, '\0');
    put(header, 0, entry.name.left(100));
    put(header, 100, QByteArrayView("0000644\0", 8));
    put(header, 108, QByteArrayView("0001750\0", 8));
    put(header, 116, QByteArrayView("0001750\0", 8));
    const qint64 size = entry.sizeField >= 0 ? entry.sizeField : entry.data.size();
    if (entry.base256Size) {
        header[124] = char(0x80);
        qToBigEndian(quint64(size), header.data() + 128);
    } else {
        put(header, 124, QByteArray(QByteArray::number(size, 8).rightJustified(11, '0') + '\0'));
    }
    put(header, 136, QByteArray(QByteArray::number(1700000000, 8).rightJustified(11, '0') + '\0'));
    header[156] = entry.type;
    put(header,
        257,
        QByteArrayView("ustar\0"
                       "00",
                       8));
    put(header, 148, "        ");
    int sum = 0;
    for (const char byte : std::as_const(header))
        sum += quint8(byte);
    put(header, 148, QByteArray(QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArrayView("\0 ", 2)));
    return header;
}

QByteArray tarArchive(const QList<TarEntry> &entries, bool endMarker = true)
{
    QByteArray archive;
    for (const TarEntry &entry : entries) {
        archive += tarHeader(entry) + entry.data;
        archive += QByteArray((512 - entry.data.size() % 512) % 512, '\0');
    }
    if (endMarker)
        archive += QByteArray(1024, '\0');
    return archive;
}

QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    const QByteArray body = ' ' + key + '=' + value + '\n';
    qsizetype length = body.size() + 1;
    while (QByteArray::number(length).size() + body.size() != length)
        ++length;
    return QByteArray::number(length) + body;
}

QByteArray ovfDescriptor(const QList<QByteArray> &files)
{
    QByteArray references;
    for (int i = 0; i < files.size(); ++i)
        references += "    <File ovf:href=\"" + files.at(i) + "\" ovf:id=\"file" + QByteArray::number(i + 1) + "\"/>\n";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
           "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
           "  <References>\n"
           + references
           + "  </References>\n"
             "  <DiskSection><Info>Virtual disks</Info></DiskSection>\n"
             "  <VirtualSystem ovf:id=\"appliance\"><Info>An appliance</Info></VirtualSystem>\n"
             "</Envelope>\n";
}

QByteArray ova1GiB()
{
    return tarArchive({{"appliance.ovf", ovfDescriptor({"disk1.vmdk"})},
                       {"disk1.vmdk", streamOptimized({.capacity = kGiB / kSector})}});
}

QByteArray rawDisk(qint64 size = kMiB)
{
    QByteArray disk(size, '\0');
    disk[510] = char(0x55);
    disk[511] = char(0xaa);
    disk[446] = char(0x80); // a bootable partition entry
    return disk;
}

QByteArray notAnImage()
{
    return QByteArray("Just some text that is not a disk image. ").repeated(100).left(4096);
}

QByteArray cut(const QByteArray &data, qint64 size)
{
    return data.left(size);
}

} // namespace

class tst_ImageInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsTheFormatFromTheFirstBytes_data();
    void detectsTheFormatFromTheFirstBytes();
    void acceptsValidImages_data();
    void acceptsValidImages();
    void refusesBrokenImages_data();
    void refusesBrokenImages();
    void refusesMislabelledImages_data();
    void refusesMislabelledImages();
    void refusesAnUnknownDeclaredFormatOrAMissingFile();
    void crossChecksQemuImgImages();

private:
    QString write(const QByteArray &data);

    QTemporaryDir m_dir;
    int m_files = 0;
};

QString tst_ImageInspector::write(const QByteArray &data)
{
    const QString path = m_dir.filePath(u"image-%1"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_ImageInspector::detectsTheFormatFromTheFirstBytes_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("format");

    QTest::newRow("qcow2") << qcow2Image({}).left(512) << u"qcow2"_s;
    QTest::newRow("qcow2 magic only") << QByteArray("QFI\xfb", 4) << u"qcow2"_s;
    QTest::newRow("vmdk sparse extent") << monolithicSparse().left(512) << u"vmdk"_s;
    QTest::newRow("vmdk descriptor") << vmdkDescriptor("monolithicFlat") << u"vmdk"_s;
    QTest::newRow("tar") << ova1GiB().left(512) << u"ova"_s;
    QTest::newRow("mbr") << rawDisk().left(512) << u"raw"_s;
    QTest::newRow("zero sector") << QByteArray(512, '\0') << u"raw"_s;
    QTest::newRow("zero but short") << QByteArray(100, '\0') << QString();
    QTest::newRow("text") << notAnImage() << QString();
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00", 4) + QByteArray(508, '\0') << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void tst_ImageInspector::detectsTheFormatFromTheFirstBytes()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, format);
    QCOMPARE(detectImageFormat(head), format);
}

void tst_ImageInspector::acceptsValidImages_data()
{
    QTest::addColumn<QByteArray>("image");
    QTest::addColumn<QString>("format");
    QTest::addColumn<qint64>("virtualSize");
    QTest::addColumn<QString>("details");

    QTest::newRow("qcow2 v2") << qcow2Image({.version = 2}) << u"qcow2"_s << 20 * kGiB
                              << u"qcow2 version 2, 20 GiB virtual disk"_s;
    QTest::newRow("qcow2 v3") << qcow2Image({}) << u"qcow2"_s << 20 * kGiB << u"qcow2 version 3, 20 GiB virtual disk"_s;
    QTest::newRow("qcow2 v3 dirty, odd size") << qcow2Image({.virtualSize = 1536 * kMiB, .incompatibleFeatures = 1})
                                              << u"qcow2"_s << 1536 * kMiB << u"1.5 GiB virtual disk"_s;
    QTest::newRow("vmdk monolithicSparse")
        << monolithicSparse() << u"vmdk"_s << 20 * kGiB << u"VMDK version 1 (monolithicSparse), 20 GiB virtual disk"_s;
    QTest::newRow("vmdk streamOptimized")
        << streamOptimized() << u"vmdk"_s << 20 * kGiB << u"VMDK version 3 (streamOptimized), 20 GiB virtual disk"_s;
    QTest::newRow("vmdk without a descriptor") << monolithicSparse({.capacity = 2 * kGiB / kSector, .descriptor = {}})
                                               << u"vmdk"_s << 2 * kGiB << u"(monolithicSparse), 2 GiB"_s;
    QTest::newRow("ova") << ova1GiB() << u"ova"_s << kGiB
                         << u"appliance.ovf with 1 VMDK disk, 1 GiB virtual in total"_s;

    // A GNU long name, a pax path and a pax size that overrides a zero ustar
    // size: the walk must honour all three to find the next header.
    const QByteArray longName =
        QByteArray("a-disk-name-longer-than-the-hundred-bytes-a-ustar-name-field-holds-").repeated(2) + "disk1.vmdk";
    const QByteArray disk2 = streamOptimized({.capacity = 3 * kGiB / kSector});
    QTest::newRow("ova with pax and GNU long names")
        << tarArchive({{"./appliance.ovf", ovfDescriptor({longName, "disk2.vmdk"})},
                       {"././@LongLink", longName + '\0', 'L'},
                       {longName.left(100), streamOptimized({.capacity = kGiB / kSector})},
                       {"PaxHeaders/disk2.vmdk",
                        paxRecord("path", "disk2.vmdk") + paxRecord("size", QByteArray::number(disk2.size())),
                        'x'},
                       {"disk2-truncated-name", disk2, '0', 0}})
        << u"ova"_s << 4 * kGiB << u"appliance.ovf with 2 VMDK disks, 4 GiB virtual in total"_s;
    QTest::newRow("ova with a base-256 size")
        << tarArchive({{"appliance.ovf", ovfDescriptor({"disk1.vmdk"})},
                       {"disk1.vmdk", streamOptimized({.capacity = kGiB / kSector}), '0', -1, true}})
        << u"ova"_s << kGiB << u"appliance.ovf with 1 VMDK disk"_s;
    {
        QList<TarEntry> entries{{"appliance.ovf", ovfDescriptor({})}};
        for (int i = 1; i < 10'000; ++i)
            entries.append({"notes/" + QByteArray::number(i) + ".txt", {}});
        QTest::newRow("ova with 10,000 entries")
            << tarArchive(entries) << u"ova"_s << qint64(-1) << u"appliance.ovf with 0 VMDK disks"_s;
    }
    QTest::newRow("ova without disks") << tarArchive({{"appliance.ovf", ovfDescriptor({})}}) << u"ova"_s << qint64(-1)
                                       << u"appliance.ovf with 0 VMDK disks"_s;
    QTest::newRow("raw mbr") << rawDisk() << u"raw"_s << kMiB << u"raw disk, 1 MiB"_s;
    QTest::newRow("raw zeros") << QByteArray(3 * 512, '\0') << u"raw"_s << qint64(1536) << u"1.5 KiB"_s;
    QTest::newRow("raw text sectors") << notAnImage() << u"raw"_s << qint64(4096) << u"4 KiB"_s;
}

void tst_ImageInspector::acceptsValidImages()
{
    QFETCH(QByteArray, image);
    QFETCH(QString, format);
    QFETCH(qint64, virtualSize);
    QFETCH(QString, details);

    const ImageInspection inspection = inspectImage(write(image), format);
    QVERIFY2(inspection.ok, qPrintable(inspection.message));
    QCOMPARE(inspection.detectedFormat, format);
    QCOMPARE(inspection.virtualSizeBytes, virtualSize < 0 ? std::nullopt : std::optional<qint64>(virtualSize));
    QVERIFY2(inspection.details.contains(details), qPrintable(inspection.details));
    QVERIFY(inspection.reason.isEmpty());
    QVERIFY(inspection.message.isEmpty());
}

void tst_ImageInspector::refusesBrokenImages_data()
{
    QTest::addColumn<QByteArray>("image");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("detected");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("mentions");

    const QString qcow2 = u"qcow2"_s;
    const QString vmdk = u"vmdk"_s;
    const QString ova = u"ova"_s;
    const QString raw = u"raw"_s;
    const QString truncated = u"truncated"_s;
    const QString invalid = u"invalid_image"_s;
    const qint64 l1End = kL1Offset + 40 * 8; // 196,928

    // qcow2
    QTest::newRow("qcow2 cut after the header")
        << cut(qcow2Image({}), kCluster) << qcow2 << qcow2 << truncated
        << QStringList{
               u"The qcow2 image is truncated: its L1 table ends at byte 196,928 but the file has 65,536 bytes."_s};
    QTest::newRow("qcow2 cut inside the L1 table")
        << cut(qcow2Image({}), l1End - 8) << qcow2 << qcow2 << truncated << QStringList{u"L1 table"_s, u"196,920"_s};
    QTest::newRow("qcow2 cut inside the header") << cut(qcow2Image({}), 50) << qcow2 << qcow2 << truncated
                                                 << QStringList{u"header needs 72 bytes"_s, u"50 bytes"_s};
    QTest::newRow("qcow2 v3 cut inside the header")
        << cut(qcow2Image({}), 90) << qcow2 << qcow2 << truncated << QStringList{u"104"_s, u"90 bytes"_s};
    {
        QByteArray image = qcow2Image({});
        putBe64(image, 48, 100 * kCluster);
        QTest::newRow("qcow2 refcount table outside")
            << image << qcow2 << qcow2 << truncated << QStringList{u"refcount table ends at byte 6,619,136"_s};
    }
    QTest::newRow("qcow2 backing file") << qcow2Image({.backingFile = "base.qcow2"}) << qcow2 << qcow2 << invalid
                                        << QStringList{u"backing file"_s, u"\"base.qcow2\""_s, u"self-contained"_s};
    QTest::newRow("qcow2 v2 backing file") << qcow2Image({.version = 2, .backingFile = "/images/base.img"}) << qcow2
                                           << qcow2 << invalid << QStringList{u"/images/base.img"_s};
    QTest::newRow("qcow2 encrypted") << qcow2Image({.cryptMethod = 1}) << qcow2 << qcow2 << invalid
                                     << QStringList{u"encrypted"_s};
    QTest::newRow("qcow2 luks") << qcow2Image({.cryptMethod = 2}) << qcow2 << qcow2 << invalid
                                << QStringList{u"encrypted"_s};
    QTest::newRow("qcow2 version 1") << qcow2Image({.version = 1}) << qcow2 << qcow2 << invalid
                                     << QStringList{u"version 1"_s};
    QTest::newRow("qcow2 version 4") << qcow2Image({.version = 4}) << qcow2 << qcow2 << invalid
                                     << QStringList{u"version 4"_s};
    QTest::newRow("qcow2 zero virtual size")
        << qcow2Image({.virtualSize = 0}) << qcow2 << qcow2 << invalid << QStringList{u"virtual size of 0"_s};
    QTest::newRow("qcow2 corrupt") << qcow2Image({.incompatibleFeatures = 2}) << qcow2 << qcow2 << invalid
                                   << QStringList{u"marked corrupt"_s};
    QTest::newRow("qcow2 external data file")
        << qcow2Image({.incompatibleFeatures = 4}) << qcow2 << qcow2 << invalid << QStringList{u"external file"_s};
    QTest::newRow("qcow2 unknown feature")
        << qcow2Image({.incompatibleFeatures = 0x100}) << qcow2 << qcow2 << invalid << QStringList{u"0x100"_s};
    {
        QByteArray image = qcow2Image({});
        putBe32(image, 20, 22);
        QTest::newRow("qcow2 cluster bits 22") << image << qcow2 << qcow2 << invalid << QStringList{u"2^22"_s};
        putBe32(image, 20, 8);
        QTest::newRow("qcow2 cluster bits 8") << image << qcow2 << qcow2 << invalid << QStringList{u"2^8"_s};
    }
    {
        QByteArray image = qcow2Image({});
        putBe32(image, 100, 72);
        QTest::newRow("qcow2 v3 header length 72")
            << image << qcow2 << qcow2 << invalid << QStringList{u"header length of 72"_s};
    }
    {
        QByteArray image = qcow2Image({});
        putBe32(image, 36, 39);
        QTest::newRow("qcow2 L1 table too small")
            << image << qcow2 << qcow2 << invalid << QStringList{u"39 entries"_s, u"needs 40"_s};
    }

    // VMDK
    const QByteArray stream = streamOptimized();
    QTest::newRow("vmdk stream cut in the middle")
        << cut(stream, stream.size() / 2 / kSector * kSector) << vmdk << vmdk << truncated
        << QStringList{u"The VMDK image is truncated"_s, u"footer"_s};
    QTest::newRow("vmdk stream without its end-of-stream marker")
        << cut(stream, stream.size() - kSector) << vmdk << vmdk << truncated << QStringList{u"end-of-stream"_s};
    {
        QByteArray image = stream;
        putLe64(image, image.size() - 2 * kSector + 56, 100000);
        QTest::newRow("vmdk stream footer pointing past the end")
            << image << vmdk << vmdk << truncated << QStringList{u"grain directory ends at byte 51,202,560"_s};
    }
    QTest::newRow("vmdk sparse cut") << cut(monolithicSparse(), 8192) << vmdk << vmdk << truncated
                                     << QStringList{u"ends at byte 15,872"_s, u"8,192 bytes"_s};
    QTest::newRow("vmdk sparse cut before its overhead")
        << cut(monolithicSparse(), 40 * kSector) << vmdk << vmdk << truncated
        << QStringList{u"metadata ends at byte 65,536"_s, u"20,480 bytes"_s};
    QTest::newRow("vmdk header cut") << cut(monolithicSparse(), 100) << vmdk << vmdk << truncated
                                     << QStringList{u"header needs 512 bytes"_s, u"100 bytes"_s};
    QTest::newRow("vmdk descriptor file") << vmdkDescriptor("monolithicFlat") << vmdk << vmdk << invalid
                                          << QStringList{u"The file is a VMDK descriptor without its extents."_s,
                                                         u"monolithicSparse or streamOptimized"_s};
    QTest::newRow("vmdk version 4") << monolithicSparse({.version = 4}) << vmdk << vmdk << invalid
                                    << QStringList{u"version 4"_s};
    QTest::newRow("vmdk zero capacity") << monolithicSparse({.capacity = 0}) << vmdk << vmdk << invalid
                                        << QStringList{u"capacity of 0"_s};
    QTest::newRow("vmdk grain 100") << monolithicSparse({.grain = 100}) << vmdk << vmdk << invalid
                                    << QStringList{u"grain size of 100"_s, u"power of two"_s};
    QTest::newRow("vmdk delta disk") << monolithicSparse(
        {.descriptor = vmdkDescriptor("monolithicSparse", "parentFileNameHint=\"base.vmdk\"")})
                                     << vmdk << vmdk << invalid << QStringList{u"delta disk"_s, u"base.vmdk"_s};
    QTest::newRow("vmdk split extent") << monolithicSparse({.descriptor = vmdkDescriptor("twoGbMaxExtentSparse")})
                                       << vmdk << vmdk << invalid << QStringList{u"twoGbMaxExtentSparse"_s};

    // OVA
    const QByteArray goodOva = ova1GiB();
    QTest::newRow("ova cut inside the disk")
        << cut(goodOva, 4096) << ova << ova << truncated
        << QStringList{u"The OVA is truncated"_s, u"disk1.vmdk"_s, u"4,096 bytes"_s};
    QTest::newRow("ova cut inside a header")
        << cut(goodOva, 1024 + 100) << ova << ova << truncated << QStringList{u"inside the tar header at byte 1,024"_s};
    QTest::newRow("ova without end-of-archive")
        << cut(goodOva, goodOva.size() - 1024) << ova << ova << truncated << QStringList{u"end-of-archive"_s};
    QTest::newRow("ova with a truncated disk")
        << tarArchive({{"appliance.ovf", ovfDescriptor({"disk1.vmdk"})}, {"disk1.vmdk", cut(stream, 8192)}}) << ova
        << ova << truncated << QStringList{u"The disk disk1.vmdk in the OVA is truncated"_s, u"footer"_s};
    QTest::newRow("tar without ovf") << tarArchive({{"disk1.vmdk", stream}, {"README", "hello"}}) << ova << ova
                                     << invalid << QStringList{u"no .ovf descriptor"_s};
    QTest::newRow("ova with the ovf last")
        << tarArchive({{"disk1.vmdk", stream}, {"appliance.ovf", ovfDescriptor({"disk1.vmdk"})}}) << ova << ova
        << invalid << QStringList{u"first file is disk1.vmdk"_s, u"appliance.ovf must come first"_s};
    QTest::newRow("ova with two ovfs") << tarArchive({{"a.ovf", ovfDescriptor({})}, {"b.ovf", ovfDescriptor({})}})
                                       << ova << ova << invalid << QStringList{u"a.ovf and b.ovf"_s};
    QTest::newRow("ova missing a referenced disk")
        << tarArchive({{"appliance.ovf", ovfDescriptor({"disk1.vmdk", "disk2.vmdk"})}, {"disk1.vmdk", stream}}) << ova
        << ova << invalid << QStringList{u"references disk2.vmdk, which is not in the OVA"_s};
    QTest::newRow("ova referencing a url")
        << tarArchive({{"appliance.ovf", ovfDescriptor({"https://example.com/disk1.vmdk"})}}) << ova << ova << invalid
        << QStringList{u"https://example.com/disk1.vmdk"_s, u"self-contained"_s};
    QTest::newRow("ova with broken xml") << tarArchive({{"appliance.ovf", "<Envelope><References>"}}) << ova << ova
                                         << invalid << QStringList{u"appliance.ovf is not well-formed XML"_s};
    {
        QByteArray image = goodOva;
        image[1024 + 10] = 'X'; // the disk's name, under an unchanged checksum
        QTest::newRow("ova with a damaged header")
            << image << ova << ova << invalid << QStringList{u"byte 1,024"_s, u"checksum"_s};
    }
    {
        QList<TarEntry> entries{{"appliance.ovf", ovfDescriptor({})}};
        for (int i = 0; i < 10'000; ++i)
            entries.append({"notes/" + QByteArray::number(i) + ".txt", {}});
        QTest::newRow("ova with too many entries")
            << tarArchive(entries) << ova << ova << invalid << QStringList{u"more than 10,000 tar entries"_s};
    }
    QTest::newRow("ova shorter than a header")
        << cut(goodOva, 300) << ova << ova << truncated << QStringList{u"inside the tar header at byte 0"_s};
    QTest::newRow("ova of 100 bytes") << cut(goodOva, 100) << ova << QString() << truncated
                                      << QStringList{u"100 bytes"_s, u"too short for a tar header"_s};

    // raw
    QTest::newRow("raw of odd size") << notAnImage().left(1000) << raw << raw << invalid
                                     << QStringList{u"1,000 bytes"_s, u"512-byte sectors"_s};
    QTest::newRow("raw cut mid-sector") << cut(rawDisk(), kMiB - 1) << raw << raw << invalid
                                        << QStringList{u"1,048,575 bytes"_s};
    QTest::newRow("raw empty") << QByteArray() << raw << raw << invalid << QStringList{u"empty"_s};
    QTest::newRow("raw gzip") << QByteArray("\x1f\x8b\x08\x00", 4) + QByteArray(1020, '\0') << raw << QString()
                              << invalid << QStringList{u"gzip-compressed"_s, u"not raw"_s};
    QTest::newRow("qcow2 xz") << QByteArray("\xfd\x37\x7a\x58\x5a\x00", 6) + QByteArray(1018, 'x') << qcow2 << QString()
                              << invalid << QStringList{u"xz-compressed"_s, u"not qcow2"_s};

    // no signature at all
    QTest::newRow("text declared qcow2") << notAnImage() << qcow2 << QString() << invalid
                                         << QStringList{u"does not start with the qcow2 signature"_s};
    QTest::newRow("text declared vmdk") << notAnImage() << vmdk << QString() << invalid << QStringList{u"KDMV"_s};
    QTest::newRow("text declared ova") << notAnImage() << ova << QString() << invalid
                                       << QStringList{u"not a tar archive"_s};
    QTest::newRow("empty declared qcow2")
        << QByteArray() << qcow2 << QString() << truncated << QStringList{u"0 bytes"_s};
    QTest::newRow("two bytes declared vmdk")
        << QByteArray("KD") << vmdk << QString() << truncated << QStringList{u"2 bytes"_s, u"VMDK header"_s};
}

void tst_ImageInspector::refusesBrokenImages()
{
    QFETCH(QByteArray, image);
    QFETCH(QString, declared);
    QFETCH(QString, detected);
    QFETCH(QString, reason);
    QFETCH(QStringList, mentions);

    const ImageInspection inspection = inspectImage(write(image), declared);
    QVERIFY2(!inspection.ok, qPrintable(inspection.details));
    QCOMPARE(inspection.reason, reason);
    QCOMPARE(inspection.detectedFormat, detected);
    QVERIFY(inspection.details.isEmpty());
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(inspection.message.contains(mention), qPrintable(inspection.message));
}

void tst_ImageInspector::refusesMislabelledImages_data()
{
    QTest::addColumn<QByteArray>("image");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("detected");
    QTest::addColumn<QString>("message");

    struct Kind
    {
        const char *name;
        QByteArray image;
        QString format;
        QString described;
    };
    const QList<Kind> kinds = {
        {"qcow2", qcow2Image({}), u"qcow2"_s, u"a qcow2 image"_s},
        {"vmdk", monolithicSparse(), u"vmdk"_s, u"a VMDK image"_s},
        {"vmdk stream", streamOptimized(), u"vmdk"_s, u"a VMDK image"_s},
        {"vmdk descriptor", vmdkDescriptor("monolithicSparse"), u"vmdk"_s, u"a VMDK descriptor"_s},
        {"ova", ova1GiB(), u"ova"_s, u"a tar archive (OVA)"_s},
        {"raw", rawDisk(), u"raw"_s, u"a raw disk image"_s},
        // Truncated files are still recognisably what they are.
        {"truncated qcow2", cut(qcow2Image({}), 4096), u"qcow2"_s, u"a qcow2 image"_s},
    };
    const QList<std::pair<QString, QString>> declarations = {
        {u"qcow2"_s, u"qcow2"_s}, {u"raw"_s, u"raw"_s}, {u"vmdk"_s, u"VMDK"_s}, {u"ova"_s, u"OVA"_s}};
    for (const Kind &kind : kinds) {
        for (const auto &[declared, declaredName] : declarations) {
            if (declared == kind.format)
                continue;
            QTest::addRow("%s declared %s", kind.name, qPrintable(declared))
                << kind.image << declared << kind.format
                << u"The file is %1, not %2."_s.arg(kind.described, declaredName);
        }
    }
}

void tst_ImageInspector::refusesMislabelledImages()
{
    QFETCH(QByteArray, image);
    QFETCH(QString, declared);
    QFETCH(QString, detected);
    QFETCH(QString, message);

    const ImageInspection inspection = inspectImage(write(image), declared);
    QVERIFY(!inspection.ok);
    QCOMPARE(inspection.reason, u"format_mismatch"_s);
    QCOMPARE(inspection.detectedFormat, detected);
    QCOMPARE(inspection.message, message);
    QCOMPARE(inspection.virtualSizeBytes, std::nullopt);
}

void tst_ImageInspector::refusesAnUnknownDeclaredFormatOrAMissingFile()
{
    const ImageInspection unknown = inspectImage(write(rawDisk()), u"vhd"_s);
    QVERIFY(!unknown.ok);
    QCOMPARE(unknown.reason, u"invalid_image"_s);
    QVERIFY2(unknown.message.contains(u"\"vhd\""), qPrintable(unknown.message));

    QCOMPARE(inspectImage(write(qcow2Image({})), u"QCOW2"_s).ok, true);

    const ImageInspection missing = inspectImage(m_dir.filePath(u"no-such-file"_s), u"raw"_s);
    QVERIFY(!missing.ok);
    QCOMPARE(missing.reason, u"invalid_image"_s);
    QVERIFY2(missing.message.contains(u"cannot be read"), qPrintable(missing.message));
}

void tst_ImageInspector::crossChecksQemuImgImages()
{
    const QString qemuImg = QStandardPaths::findExecutable(u"qemu-img"_s);
    if (qemuImg.isEmpty())
        QSKIP("qemu-img is not installed (Debian: qemu-utils)");

    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.start(qemuImg, arguments);
        QVERIFY2(process.waitForFinished(60'000), qPrintable(arguments.join(u' ')));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(QString::fromLocal8Bit(process.readAllStandardError())));
    };
    const auto path = [&](const QString &name) { return m_dir.filePath(name); };

    struct Case
    {
        QString file;
        QStringList options;
        QString format;
        QString details;
    };
    const QList<Case> cases = {
        {u"v2.qcow2"_s, {u"-f"_s, u"qcow2"_s, u"-o"_s, u"compat=0.10"_s}, u"qcow2"_s, u"qcow2 version 2"_s},
        {u"v3.qcow2"_s, {u"-f"_s, u"qcow2"_s, u"-o"_s, u"compat=1.1"_s}, u"qcow2"_s, u"qcow2 version 3"_s},
        {u"small-clusters.qcow2"_s,
         {u"-f"_s, u"qcow2"_s, u"-o"_s, u"cluster_size=4096"_s},
         u"qcow2"_s,
         u"qcow2 version 3"_s},
        {u"sparse.vmdk"_s,
         {u"-f"_s, u"vmdk"_s, u"-o"_s, u"subformat=monolithicSparse"_s},
         u"vmdk"_s,
         u"(monolithicSparse)"_s},
        {u"stream.vmdk"_s,
         {u"-f"_s, u"vmdk"_s, u"-o"_s, u"subformat=streamOptimized"_s},
         u"vmdk"_s,
         u"(streamOptimized)"_s},
        {u"disk.raw"_s, {u"-f"_s, u"raw"_s}, u"raw"_s, u"raw disk"_s},
    };
    for (const Case &c : cases) {
        run(QStringList{u"create"_s} + c.options + QStringList{path(c.file), u"3G"_s});
        if (QTest::currentTestFailed())
            return;
        const ImageInspection inspection = inspectImage(path(c.file), c.format);
        QVERIFY2(inspection.ok, qPrintable(c.file + u": "_s + inspection.message));
        QCOMPARE(inspection.detectedFormat, c.format);
        QCOMPARE(inspection.virtualSizeBytes, std::optional<qint64>(3 * kGiB));
        QVERIFY2(inspection.details.contains(c.details), qPrintable(inspection.details));
    }

    // A qemu-img qcow2 declared as raw, and an overlay on a backing file.
    const ImageInspection mislabelled = inspectImage(path(u"v3.qcow2"_s), u"raw"_s);
    QCOMPARE(mislabelled.reason, u"format_mismatch"_s);
    QCOMPARE(mislabelled.message, u"The file is a qcow2 image, not raw."_s);
    run({u"create"_s,
         u"-f"_s,
         u"qcow2"_s,
         u"-b"_s,
         path(u"v3.qcow2"_s),
         u"-F"_s,
         u"qcow2"_s,
         path(u"overlay.qcow2"_s)});
    const ImageInspection overlay = inspectImage(path(u"overlay.qcow2"_s), u"qcow2"_s);
    QCOMPARE(overlay.reason, u"invalid_image"_s);
    QVERIFY2(overlay.message.contains(path(u"v3.qcow2"_s)), qPrintable(overlay.message));

    // A stream-optimized VMDK with data, cut short as an interrupted upload is.
    {
        QFile data(path(u"data.raw"_s));
        QVERIFY(data.open(QIODevice::WriteOnly));
        for (int i = 0; i < 64; ++i)
            data.write(QByteArray(64 * 1024, char('a' + i % 26)));
    }
    run({u"convert"_s,
         u"-f"_s,
         u"raw"_s,
         u"-O"_s,
         u"vmdk"_s,
         u"-o"_s,
         u"subformat=streamOptimized"_s,
         path(u"data.raw"_s),
         path(u"data.vmdk"_s)});
    QVERIFY(inspectImage(path(u"data.vmdk"_s), u"vmdk"_s).ok);
    QFile stream(path(u"data.vmdk"_s));
    QVERIFY(stream.resize(stream.size() / 2));
    const ImageInspection cutStream = inspectImage(path(u"data.vmdk"_s), u"vmdk"_s);
    QCOMPARE(cutStream.reason, u"truncated"_s);
}

QTEST_GUILESS_MAIN(tst_ImageInspector)
#include "tst_imageinspector.moc"
