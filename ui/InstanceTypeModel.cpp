#include "ui/InstanceTypeModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sc::ui {

namespace {

constexpr double kMiBPerGiB = 1024.0;

bool isNumeric(int column)
{
    return column == InstanceTypeModel::VcpuColumn || column == InstanceTypeModel::MemoryColumn
           || column == InstanceTypeModel::DiskColumn || column == InstanceTypeModel::GpuColumn;
}

QString formatGiB(int mebibytes)
{
    const double gib = mebibytes / kMiBPerGiB;
    // Whole GiB without decimals, else as many as needed (0.5, 0.25, 1.75).
    return QLocale().toString(gib, 'g', QLocale::FloatingPointShortest);
}

} // namespace

InstanceTypeModel::InstanceTypeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InstanceTypeModel::setInstanceTypes(QList<protocol::InstanceType> types)
{
    beginResetModel();
    m_types = std::move(types);
    endResetModel();
}

void InstanceTypeModel::clear()
{
    setInstanceTypes({});
}

QString InstanceTypeModel::familyDisplayName(const QString &family)
{
    if (family == u"general")
        return tr("General purpose");
    if (family == u"compute")
        return tr("Compute optimized");
    if (family == u"memory")
        return tr("Memory optimized");
    if (family == u"storage")
        return tr("Storage optimized");
    if (family == u"gpu")
        return tr("GPU accelerated");
    return family;
}

int InstanceTypeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_types.size());
}

int InstanceTypeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceTypeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::InstanceType &type = m_types.at(index.row());
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return type.id;
        case NameColumn: return type.name;
        case FamilyColumn: return familyDisplayName(type.family);
        case VcpuColumn: return locale.toString(type.vcpus);
        case MemoryColumn: return formatGiB(type.memoryMiB);
        case DiskColumn: return locale.toString(type.diskGiB);
        case GpuColumn: return type.gpus > 0 ? locale.toString(type.gpus) : u"—"_s;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case IdColumn: return type.id;
        case NameColumn: return type.name;
        case FamilyColumn: return familyDisplayName(type.family);
        case VcpuColumn: return type.vcpus;
        case MemoryColumn: return type.memoryMiB;
        case DiskColumn: return type.diskGiB;
        case GpuColumn: return type.gpus;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MemoryColumn)
            return tr("%1 MiB").arg(locale.toString(type.memoryMiB));
        if (index.column() == FamilyColumn)
            return type.family;
        break;
    case Qt::TextAlignmentRole:
        if (isNumeric(index.column()))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    default: break;
    }
    return {};
}

QVariant InstanceTypeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);

    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(isNumeric(section) ? Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter)
                                                      : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case IdColumn: return tr("The type's stable identifier, used in orders and the API");
        case VcpuColumn: return tr("Virtual CPU cores");
        case MemoryColumn: return tr("Memory in gibibytes (1 GiB = 1024 MiB)");
        case DiskColumn: return tr("Local disk in gibibytes");
        case GpuColumn: return tr("Attached GPUs");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Type");
    case NameColumn: return tr("Name");
    case FamilyColumn: return tr("Family");
    case VcpuColumn: return tr("vCPU");
    case MemoryColumn: return tr("RAM (GiB)");
    case DiskColumn: return tr("Disk (GiB)");
    case GpuColumn: return tr("GPUs");
    }
    return {};
}

} // namespace sc::ui
