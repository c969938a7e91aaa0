#include "ui/market/CatalogPanel.h"

#include "ui/InstanceTypeModel.h"
#include "ui/LineIconEngine.h"
#include "ui/RegionModel.h"
#include "ui/market/TableStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
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
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(u"catalogSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createTableSection(
        tr("Instance types"), m_instanceTypeTable, m_instanceTypeProxy, InstanceTypeModel::NameColumn));
    splitter->addWidget(createTableSection(tr("Regions"), m_regionTable, m_regionProxy, RegionModel::NameColumn));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *header = new QHBoxLayout;
    header->addWidget(TableStyle::sectionTitle(tr("Catalog")));
    header->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
}

QWidget *CatalogPanel::createTableSection(const QString &title, QTableView *table, QSortFilterProxyModel *proxy,
                                          int stretchColumn)
{
    auto *section = new QWidget;
    TableStyle::apply(table, proxy, stretchColumn);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(4);
    auto *label = new QLabel(title, section);
    label->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(label);
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
