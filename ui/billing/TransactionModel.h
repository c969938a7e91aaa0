#pragma once

#include "protocol/BillingDto.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

namespace sc::ui {

// The buyer's ledger transactions, newest first, a page at a time
// (appendPage() adds an older page below): when, what happened in words,
// the broker's description, the lease it belongs to, and the signed effect
// on the available credit, the held amount and the debt.
class TransactionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionModel)

public:
    enum Column {
        TimeColumn,
        KindColumn,
        DescriptionColumn,
        LeaseColumn,
        CreditColumn,
        HeldColumn,
        DebtColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit TransactionModel(QObject *parent = nullptr);

    void setCurrency(const QString &currency);
    void setTransactions(const QList<protocol::BillingTransaction> &transactions);
    void appendPage(const QList<protocol::BillingTransaction> &transactions);
    void clear();
    const QList<protocol::BillingTransaction> &transactions() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // topup, hold, release, capture, refund, reversal, adjustment in words.
    static QString kindText(const QString &kind);
    // "+€10.00", "−€0.42"; empty for zero.
    static QString signedAmount(qint64 minor, const QString &currency);

private:
    QList<protocol::BillingTransaction> m_rows;
    QString m_currency;
};

} // namespace sc::ui
