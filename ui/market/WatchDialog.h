#pragma once

#include "client/WatchClient.h"
#include "ui/market/CatalogIndex.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace sc::ui {

// "Watch this search…": the search's criteria, a name and the price to
// watch for. Creates the watch itself and stays open with the broker's
// reason when it refuses (a name too long, 20 watches already); on success
// it emits created() and closes.
class WatchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchDialog)

public:
    WatchDialog(client::BrokerClient &client, const CatalogIndex &catalog,
                const client::MarketClient::OfferFilter &search, QWidget *parent = nullptr);

    void setName(const QString &name);
    void setMaxPrice(qint64 cents);
    QString errorText() const;
    void accept() override;

    // "g1.small · Germany · ★ 4.0 or better", or "Any offer".
    static QString criteriaText(const protocol::OfferFilter &filter, const CatalogIndex &catalog);
    // The error a person can act on, for a refused watch.
    static QString explain(const protocol::ApiError &error);

Q_SIGNALS:
    void created(const sc::protocol::Watch &watch);

private:
    void showError(const QString &text);

    client::WatchClient m_watches;
    client::MarketClient::OfferFilter m_search;
    QLineEdit *m_name;
    QDoubleSpinBox *m_price;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_pending = false;
};

} // namespace sc::ui
