#include "ui/appliances/ApplianceModel.h"

#include "ui/instances/BadgeDelegate.h"

#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace sc::ui {

ApplianceModel::ApplianceModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

int ApplianceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApplianceModel::formatText(const QString &format)
{
    if (format == u"qcow2")
        return u"qcow2"_s;
    if (format == u"raw")
        return tr("Raw");
    if (format == u"vmdk")
        return u"VMDK"_s;
    if (format == u"ova")
        return u"OVA"_s;
    return format;
}

QString ApplianceModel::sizeText(qint64 bytes)
{
    // "200 GiB" rather than "200.0 GiB"; "1.5 GiB" where there is a fraction.
    qint64 unit = 1;
    while (unit < (qint64(1) << 60) && bytes >= unit * 1024)
        unit *= 1024;
    return QLocale().formattedDataSize(bytes, bytes % unit == 0 ? 0 : 1);
}

QString ApplianceModel::memoryText(int mebibytes)
{
    if (mebibytes <= 0)
        return tr("Any");
    return sizeText(qint64(mebibytes) * 1024 * 1024);
}

QString ApplianceModel::diskText(int gibibytes)
{
    if (gibibytes <= 0)
        return tr("Any");
    return sizeText(qint64(gibibytes) << 30);
}

QString ApplianceModel::needsText(const protocol::ApplianceMetadata &metadata)
{
    if (metadata.minMemoryMiB <= 0 && metadata.minDiskGiB <= 0)
        return tr("Any");
    return tr("%1 · %2").arg(memoryText(metadata.minMemoryMiB), diskText(metadata.minDiskGiB));
}

QString ApplianceModel::visibilityText(const QString &visibility)
{
    return visibility == u"public" ? tr("Public") : tr("Private");
}

QColor ApplianceModel::visibilityColor(const QString &visibility, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (visibility == u"public")
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    return dark ? QColor(0xba, 0x68, 0xc8) : QColor(0x6a, 0x1b, 0x9a);
}

QVariant ApplianceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const protocol::Appliance &appliance = rowAt(index.row());
    switch (role) {
    case IdRole: return appliance.id;
    case OwnedRole: return appliance.owned;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return appliance.metadata.name;
        case FormatColumn: return formatText(appliance.format);
        case SizeColumn: return sizeText(appliance.sizeBytes);
        case OsColumn: return appliance.metadata.os.isEmpty() ? tr("—") : appliance.metadata.os;
        case NeedsColumn: return needsText(appliance.metadata);
        case VisibilityColumn: return visibilityText(appliance.visibility);
        case CreatedColumn:
            return appliance.createdAt.isValid()
                       ? QLocale().toString(appliance.createdAt.toLocalTime().date(), QLocale::ShortFormat)
                       : QString();
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn: return appliance.metadata.name.toLower();
        case FormatColumn: return appliance.format;
        case SizeColumn: return appliance.sizeBytes;
        case OsColumn: return appliance.metadata.os.toLower();
        case NeedsColumn: return qint64(appliance.metadata.minMemoryMiB) * 1'000'000 + appliance.metadata.minDiskGiB;
        case VisibilityColumn: return appliance.visibility;
        case CreatedColumn: return appliance.createdAt;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NeedsColumn)
            return tr("It needs at least %1 of memory and %2 of disk")
                .arg(memoryText(appliance.metadata.minMemoryMiB), diskText(appliance.metadata.minDiskGiB));
        if (index.column() == NameColumn && !appliance.metadata.description.isEmpty())
            return appliance.metadata.description;
        if (index.column() == SizeColumn && appliance.virtualSizeBytes)
            return tr("%1 file; the guest sees a %2 disk")
                .arg(sizeText(appliance.sizeBytes), sizeText(*appliance.virtualSizeBytes));
        if (index.column() == VisibilityColumn)
            return appliance.visibility == u"public" ? tr("Curated by the broker's operators; every buyer can run it.")
                                                     : tr("Your organization's own image; only you can run it.");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == NeedsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case BadgeDelegate::BadgeColorRole:
        if (index.column() == VisibilityColumn)
            return visibilityColor(appliance.visibility, QPalette());
        break;
    default: break;
    }
    return {};
}

QVariant ApplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case FormatColumn: return tr("Format");
    case SizeColumn: return tr("Size");
    case OsColumn: return tr("OS");
    case NeedsColumn: return tr("Needs");
    case VisibilityColumn: return tr("Visibility");
    case CreatedColumn: return tr("Added");
    }
    return {};
}

} // namespace sc::ui
