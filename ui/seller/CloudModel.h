#pragma once

#include "client/SellerCloudClient.h"
#include "ui/market/KeyedTableModel.h"

#include <QColor>
#include <QDateTime>

class QPalette;

namespace sc::ui {

// The seller's providers: name, the health of the cloud behind it (a
// coloured badge, BadgeDelegate), when the broker last heard from it
// (counting up: setNow()), failures in a row, and free of total slots.
// A provider without a connected cloud (capacity listed by hand) says so.
class CloudModel final : public KeyedTableModel<client::SellerCloudClient::Provider>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudModel)

public:
    enum Column { NameColumn, HealthColumn, LastHeardColumn, FailuresColumn, SlotsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit CloudModel(QObject *parent = nullptr);

    // The providers as the broker answered at `answeredAt` (local clock):
    // staleness counts on from there.
    void setProviders(const QList<client::SellerCloudClient::Provider> &providers, const QDateTime &answeredAt);
    void setNow(const QDateTime &now);
    // Seconds since the broker last heard from this provider's cloud, as of now; nullopt: never.
    std::optional<qint64> stalenessSeconds(const client::SellerCloudClient::Provider &provider) const;

    int rowOfProvider(qint64 providerId) const { return rowOfKey(QString::number(providerId)); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Up", "Down", "Not checked yet", "By hand"
    static QString healthText(const client::SellerCloudClient::Provider &provider);
    static QColor healthColor(const client::SellerCloudClient::Provider &provider, const QPalette &palette);
    // "last heard from 12 s ago", "… 5 min ago", "never heard from"
    static QString lastHeardText(std::optional<qint64> seconds);
    static qint64 freeSlots(const client::SellerCloudClient::Provider &provider);
    static qint64 totalSlots(const client::SellerCloudClient::Provider &provider);

protected:
    QString keyOf(const client::SellerCloudClient::Provider &provider) const override
    {
        return QString::number(provider.id);
    }

private:
    QDateTime m_answeredAt;
    QDateTime m_now;
};

} // namespace sc::ui
