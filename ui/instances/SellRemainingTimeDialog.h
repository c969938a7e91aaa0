#pragma once

#include "client/ResaleClient.h"

#include <QDialog>
#include <QJsonObject>

#include <optional>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sc::ui {

// "Sell remaining time…": puts the time left on a running lease on the
// resale market. Shows the time left and when the offer leaves the market,
// what the buyer pays now (the locked price), a price per hour pre-filled
// with the broker's suggestion and where it comes from, an optional
// step-down schedule (below N hours → a price), what a sale gains after the
// fee or costs per hour, and a warning with the amount held when a price is
// below what the buyer pays. Not eligible: the reason in words and no
// Offer button. The broker's refusals stay in the dialog; on success it
// emits offered() and closes.
class SellRemainingTimeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SellRemainingTimeDialog)

public:
    using State = client::ResaleClient::State;

    SellRemainingTimeDialog(client::BrokerClient &client, qint64 leaseId, const QString &what,
                            QWidget *parent = nullptr);

    // Asks the broker for the lease's resale state and shows it.
    void load();
    // Shows a state as it is (load()'s answer; tests, canned data).
    void setResaleState(const State &state);
    std::optional<State> resaleState() const { return m_state; }

    void setPrice(qint64 centsPerHour);
    qint64 price() const;
    // Adds a step (row); returns its row.
    int addStep(int belowHours, qint64 centsPerHour);
    void removeStep(int row);
    int stepCount() const;
    client::ResaleClient::Schedule schedule() const;
    // The offer's request body as it would be sent now.
    QJsonObject requestBody() const;

    QString timeText() const;
    QString lockedText() const;
    QString suggestionText() const;
    QString outcomeText() const;
    QString warningText() const; // empty when nothing is below what the buyer pays
    QString reasonText() const;  // empty when eligible
    QString errorText() const;
    QPushButton *offerButton() const;
    bool isPending() const { return m_pending; }
    void accept() override;

    // "Suggested: €1.30/h, the median of 7 recent trades."
    static QString suggestionText(const State &state);

Q_SIGNALS:
    void offered(const sc::client::ResaleClient::State &state);

private:
    void addStepRow(int belowHours, qint64 centsPerHour);
    void updateOutcome();
    void updateEnabled();
    void showError(const QString &text);
    QString explain(const protocol::ApiError &error) const;
    int maxBelowHours() const;
    QString money(qint64 cents) const;
    QString perHour(qint64 cents) const;

    client::ResaleClient m_resale;
    qint64 m_leaseId;
    QString m_what;
    std::optional<State> m_state;
    QLabel *m_time;
    QLabel *m_locked;
    QDoubleSpinBox *m_price;
    QLabel *m_suggestion;
    QTableWidget *m_steps;
    QPushButton *m_addStep;
    QPushButton *m_removeStep;
    QLabel *m_outcome;
    QLabel *m_warning;
    QLabel *m_reason;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_loading = false;
    bool m_pending = false;
};

} // namespace sc::ui
