#include "ui/market/TableStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace sc::ui::TableStyle {

namespace {
constexpr int kRowPadding = 10;
constexpr int kMinimumSection = 64;
} // namespace

QSortFilterProxyModel *sortedProxy(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortLocaleAware(true);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    return proxy;
}

void apply(QTableView *table, QAbstractItemModel *model, int stretchColumn)
{
    table->setModel(model);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setCornerButtonEnabled(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + kRowPadding);
    QHeaderView *columns = table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionsMovable(false);
    columns->setMinimumSectionSize(kMinimumSection);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (stretchColumn >= 0)
        columns->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->setSortingEnabled(true);
    columns->setSortIndicator(-1, Qt::AscendingOrder);
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

} // namespace sc::ui::TableStyle
