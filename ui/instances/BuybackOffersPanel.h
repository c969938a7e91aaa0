#pragma once

#include "client/BuybackClient.h"

#include <QDateTime>
#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace sc::ui {

// The buyer's open buy-back offers above the instances, one row each in
// plain words ("Provider Amber offers €15.00 to end lease 42 after 2 hours'
// notice"), with Accept (after a confirmation that says when the lease will
// end) and Refuse; and "Standing rule…" to accept any offer of at least an
// amount. Loaded with refresh() (the Instances page calls it with its own);
// setOffers() shows a list as it is (tests, canned data).
class BuybackOffersPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuybackOffersPanel)

public:
    using Offer = client::BuybackClient::Offer;
    // Asked before an offer is accepted with the confirmation's text; true goes on.
    using Confirm = std::function<bool(const QString &text)>;

    explicit BuybackOffersPanel(client::BrokerClient &client, QWidget *parent = nullptr);

    void refresh();
    // Shows the open ones of these offers.
    void setOffers(const QList<Offer> &offers);
    QList<Offer> openOffers() const { return m_open; }
    // The rows' sentences, in order (tests).
    QStringList rowTexts() const;
    QString statusText() const;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void acceptOffer(qint64 offerId);
    void refuseOffer(qint64 offerId);
    void editRule();

    // "Provider Amber offers €15.00 to end lease 42 after 2 hours' notice."
    static QString describe(const Offer &offer);
    // "Offer expires at …"
    static QString expiryText(const Offer &offer);
    // When the lease ends if the offer is accepted now.
    static QDateTime endIfAccepted(const Offer &offer, const QDateTime &now);
    static QString confirmationText(const Offer &offer, const QDateTime &now);

Q_SIGNALS:
    // An offer was accepted or refused: the instances may have changed.
    void decided(qint64 leaseId);

private:
    void rebuild();
    void setStatus(const QString &text);
    const Offer *offerById(qint64 offerId) const;

    client::BuybackClient m_buybacks;
    QVBoxLayout *m_rows;
    QLabel *m_status;
    QPushButton *m_ruleButton;
    QList<Offer> m_open;
    QList<QWidget *> m_rowWidgets;
    Confirm m_confirm;
    std::function<QDateTime()> m_clock;
    bool m_loading = false;
};

} // namespace sc::ui
