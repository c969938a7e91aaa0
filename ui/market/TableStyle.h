#pragma once

class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QString;
class QTableView;
class QObject;
class QWidget;

namespace sc::ui::TableStyle {

// How every market table looks and sorts, like the catalog tables: whole
// rows selected one at a time, no grid, fixed row height, sortable columns
// (raw values in sortRole), one column that takes the spare width.
QSortFilterProxyModel *sortedProxy(QAbstractItemModel *source, int sortRole, QObject *parent);
void apply(QTableView *table, QAbstractItemModel *model, int stretchColumn);
// A section title in the pages' style (semi-bold).
QLabel *sectionTitle(const QString &text, QWidget *parent = nullptr);

} // namespace sc::ui::TableStyle
