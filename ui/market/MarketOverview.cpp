#include "ui/market/MarketOverview.h"

#include "ui/LineIconEngine.h"
#include "ui/market/DepthChart.h"
#include "ui/market/InstrumentModel.h"
#include "ui/market/OrderTicket.h"
#include "ui/market/TableStyle.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::MarketClient;

namespace sc::ui {

namespace {

constexpr int kDepthLevels = 30;
constexpr int kTicketWidth = 320;

MarketClient::CandleInterval intervalFor(PriceChart::Range range)
{
    switch (range) {
    case PriceChart::Range::Day: return MarketClient::CandleInterval::Minute;
    case PriceChart::Range::Week: return MarketClient::CandleInterval::Hour;
    case PriceChart::Range::Month: return MarketClient::CandleInterval::Day;
    }
    return MarketClient::CandleInterval::Hour;
}

} // namespace

MarketOverview::MarketOverview(client::BrokerClient &client, QWidget *parent)
    : QWidget(parent)
    , m_market(client)
    , m_model(new InstrumentModel(this))
    , m_proxy(TableStyle::sortedProxy(m_model, InstrumentModel::SortRole, this))
    , m_filter(new QLineEdit)
    , m_summary(new QLabel)
    , m_table(new QTableView)
    , m_empty(new QLabel)
    , m_tableStack(new QStackedWidget)
    , m_topSplitter(new QSplitter(Qt::Horizontal))
    , m_chart(new PriceChart)
    , m_depth(new DepthChart)
    , m_ticket(new OrderTicket(client))
{
    setObjectName(u"marketOverview"_s);
    m_filter->setObjectName(u"instrumentFilter"_s);
    m_filter->setPlaceholderText(tr("Filter instruments…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(LineIconEngine::icon(LineIcon::Search, palette().color(QPalette::PlaceholderText)),
                        QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateSummary();
    });
    m_summary->setObjectName(u"instrumentSummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_table->setObjectName(u"instrumentTable"_s);
    TableStyle::apply(m_table, m_proxy, InstrumentModel::RegionColumn);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    m_empty->setObjectName(u"instrumentsEmpty"_s);
    m_empty->setText(tr("Nothing is traded yet. Instruments appear here as soon as a seller places an ask "
                        "or a buyer a bid."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_empty);
    m_tableStack->setCurrentWidget(m_empty);

    auto *instruments = new QWidget;
    auto *header = new QHBoxLayout;
    header->addWidget(TableStyle::sectionTitle(tr("Instruments")));
    header->addWidget(m_filter, 1);
    header->addWidget(m_summary);
    auto *instrumentLayout = new QVBoxLayout(instruments);
    instrumentLayout->setContentsMargins(0, 4, 0, 0);
    instrumentLayout->setSpacing(6);
    instrumentLayout->addLayout(header);
    instrumentLayout->addWidget(m_tableStack, 1);
    m_topSplitter->setObjectName(u"instrumentSplitter"_s);
    m_topSplitter->setChildrenCollapsible(false);
    m_topSplitter->addWidget(instruments);

    auto *ticketArea = new QScrollArea;
    ticketArea->setWidget(m_ticket);
    ticketArea->setWidgetResizable(true);
    ticketArea->setFrameShape(QFrame::NoFrame);
    ticketArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    ticketArea->setMinimumWidth(kTicketWidth);
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->setObjectName(u"chartSplitter"_s);
    bottom->setChildrenCollapsible(false);
    bottom->addWidget(m_chart);
    bottom->addWidget(m_depth);
    bottom->addWidget(ticketArea);
    // Weights, not pixels: the chart gets most of the width; the ticket what its form needs.
    bottom->setSizes({500, 240, kTicketWidth});
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 0);
    bottom->setStretchFactor(2, 0);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(u"marketSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_topSplitter);
    splitter->addWidget(bottom);
    splitter->setSizes({380, 620});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(splitter);

    connect(m_chart, &PriceChart::rangeChanged, this, [this] { loadInstrument(false); });
    connect(m_ticket, &OrderTicket::orderPlaced, this, [this] {
        refresh();
        Q_EMIT orderPlaced();
    });
}

void MarketOverview::setCatalog(const CatalogIndex &catalog)
{
    m_catalog = catalog;
    m_model->setCatalog(catalog);
    m_ticket->setCatalog(catalog);
}

void MarketOverview::addSidePanel(QWidget *panel)
{
    m_topSplitter->addWidget(panel);
    m_topSplitter->setSizes({760, 260});
    m_topSplitter->setStretchFactor(0, 1);
    m_topSplitter->setStretchFactor(1, 0);
}

QDateTime MarketOverview::brokerNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

void MarketOverview::refresh()
{
    refreshSnapshot();
    refreshSelectedInstrument();
}

void MarketOverview::refreshSnapshot()
{
    if (m_snapshotPending) {
        // A slow broker is not asked twice at once, but the change that asked now is not lost either.
        m_snapshotAgain = true;
        return;
    }
    m_snapshotPending = true;
    m_snapshotAgain = false;
    const quint64 serial = m_serial;
    m_market.fetchSnapshot(this, [this, serial](const protocol::Expected<MarketClient::Snapshot> &snapshot) {
        if (serial != m_serial)
            return;
        m_snapshotPending = false;
        onSnapshot(snapshot);
        if (m_snapshotAgain)
            refreshSnapshot();
    });
}

void MarketOverview::refreshSelectedInstrument()
{
    if (!m_type.isEmpty())
        loadInstrument(true);
}

void MarketOverview::clear()
{
    ++m_serial;
    ++m_instrumentSerial;
    m_snapshotPending = false;
    m_snapshotAgain = false;
    m_model->clear();
    m_type.clear();
    m_region.clear();
    m_updatedAt = {};
    m_tableStack->setCurrentWidget(m_empty);
    m_chart->setTitle({});
    m_chart->showMessage(tr("Select an instrument to see its prices."));
    m_depth->showMessage(tr("No instrument selected"));
    m_ticket->clear();
    updateSummary();
}

void MarketOverview::onSnapshot(const protocol::Expected<MarketClient::Snapshot> &snapshot)
{
    if (!snapshot) {
        m_summary->setText(tr("Prices could not be updated: %1").arg(snapshot.error().message));
        return;
    }
    if (snapshot->generatedAt.isValid())
        m_clockOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(snapshot->generatedAt);
    m_model->setInstruments(snapshot->instruments);
    m_updatedAt = QDateTime::currentDateTime();
    m_tableStack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_empty);
    // Show something from the start: the first instrument, until the user picks another.
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    if (const auto *selected = m_model->instrument(m_type, m_region); !selected && !m_type.isEmpty()) {
        // The selected instrument left the market: keep its chart, it may come back.
        m_summary->setText(tr("%1 has no open orders any more.").arg(m_catalog.instrumentLabel(m_type, m_region)));
    } else {
        updateSummary();
    }
    if (!m_type.isEmpty())
        m_ticket->refreshEstimate();
    Q_EMIT snapshotLoaded();
}

bool MarketOverview::selectInstrument(const QString &instanceType, const QString &region)
{
    const int row = m_model->rowOf(instanceType, region);
    if (row < 0)
        return false;
    m_filter->clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void MarketOverview::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid())
        return; // filtered away or cleared: keep showing the last instrument
    const protocol::InstrumentSummary &instrument = m_model->rowAt(source.row());
    if (instrument.instanceType == m_type && instrument.region == m_region)
        return;
    m_type = instrument.instanceType;
    m_region = instrument.region;
    m_chart->setTitle(m_catalog.instrumentLabel(m_type, m_region));
    m_ticket->setInstrument(
        m_type, m_region, instrument.bestAsk ? instrument.bestAsk : instrument.lastPrice, instrument.currency);
    loadInstrument(false);
}

void MarketOverview::loadInstrument(bool keepView)
{
    if (m_type.isEmpty())
        return;
    const quint64 serial = keepView ? m_instrumentSerial : ++m_instrumentSerial;
    const QString type = m_type;
    const QString region = m_region;
    const auto *summary = m_model->instrument(type, region);
    const QString currency = summary ? summary->currency : QString();
    m_market.fetchDepth(
        type, region, kDepthLevels, this, [this, serial, currency](const protocol::Expected<protocol::Depth> &depth) {
            if (serial != m_instrumentSerial)
                return;
            if (depth)
                m_depth->setDepth(*depth, currency);
            else
                m_depth->showMessage(tr("The order book could not be loaded"));
        });

    const PriceChart::Range range = m_chart->range();
    const MarketClient::CandleInterval interval = intervalFor(range);
    const QDateTime to = brokerNow();
    const QDateTime from = to.addSecs(-PriceChart::rangeSeconds(range));
    m_market.fetchCandles(
        type,
        region,
        interval,
        from,
        to,
        this,
        [this, serial, interval, from, to, currency, keepView](
            const protocol::Expected<QList<protocol::Candle>> &candles) {
            if (serial != m_instrumentSerial)
                return;
            if (!candles) {
                m_chart->showMessage(tr("Prices could not be loaded: %1").arg(candles.error().message));
                return;
            }
            m_chart->setCandles(*candles, MarketClient::intervalSeconds(interval), currency, from, to, keepView);
        });
}

void MarketOverview::updateSummary()
{
    if (!m_updatedAt.isValid()) {
        m_summary->clear();
        return;
    }
    const QLocale locale;
    const QString updated = locale.toString(m_updatedAt.time(), QLocale::ShortFormat);
    if (m_filter->text().trimmed().isEmpty()) {
        m_summary->setText(tr("Instruments: %1 · Updated %2").arg(locale.toString(m_model->rowCount()), updated));
        return;
    }
    m_summary->setText(tr("Instruments: %1 of %2 · Updated %3")
                           .arg(locale.toString(m_proxy->rowCount()), locale.toString(m_model->rowCount()), updated));
}

} // namespace sc::ui
