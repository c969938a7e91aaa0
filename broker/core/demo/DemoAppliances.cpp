#include "core/demo/DemoAppliances.h"

#include "core/LogCategories.h"
#include "core/appliances/ApplianceService.h"
#include "core/auth/Principal.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace sc::broker {

namespace {

constexpr qint64 kCluster = 64 * 1024;
constexpr qint64 kGiB = qint64(1) << 30;

void putBigEndian32(QByteArray &bytes, qsizetype at, quint32 value)
{
    qToBigEndian(value, bytes.data() + at);
}

void putBigEndian64(QByteArray &bytes, qsizetype at, quint64 value)
{
    qToBigEndian(value, bytes.data() + at);
}

struct DemoImage
{
    const char *file;
    const char *format;
    qint64 virtualBytes;
    protocol::ApplianceMetadata metadata;
};

} // namespace

QByteArray DemoAppliances::emptyQcow2(qint64 virtualBytes)
{
    // Cluster 0: header; 1: refcount table; 2: refcount block; 3: L1 table.
    const qint64 l2Coverage = kCluster * (kCluster / 8);
    const quint32 l1Entries = quint32((virtualBytes + l2Coverage - 1) / l2Coverage);
    QByteArray image(4 * kCluster, '\0');
    image.replace(0, 4, QByteArrayLiteral("QFI\xfb"));
    putBigEndian32(image, 4, 3);                            // version
    putBigEndian32(image, 20, 16);                          // cluster_bits: 64 KiB
    putBigEndian64(image, 24, quint64(virtualBytes));       // size
    putBigEndian32(image, 32, 0);                           // crypt_method
    putBigEndian32(image, 36, l1Entries);                   // l1_size
    putBigEndian64(image, 40, quint64(3 * kCluster));       // l1_table_offset
    putBigEndian64(image, 48, quint64(1 * kCluster));       // refcount_table_offset
    putBigEndian32(image, 56, 1);                           // refcount_table_clusters
    putBigEndian32(image, 96, 4);                           // refcount_order: 16-bit refcounts
    putBigEndian32(image, 100, 104);                        // header_length
    putBigEndian64(image, kCluster, quint64(2 * kCluster)); // refcount table -> block
    for (int cluster = 0; cluster < 4; ++cluster)
        qToBigEndian(quint16(1), image.data() + 2 * kCluster + 2 * cluster);
    return image;
}

QByteArray DemoAppliances::rawDisk(qint64 bytes)
{
    QByteArray disk(bytes, '\0');
    disk[510] = char(0x55);
    disk[511] = char(0xaa);
    return disk;
}

int DemoAppliances::seed(ApplianceService &appliances, const QString &folder, qint64 organizationId, qint64 userId)
{
    Principal anyone;
    anyone.organizationId = organizationId;
    if (!appliances.appliances(anyone, u"public"_s).isEmpty())
        return 0;
    const QList<DemoImage> images{
        {"debian-12.qcow2",
         "qcow2",
         20 * kGiB,
         {u"Debian 12 (bookworm)"_s,
          u"A minimal Debian server with cloud-init and SSH, ready for your own packages."_s,
          u"Debian 12"_s,
          1024,
          20,
          u"Log in as debian with the SSH key given at provisioning."_s}},
        {"ubuntu-24.04.qcow2",
         "qcow2",
         30 * kGiB,
         {u"Ubuntu Server 24.04 LTS"_s,
          u"Ubuntu's long-term support server image with cloud-init."_s,
          u"Ubuntu 24.04"_s,
          2048,
          30,
          QString()}},
        {"rocky-9-compute.qcow2",
         "qcow2",
         40 * kGiB,
         {u"Rocky Linux 9 compute node"_s,
          u"Batch and HPC worker: OpenMPI, Slurm client, Python 3.11."_s,
          u"Rocky Linux 9"_s,
          4096,
          40,
          u"Joins the Slurm controller given in the instance's user data."_s}},
        {"alpine-3.20.raw",
         "raw",
         4 * 1024 * 1024,
         {u"Alpine Linux 3.20 (raw)"_s,
          u"A tiny raw disk for network appliances and quick tests."_s,
          u"Alpine Linux 3.20"_s,
          256,
          1,
          QString()}},
    };
    QDir().mkpath(folder);
    int added = 0;
    for (const DemoImage &image : images) {
        const QString path = folder + u'/' + QString::fromLatin1(image.file);
        QFile file(path);
        const QByteArray bytes = QByteArrayView(image.format) == "qcow2" ? emptyQcow2(image.virtualBytes)
                                                                         : rawDisk(image.virtualBytes);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
            qCWarning(lcBroker).noquote() << "cannot write the demo appliance" << path;
            continue;
        }
        file.close();
        const auto imported = appliances.importFile(
            path, organizationId, userId, u"public"_s, QString::fromLatin1(image.format), image.metadata);
        QFile::remove(path);
        if (!imported) {
            qCWarning(lcBroker).noquote()
                << "the demo appliance" << image.file << "was refused:" << imported.error().message;
            continue;
        }
        ++added;
    }
    QDir(folder).removeRecursively();
    return added;
}

} // namespace sc::broker
