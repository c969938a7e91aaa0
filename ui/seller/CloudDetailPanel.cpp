#include "ui/seller/CloudDetailPanel.h"

#include "ui/market/MarketColors.h"
#include "ui/market/TableStyle.h"
#include "ui/seller/CapacityChart.h"
#include "ui/seller/CloudModel.h"
#include "ui/seller/ConnectCloudDialog.h"
#include "ui/seller/ProfileModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;
using sc::client::SellerCloudClient;

namespace sc::ui {

namespace {

constexpr qint64 kCapacityReloadMs = 60'000;
constexpr qint64 kHourSeconds = 3'600;

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : CloudDetailPanel::tr("—");
}

QString percent(double share)
{
    return std::isnan(share) ? CloudDetailPanel::tr("—")
                             : CloudDetailPanel::tr("%1 %").arg(QLocale().toString(100 * share, 'f', 1));
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

CloudDetailPanel::CloudDetailPanel(client::BrokerClient &client, const CloudModel &model, QWidget *parent)
    : QWidget(parent)
    , m_clouds(client)
    , m_model(model)
    , m_title(TableStyle::sectionTitle({}))
    , m_pseudonym(new QLabel)
    , m_endpoint(new QLabel)
    , m_software(new QLabel)
    , m_health(new QLabel)
    , m_lastHeard(new QLabel)
    , m_failures(new QLabel)
    , m_lastError(new QLabel)
    , m_nextPoll(new QLabel)
    , m_regions(new QLabel)
    , m_manual(new QLabel)
    , m_cloudFacts(new QWidget)
    , m_profiles(new ProfileModel(this))
    , m_profileProxy(TableStyle::sortedProxy(m_profiles, ProfileModel::SortRole, this))
    , m_profileTable(new QTableView)
    , m_refresh(new QPushButton(tr("Refresh cloud")))
    , m_status(new QLabel)
    , m_tabs(new QTabWidget)
    , m_range(new QComboBox)
    , m_utilization(new QLabel)
    , m_chart(new CapacityChart)
    , m_ratingSummary(new QLabel)
    , m_ratingTable(new QTableWidget(0, 4))
    , m_ratingNote(new QLabel)
{
    setObjectName(u"cloudDetail"_s);
    m_title->setObjectName(u"cloudTitle"_s);
    m_pseudonym->setObjectName(u"cloudPseudonym"_s);
    m_pseudonym->setForegroundRole(QPalette::PlaceholderText);
    m_endpoint->setObjectName(u"cloudEndpointText"_s);
    m_endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_health->setObjectName(u"cloudHealth"_s);
    m_lastHeard->setObjectName(u"cloudLastHeard"_s);
    m_failures->setObjectName(u"cloudFailures"_s);
    m_lastError->setObjectName(u"cloudLastError"_s);
    m_lastError->setWordWrap(true);
    m_lastError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_regions->setObjectName(u"cloudRegions"_s);
    m_regions->setWordWrap(true);
    m_manual->setObjectName(u"cloudManual"_s);
    m_manual->setWordWrap(true);
    m_manual->setText(tr("No cloud is connected to this provider: you list its capacity by hand, and the broker "
                         "does not start instances on it."));
    m_refresh->setObjectName(u"refreshCloudButton"_s);
    m_refresh->setToolTip(tr("Have the broker check the cloud now and import its regions and profiles again"));
    connect(m_refresh, &QPushButton::clicked, this, &CloudDetailPanel::refreshCloud);
    m_status->setObjectName(u"cloudStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    m_profileTable->setObjectName(u"profileTable"_s);
    TableStyle::apply(m_profileTable, m_profileProxy, ProfileModel::SizeColumn);
    m_profileTable->setSelectionMode(QAbstractItemView::NoSelection);

    auto *titleRow = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_pseudonym);
    titleRow->addLayout(titles, 1);
    titleRow->addWidget(m_refresh, 0, Qt::AlignTop);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(4);
    form->addRow(tr("Endpoint:"), m_endpoint);
    form->addRow(tr("Software:"), m_software);
    form->addRow(tr("Health:"), m_health);
    form->addRow(tr("Last heard from:"), m_lastHeard);
    form->addRow(tr("Failures in a row:"), m_failures);
    form->addRow(tr("Last error:"), m_lastError);
    form->addRow(tr("Next check:"), m_nextPoll);
    form->addRow(tr("Regions:"), m_regions);

    auto *factsLayout = new QVBoxLayout(m_cloudFacts);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    factsLayout->addLayout(form);
    factsLayout->addSpacing(6);
    factsLayout->addWidget(TableStyle::sectionTitle(tr("Hardware profiles and slots")));
    factsLayout->addWidget(m_profileTable, 1);

    auto *overview = new QWidget;
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(m_manual);
    overviewLayout->addWidget(m_cloudFacts, 1);

    // Capacity: the chart over a chosen span, and what share of the slots is in use.
    m_range->setObjectName(u"capacityRange"_s);
    m_range->addItem(tr("Last 48 hours"), 48);
    m_range->addItem(tr("Last 7 days"), 7 * 24);
    m_range->addItem(tr("Last 30 days"), 30 * 24);
    m_range->setToolTip(tr("5-minute readings for the last 48 hours, hourly means before that"));
    connect(m_range, &QComboBox::currentIndexChanged, this, &CloudDetailPanel::reloadCapacity);
    m_utilization->setObjectName(u"cloudUtilization"_s);
    m_utilization->setWordWrap(true);
    m_utilization->setTextFormat(Qt::PlainText);
    auto *capacity = new QWidget;
    auto *capacityLayout = new QVBoxLayout(capacity);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(TableStyle::sectionTitle(tr("Slots used and free")), 1);
    rangeRow->addWidget(m_range);
    capacityLayout->addLayout(rangeRow);
    capacityLayout->addWidget(m_utilization);
    capacityLayout->addWidget(m_chart, 1);

    // Rating: each component with its weight, the composite and the rating.
    m_ratingSummary->setObjectName(u"ratingSummary"_s);
    m_ratingSummary->setWordWrap(true);
    m_ratingTable->setObjectName(u"ratingTable"_s);
    m_ratingTable->setHorizontalHeaderLabels({tr("Component"), tr("Measured"), tr("Weight"), tr("Counts as")});
    m_ratingTable->verticalHeader()->hide();
    m_ratingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_ratingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ratingTable->setShowGrid(false);
    m_ratingTable->setAlternatingRowColors(true);
    m_ratingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ratingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ratingNote->setObjectName(u"ratingNote"_s);
    m_ratingNote->setWordWrap(true);
    m_ratingNote->setForegroundRole(QPalette::PlaceholderText);
    auto *rating = new QWidget;
    auto *ratingLayout = new QVBoxLayout(rating);
    ratingLayout->addWidget(m_ratingSummary);
    ratingLayout->addWidget(m_ratingTable, 1);
    ratingLayout->addWidget(m_ratingNote);

    m_tabs->setObjectName(u"cloudTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(overview, tr("Overview"));
    m_tabs->addTab(capacity, tr("Capacity"));
    m_tabs->addTab(rating, tr("Rating"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    setProvider(std::nullopt);
}

void CloudDetailPanel::setCatalog(const CatalogIndex &catalog)
{
    m_catalog = catalog;
    m_profiles->setCatalog(catalog);
    setProvider(m_provider); // the regions' names
}

QString CloudDetailPanel::statusText() const
{
    return m_status->text();
}

void CloudDetailPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(error ? u"color: %1;"_s.arg(MarketColors::falling(palette()).name()) : QString());
}

void CloudDetailPanel::setProvider(const std::optional<SellerCloudClient::Provider> &provider)
{
    const bool another = !provider || !m_provider || provider->id != m_provider->id;
    if (another) {
        ++m_serial;
        setStatus({});
        m_profiles->clear();
        m_capacityLoaded.invalidate();
        m_utilization->clear();
    }
    m_provider = provider;
    setVisible(provider.has_value());
    if (!provider)
        return;
    showRating(*provider);
    if (!provider->connected) {
        ++m_capacitySerial;
        m_utilization->setText(tr("No cloud is connected to this provider, so the broker reads no capacity from it."));
        m_chart->showMessage(tr("No capacity history: this provider is sold by hand."));
    } else if (!m_capacityLoaded.isValid() || m_capacityLoaded.hasExpired(kCapacityReloadMs)) {
        reloadCapacity();
    }
    const QLocale locale;
    m_title->setText(provider->name);
    m_pseudonym->setText(
        tr("Buyers see it as %1 · ★ %2").arg(provider->pseudonym, locale.toString(provider->rating, 'f', 1)));
    m_manual->setVisible(!provider->connected);
    m_cloudFacts->setVisible(provider->connected);
    m_refresh->setVisible(provider->connected);
    if (!provider->connected)
        return;
    m_endpoint->setText(provider->endpoint);
    m_software->setText(provider->software.isEmpty()
                            ? tr("—")
                            : tr("%1, verified %2").arg(provider->software, when(provider->verifiedAt)));
    const SellerCloudClient::Health &health = provider->health;
    m_health->setText(CloudModel::healthText(*provider));
    QFont bold = m_health->font();
    bold.setWeight(QFont::DemiBold);
    m_health->setFont(bold);
    m_health->setStyleSheet(u"color: %1;"_s.arg(CloudModel::healthColor(*provider, palette()).name()));
    m_failures->setText(locale.toString(health.consecutiveFailures));
    m_lastError->setText(health.lastError.isEmpty() ? tr("None") : health.lastError);
    m_lastError->setStyleSheet(health.lastError.isEmpty() || health.consecutiveFailures == 0
                                   ? QString()
                                   : u"color: %1;"_s.arg(MarketColors::falling(palette()).name()));
    m_nextPoll->setText(when(health.nextPollAt));
    QStringList regions;
    for (const SellerCloudClient::Region &region : provider->regions) {
        regions << (region.catalogRegion.isEmpty()
                        ? tr("%1 (not in the catalog)").arg(region.code)
                        : tr("%1 → %2").arg(region.code, m_catalog.regionName(region.catalogRegion)));
    }
    m_regions->setText(regions.isEmpty() ? tr("None") : regions.join(u", "_s));
    m_profiles->setProvider(*provider);
    updateStaleness();
}

void CloudDetailPanel::reloadCapacity()
{
    if (!m_provider || !m_provider->connected)
        return;
    const quint64 serial = ++m_capacitySerial;
    m_capacityLoaded.start();
    if (m_chart->pointCount() == 0)
        m_chart->showMessage(tr("Loading the capacity history…"));
    const qint64 hours = m_range->currentData().toLongLong();
    const QDateTime to = QDateTime::currentDateTimeUtc();
    m_clouds.fetchCapacityHistory(
        m_provider->id,
        hours > 48 ? to.addSecs(-hours * kHourSeconds) : QDateTime(), // the broker's default: 48 h to its now
        hours > 48 ? to : QDateTime(),
        this,
        [this, serial](const protocol::Expected<SellerCloudClient::CapacityHistory> &history) {
            if (serial != m_capacitySerial)
                return;
            if (!history) {
                m_capacityLoaded.invalidate();
                m_chart->showMessage(tr("The capacity history could not be loaded."));
                m_utilization->setText(history.error().message);
                return;
            }
            showCapacity(*history);
        });
}

void CloudDetailPanel::showCapacity(const SellerCloudClient::CapacityHistory &history)
{
    const QLocale locale;
    const SellerCloudClient::CapacityUtilization &use = history.utilization;
    QStringList lines;
    if (use.totalSlots == 0) {
        lines << tr("The cloud reports no slots at the moment.");
    } else {
        lines << tr("Capacity utilization: %1 of %2 slots in use (%3), %4 free.")
                     .arg(locale.toString(use.usedSlots),
                          locale.toString(use.totalSlots),
                          percent(use.usedShare),
                          locale.toString(use.freeSlots));
    }
    if (!std::isnan(use.averageUsedShare))
        lines << tr("%1 on average over this period.").arg(percent(use.averageUsedShare));
    lines << (use.marketInstances == 1
                  ? tr("1 of the used slots runs a lease sold here.")
                  : tr("%1 of the used slots run leases sold here.").arg(locale.toString(use.marketInstances)));
    lines << tr("Slots, not CPU: the cloud reports how many slots of each profile are in use.");
    m_utilization->setText(lines.join(u' '));
    m_chart->setPoints(history.points);
}

void CloudDetailPanel::showRating(const SellerCloudClient::Provider &provider)
{
    const QLocale locale;
    m_ratingTable->setRowCount(0);
    if (!provider.ratingBreakdown) {
        m_ratingSummary->setText(
            tr("Rated ★ %1: not rated from observations yet.").arg(locale.toString(provider.rating, 'f', 1)));
        m_ratingNote->setText(tr("New provider, neutral prior: the broker rates every provider every 10 minutes "
                                 "from the uptime, provisioning and instance states it observes and from buyers' "
                                 "reviews. Until there is evidence the rating is the neutral 3.0."));
        return;
    }
    const SellerCloudClient::RatingBreakdown &rating = *provider.ratingBreakdown;
    auto measured = [&](double value) { return std::isnan(value) ? tr("No evidence yet") : percent(value); };
    auto countsAs = [&](double value) {
        return std::isnan(value) ? tr("%1 (prior)").arg(locale.toString(rating.prior, 'f', 2))
                                 : locale.toString(value, 'f', 2);
    };
    auto weight = [&](QStringView component) {
        return tr("%1 %").arg(locale.toString(100 * rating.weight(component), 'f', 0));
    };
    auto addRow = [&](const QString &component,
                      const QString &value,
                      const QString &weightText,
                      const QString &counts,
                      const QString &tip = {}) {
        const int row = m_ratingTable->rowCount();
        m_ratingTable->insertRow(row);
        m_ratingTable->setItem(row, 0, cell(component));
        m_ratingTable->setItem(row, 1, cell(value));
        m_ratingTable->setItem(row, 2, cell(weightText, Qt::AlignRight | Qt::AlignVCenter));
        m_ratingTable->setItem(row, 3, cell(counts, Qt::AlignRight | Qt::AlignVCenter));
        for (int column = 0; column < 4 && !tip.isEmpty(); ++column)
            m_ratingTable->item(row, column)->setToolTip(tip);
    };
    addRow(tr("Uptime, 30 days"),
           std::isnan(rating.uptime30d)
               ? tr("No evidence yet")
               : tr("%1 (1 day %2, 7 days %3)")
                     .arg(percent(rating.uptime30d), percent(rating.uptime1d), percent(rating.uptime7d)),
           weight(u"uptime30d"),
           countsAs(rating.uptime30d),
           tr("1 − time in outages / time connected"));
    addRow(tr("Provisioning success"),
           std::isnan(rating.provisioningSuccess)
               ? tr("No evidence yet")
               : tr("%1 of %2 instances").arg(percent(rating.provisioningSuccess), locale.toString(rating.instances)),
           weight(u"provisioningSuccess"),
           countsAs(rating.provisioningSuccess),
           tr("Instances that reached running / those that reached running or failed, over 30 days"));
    addRow(tr("State conformance"),
           measured(rating.stateFidelity),
           weight(u"stateFidelity"),
           countsAs(rating.stateFidelity),
           tr("1 − instances lost / instances that ran, over 30 days"));
    addRow(tr("Buyer reviews"),
           std::isnan(rating.reviewStars)
               ? tr("No reviews yet")
               : tr("★ %1 from %2 reviews")
                     .arg(locale.toString(rating.reviewStars, 'f', 2), locale.toString(rating.reviews)),
           weight(u"reviews"),
           countsAs(std::isnan(rating.reviewStars) ? rating.reviewStars : (rating.reviewStars - 1) / 4),
           tr("(mean stars − 1) / 4"));
    addRow(tr("Median time to running"),
           std::isnan(rating.medianSecondsToRunning)
               ? tr("No evidence yet")
               : tr("%1 s").arg(locale.toString(rating.medianSecondsToRunning, 'f', 1)),
           tr("—"),
           tr("—"),
           tr("Shown for information; not weighed"));
    addRow(tr("Composite score"), {}, tr("100 %"), locale.toString(rating.score, 'f', 3));
    addRow(tr("Rating"),
           tr("★ %1").arg(locale.toString(rating.rating, 'f', 1)),
           {},
           {},
           tr("5 × (%1 × %2 + evidence × score) / (%1 + evidence)")
               .arg(locale.toString(rating.priorWeight), locale.toString(rating.prior)));
    m_ratingSummary->setText(tr("Rated ★ %1 from a composite score of %2 and evidence of %3 "
                                "(instances, reviews and days connected).")
                                 .arg(locale.toString(rating.rating, 'f', 1),
                                      locale.toString(rating.score, 'f', 3),
                                      locale.toString(rating.evidence, 'f', 1)));
    QString note = tr("Formula version %1, rated %2.").arg(rating.formulaVersion).arg(when(rating.ratedAt));
    if (rating.isNew()) {
        note = tr("New provider, neutral prior: the evidence so far (%1: instances, reviews and days connected) "
                  "weighs less than the prior's %2, so the rating still leans on the neutral %3 (★ 3.0) and moves "
                  "toward the composite score as evidence grows. A component without evidence counts as the "
                  "prior. ")
                   .arg(locale.toString(rating.evidence, 'f', 1),
                        locale.toString(rating.priorWeight),
                        locale.toString(rating.prior))
               + note;
    }
    m_ratingNote->setText(note);
}

void CloudDetailPanel::updateStaleness()
{
    if (!m_provider || !m_provider->connected)
        return;
    m_lastHeard->setText(CloudModel::lastHeardText(m_model.stalenessSeconds(*m_provider)));
}

void CloudDetailPanel::refreshCloud()
{
    if (!m_provider || !m_provider->connected)
        return;
    const qint64 id = m_provider->id;
    const QString name = m_provider->name;
    const quint64 serial = m_serial;
    m_refresh->setEnabled(false);
    setStatus(tr("Checking %1…").arg(name));
    m_clouds.refreshProvider(
        id, this, [this, serial, name](const protocol::Expected<SellerCloudClient::Provider> &provider) {
            m_refresh->setEnabled(true);
            if (serial != m_serial)
                return;
            if (!provider) {
                setStatus(tr("%1 could not be refreshed. %2").arg(name, ConnectCloudDialog::explain(provider.error())),
                          true);
                return;
            }
            setStatus(tr("%1 checked: %2 profiles imported.").arg(name, QLocale().toString(provider->profiles.size())));
            Q_EMIT providerRefreshed(*provider);
        });
}

} // namespace sc::ui
