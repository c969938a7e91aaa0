#include "ui/billing/TopUpDialog.h"

#include "ui/StatusText.h"
#include "ui/market/MoneyFormat.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::BillingClient;

namespace sc::ui {

namespace {

constexpr double kMaximumUnits = 10'000;

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

} // namespace

TopUpDialog::TopUpDialog(client::BrokerClient &client, const QString &currency, qint64 minimumAmount, QWidget *parent)
    : QDialog(parent)
    , m_billing(client)
    , m_currency(currency.isEmpty() ? u"EUR"_s : currency)
    , m_minimum(minimumAmount)
    , m_form(new QWidget)
    , m_amount(new QDoubleSpinBox)
    , m_currencyBox(new QComboBox)
    , m_minimumNote(new QLabel)
    , m_card(new QLineEdit)
    , m_cardNote(new QLabel)
    , m_codeRow(new QWidget)
    , m_codePrompt(new QLabel)
    , m_code(new QLineEdit)
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_payButton(m_buttons->addButton(tr("Pay"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"topUpDialog"_s);
    setWindowTitle(tr("Add Credit"));

    m_amount->setObjectName(u"topUpAmount"_s);
    m_amount->setDecimals(2);
    m_amount->setPrefix(MoneyFormat::symbol(m_currency));
    m_amount->setRange(MoneyFormat::unitsFromCents(std::max<qint64>(m_minimum, 1)), kMaximumUnits);
    m_amount->setValue(std::max(50.0, m_amount->minimum()));
    m_amount->setSingleStep(10);
    m_currencyBox->setObjectName(u"topUpCurrency"_s);
    m_currencyBox->addItem(m_currency);
    m_currencyBox->setToolTip(tr("Credit is kept in your organization's billing currency."));
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currencyBox);
    m_minimumNote->setObjectName(u"topUpMinimum"_s);
    m_minimumNote->setForegroundRole(QPalette::PlaceholderText);
    m_minimumNote->setText(m_minimum > 0 ? tr("At least %1.").arg(MoneyFormat::amount(m_minimum, m_currency))
                                         : QString());

    m_card->setObjectName(u"topUpCard"_s);
    m_card->setPlaceholderText(u"1234 5678 9012 3456"_s);
    m_card->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9 ]{0,23}"_s), m_card));
    m_card->setMinimumWidth(m_card->fontMetrics().horizontalAdvance(u"0000 0000 0000 0000 000"_s) + 24);
    m_cardNote->setObjectName(u"topUpCardNote"_s);
    m_cardNote->setWordWrap(true);
    connect(m_card, &QLineEdit::textEdited, this, &TopUpDialog::onCardEdited);

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Amount:"), amountRow);
    form->addRow(QString(), m_minimumNote);
    form->setRowVisible(m_minimumNote, m_minimum > 0);
    form->addRow(tr("Card number:"), m_card);
    form->addRow(QString(), m_cardNote);

    m_codePrompt->setObjectName(u"topUpCodePrompt"_s);
    m_codePrompt->setWordWrap(true);
    m_code->setObjectName(u"topUpCode"_s);
    m_code->setPlaceholderText(tr("Code from your bank"));
    m_code->setMaxLength(12);
    auto *codeLayout = new QFormLayout(m_codeRow);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addRow(m_codePrompt);
    codeLayout->addRow(tr("Code:"), m_code);
    m_codeRow->hide();
    connect(m_code, &QLineEdit::textChanged, this, &TopUpDialog::onFormChanged);

    m_progress->setObjectName(u"topUpProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();
    m_status->setObjectName(u"topUpStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_payButton->setObjectName(u"topUpPayButton"_s);
    m_payButton->setDefault(true);
    connect(m_payButton, &QPushButton::clicked, this, &TopUpDialog::pay);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return pays (or confirms) when the form is complete, and does nothing otherwise.
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button); push && push != m_payButton)
            push->setAutoDefault(false);
    }

    auto *intro = new QLabel(tr("Prepaid credit pays for your instances by the hour. It is added once the card's "
                                "bank accepts the payment."));
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(m_codeRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_amount, &QDoubleSpinBox::valueChanged, this, [this] {
        m_idempotencyKey.clear(); // another payment
        onFormChanged();
    });
    onFormChanged();
    setMinimumWidth(460);
    m_card->setFocus(); // the amount comes prefilled
}

QString TopUpDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void TopUpDialog::setAmount(qint64 minor)
{
    m_amount->setValue(MoneyFormat::unitsFromCents(minor));
}

void TopUpDialog::setCardNumber(const QString &number)
{
    m_card->setText(number);
    onCardEdited(number);
}

void TopUpDialog::setCode(const QString &code)
{
    m_code->setText(code);
}

qint64 TopUpDialog::amount() const
{
    return MoneyFormat::centsFromUnits(m_amount->value());
}

QString TopUpDialog::formatCardNumber(const QString &text)
{
    const QString digits = digitsOf(text).left(19);
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped.append(u' ');
        grouped.append(digits.at(i));
    }
    return grouped;
}

bool TopUpDialog::isValidCardNumber(const QString &text)
{
    const QString digits = digitsOf(text);
    if (digits.size() < 12 || digits.size() > 19)
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int digit = digits.at(i).digitValue();
        if (twice) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        twice = !twice;
    }
    return sum % 10 == 0;
}

void TopUpDialog::onCardEdited(const QString &text)
{
    // Regroup while keeping the cursor after the same digit.
    const int digitsBeforeCursor = int(digitsOf(text.left(m_card->cursorPosition())).size());
    const QString grouped = formatCardNumber(text);
    if (grouped != text) {
        m_card->setText(grouped);
        int position = 0;
        for (int seen = 0; position < grouped.size() && seen < digitsBeforeCursor; ++position) {
            if (grouped.at(position).isDigit())
                ++seen;
        }
        m_card->setCursorPosition(position);
    }
    m_idempotencyKey.clear(); // another card: another payment
    onFormChanged();
}

void TopUpDialog::onFormChanged()
{
    const qsizetype digits = digitsOf(m_card->text()).size();
    const bool valid = isValidCardNumber(m_card->text());
    if (digits == 0)
        setStatusText(m_cardNote, tr("Card numbers are not stored by SpareCloud."), StatusTone::Neutral);
    else if (valid)
        setStatusText(m_cardNote, tr("The number looks right."), StatusTone::Success);
    else if (digits < 12)
        setStatusText(m_cardNote, QString(), StatusTone::Neutral);
    else
        setStatusText(m_cardNote, tr("This is not a valid card number; check it for a typo."), StatusTone::Problem);
    m_cardNote->setForegroundRole(digits == 0 ? QPalette::PlaceholderText : QPalette::WindowText);

    switch (m_step) {
    case Step::Entering:
    case Step::Declined:
    case Step::Failed: m_payButton->setEnabled(valid && amount() >= m_minimum); break;
    case Step::WaitingForCode: m_payButton->setEnabled(!m_code->text().trimmed().isEmpty()); break;
    case Step::Paying:
    case Step::Confirming:
    case Step::Succeeded:
    case Step::StillPending: break;
    }
}

void TopUpDialog::pay()
{
    if (!m_payButton->isEnabled())
        return;
    if (m_step == Step::WaitingForCode) {
        setStep(Step::Confirming, tr("Sending the code to your bank…"));
        m_billing.confirmTopUp(m_topUpId,
                               m_code->text().trimmed(),
                               this,
                               [this](const protocol::Expected<protocol::TopUp> &result) { onAnswer(result); });
        return;
    }
    if (m_idempotencyKey.isEmpty())
        m_idempotencyKey = client::BrokerClient::newIdempotencyKey();
    protocol::TopUpRequest request;
    request.amount = amount();
    request.currency = m_currencyBox->currentText();
    request.cardNumber = digitsOf(m_card->text());
    setStep(Step::Paying, tr("Asking your card's bank for %1…").arg(MoneyFormat::amount(request.amount, m_currency)));
    m_billing.startTopUp(request, m_idempotencyKey, this, [this](const protocol::Expected<protocol::TopUp> &result) {
        onAnswer(result);
    });
}

void TopUpDialog::onAnswer(const protocol::Expected<protocol::TopUp> &result)
{
    if (!result) {
        // The form stays as it was; the same key is sent again when the person retries.
        const bool wasConfirming = m_step == Step::Confirming;
        setStep(wasConfirming ? Step::WaitingForCode : Step::Failed, BillingClient::errorText(result.error()));
        return;
    }
    const protocol::TopUp &topUp = *result;
    m_topUpId = topUp.id;
    const QString added = MoneyFormat::amount(topUp.amount, topUp.currency);
    if (topUp.status == u"succeeded") {
        setStep(Step::Succeeded, tr("Done: %1 was added to your credit.").arg(added));
        Q_EMIT toppedUp(topUp);
    } else if (topUp.status == u"declined") {
        m_idempotencyKey.clear(); // a new attempt is a new payment
        setStep(Step::Declined, tr("Declined: %1").arg(BillingClient::declineText(topUp.declineReason)));
    } else if (topUp.status == u"failed") {
        m_idempotencyKey.clear();
        setStep(Step::Failed,
                tr("The payment service could not take the payment, and nothing was charged. Try again later."));
    } else if (topUp.status == u"requires_action" && m_step == Step::Confirming) {
        // The code went to the bank; the answer comes a moment later.
        setStep(Step::Confirming, tr("Your bank is checking the code…"));
        follow(topUp.id, true);
    } else if (topUp.status == u"requires_action") {
        m_codePrompt->setText(topUp.action.isEmpty()
                                  ? tr("Your card's bank wants to confirm this payment. Enter the code it sent you.")
                                  : tr("Your card's bank wants to confirm this payment: %1").arg(topUp.action));
        m_code->clear();
        setStep(Step::WaitingForCode, tr("Waiting for the code from your bank."));
        m_code->setFocus();
    } else {
        setStep(m_step == Step::Confirming ? Step::Confirming : Step::Paying,
                tr("Your card's bank is processing the payment of %1…").arg(added));
        follow(topUp.id, false);
    }
}

void TopUpDialog::follow(qint64 id, bool actionAnswered)
{
    client::BillingClient::FollowPolicy policy = m_follow;
    policy.actionAnswered = actionAnswered;
    m_billing.followTopUp(
        id,
        this,
        [this, actionAnswered](const protocol::Expected<protocol::TopUp> &result) {
            if (result
                && (!BillingClient::isSettled(*result) || (actionAnswered && result->status == u"requires_action"))) {
                setStep(Step::StillPending,
                        tr("The bank is still processing the payment. Your credit goes up as soon as it succeeds; "
                           "you can close this window."));
                return;
            }
            if (!result) {
                setStep(Step::StillPending,
                        tr("The payment was sent, but its outcome could not be asked for: %1 Your credit goes up as "
                           "soon as it succeeds.")
                            .arg(BillingClient::errorText(result.error())));
                return;
            }
            onAnswer(result);
        },
        policy);
}

void TopUpDialog::setStep(Step step, const QString &text)
{
    m_step = step;
    const bool busy = step == Step::Paying || step == Step::Confirming;
    const bool over = step == Step::Succeeded || step == Step::StillPending;
    m_progress->setVisible(busy);
    m_form->setEnabled(step == Step::Entering || step == Step::Declined || step == Step::Failed);
    m_codeRow->setVisible(step == Step::WaitingForCode || step == Step::Confirming);
    m_code->setEnabled(step == Step::WaitingForCode);
    const StatusTone tone = step == Step::Succeeded                          ? StatusTone::Success
                            : step == Step::Declined || step == Step::Failed ? StatusTone::Problem
                                                                             : StatusTone::Neutral;
    setStatusText(m_status, text, tone);
    m_payButton->setText(step == Step::WaitingForCode || step == Step::Confirming ? tr("Confirm")
                         : step == Step::Declined || step == Step::Failed         ? tr("Try Again")
                                                                                  : tr("Pay"));
    m_payButton->setVisible(!over);
    m_payButton->setEnabled(false);
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setText(over ? tr("Close") : tr("Cancel"));
    onFormChanged();
}

} // namespace sc::ui
