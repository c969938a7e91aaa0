#include "ui/seller/BuybackOfferDialog.h"

#include "ui/market/MoneyFormat.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::BuybackClient;

namespace sc::ui {

BuybackOfferDialog::BuybackOfferDialog(client::BrokerClient *client, qint64 leaseId, const QString &leaseText,
                                       const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_leaseId(leaseId)
    , m_currency(currency)
    , m_idempotencyKey(client::BrokerClient::newIdempotencyKey())
    , m_amount(new QDoubleSpinBox)
    , m_notice(new QSpinBox)
    , m_payableLabel(new QLabel)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"buybackOfferDialog"_s);
    setWindowTitle(tr("Offer a buy-back for lease %1").arg(leaseId));
    m_amount->setObjectName(u"buybackAmount"_s);
    m_amount->setDecimals(2);
    m_amount->setRange(0.01, 1'000'000.0);
    m_amount->setPrefix(MoneyFormat::symbol(currency));
    m_amount->setValue(10.0);
    m_notice->setObjectName(u"buybackNotice"_s);
    m_notice->setRange(1, kMaxNoticeHours);
    m_notice->setValue(24);
    m_notice->setSuffix(tr(" h"));
    m_payableLabel->setObjectName(u"buybackPayable"_s);
    m_payableLabel->setWordWrap(true);
    m_error->setObjectName(u"buybackError"_s);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_error->setPalette(palette);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Offer"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BuybackOfferDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, [this] { m_error->setVisible(false); });

    auto *intro = new QLabel(
        tr("Offer the buyer of %1 an amount to end the lease after a notice. The amount is held from what you have "
           "earned until the buyer decides; it is paid to the buyer if they accept and comes back to you if they "
           "refuse or do not answer within a day.")
            .arg(leaseText));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Amount:"), m_amount);
    form->addRow(tr("Notice:"), m_notice);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_payableLabel);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setPayable(std::nullopt);
    setMinimumWidth(440);
}

void BuybackOfferDialog::setPayable(std::optional<qint64> payable)
{
    m_payable = payable;
    if (payable)
        m_payableLabel->setText(tr("Payable to you now: %1.").arg(MoneyFormat::amount(*payable, m_currency)));
    else
        m_payableLabel->setText(tr("Loading what is payable to you now…"));
}

void BuybackOfferDialog::setPayableError(const QString &text)
{
    m_payable.reset();
    m_payableLabel->setText(tr("What is payable to you now could not be loaded: %1").arg(text));
}

void BuybackOfferDialog::setAmount(qint64 minor)
{
    m_amount->setValue(MoneyFormat::unitsFromCents(minor));
}

void BuybackOfferDialog::setNoticeHours(int hours)
{
    m_notice->setValue(hours);
}

qint64 BuybackOfferDialog::amount() const
{
    return MoneyFormat::centsFromUnits(m_amount->value());
}

int BuybackOfferDialog::noticeHours() const
{
    return m_notice->value();
}

QString BuybackOfferDialog::payableText() const
{
    return m_payableLabel->text();
}

QString BuybackOfferDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void BuybackOfferDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(true);
}

void BuybackOfferDialog::accept()
{
    if (m_pending)
        return;
    if (!m_payable) {
        showError(tr("Wait until what is payable to you is known: the offer is held from it."));
        return;
    }
    if (amount() > *m_payable) {
        showError(tr("You can offer at most %1, what is payable to you now: the amount is held from it until the "
                     "buyer decides.")
                      .arg(MoneyFormat::amount(*m_payable, m_currency)));
        return;
    }
    if (!m_client) {
        BuybackClient::Offer offer;
        offer.leaseId = m_leaseId;
        offer.amount = amount();
        offer.currency = m_currency;
        offer.noticeHours = noticeHours();
        offer.status = u"open"_s;
        Q_EMIT offered(offer);
        QDialog::accept();
        return;
    }
    m_pending = true;
    m_buttons->setEnabled(false);
    BuybackClient(*m_client).offer(m_leaseId,
                                   amount(),
                                   noticeHours(),
                                   m_idempotencyKey,
                                   this,
                                   [this](const protocol::Expected<BuybackClient::Offer> &result) {
                                       m_pending = false;
                                       m_buttons->setEnabled(true);
                                       if (!result) {
                                           showError(BuybackClient::errorText(result.error()));
                                           return;
                                       }
                                       Q_EMIT offered(*result);
                                       QDialog::accept();
                                   });
}

} // namespace sc::ui
