#pragma once

#include <QString>

namespace sc::broker {

class ApplianceService;

// The offline demo's curated appliances: small but valid images (qcow2
// version 3 with every cluster unallocated, a raw disk with a boot sector)
// made on the first start and put into the repository as public appliances
// of the demo operators, so buyers have something to pick when they bid.
class DemoAppliances
{
public:
    // Does nothing when public appliances exist already. `folder` holds the
    // generated files until they are imported. Returns how many were added.
    static int seed(ApplianceService &appliances, const QString &folder, qint64 organizationId, qint64 userId);

    // A minimal valid qcow2 v3 image of `virtualBytes` (64 KiB clusters:
    // header, refcount table, refcount block, L1 table; nothing allocated).
    static QByteArray emptyQcow2(qint64 virtualBytes);
    // A raw disk of `bytes` (a multiple of 512) starting with an MBR signature.
    static QByteArray rawDisk(qint64 bytes);
};

} // namespace sc::broker
