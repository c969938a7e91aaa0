#pragma once

#include "client/SellerCloudClient.h"
#include "ui/market/CatalogIndex.h"

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace sc::ui {

class CapacityChart;
class CloudModel;
class ProfileModel;

// One provider in detail, in three tabs. Overview: the cloud's address and
// software, how the broker's poller sees it (health, last heard from,
// failures in a row, the last error, the next check), and its hardware
// profiles with their slots and catalog mapping. Capacity: slots used and
// free over the last 48 hours, 7 or 30 days (CapacityChart) and the cloud's
// capacity utilization (used / total slots, and how many run leases sold
// here). Rating: each component of the rating with its weight, the
// composite score and the rating, and why a new provider sits near 3.0.
// "Refresh cloud" has the broker verify the cloud again and import its
// capacity again.
class CloudDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudDetailPanel)

public:
    // model: where staleness is counted (it knows when the broker answered).
    CloudDetailPanel(client::BrokerClient &client, const CloudModel &model, QWidget *parent = nullptr);

    void setCatalog(const CatalogIndex &catalog);
    void setProvider(const std::optional<client::SellerCloudClient::Provider> &provider);
    // Updates "last heard from" (the page calls it every second).
    void updateStaleness();

    ProfileModel *profileModel() const { return m_profiles; }
    CapacityChart *capacityChart() const { return m_chart; }
    QTableWidget *ratingTable() const { return m_ratingTable; }
    QTabWidget *tabs() const { return m_tabs; }
    // Loads the capacity history of the shown cloud again.
    void reloadCapacity();
    QPushButton *refreshButton() const { return m_refresh; }
    QString statusText() const;
    void refreshCloud();

Q_SIGNALS:
    // The broker verified the cloud again: the fresh provider.
    void providerRefreshed(const sc::client::SellerCloudClient::Provider &provider);

private:
    void setStatus(const QString &text, bool error = false);
    void showRating(const client::SellerCloudClient::Provider &provider);
    void showCapacity(const client::SellerCloudClient::CapacityHistory &history);
    client::SellerCloudClient m_clouds;
    const CloudModel &m_model;
    CatalogIndex m_catalog;
    std::optional<client::SellerCloudClient::Provider> m_provider;
    QLabel *m_title;
    QLabel *m_pseudonym;
    QLabel *m_endpoint;
    QLabel *m_software;
    QLabel *m_health;
    QLabel *m_lastHeard;
    QLabel *m_failures;
    QLabel *m_lastError;
    QLabel *m_nextPoll;
    QLabel *m_regions;
    QLabel *m_manual;
    QWidget *m_cloudFacts;
    ProfileModel *m_profiles;
    QSortFilterProxyModel *m_profileProxy;
    QTableView *m_profileTable;
    QPushButton *m_refresh;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QComboBox *m_range;
    QLabel *m_utilization;
    CapacityChart *m_chart;
    QLabel *m_ratingSummary;
    QTableWidget *m_ratingTable;
    QLabel *m_ratingNote;
    QElapsedTimer m_capacityLoaded;
    quint64 m_serial = 0;
    quint64 m_capacitySerial = 0;
};

} // namespace sc::ui
