#pragma once

#include "client/BuybackClient.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace sc::ui {

// "Offer buy-back…": the seller offers the buyer of one of its leases an
// amount to end it after a notice (1 to 744 hours). The amount is held from
// what is payable now (GET /seller/earnings, shown here), so the dialog
// refuses an amount above it with a sentence. On success it emits offered()
// and closes; the broker's refusal stays in the dialog in plain words.
class BuybackOfferDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuybackOfferDialog)

public:
    static constexpr int kMaxNoticeHours = 24 * 31;

    // client null: the dialog only checks (tests); accept() then emits offered() with what would be sent.
    BuybackOfferDialog(client::BrokerClient *client, qint64 leaseId, const QString &leaseText, const QString &currency,
                       QWidget *parent = nullptr);

    // What is payable now; none while unknown (loading, or it failed: error shown).
    void setPayable(std::optional<qint64> payable);
    void setPayableError(const QString &text);
    void setAmount(qint64 minor);
    void setNoticeHours(int hours);
    qint64 amount() const;
    int noticeHours() const;
    QString payableText() const;
    QString errorText() const;
    bool isPending() const { return m_pending; }
    void accept() override;

Q_SIGNALS:
    void offered(const sc::client::BuybackClient::Offer &offer);

private:
    void showError(const QString &text);

    client::BrokerClient *m_client;
    qint64 m_leaseId;
    QString m_currency;
    std::optional<qint64> m_payable;
    QByteArray m_idempotencyKey; // one per dialog: trying again sends the same offer
    QDoubleSpinBox *m_amount;
    QSpinBox *m_notice;
    QLabel *m_payableLabel;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_pending = false;
};

} // namespace sc::ui
