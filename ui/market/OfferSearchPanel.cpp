#include "ui/market/OfferSearchPanel.h"

#include "ui/market/MoneyFormat.h"
#include "ui/market/NoMatchExplanation.h"
#include "ui/market/OfferModel.h"
#include "ui/market/TableStyle.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::MarketClient;

namespace sc::ui {

namespace {
constexpr int kMiBPerGiB = 1024;
constexpr int kResultLimit = 200;
} // namespace

OfferSearchPanel::OfferSearchPanel(client::BrokerClient &client, QWidget *parent)
    : QWidget(parent)
    , m_market(client)
    , m_type(new QComboBox)
    , m_minVcpus(new QSpinBox)
    , m_minMemory(new QSpinBox)
    , m_countries(new QToolButton)
    , m_countryMenu(new QMenu(this))
    , m_maxPrice(new QDoubleSpinBox)
    , m_minRating(new QDoubleSpinBox)
    , m_search(new QPushButton(tr("Search")))
    , m_summary(new QLabel)
    , m_model(new OfferModel(this))
    , m_proxy(TableStyle::sortedProxy(m_model, OfferModel::SortRole, this))
    , m_table(new QTableView)
    , m_explanation(new QLabel)
    , m_buy(new QPushButton(tr("Buy…")))
    , m_watch(new QPushButton(tr("Watch this search…")))
    , m_watchResult(new QLabel)
{
    setObjectName(u"offerSearchPanel"_s);
    m_type->setObjectName(u"searchType"_s);
    m_minVcpus->setObjectName(u"searchMinVcpus"_s);
    m_minVcpus->setRange(0, 4096);
    m_minVcpus->setSpecialValueText(tr("Any"));
    m_minVcpus->setAlignment(Qt::AlignRight);
    m_minMemory->setObjectName(u"searchMinMemory"_s);
    m_minMemory->setRange(0, 64 * 1024);
    m_minMemory->setSpecialValueText(tr("Any"));
    m_minMemory->setSuffix(tr(" GiB"));
    m_minMemory->setAlignment(Qt::AlignRight);
    m_countries->setObjectName(u"searchCountries"_s);
    m_countries->setMenu(m_countryMenu);
    m_countries->setPopupMode(QToolButton::InstantPopup);
    m_countries->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_maxPrice->setObjectName(u"searchMaxPrice"_s);
    m_maxPrice->setDecimals(2);
    m_maxPrice->setRange(0, 100'000.0);
    m_maxPrice->setSingleStep(0.05);
    m_maxPrice->setSpecialValueText(tr("No limit"));
    m_maxPrice->setPrefix(MoneyFormat::symbol({}));
    m_maxPrice->setSuffix(tr("/h", "price per hour"));
    m_maxPrice->setAlignment(Qt::AlignRight);
    m_minRating->setObjectName(u"searchMinRating"_s);
    m_minRating->setRange(0, 5);
    m_minRating->setDecimals(1);
    m_minRating->setSingleStep(0.5);
    m_minRating->setSpecialValueText(tr("Any"));
    m_minRating->setPrefix(u"★ "_s);
    m_minRating->setAlignment(Qt::AlignRight);
    m_search->setObjectName(u"searchButton"_s);
    m_search->setDefault(true);
    connect(m_search, &QPushButton::clicked, this, &OfferSearchPanel::search);

    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(12);
    filters->setVerticalSpacing(6);
    const QList<QPair<QString, QWidget *>> fields{
        {tr("Instance type"), m_type},
        {tr("Min vCPU"), m_minVcpus},
        {tr("Min RAM"), m_minMemory},
        {tr("Countries"), m_countries},
        {tr("Max price"), m_maxPrice},
        {tr("Min rating"), m_minRating},
    };
    for (int column = 0; column < fields.size(); ++column) {
        auto *label = new QLabel(fields.at(column).first);
        label->setBuddy(fields.at(column).second);
        filters->addWidget(label, 0, column);
        filters->addWidget(fields.at(column).second, 1, column);
    }
    filters->addWidget(m_search, 1, int(fields.size()));
    filters->setColumnStretch(0, 2);
    filters->setColumnStretch(3, 2);

    m_table->setObjectName(u"offerTable"_s);
    TableStyle::apply(m_table, m_proxy, OfferModel::RegionColumn);
    m_summary->setObjectName(u"offerSummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_explanation->setObjectName(u"noMatchExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setMargin(12);
    m_explanation->setAutoFillBackground(true);
    m_explanation->setBackgroundRole(QPalette::AlternateBase);
    m_explanation->hide();

    m_buy->setObjectName(u"buyOfferButton"_s);
    m_buy->setEnabled(false);
    m_buy->setToolTip(tr("Open the order ticket for this offer's instance type and region"));
    connect(m_buy, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
        if (current.isValid())
            Q_EMIT buyRequested(m_model->rowAt(current.row()));
    });
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) { m_buy->setEnabled(current.isValid()); });
    connect(m_table, &QTableView::doubleClicked, m_buy, &QPushButton::click);
    m_watch->setObjectName(u"watchSearchButton"_s);
    setWatchAvailable(true);
    connect(m_watch, &QPushButton::clicked, this, [this] {
        MarketClient::OfferFilter search = filter();
        search.limit = 0;
        Q_EMIT watchRequested(search);
    });
    m_watchResult->setObjectName(u"watchResult"_s);
    m_watchResult->setWordWrap(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary);
    actions->addWidget(m_watchResult, 1);
    actions->addWidget(m_watch);
    actions->addWidget(m_buy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(filters);
    layout->addWidget(m_explanation);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    updateCountriesButton();
}

void OfferSearchPanel::setCatalog(const CatalogIndex &catalog)
{
    m_catalog = catalog;
    m_model->setCatalog(catalog);
    const QString current = m_type->currentData().toString();
    m_type->clear();
    m_type->addItem(tr("Any type"), QString());
    for (const protocol::InstanceType &type : catalog.catalog().instanceTypes)
        m_type->addItem(tr("%1 (%2)").arg(type.id, catalog.sizeLabel(type.id)), type.id);
    m_type->setCurrentIndex(std::max(0, m_type->findData(current)));

    const QStringList checked = checkedCountries();
    m_countryMenu->clear();
    for (const QString &code : catalog.countryCodes()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(code);
        const QString name = territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
        QAction *action = m_countryMenu->addAction(name);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(checked.contains(code));
        connect(action, &QAction::toggled, this, &OfferSearchPanel::updateCountriesButton);
    }
    updateCountriesButton();
}

QStringList OfferSearchPanel::checkedCountries() const
{
    QStringList codes;
    for (const QAction *action : m_countryMenu->actions()) {
        if (action->isChecked())
            codes.append(action->data().toString());
    }
    return codes;
}

void OfferSearchPanel::updateCountriesButton()
{
    QStringList names;
    for (const QAction *action : m_countryMenu->actions()) {
        if (action->isChecked())
            names.append(action->text());
    }
    m_countries->setText(names.isEmpty() ? tr("Anywhere") : names.join(u", "_s));
}

MarketClient::OfferFilter OfferSearchPanel::filter() const
{
    MarketClient::OfferFilter filter;
    filter.instanceType = m_type->currentData().toString();
    filter.minVcpus = m_minVcpus->value();
    filter.minMemoryMiB = m_minMemory->value() * kMiBPerGiB;
    filter.countries = checkedCountries();
    if (m_maxPrice->value() > 0)
        filter.maxPricePerHour = MoneyFormat::centsFromUnits(m_maxPrice->value());
    filter.minRating = m_minRating->value();
    filter.limit = kResultLimit;
    return filter;
}

void OfferSearchPanel::setWatchAvailable(bool available)
{
    m_watch->setEnabled(available);
    m_watch->setToolTip(available ? tr("Be told when an offer that matches these criteria appears at your price")
                                  : tr("This broker cannot watch searches yet."));
}

void OfferSearchPanel::showWatchResult(const QString &text)
{
    m_watchResult->setText(text);
}

void OfferSearchPanel::setMaxPrice(std::optional<qint64> cents)
{
    m_maxPrice->setValue(cents ? MoneyFormat::unitsFromCents(*cents) : 0.0);
}

void OfferSearchPanel::setInstanceType(const QString &instanceType)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(instanceType)));
}

void OfferSearchPanel::search()
{
    const quint64 serial = ++m_serial;
    const MarketClient::OfferFilter wanted = filter();
    // A new search supersedes one still under way (the serial drops the older answer).
    m_summary->setText(tr("Searching…"));
    m_market.searchOffers(
        wanted, this, [this, serial, wanted](const protocol::Expected<MarketClient::OfferSearchResult> &result) {
            if (serial == m_serial)
                onResult(result, wanted);
        });
}

void OfferSearchPanel::clear()
{
    ++m_serial;
    m_model->clear();
    m_explanation->hide();
    m_explanation->clear();
    m_summary->clear();
    m_watchResult->clear();
}

QString OfferSearchPanel::explanation() const
{
    return m_explanation->isVisibleTo(this) ? m_explanation->text() : QString();
}

void OfferSearchPanel::onResult(const protocol::Expected<MarketClient::OfferSearchResult> &result,
                                const MarketClient::OfferFilter &filter)
{
    if (!result) {
        m_model->clear();
        m_summary->clear();
        m_explanation->setText(tr("The search failed: %1").arg(result.error().message));
        m_explanation->show();
        return;
    }
    m_model->setOffers(result->offers);
    const QLocale locale;
    m_summary->setText(result->total > result->offers.size()
                           ? tr("Offers: %1 of %2, cheapest first")
                                 .arg(locale.toString(qint64(result->offers.size())), locale.toString(result->total))
                           : tr("Offers: %1").arg(locale.toString(result->total)));
    const QString why = NoMatchExplanation::describe(*result, filter, m_catalog);
    m_explanation->setText(why);
    m_explanation->setVisible(!why.isEmpty());
}

} // namespace sc::ui
