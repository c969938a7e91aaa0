#include "ui/market/CatalogPanel.h"

#include "ui/InstanceTypeModel.h"
#include "ui/LineIconEngine.h"
#include "ui/RegionModel.h"
#include "ui/market/TableStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sc::ui {

CatalogPanel::CatalogPanel(QWidget *parent)
    : QWidget(parent)
    , m_instanceTypes(new InstanceTypeModel(this))
    , m_regions(new RegionModel(this))
    , m_instanceTypeProxy(TableStyle::sortedProxy(m_instanceTypes, InstanceTypeModel::SortRole, this))
    , m_regionProxy(TableStyle::sortedProxy(m_regions, RegionModel::SortRole, this))
    , m_instanceTypeTable(new QTableView)
    , m_regionTable(new QTableView)
    , m_filter(new QLineEdit)
    , m_summary(new QLabel)
{
    setObjectName(u"catalogPanel"_s);
    m_filter->setObjectName(u"catalogFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by type, name, family, city or country…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(LineIconEngine::icon(LineIcon::Search, palette().color(QPalette::PlaceholderText)),
                        QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, this, &CatalogPanel::applyFilter);

    m_summary->setObjectName(u"catalogSummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);

    m_instanceTypeTable->setObjectName(u"instanceTypeTable"_s);
    m_regionTable->setObjectName(u"regionTable"_s);
    // One table at a time, each with the panel's whole height.
    auto *tables = new QTabWidget;
    tables->setObjectName(u"catalogTabs"_s);
    tables->setDocumentMode(true);
    tables->addTab(createTableSection(m_instanceTypeTable, m_instanceTypeProxy, InstanceTypeModel::NameColumn),
                   tr("Instance types"));
    tables->addTab(createTableSection(m_regionTable, m_regionProxy, RegionModel::NameColumn), tr("Regions"));
    // Beside the market the panel is narrow: the columns that say the least give way
    // (the filter still searches them; the family is in the name, the place in city and country).
    m_instanceTypeTable->setColumnHidden(InstanceTypeModel::FamilyColumn, true);
    m_instanceTypeTable->setColumnHidden(InstanceTypeModel::DiskColumn, true);
    m_regionTable->setColumnHidden(RegionModel::IdColumn, true);
    m_regionTable->setColumnHidden(RegionModel::LatitudeColumn, true);
    m_regionTable->setColumnHidden(RegionModel::LongitudeColumn, true);
    // The numbers before the long names, which give way first.
    m_instanceTypeTable->horizontalHeader()->moveSection(InstanceTypeModel::NameColumn, InstanceTypeModel::GpuColumn);
    m_regionTable->horizontalHeader()->moveSection(RegionModel::CityColumn, RegionModel::CountryColumn);

    auto *header = new QHBoxLayout;
    header->addWidget(TableStyle::sectionTitle(tr("Catalog")));
    header->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(tables, 1);
    layout->addWidget(m_summary);
}

QWidget *CatalogPanel::createTableSection(QTableView *table, QSortFilterProxyModel *proxy, int stretchColumn)
{
    auto *section = new QWidget;
    TableStyle::apply(table, proxy, stretchColumn);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->addWidget(table, 1);
    return section;
}

void CatalogPanel::setCatalog(const protocol::Catalog &catalog, const QDateTime &loadedAt)
{
    m_instanceTypes->setInstanceTypes(catalog.instanceTypes);
    m_regions->setRegions(catalog.regions);
    m_loadedAt = loadedAt;
    updateSummary();
}

void CatalogPanel::clear()
{
    m_instanceTypes->clear();
    m_regions->clear();
    m_loadedAt = {};
    updateSummary();
}

void CatalogPanel::applyFilter(const QString &text)
{
    m_instanceTypeProxy->setFilterFixedString(text.trimmed());
    m_regionProxy->setFilterFixedString(text.trimmed());
    updateSummary();
}

void CatalogPanel::updateSummary()
{
    if (!m_loadedAt.isValid()) {
        m_summary->clear();
        return;
    }
    // "Instance types: 17", not "17 instance types": no plural forms to get wrong in any language.
    const QLocale locale;
    const QString updated = locale.toString(m_loadedAt.time(), QLocale::ShortFormat);
    const int typeCount = m_instanceTypes->rowCount();
    const int regionCount = m_regions->rowCount();
    if (m_filter->text().trimmed().isEmpty()) {
        m_summary->setText(tr("Instance types: %1 · Regions: %2 · Updated %3")
                               .arg(locale.toString(typeCount), locale.toString(regionCount), updated));
        return;
    }
    m_summary->setText(tr("Instance types: %1 of %2 · Regions: %3 of %4 · Updated %5")
                           .arg(locale.toString(m_instanceTypeProxy->rowCount()),
                                locale.toString(typeCount),
                                locale.toString(m_regionProxy->rowCount()),
                                locale.toString(regionCount),
                                updated));
}

} // namespace sc::ui
