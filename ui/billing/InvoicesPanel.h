#pragma once

#include "client/BillingClient.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sc::ui {

class DocumentDialog;
class InvoiceModel;

// The Billing page's Invoices tab: the buyer's invoices and credit notes;
// one opens (double-click or "Open…") in a DocumentDialog as the broker's
// documents render it, with "Export PDF…" and the period's usage as CSV;
// "Invoice Now" asks for an invoice on demand (one Idempotency-Key per
// press); "Export Usage CSV…" saves this month's usage so far.
class InvoicesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoicesPanel)

public:
    explicit InvoicesPanel(client::BrokerClient &client, QWidget *parent = nullptr);

    void refresh();
    // Forgets what was shown (another connection or account); answers on their way are dropped.
    void clear();
    // Loads the invoice with its lines and shows it.
    void openInvoice(qint64 id);
    void invoiceNow();
    void exportMonthUsage();

    InvoiceModel *model() const { return m_invoices; }
    QTableView *table() const { return m_invoiceTable; }
    QString noticeText() const;
    DocumentDialog *documentDialog() const;

Q_SIGNALS:
    void invoicesLoaded();
    void invoiceOpened();

private:
    void showInvoiceNotice(const QString &text, bool problem);

    client::BillingClient m_billing;
    InvoiceModel *m_invoices;
    QSortFilterProxyModel *m_invoiceProxy;
    QTableView *m_invoiceTable;
    QLabel *m_invoiceNote;
    QLabel *m_invoiceNotice;
    QPushButton *m_openInvoiceButton;
    QPushButton *m_invoiceNowButton;
    QPushButton *m_exportUsageButton;
    QPointer<DocumentDialog> m_documentDialog;
    quint64 m_serial = 0;
    bool m_invoicing = false;
};

} // namespace sc::ui
