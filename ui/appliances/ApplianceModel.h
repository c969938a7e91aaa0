#pragma once

#include "protocol/ApplianceDto.h"
#include "ui/market/KeyedTableModel.h"

#include <QColor>

class QPalette;

namespace sc::ui {

// The appliances a buyer can run: name, format, size, OS, the memory and
// disk they need at least (one column, sorted by memory), public or private (a coloured badge, BadgeDelegate) and
// when they were added. Rows keep their place across refreshes.
class ApplianceModel final : public KeyedTableModel<protocol::Appliance>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplianceModel)

public:
    enum Column {
        NameColumn,
        FormatColumn,
        SizeColumn,
        OsColumn,
        NeedsColumn, // the memory and disk it needs at least
        VisibilityColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, OwnedRole, SortRole };

    explicit ApplianceModel(QObject *parent = nullptr);

    int rowOfAppliance(qint64 id) const { return rowOfKey(QString::number(id)); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "qcow2", "Raw", "VMDK", "OVA"
    static QString formatText(const QString &format);
    // "1.5 GiB"
    static QString sizeText(qint64 bytes);
    // "2 GiB" for 2048 MiB; "Any" for 0
    static QString memoryText(int mebibytes);
    static QString diskText(int gibibytes);
    // "2 GiB · 20 GiB" (memory · disk), "Any" when it names neither
    static QString needsText(const protocol::ApplianceMetadata &metadata);
    // "Public" (curated, every buyer sees it) or "Private" (your organization's)
    static QString visibilityText(const QString &visibility);
    static QColor visibilityColor(const QString &visibility, const QPalette &palette);

protected:
    QString keyOf(const protocol::Appliance &appliance) const override { return QString::number(appliance.id); }
};

} // namespace sc::ui
