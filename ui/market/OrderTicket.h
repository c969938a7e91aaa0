#pragma once

#include "client/MarketClient.h"
#include "ui/market/CatalogIndex.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QMenu;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;
class QToolButton;

namespace sc::ui {

// Buys capacity of one instance type: now (an immediate-or-cancel bid that
// takes what the book offers at or below the maximum price, in one region or
// several) or as a limit bid that waits in the book. Shows what it would cost
// from the open offers, asks for confirmation (ConfirmationPrompt), and says
// what happened: bought, waiting, nothing matched and why, or the error.
class OrderTicket final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTicket)

public:
    explicit OrderTicket(client::BrokerClient &client, QWidget *parent = nullptr);

    void setCatalog(const CatalogIndex &catalog);
    // The instrument to buy; bestAsk (or else lastPrice) proposes a maximum price.
    void setInstrument(const QString &instanceType, const QString &region, std::optional<qint64> suggestedPrice,
                       const QString &currency);
    void setMaxPrice(qint64 cents);
    void setBuyNow(bool buyNow);
    void clear();

    QString instanceType() const { return m_instanceType; }
    QStringList regions() const;
    client::MarketClient::BidOrder order() const;
    QString estimateText() const;
    QString resultText() const;

    // Estimates again from the offers open now (the market moved).
    void refreshEstimate();
    // Places the order after confirmation, as the button does.
    void placeOrder();

Q_SIGNALS:
    void orderPlaced(const sc::client::MarketClient::BidPlacement &placement);

private:
    void updateMode();
    void updateRegionsButton();
    void scheduleEstimate();
    void estimate();
    void showEstimate(const client::MarketClient::OfferSearchResult &result);
    void onPlaced(const protocol::Expected<client::MarketClient::BidPlacement> &result,
                  const client::MarketClient::BidOrder &order);
    void explainNoFill(const client::MarketClient::BidOrder &order);
    void setResult(const QString &text, bool error = false);
    client::MarketClient::OfferFilter filterFor(const client::MarketClient::BidOrder &order, bool withMaxPrice) const;

    client::MarketClient m_market;
    CatalogIndex m_catalog;
    QString m_instanceType;
    QString m_region;
    QString m_currency;
    QLabel *m_instrument;
    QRadioButton *m_buyNow;
    QRadioButton *m_limit;
    QSpinBox *m_quantity;
    QSpinBox *m_duration;
    QDoubleSpinBox *m_maxPrice;
    QDoubleSpinBox *m_minRating;
    QToolButton *m_regionsButton;
    QMenu *m_regionsMenu;
    QLabel *m_estimate;
    QPushButton *m_place;
    QLabel *m_result;
    QTimer *m_estimateTimer;
    quint64 m_estimateSerial = 0;
    bool m_placing = false;
};

} // namespace sc::ui
