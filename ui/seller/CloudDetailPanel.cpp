#include "ui/seller/CloudDetailPanel.h"

#include "ui/market/MarketColors.h"
#include "ui/market/TableStyle.h"
#include "ui/seller/CloudModel.h"
#include "ui/seller/ConnectCloudDialog.h"
#include "ui/seller/ProfileModel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::SellerCloudClient;

namespace sc::ui {

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : CloudDetailPanel::tr("—");
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_manual);
    layout->addWidget(m_cloudFacts, 1);
    layout->addWidget(m_status);
    layout->addStretch(0);
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
    if (!provider || !m_provider || provider->id != m_provider->id) {
        ++m_serial;
        setStatus({});
        m_profiles->clear();
    }
    m_provider = provider;
    setVisible(provider.has_value());
    if (!provider)
        return;
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
