#include "ui/billing/InvoiceModel.h"

#include "ui/market/MoneyFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sc::ui {

InvoiceModel::InvoiceModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

int InvoiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvoiceModel::periodText(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid() || !end.isValid())
        return {};
    const QLocale locale;
    // The end is the first instant after the period: the period's last day is the one before it,
    // unless the period ends mid-day (an invoice on demand).
    const QDateTime utcEnd = end.toUTC();
    const QDate last = utcEnd.time() == QTime(0, 0) ? utcEnd.date().addDays(-1) : utcEnd.date();
    const QDate first = start.toUTC().date();
    if (first >= last)
        return locale.toString(first, u"d MMM yyyy"_s);
    if (first.year() == last.year() && first.month() == last.month())
        return u"%1 – %2"_s.arg(locale.toString(first, u"d"_s), locale.toString(last, u"d MMM yyyy"_s));
    return u"%1 – %2"_s.arg(locale.toString(first, u"d MMM"_s), locale.toString(last, u"d MMM yyyy"_s));
}

QVariant InvoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const protocol::Invoice &invoice = rowAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn: return invoice.number;
        case KindColumn:
            return invoice.kind == u"credit_note" ? tr("Credit note for %1").arg(invoice.correctsNumber)
                                                  : tr("Invoice");
        case PeriodColumn: return periodText(invoice.periodStart, invoice.periodEnd);
        case IssuedColumn: return QLocale().toString(invoice.issuedAt.toLocalTime().date(), QLocale::ShortFormat);
        case TotalColumn: return MoneyFormat::amount(invoice.usageTotal, invoice.currency);
        case ClosingColumn: return MoneyFormat::amount(invoice.closingBalance, invoice.currency);
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case NumberColumn: return invoice.number;
        case KindColumn: return invoice.kind;
        case PeriodColumn: return invoice.periodStart;
        case IssuedColumn: return invoice.issuedAt;
        case TotalColumn: return invoice.usageTotal;
        case ClosingColumn: return invoice.closingBalance;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == KindColumn && !invoice.reason.isEmpty())
        return invoice.reason;
    if (role == Qt::TextAlignmentRole && index.column() >= TotalColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant InvoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section >= TotalColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Number");
    case KindColumn: return tr("Document");
    case PeriodColumn: return tr("Period");
    case IssuedColumn: return tr("Issued");
    case TotalColumn: return tr("Usage with VAT");
    case ClosingColumn: return tr("Credit at the end");
    default: return {};
    }
}

} // namespace sc::ui
