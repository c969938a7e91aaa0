#pragma once

#include "client/InstanceClient.h"
#include "ui/market/CatalogIndex.h"
#include "ui/market/KeyedTableModel.h"

#include <QColor>
#include <QDateTime>

class QPalette;

namespace sc::ui {

// The buyer's instances: state (a coloured badge, BadgeDelegate), instance
// type, region, provider (pseudonym and rating), the price locked for the
// lease, the time left until the lease ends (counting down: setNow()) and
// the address. Rows keep their place across refreshes (KeyedTableModel).
class InstanceModel final : public KeyedTableModel<client::InstanceClient::Instance>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceModel)

public:
    enum Column {
        StateColumn,
        TypeColumn,
        RegionColumn,
        ProviderColumn,
        PriceColumn,
        TimeLeftColumn,
        AddressColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, LeaseIdRole, StateRole, SortRole };

    explicit InstanceModel(QObject *parent = nullptr);

    void setCatalog(const CatalogIndex &catalog);
    // The time "time left" counts from; the page sets it every second.
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }

    int rowOfInstance(qint64 instanceId) const { return rowOfKey(QString::number(instanceId)); }
    int rowOfLease(qint64 leaseId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Running", "Provisioning", ... for a state the broker names.
    static QString stateText(const QString &state);
    // Why an instance is in its state, in words: the broker's reason codes
    // translated, its English phrases as they are.
    static QString reasonText(const QString &reason);
    // Green while running, amber on the way there or out, red for failed and lost, grey when ended.
    static QColor stateColor(const QString &state, const QPalette &palette);
    // "2 d 4 h", "3 h 12 min", "4 min 05 s", "Ended" for what is left of a lease.
    static QString timeLeftText(qint64 seconds);
    // "On sale" while the lease's time left is offered for resale, "Resold" once it was sold, else empty.
    static QString saleText(const client::InstanceClient::Instance &instance);
    // The state column's text: "Running", "Running · On sale", "Terminated · Resold".
    static QString stateAndSaleText(const client::InstanceClient::Instance &instance);
    // "★ 4.6 · swift-otter"
    static QString providerText(const client::InstanceClient::Instance &instance);

protected:
    QString keyOf(const client::InstanceClient::Instance &instance) const override
    {
        return QString::number(instance.id);
    }

private:
    qint64 secondsLeft(const client::InstanceClient::Instance &instance) const;

    CatalogIndex m_catalog;
    QDateTime m_now;
};

} // namespace sc::ui
