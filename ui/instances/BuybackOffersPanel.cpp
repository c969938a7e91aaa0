#include "ui/instances/BuybackOffersPanel.h"

#include "ui/instances/BuybackRuleDialog.h"
#include "ui/market/MoneyFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using sc::client::BuybackClient;
using sc::protocol::Expected;

namespace sc::ui {

namespace {

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

BuybackOffersPanel::BuybackOffersPanel(client::BrokerClient &client, QWidget *parent)
    : QFrame(parent)
    , m_buybacks(client)
    , m_rows(new QVBoxLayout)
    , m_status(new QLabel)
    , m_ruleButton(new QPushButton(tr("Standing rule…")))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"buybackOffersPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    m_status->setObjectName(u"buybackStatus"_s);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_ruleButton->setObjectName(u"buybackRuleButton"_s);
    m_ruleButton->setToolTip(tr("Accept any buy-back offer of at least an amount, without asking"));
    connect(m_ruleButton, &QPushButton::clicked, this, &BuybackOffersPanel::editRule);

    auto *title = new QLabel(tr("Buy-back offers"));
    QFont bold = title->font();
    bold.setWeight(QFont::DemiBold);
    title->setFont(bold);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_status, 1);
    top->addWidget(m_ruleButton);

    m_rows->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addLayout(top);
    layout->addLayout(m_rows);
    rebuild();
}

QString BuybackOffersPanel::describe(const Offer &offer)
{
    const QString provider = offer.providerPseudonym.isEmpty() ? tr("A provider")
                                                               : tr("Provider %1").arg(offer.providerPseudonym);
    const QString notice = offer.noticeHours == 1 ? tr("1 hour's notice")
                                                  : tr("%1 hours' notice").arg(offer.noticeHours);
    return tr("%1 offers %2 to end lease %3 after %4.")
        .arg(provider, MoneyFormat::amount(offer.amount, offer.currency), QString::number(offer.leaseId), notice);
}

QString BuybackOffersPanel::expiryText(const Offer &offer)
{
    if (!offer.expiresAt.isValid())
        return {};
    return tr("The offer expires at %1.").arg(timeText(offer.expiresAt));
}

QDateTime BuybackOffersPanel::endIfAccepted(const Offer &offer, const QDateTime &now)
{
    QDateTime end = now.addSecs(qint64(offer.noticeHours) * 3600);
    if (offer.leaseEndsAt.isValid())
        end = std::min(end, offer.leaseEndsAt);
    return end;
}

QString BuybackOffersPanel::confirmationText(const Offer &offer, const QDateTime &now)
{
    return tr("Accept %1 for lease %2? The lease will end at %3, its instance is stopped then and renewals stop. "
              "The amount is credited to your balance.")
        .arg(MoneyFormat::amount(offer.amount, offer.currency),
             QString::number(offer.leaseId),
             timeText(endIfAccepted(offer, now)));
}

void BuybackOffersPanel::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    m_buybacks.fetchBuyerOffers(this, [this](const Expected<QList<Offer>> &result) {
        m_loading = false;
        if (!result) {
            // Older brokers and accounts that cannot buy have no buy-backs: stay out of the way.
            setVisible(false);
            return;
        }
        setVisible(true);
        setOffers(*result);
    });
}

void BuybackOffersPanel::setOffers(const QList<Offer> &offers)
{
    m_open.clear();
    for (const Offer &offer : offers) {
        if (offer.isOpen())
            m_open.append(offer);
    }
    rebuild();
}

void BuybackOffersPanel::rebuild()
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    for (const Offer &offer : std::as_const(m_open)) {
        auto *row = new QWidget;
        row->setObjectName(u"buybackRow%1"_s.arg(offer.id));
        auto *text = new QLabel(describe(offer) + u' ' + expiryText(offer));
        text->setObjectName(u"buybackText"_s);
        text->setWordWrap(true);
        auto *accept = new QPushButton(tr("Accept…"));
        accept->setObjectName(u"buybackAccept"_s);
        auto *refuse = new QPushButton(tr("Refuse"));
        refuse->setObjectName(u"buybackRefuse"_s);
        const qint64 id = offer.id;
        connect(accept, &QPushButton::clicked, this, [this, id] { acceptOffer(id); });
        connect(refuse, &QPushButton::clicked, this, [this, id] { refuseOffer(id); });
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(text, 1);
        layout->addWidget(accept);
        layout->addWidget(refuse);
        m_rows->addWidget(row);
        m_rowWidgets.append(row);
    }
    if (m_open.isEmpty())
        setStatus(tr("No open offers. A provider may offer to buy back a lease it needs back; you decide here."));
    else
        setStatus(m_open.size() == 1 ? tr("1 open offer for your leases.")
                                     : tr("%1 open offers for your leases.").arg(m_open.size()));
}

QStringList BuybackOffersPanel::rowTexts() const
{
    QStringList texts;
    for (QWidget *row : m_rowWidgets) {
        if (auto *label = row->findChild<QLabel *>(u"buybackText"_s))
            texts.append(label->text());
    }
    return texts;
}

QString BuybackOffersPanel::statusText() const
{
    return m_status->text();
}

void BuybackOffersPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

const BuybackOffersPanel::Offer *BuybackOffersPanel::offerById(qint64 offerId) const
{
    for (const Offer &offer : m_open) {
        if (offer.id == offerId)
            return &offer;
    }
    return nullptr;
}

void BuybackOffersPanel::acceptOffer(qint64 offerId)
{
    const Offer *found = offerById(offerId);
    if (!found)
        return;
    const Offer offer = *found;
    const QString text = confirmationText(offer, m_clock());
    const bool confirmed = m_confirm ? m_confirm(text)
                                     : QMessageBox::question(this,
                                                             tr("Accept the buy-back"),
                                                             text,
                                                             QMessageBox::Yes | QMessageBox::Cancel,
                                                             QMessageBox::Cancel)
                                           == QMessageBox::Yes;
    if (!confirmed)
        return;
    setStatus(tr("Accepting the offer for lease %1…").arg(offer.leaseId));
    m_buybacks.accept(
        offer.id, client::BrokerClient::newIdempotencyKey(), this, [this, offer](const Expected<Offer> &result) {
            if (!result) {
                setStatus(BuybackClient::errorText(result.error()));
                return;
            }
            Q_EMIT decided(offer.leaseId);
            refresh();
        });
}

void BuybackOffersPanel::refuseOffer(qint64 offerId)
{
    const Offer *found = offerById(offerId);
    if (!found)
        return;
    const qint64 leaseId = found->leaseId;
    setStatus(tr("Refusing the offer for lease %1…").arg(leaseId));
    m_buybacks.refuse(offerId, this, [this, leaseId](const Expected<Offer> &result) {
        if (!result) {
            setStatus(BuybackClient::errorText(result.error()));
            return;
        }
        Q_EMIT decided(leaseId);
        refresh();
    });
}

void BuybackOffersPanel::editRule()
{
    m_ruleButton->setEnabled(false);
    m_buybacks.fetchRule(this, [this](const Expected<BuybackClient::Rule> &rule) {
        m_ruleButton->setEnabled(true);
        if (!rule) {
            setStatus(BuybackClient::errorText(rule.error()));
            return;
        }
        BuybackRuleDialog dialog(rule->minAmount, rule->currency, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const std::optional<qint64> minAmount = dialog.minAmount();
        m_buybacks.setRule(
            minAmount, this, [this, currency = rule->currency](const Expected<BuybackClient::Rule> &saved) {
                if (!saved)
                    setStatus(BuybackClient::errorText(saved.error()));
                else if (saved->minAmount)
                    setStatus(tr("Offers of at least %1 are now accepted for you.")
                                  .arg(MoneyFormat::amount(*saved->minAmount, currency)));
                else
                    setStatus(tr("No standing rule: you decide each offer yourself."));
            });
    });
}

} // namespace sc::ui
