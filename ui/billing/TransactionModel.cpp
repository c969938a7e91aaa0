#include "ui/billing/TransactionModel.h"

#include "ui/market/MoneyFormat.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace sc::ui {

TransactionModel::TransactionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TransactionModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, CreditColumn), index(rowCount() - 1, DebtColumn));
}

void TransactionModel::setTransactions(const QList<protocol::BillingTransaction> &transactions)
{
    beginResetModel();
    m_rows = transactions;
    endResetModel();
}

void TransactionModel::appendPage(const QList<protocol::BillingTransaction> &transactions)
{
    QList<protocol::BillingTransaction> fresh;
    for (const protocol::BillingTransaction &transaction : transactions) {
        const bool known = std::any_of(
            m_rows.cbegin(), m_rows.cend(), [&](const auto &row) { return row.id == transaction.id; });
        if (!known)
            fresh.append(transaction);
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
}

void TransactionModel::clear()
{
    setTransactions({});
}

int TransactionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransactionModel::kindText(const QString &kind)
{
    if (kind == u"topup")
        return tr("Credit added");
    if (kind == u"hold")
        return tr("Held for a bid or lease");
    if (kind == u"release")
        return tr("Hold released");
    if (kind == u"capture")
        return tr("Usage");
    if (kind == u"refund")
        return tr("Refund");
    if (kind == u"reversal")
        return tr("Reversed");
    if (kind == u"adjustment")
        return tr("Adjustment");
    return kind;
}

QString TransactionModel::signedAmount(qint64 minor, const QString &currency)
{
    if (minor == 0)
        return {};
    return (minor > 0 ? u"+"_s : QString()) + MoneyFormat::amount(minor, currency);
}

QVariant TransactionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const protocol::BillingTransaction &row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == LeaseColumn && row.leaseId)
        return tr("Double-click to see lease #%1 on the Instances page").arg(*row.leaseId);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn: return QLocale().toString(row.createdAt.toLocalTime(), QLocale::ShortFormat);
        case KindColumn: return kindText(row.kind);
        case DescriptionColumn: return row.description;
        case LeaseColumn: return row.leaseId ? tr("Lease #%1").arg(*row.leaseId) : QString();
        case CreditColumn: return signedAmount(row.availableChange, m_currency);
        case HeldColumn: return signedAmount(row.heldChange, m_currency);
        case DebtColumn: return signedAmount(row.debtChange, m_currency);
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case TimeColumn: return row.id;
        case KindColumn: return kindText(row.kind);
        case DescriptionColumn: return row.description;
        case LeaseColumn: return row.leaseId.value_or(0);
        case CreditColumn: return row.availableChange;
        case HeldColumn: return row.heldChange;
        case DebtColumn: return row.debtChange;
        default: return {};
        }
    }
    if (index.column() == LeaseColumn && row.leaseId) {
        if (role == Qt::ForegroundRole)
            return QGuiApplication::palette().color(QPalette::Link);
    }
    if (role == Qt::TextAlignmentRole && index.column() >= CreditColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TransactionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section >= CreditColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("When");
    case KindColumn: return tr("What");
    case DescriptionColumn: return tr("Details");
    case LeaseColumn: return tr("Lease");
    case CreditColumn: return tr("Credit");
    case HeldColumn: return tr("Held");
    case DebtColumn: return tr("Owed");
    default: return {};
    }
}

} // namespace sc::ui
