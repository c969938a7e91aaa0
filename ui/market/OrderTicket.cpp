#include "ui/market/OrderTicket.h"

#include "ui/market/ConfirmationPrompt.h"
#include "ui/market/MarketColors.h"
#include "ui/market/MoneyFormat.h"
#include "ui/market/NoMatchExplanation.h"

#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::MarketClient;

namespace sc::ui {

namespace {

constexpr int kEstimateDelayMs = 250;
constexpr int kMaxQuantity = 1'000;
constexpr int kMaxHours = 24 * 366;
constexpr int kEstimateOffers = 200;

} // namespace

OrderTicket::OrderTicket(client::BrokerClient &client, QWidget *parent)
    : QWidget(parent)
    , m_market(client)
    , m_instrument(new QLabel)
    , m_buyNow(new QRadioButton(tr("Buy now")))
    , m_limit(new QRadioButton(tr("Limit bid")))
    , m_quantity(new QSpinBox)
    , m_duration(new QSpinBox)
    , m_maxPrice(new QDoubleSpinBox)
    , m_minRating(new QDoubleSpinBox)
    , m_regionsButton(new QToolButton)
    , m_regionsMenu(new QMenu(this))
    , m_estimate(new QLabel)
    , m_place(new QPushButton)
    , m_result(new QLabel)
    , m_estimateTimer(new QTimer(this))
{
    setObjectName(u"orderTicket"_s);
    auto *title = new QLabel(tr("Order ticket"));
    QFont titleFont = title->font();
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    m_instrument->setObjectName(u"ticketInstrument"_s);
    m_instrument->setWordWrap(true);

    m_buyNow->setObjectName(u"buyNowRadio"_s);
    m_buyNow->setToolTip(tr("Take the cheapest offers at or below your maximum price now; nothing waits in the book."));
    m_limit->setObjectName(u"limitBidRadio"_s);
    m_limit->setToolTip(tr("Wait in the book at your maximum price until a seller matches it or you cancel."));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_buyNow);
    modes->addButton(m_limit);
    m_buyNow->setChecked(true);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_buyNow);
    modeRow->addWidget(m_limit);
    modeRow->addStretch(1);

    m_quantity->setObjectName(u"ticketQuantity"_s);
    m_quantity->setRange(1, kMaxQuantity);
    m_quantity->setAlignment(Qt::AlignRight);
    m_duration->setObjectName(u"ticketDuration"_s);
    m_duration->setRange(1, kMaxHours);
    m_duration->setValue(4);
    m_duration->setSuffix(tr(" h"));
    m_duration->setAlignment(Qt::AlignRight);
    m_maxPrice->setObjectName(u"ticketMaxPrice"_s);
    m_maxPrice->setDecimals(2);
    m_maxPrice->setRange(0.01, 100'000.0);
    m_maxPrice->setSingleStep(0.01);
    m_maxPrice->setPrefix(MoneyFormat::symbol({}));
    m_maxPrice->setSuffix(tr("/h", "price per hour"));
    m_maxPrice->setAlignment(Qt::AlignRight);
    m_maxPrice->setToolTip(tr("The most you pay per slot and hour. You pay the seller's price, which can be lower."));
    m_minRating->setObjectName(u"ticketMinRating"_s);
    m_minRating->setRange(0, 5);
    m_minRating->setDecimals(1);
    m_minRating->setSingleStep(0.5);
    m_minRating->setPrefix(u"★ "_s);
    m_minRating->setSpecialValueText(tr("Any"));
    m_minRating->setAlignment(Qt::AlignRight);
    m_minRating->setToolTip(tr("Only providers rated at least this well (0 to 5)"));
    m_regionsButton->setObjectName(u"ticketRegions"_s);
    m_regionsButton->setMenu(m_regionsMenu);
    m_regionsButton->setPopupMode(QToolButton::InstantPopup);
    m_regionsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_regionsButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Quantity (slots):"), m_quantity);
    form->addRow(tr("Duration:"), m_duration);
    form->addRow(tr("Max price:"), m_maxPrice);
    form->addRow(tr("Min rating:"), m_minRating);
    form->addRow(tr("Regions:"), m_regionsButton);

    m_estimate->setObjectName(u"ticketEstimate"_s);
    m_estimate->setWordWrap(true);
    m_place->setObjectName(u"placeOrderButton"_s);
    m_place->setDefault(true);
    m_result->setObjectName(u"ticketResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(m_instrument);
    layout->addLayout(modeRow);
    layout->addLayout(form);
    layout->addWidget(m_estimate);
    layout->addWidget(m_place);
    layout->addWidget(m_result);
    layout->addStretch(1);

    m_estimateTimer->setSingleShot(true);
    m_estimateTimer->setInterval(kEstimateDelayMs);
    connect(m_estimateTimer, &QTimer::timeout, this, &OrderTicket::estimate);
    connect(m_buyNow, &QRadioButton::toggled, this, [this] {
        updateMode();
        scheduleEstimate();
    });
    for (QSpinBox *box : {m_quantity, m_duration})
        connect(box, &QSpinBox::valueChanged, this, &OrderTicket::scheduleEstimate);
    for (QDoubleSpinBox *box : {m_maxPrice, m_minRating})
        connect(box, &QDoubleSpinBox::valueChanged, this, &OrderTicket::scheduleEstimate);
    connect(m_place, &QPushButton::clicked, this, &OrderTicket::placeOrder);

    clear();
}

void OrderTicket::setCatalog(const CatalogIndex &catalog)
{
    m_catalog = catalog;
    m_regionsMenu->clear();
    for (const protocol::Region &region : catalog.catalog().regions) {
        QAction *action = m_regionsMenu->addAction(tr("%1 (%2)").arg(region.name, catalog.location(region.id)));
        action->setData(region.id);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this] {
            updateRegionsButton();
            scheduleEstimate();
        });
    }
    updateRegionsButton();
}

void OrderTicket::setInstrument(const QString &instanceType, const QString &region,
                                std::optional<qint64> suggestedPrice, const QString &currency)
{
    const bool sameType = instanceType == m_instanceType;
    m_instanceType = instanceType;
    m_region = region;
    m_currency = currency;
    const QString size = m_catalog.sizeLabel(instanceType);
    m_instrument->setText(size.isEmpty() ? m_catalog.instrumentLabel(instanceType, region)
                                         : tr("%1 (%2)").arg(m_catalog.instrumentLabel(instanceType, region), size));
    for (QAction *action : m_regionsMenu->actions()) {
        const QSignalBlocker blocker(action);
        if (!sameType || !m_buyNow->isChecked())
            action->setChecked(action->data().toString() == region);
        else if (action->data().toString() == region)
            action->setChecked(true);
    }
    if (suggestedPrice && !sameType)
        setMaxPrice(*suggestedPrice);
    setEnabled(true);
    m_result->clear();
    updateMode();
    scheduleEstimate();
}

void OrderTicket::setMaxPrice(qint64 cents)
{
    m_maxPrice->setValue(MoneyFormat::unitsFromCents(cents));
}

void OrderTicket::setBuyNow(bool buyNow)
{
    (buyNow ? m_buyNow : m_limit)->setChecked(true);
}

void OrderTicket::clear()
{
    m_instanceType.clear();
    m_region.clear();
    m_instrument->setText(tr("Select an instrument in the table to buy it."));
    m_estimate->clear();
    m_result->clear();
    updateMode();
    setEnabled(false);
}

QStringList OrderTicket::regions() const
{
    if (!m_buyNow->isChecked())
        return m_region.isEmpty() ? QStringList() : QStringList{m_region};
    QStringList ids;
    for (const QAction *action : m_regionsMenu->actions()) {
        if (action->isChecked())
            ids.append(action->data().toString());
    }
    if (ids.isEmpty() && !m_region.isEmpty())
        ids.append(m_region);
    return ids;
}

MarketClient::BidOrder OrderTicket::order() const
{
    MarketClient::BidOrder order;
    order.instanceType = m_instanceType;
    order.regions = regions();
    order.maxPricePerHour = MoneyFormat::centsFromUnits(m_maxPrice->value());
    order.durationHours = m_duration->value();
    order.minRating = m_minRating->value();
    order.quantity = m_quantity->value();
    order.timeInForce = m_buyNow->isChecked() ? u"ioc"_s : u"gtc"_s;
    return order;
}

QString OrderTicket::estimateText() const
{
    return m_estimate->text();
}

QString OrderTicket::resultText() const
{
    return m_result->text();
}

void OrderTicket::updateMode()
{
    const bool buyNow = m_buyNow->isChecked();
    m_place->setText(buyNow ? tr("Buy now…") : tr("Place limit bid…"));
    // A bid that waits in the book names one region; buying now may take the cheapest of several.
    m_regionsButton->setEnabled(buyNow);
    m_regionsButton->setToolTip(buyNow ? tr("Buy in any of the checked regions, cheapest first")
                                       : tr("A limit bid waits in the book of one region"));
    updateRegionsButton();
}

void OrderTicket::updateRegionsButton()
{
    QStringList names;
    for (const QString &region : regions())
        names.append(m_catalog.regionName(region));
    m_regionsButton->setText(names.isEmpty() ? tr("Choose…") : names.join(u", "_s));
}

void OrderTicket::refreshEstimate()
{
    // Unlike an input change, this does not void an answer under way: it is as good.
    if (!m_instanceType.isEmpty() && !m_estimateTimer->isActive())
        m_estimateTimer->start();
}

void OrderTicket::scheduleEstimate()
{
    if (m_instanceType.isEmpty())
        return;
    ++m_estimateSerial; // answers to older inputs no longer count
    m_estimateTimer->start();
}

MarketClient::OfferFilter OrderTicket::filterFor(const MarketClient::BidOrder &order, bool withMaxPrice) const
{
    MarketClient::OfferFilter filter;
    filter.instanceType = order.instanceType;
    filter.regions = order.regions;
    filter.minRating = order.minRating;
    filter.minAvailableHours = order.durationHours;
    if (withMaxPrice)
        filter.maxPricePerHour = order.maxPricePerHour;
    filter.limit = kEstimateOffers;
    return filter;
}

void OrderTicket::estimate()
{
    if (m_instanceType.isEmpty())
        return;
    const quint64 serial = m_estimateSerial;
    // Without the maximum price, so the estimate can say what the cheapest offer costs.
    m_market.searchOffers(filterFor(order(), false),
                          this,
                          [this, serial](const protocol::Expected<MarketClient::OfferSearchResult> &result) {
                              if (serial != m_estimateSerial)
                                  return;
                              if (!result) {
                                  m_estimate->setText(tr("No estimate: %1").arg(result.error().message));
                                  return;
                              }
                              showEstimate(*result);
                          });
}

void OrderTicket::showEstimate(const MarketClient::OfferSearchResult &result)
{
    const MarketClient::BidOrder wanted = order();
    const QLocale locale;
    const qint64 hours = wanted.durationHours;
    qint64 remaining = wanted.quantity;
    qint64 perHourTotal = 0; // sum of price × slots
    qint64 lowest = 0, highest = 0;
    std::optional<qint64> cheapestAbove;
    for (const protocol::Offer &offer : result.offers) { // cheapest first
        if (hours < offer.minLeaseHours || hours > offer.maxLeaseHours)
            continue;
        if (offer.pricePerHour > wanted.maxPricePerHour) {
            cheapestAbove = cheapestAbove ? std::min(*cheapestAbove, offer.pricePerHour) : offer.pricePerHour;
            continue;
        }
        if (remaining == 0)
            continue;
        const qint64 take = std::min(remaining, offer.availableQuantity);
        if (take <= 0)
            continue;
        lowest = lowest == 0 ? offer.pricePerHour : std::min(lowest, offer.pricePerHour);
        highest = std::max(highest, offer.pricePerHour);
        perHourTotal += take * offer.pricePerHour;
        remaining -= take;
    }
    const qint64 found = wanted.quantity - remaining;
    const QString atMost = tr("At most %1 at your maximum price.")
                               .arg(MoneyFormat::amount(wanted.maxPricePerHour * hours * wanted.quantity, m_currency));
    if (found == 0) {
        QString text = cheapestAbove
                           ? tr("No offer at or below your maximum right now; the cheapest that fits costs %1.")
                                 .arg(MoneyFormat::perHour(*cheapestAbove, m_currency))
                           : tr("No open offer fits this order right now.");
        if (!m_buyNow->isChecked())
            text += u' ' + tr("Your bid would wait in the book until a seller matches it.") + u' ' + atMost;
        m_estimate->setText(text);
        return;
    }
    const QString prices =
        lowest == highest
            ? MoneyFormat::perHour(lowest, m_currency)
            : tr("%1 to %2").arg(MoneyFormat::perHour(lowest, m_currency), MoneyFormat::perHour(highest, m_currency));
    QString text = tr("Estimated cost %1 (%2 × %3 h at %4).")
                       .arg(MoneyFormat::amount(perHourTotal * hours, m_currency),
                            locale.toString(found),
                            locale.toString(hours),
                            prices);
    if (remaining > 0) {
        text += u' '
                + tr("Only %1 of %2 fit your maximum right now.")
                      .arg(locale.toString(found), locale.toString(wanted.quantity));
        if (!m_buyNow->isChecked())
            text += u' ' + tr("The rest waits in the book.");
    }
    m_estimate->setText(text + u' ' + atMost);
}

void OrderTicket::placeOrder()
{
    if (m_instanceType.isEmpty() || m_placing)
        return;
    const MarketClient::BidOrder wanted = order();
    const QLocale locale;
    const QString what = tr("%1 × %2").arg(locale.toString(wanted.quantity),
                                           m_catalog.instrumentLabel(wanted.instanceType, m_region));
    const QString maximum = MoneyFormat::amount(wanted.maxPricePerHour * wanted.durationHours * wanted.quantity,
                                                m_currency);
    QString question;
    if (wanted.timeInForce == u"ioc") {
        QStringList regionNames;
        for (const QString &region : wanted.regions)
            regionNames.append(m_catalog.regionName(region));
        question = tr("Buy %1 now, for %2 h, at no more than %3 a slot (regions: %4)?")
                       .arg(what,
                            locale.toString(wanted.durationHours),
                            MoneyFormat::perHour(wanted.maxPricePerHour, m_currency),
                            regionNames.join(u", "_s));
    } else {
        question = tr("Place a limit bid for %1, for %2 h, at no more than %3 a slot? It waits in the book "
                      "until a seller matches it or you cancel it.")
                       .arg(what,
                            locale.toString(wanted.durationHours),
                            MoneyFormat::perHour(wanted.maxPricePerHour, m_currency));
    }
    question += u"\n\n"_s + m_estimate->text();
    if (!m_estimate->text().contains(maximum))
        question += u' ' + tr("At most %1.").arg(maximum);
    question += u"\n\n"_s + tr("Leases start as soon as the bid is filled and are paid for in full.");
    if (!ConfirmationPrompt::ask(window(),
                                 tr("Confirm the order"),
                                 question,
                                 wanted.timeInForce == u"ioc" ? tr("Buy now") : tr("Place bid")))
        return;

    m_placing = true;
    m_place->setEnabled(false);
    setResult(tr("Placing the order…"));
    m_market.placeBid(wanted, this, [this, wanted](const protocol::Expected<MarketClient::BidPlacement> &result) {
        m_placing = false;
        m_place->setEnabled(true);
        onPlaced(result, wanted);
    });
}

void OrderTicket::onPlaced(const protocol::Expected<MarketClient::BidPlacement> &result,
                           const MarketClient::BidOrder &order)
{
    if (!result) {
        setResult(tr("The order was not placed: %1").arg(result.error().message), true);
        return;
    }
    const MarketClient::BidPlacement &placement = *result;
    const QLocale locale;
    QStringList lines;
    if (!placement.trades.isEmpty()) {
        qint64 perHour = 0;
        QStringList fills;
        for (const protocol::TradePrint &trade : placement.trades) {
            perHour += trade.quantity * trade.pricePerHour;
            fills.append(tr("%1 × %2 at %3")
                             .arg(locale.toString(trade.quantity),
                                  m_catalog.instrumentLabel(trade.instanceType, trade.region),
                                  MoneyFormat::perHour(trade.pricePerHour, placement.bid.currency)));
        }
        lines.append(tr("Bought: %1.").arg(fills.join(u"; "_s)));
        lines.append(tr("Total %1 for %2 h. Leases: %3.")
                         .arg(MoneyFormat::amount(perHour * placement.bid.durationHours, placement.bid.currency),
                              locale.toString(placement.bid.durationHours),
                              locale.toString(qint64(placement.leaseIds.size()))));
    }
    if (placement.bid.status == u"open") {
        lines.append(tr("Bid %1 waits in the book: %2 of %3 filled so far. See My orders to cancel it.")
                         .arg(QString::number(placement.bid.id),
                              locale.toString(placement.bid.filledQuantity),
                              locale.toString(placement.bid.quantity)));
    } else if (placement.trades.isEmpty()) {
        lines.append(tr("Nothing was bought: no offer matched right now."));
    } else if (placement.bid.filledQuantity < placement.bid.quantity) {
        lines.append(tr("The other %1 could not be bought now.")
                         .arg(locale.toString(placement.bid.quantity - placement.bid.filledQuantity)));
    }
    setResult(lines.join(u'\n'));
    if (placement.trades.isEmpty() && placement.bid.status != u"open")
        explainNoFill(order);
    Q_EMIT orderPlaced(placement);
    scheduleEstimate();
}

void OrderTicket::explainNoFill(const MarketClient::BidOrder &order)
{
    const MarketClient::OfferFilter filter = filterFor(order, true);
    m_market.searchOffers(
        filter, this, [this, filter, order](const protocol::Expected<MarketClient::OfferSearchResult> &result) {
            if (!result)
                return;
            QString why = NoMatchExplanation::describe(*result, filter, m_catalog);
            if (why.isEmpty()) {
                why = tr("Offers that fit exist, but none allows a %1-hour lease or they were "
                         "taken first. Try again or change the duration.")
                          .arg(QLocale().toString(order.durationHours));
            }
            setResult(m_result->text() + u"\n\n"_s + why);
        });
}

void OrderTicket::setResult(const QString &text, bool error)
{
    m_result->setText(text);
    QPalette colors = palette();
    if (error)
        colors.setColor(QPalette::WindowText, MarketColors::falling(colors));
    m_result->setPalette(colors);
}

} // namespace sc::ui
