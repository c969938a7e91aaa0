#pragma once

#include "client/MarketClient.h"
#include "ui/market/CatalogIndex.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QToolButton;

namespace sc::ui {

class OfferModel;

// Finds open offers by size, place, price and rating, and when nothing
// matches says why right where the results would be: how many offers each
// condition excluded and which offers nearly matched.
class OfferSearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferSearchPanel)

public:
    explicit OfferSearchPanel(client::BrokerClient &client, QWidget *parent = nullptr);

    void setCatalog(const CatalogIndex &catalog);
    client::MarketClient::OfferFilter filter() const;
    void setMaxPrice(std::optional<qint64> cents);
    void setInstanceType(const QString &instanceType);
    void search();
    void clear();

    OfferModel *model() const { return m_model; }
    QString explanation() const;
    // "Watch this search…" is offered only where the broker can watch searches.
    void setWatchAvailable(bool available);
    // What became of the last "Watch this search…", shown beside the button.
    void showWatchResult(const QString &text);

Q_SIGNALS:
    // "Buy…" on an offer: the page opens the order ticket for it.
    void buyRequested(const sc::protocol::Offer &offer);
    // "Watch this search…": the page asks for a name and a price.
    void watchRequested(const sc::client::MarketClient::OfferFilter &search);

private:
    void onResult(const protocol::Expected<client::MarketClient::OfferSearchResult> &result,
                  const client::MarketClient::OfferFilter &filter);
    void updateCountriesButton();
    QStringList checkedCountries() const;

    client::MarketClient m_market;
    CatalogIndex m_catalog;
    QComboBox *m_type;
    QSpinBox *m_minVcpus;
    QSpinBox *m_minMemory;
    QToolButton *m_countries;
    QMenu *m_countryMenu;
    QDoubleSpinBox *m_maxPrice;
    QDoubleSpinBox *m_minRating;
    QPushButton *m_search;
    QLabel *m_summary;
    OfferModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_explanation;
    QPushButton *m_buy;
    QPushButton *m_watch;
    QLabel *m_watchResult;
    quint64 m_serial = 0;
};

} // namespace sc::ui
