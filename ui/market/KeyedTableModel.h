#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace sc::ui {

// A table of rows with a stable key (an order id, an instrument) that a poll
// replaces as a whole: setRows() removes, changes and inserts rows in place
// instead of resetting, so views keep their selection, current row and
// scroll position across refreshes. Rows are compared through toJson().
template<typename Row>
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<Row> &rows)
    {
        QHash<QString, qsizetype> incoming;
        for (qsizetype i = 0; i < rows.size(); ++i)
            incoming.insert(keyOf(rows.at(i)), i);
        // Rows that went away, from the bottom so the row numbers above stay valid.
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (incoming.contains(keyOf(m_rows.at(row))))
                continue;
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        // Rows that stay change in place.
        for (int row = 0; row < int(m_rows.size()); ++row) {
            const Row &fresh = rows.at(incoming.take(keyOf(m_rows.at(row))));
            if (fresh.toJson() == m_rows.at(row).toJson())
                continue;
            m_rows[row] = fresh;
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
        // New rows at the end, in the order given.
        QList<Row> added;
        for (const Row &row : rows) {
            if (incoming.contains(keyOf(row)))
                added.append(row);
        }
        if (!added.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
            m_rows.append(added);
            endInsertRows();
        }
        m_rowByKey.clear();
        for (int row = 0; row < int(m_rows.size()); ++row)
            m_rowByKey.insert(keyOf(m_rows.at(row)), row);
    }

    void clear()
    {
        if (m_rows.isEmpty())
            return;
        beginResetModel();
        m_rows.clear();
        m_rowByKey.clear();
        endResetModel();
    }

    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOfKey(const QString &key) const { return m_rowByKey.value(key, -1); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

protected:
    virtual QString keyOf(const Row &row) const = 0;

private:
    QList<Row> m_rows;
    QHash<QString, int> m_rowByKey;
};

} // namespace sc::ui
