#pragma once

#include "client/MarketClient.h"
#include "ui/market/CatalogIndex.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace sc::ui {

// A seller offers capacity: which of their providers, instance type, region,
// slots, price per slot-hour, until when, and the lease lengths allowed.
class NewAskForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewAskForm)

public:
    explicit NewAskForm(client::BrokerClient &client, QWidget *parent = nullptr);

    void setCatalog(const CatalogIndex &catalog);
    void loadProviders();
    void clear();
    void setInstrument(const QString &instanceType, const QString &region);
    client::MarketClient::AskOrder order() const;
    void placeAsk();
    QString resultText() const;

Q_SIGNALS:
    void askPlaced(const sc::client::MarketClient::AskPlacement &placement);

private:
    void updateEnabled();

    client::MarketClient m_market;
    CatalogIndex m_catalog;
    QComboBox *m_provider;
    QComboBox *m_type;
    QComboBox *m_region;
    QSpinBox *m_quantity;
    QDoubleSpinBox *m_price;
    QDateTimeEdit *m_until;
    QSpinBox *m_minLease;
    QSpinBox *m_maxLease;
    QPushButton *m_place;
    QLabel *m_result;
    quint64 m_serial = 0;
};

} // namespace sc::ui
