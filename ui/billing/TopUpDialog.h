#pragma once

#include "client/BillingClient.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QWidget;

namespace sc::ui {

// "Add credit…": a card payment of prepaid credit. The amount (at least the
// broker's minimum, which is shown), the currency and the card number
// (grouped in fours as it is typed, checked with the Luhn sum before it is
// sent). Payments are asynchronous: the dialog shows progress while the
// card's bank decides, asks for the code when the bank wants one
// (requires_action), and ends with the outcome in words: the credit added,
// or why the card was declined. One Idempotency-Key per payment: pressing
// Pay again after a lost answer cannot charge twice.
class TopUpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopUpDialog)

public:
    enum class Step { Entering, Paying, WaitingForCode, Confirming, Succeeded, Declined, StillPending, Failed };
    Q_ENUM(Step)

    // currency and minimumAmount from the buyer's balance.
    TopUpDialog(client::BrokerClient &client, const QString &currency, qint64 minimumAmount, QWidget *parent = nullptr);

    Step step() const { return m_step; }
    QString statusText() const;
    void setAmount(qint64 minor);
    void setCardNumber(const QString &number);
    void setCode(const QString &code);
    // Starts the payment (or sends the code while the bank waits for it).
    void pay();
    // Tests: how often and how soon the dialog asks for the payment's state.
    void setFollowPolicy(const client::BillingClient::FollowPolicy &policy) { m_follow = policy; }

    // Digits only, grouped in fours: "4242 4242 4242 4242".
    static QString formatCardNumber(const QString &text);
    // The Luhn check sum of the digits in text (12 to 19 of them).
    static bool isValidCardNumber(const QString &text);

Q_SIGNALS:
    // The credit was added.
    void toppedUp(const sc::protocol::TopUp &topUp);

private:
    void onCardEdited(const QString &text);
    void onFormChanged();
    void onAnswer(const protocol::Expected<protocol::TopUp> &result);
    void follow(qint64 id, bool actionAnswered);
    void setStep(Step step, const QString &text);
    qint64 amount() const;

    client::BillingClient m_billing;
    QString m_currency;
    qint64 m_minimum = 0;
    QWidget *m_form;
    QDoubleSpinBox *m_amount;
    QComboBox *m_currencyBox;
    QLabel *m_minimumNote;
    QLineEdit *m_card;
    QLabel *m_cardNote;
    QWidget *m_codeRow;
    QLabel *m_codePrompt;
    QLineEdit *m_code;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_payButton;
    QByteArray m_idempotencyKey; // one per payment; kept while the same form is sent again
    client::BillingClient::FollowPolicy m_follow;
    qint64 m_topUpId = 0;
    Step m_step = Step::Entering;
};

} // namespace sc::ui
