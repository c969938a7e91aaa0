#include "ui/market/NewAskForm.h"

#include "ui/market/MoneyFormat.h"
#include "ui/market/TableStyle.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::MarketClient;

namespace sc::ui {

namespace {
constexpr int kMaxHours = 24 * 366;
constexpr int kDefaultDays = 7;
} // namespace

NewAskForm::NewAskForm(client::BrokerClient &client, QWidget *parent)
    : QWidget(parent)
    , m_market(client)
    , m_provider(new QComboBox)
    , m_type(new QComboBox)
    , m_region(new QComboBox)
    , m_quantity(new QSpinBox)
    , m_price(new QDoubleSpinBox)
    , m_until(new QDateTimeEdit)
    , m_minLease(new QSpinBox)
    , m_maxLease(new QSpinBox)
    , m_place(new QPushButton(tr("Place ask")))
    , m_result(new QLabel)
{
    setObjectName(u"newAskForm"_s);
    m_provider->setObjectName(u"askProvider"_s);
    m_provider->setToolTip(tr("Buyers see only the provider's pseudonym and rating"));
    m_type->setObjectName(u"askType"_s);
    m_region->setObjectName(u"askRegion"_s);
    m_quantity->setObjectName(u"askQuantity"_s);
    m_quantity->setRange(1, 1'000);
    m_quantity->setAlignment(Qt::AlignRight);
    m_price->setObjectName(u"askPrice"_s);
    m_price->setDecimals(2);
    m_price->setRange(0.01, 100'000.0);
    m_price->setSingleStep(0.01);
    m_price->setValue(0.50);
    m_price->setPrefix(MoneyFormat::symbol({}));
    m_price->setSuffix(tr("/h", "price per hour"));
    m_price->setAlignment(Qt::AlignRight);
    m_until->setObjectName(u"askAvailableUntil"_s);
    m_until->setCalendarPopup(true);
    m_until->setDateTime(QDateTime::currentDateTime().addDays(kDefaultDays));
    m_minLease->setObjectName(u"askMinLease"_s);
    m_minLease->setRange(1, kMaxHours);
    m_minLease->setSuffix(tr(" h"));
    m_minLease->setAlignment(Qt::AlignRight);
    m_maxLease->setObjectName(u"askMaxLease"_s);
    m_maxLease->setRange(1, kMaxHours);
    m_maxLease->setValue(24 * kDefaultDays);
    m_maxLease->setSuffix(tr(" h"));
    m_maxLease->setAlignment(Qt::AlignRight);
    m_place->setObjectName(u"placeAskButton"_s);
    m_result->setObjectName(u"newAskResult"_s);
    m_result->setWordWrap(true);
    connect(m_place, &QPushButton::clicked, this, &NewAskForm::placeAsk);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("Instance type:"), m_type);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Slots:"), m_quantity);
    form->addRow(tr("Price:"), m_price);
    form->addRow(tr("Available until:"), m_until);
    form->addRow(tr("Shortest lease:"), m_minLease);
    form->addRow(tr("Longest lease:"), m_maxLease);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(TableStyle::sectionTitle(tr("New ask")));
    layout->addLayout(form);
    layout->addWidget(m_place, 0, Qt::AlignRight);
    layout->addWidget(m_result);
    layout->addStretch(1);
    updateEnabled();
}

void NewAskForm::setCatalog(const CatalogIndex &catalog)
{
    m_catalog = catalog;
    const QString type = m_type->currentData().toString();
    const QString region = m_region->currentData().toString();
    m_type->clear();
    for (const protocol::InstanceType &entry : catalog.catalog().instanceTypes)
        m_type->addItem(tr("%1 (%2)").arg(entry.id, catalog.sizeLabel(entry.id)), entry.id);
    m_region->clear();
    for (const protocol::Region &entry : catalog.catalog().regions)
        m_region->addItem(tr("%1 (%2)").arg(entry.name, catalog.location(entry.id)), entry.id);
    setInstrument(type, region);
    updateEnabled();
}

void NewAskForm::setInstrument(const QString &instanceType, const QString &region)
{
    if (const int index = m_type->findData(instanceType); index >= 0)
        m_type->setCurrentIndex(index);
    if (const int index = m_region->findData(region); index >= 0)
        m_region->setCurrentIndex(index);
}

void NewAskForm::loadProviders()
{
    // An availability that has (nearly) passed while the form sat there starts over.
    const QDateTime now = QDateTime::currentDateTime();
    if (m_until->dateTime() < now.addSecs(3600))
        m_until->setDateTime(now.addDays(kDefaultDays));
    const quint64 serial = ++m_serial;
    m_market.fetchProviders(this, [this, serial](const protocol::Expected<QList<MarketClient::SellerProvider>> &list) {
        if (serial != m_serial)
            return;
        const qint64 current = m_provider->currentData().toLongLong();
        m_provider->clear();
        if (!list) {
            m_result->setText(tr("Your providers could not be loaded: %1").arg(list.error().message));
        } else {
            for (const MarketClient::SellerProvider &provider : *list) {
                if (provider.status != u"active")
                    continue;
                m_provider->addItem(tr("%1 (shown to buyers as %2)").arg(provider.name, provider.pseudonym),
                                    provider.id);
            }
            if (m_provider->count() == 0)
                m_result->setText(tr("Register a provider for your cloud before you place asks."));
        }
        m_provider->setCurrentIndex(std::max(0, m_provider->findData(current)));
        updateEnabled();
    });
}

void NewAskForm::clear()
{
    ++m_serial;
    m_provider->clear();
    m_result->clear();
    updateEnabled();
}

MarketClient::AskOrder NewAskForm::order() const
{
    MarketClient::AskOrder order;
    order.providerId = m_provider->currentData().toLongLong();
    order.instanceType = m_type->currentData().toString();
    order.region = m_region->currentData().toString();
    order.quantity = m_quantity->value();
    order.pricePerHour = MoneyFormat::centsFromUnits(m_price->value());
    order.availableUntil = m_until->dateTime().toUTC();
    order.minLeaseHours = m_minLease->value();
    order.maxLeaseHours = m_maxLease->value();
    return order;
}

void NewAskForm::placeAsk()
{
    const MarketClient::AskOrder wanted = order();
    if (wanted.minLeaseHours > wanted.maxLeaseHours) {
        m_result->setText(tr("The shortest lease cannot be longer than the longest."));
        return;
    }
    m_place->setEnabled(false);
    m_result->setText(tr("Placing the ask…"));
    m_market.placeAsk(wanted, this, [this](const protocol::Expected<MarketClient::AskPlacement> &result) {
        updateEnabled();
        if (!result) {
            m_result->setText(tr("The ask was not placed: %1").arg(result.error().message));
            return;
        }
        const QLocale locale;
        const protocol::Ask &ask = result->ask;
        qint64 sold = 0;
        for (const protocol::TradePrint &trade : result->trades)
            sold += trade.quantity;
        QString text = tr("Ask %1 placed: %2 × %3 at %4.")
                           .arg(QString::number(ask.id),
                                locale.toString(ask.quantity),
                                m_catalog.instrumentLabel(ask.instanceType, ask.region),
                                MoneyFormat::perHour(ask.pricePerHour, ask.currency));
        if (sold > 0)
            text += u' ' + tr("Sold at once to waiting bids: %1.").arg(locale.toString(sold));
        m_result->setText(text);
        Q_EMIT askPlaced(*result);
    });
}

QString NewAskForm::resultText() const
{
    return m_result->text();
}

void NewAskForm::updateEnabled()
{
    m_place->setEnabled(m_provider->count() > 0 && m_type->count() > 0 && m_region->count() > 0);
}

} // namespace sc::ui
