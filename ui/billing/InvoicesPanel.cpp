#include "ui/billing/InvoicesPanel.h"

#include "client/BrokerClient.h"
#include "ui/StatusText.h"
#include "ui/billing/DocumentDialog.h"
#include "ui/billing/FileExport.h"
#include "ui/billing/InvoiceModel.h"
#include "ui/market/TableStyle.h"

#include "documents/BillingDocuments.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::BillingClient;

namespace sc::ui {

InvoicesPanel::InvoicesPanel(client::BrokerClient &client, QWidget *parent)
    : QWidget(parent)
    , m_billing(client)
    , m_invoices(new InvoiceModel(this))
    , m_invoiceProxy(TableStyle::sortedProxy(m_invoices, InvoiceModel::SortRole, this))
    , m_invoiceTable(new QTableView)
    , m_invoiceNote(new QLabel)
    , m_invoiceNotice(new QLabel)
    , m_openInvoiceButton(new QPushButton(tr("Open…")))
    , m_invoiceNowButton(new QPushButton(tr("Invoice Now")))
    , m_exportUsageButton(new QPushButton(tr("Export Usage CSV…")))
{
    setObjectName(u"invoicesPanel"_s);
    m_invoiceTable->setObjectName(u"invoiceTable"_s);
    TableStyle::apply(m_invoiceTable, m_invoiceProxy, InvoiceModel::PeriodColumn);
    connect(m_invoiceTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_invoiceProxy->mapToSource(index);
        if (source.isValid())
            openInvoice(m_invoices->rowAt(source.row()).id);
    });
    connect(m_invoiceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_openInvoiceButton->setEnabled(m_invoiceTable->currentIndex().isValid());
    });
    m_openInvoiceButton->setObjectName(u"openInvoiceButton"_s);
    m_openInvoiceButton->setEnabled(false);
    connect(m_openInvoiceButton, &QPushButton::clicked, this, [this] {
        const QModelIndex source = m_invoiceProxy->mapToSource(m_invoiceTable->currentIndex());
        if (source.isValid())
            openInvoice(m_invoices->rowAt(source.row()).id);
    });
    m_invoiceNowButton->setObjectName(u"invoiceNowButton"_s);
    m_invoiceNowButton->setToolTip(tr("Issue an invoice now for the usage and payments not invoiced yet"));
    connect(m_invoiceNowButton, &QPushButton::clicked, this, &InvoicesPanel::invoiceNow);
    m_exportUsageButton->setObjectName(u"exportUsageButton"_s);
    m_exportUsageButton->setToolTip(tr("Save this month's usage so far, lease by lease, as a CSV file"));
    connect(m_exportUsageButton, &QPushButton::clicked, this, &InvoicesPanel::exportMonthUsage);
    m_invoiceNote->setObjectName(u"invoiceNote"_s);
    m_invoiceNote->setWordWrap(true);
    m_invoiceNote->setForegroundRole(QPalette::PlaceholderText);
    m_invoiceNotice->setObjectName(u"invoiceNotice"_s);
    m_invoiceNotice->setWordWrap(true);
    m_invoiceNotice->hide();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_invoiceNote, 1);
    actions->addWidget(m_exportUsageButton);
    actions->addWidget(m_invoiceNowButton);
    actions->addWidget(m_openInvoiceButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(actions);
    layout->addWidget(m_invoiceNotice);
    layout->addWidget(m_invoiceTable, 1);
    layout->addStretch(); // keeps the note and the buttons on top while there is no table
}

void InvoicesPanel::clear()
{
    ++m_serial;
    m_invoices->clear();
    m_invoiceNote->clear();
    showInvoiceNotice(QString(), false);
}

void InvoicesPanel::refresh()
{
    const quint64 serial = m_serial;
    m_billing.fetchInvoices(this, [this, serial](const protocol::Expected<QList<protocol::Invoice>> &result) {
        if (serial != m_serial)
            return;
        if (!result) {
            m_invoiceNote->setText(
                tr("The invoices could not be loaded: %1").arg(BillingClient::errorText(result.error())));
            Q_EMIT invoicesLoaded();
            return;
        }
        m_invoices->setRows(*result);
        m_invoiceTable->setVisible(!result->isEmpty());
        m_invoiceNote->setText(result->isEmpty()
                                   ? tr("No invoices yet. An invoice is issued on the 1st of each month for the month "
                                        "before; “Invoice Now” issues one for what was not invoiced yet.")
                                   : tr("Invoices are issued on the 1st of each month. Open one to see its lines "
                                        "and export it as PDF."));
        Q_EMIT invoicesLoaded();
    });
}

void InvoicesPanel::openInvoice(qint64 id)
{
    const quint64 serial = m_serial;
    m_billing.fetchInvoice(id, this, [this, serial](const protocol::Expected<protocol::Invoice> &result) {
        if (serial != m_serial)
            return;
        if (!result) {
            showInvoiceNotice(tr("The invoice could not be opened: %1").arg(BillingClient::errorText(result.error())),
                              true);
            return;
        }
        const protocol::Invoice invoice = *result;
        if (m_documentDialog)
            m_documentDialog->close();
        const QString title = invoice.kind == u"credit_note" ? tr("Credit Note %1").arg(invoice.number)
                                                             : tr("Invoice %1").arg(invoice.number);
        m_documentDialog = new DocumentDialog(
            title,
            documents::invoiceHtml(invoice),
            [invoice] { return documents::invoicePdf(invoice); },
            invoice.number,
            this);
        m_documentDialog->setAttribute(Qt::WA_DeleteOnClose);
        if (invoice.periodStart.isValid() && invoice.periodEnd.isValid()) {
            const QDateTime from = invoice.periodStart;
            const QDateTime to = invoice.periodEnd;
            QPushButton *csv = m_documentDialog->addExport(
                tr("Export Usage CSV…"),
                u"usage-%1.csv"_s.arg(invoice.number),
                tr("CSV files (*.csv)"),
                [this, from, to, dialog = m_documentDialog.data()](const auto &done) {
                    m_billing.fetchUsageCsv(from, to, dialog, [done](const protocol::Expected<QByteArray> &bytes) {
                        done(bytes ? *bytes : QByteArray(),
                             bytes ? QString() : BillingClient::errorText(bytes.error()));
                    });
                });
            csv->setObjectName(u"exportInvoiceUsageButton"_s);
        }
        m_documentDialog->show();
        Q_EMIT invoiceOpened();
    });
}

void InvoicesPanel::invoiceNow()
{
    if (m_invoicing)
        return;
    m_invoicing = true;
    m_invoiceNowButton->setEnabled(false);
    showInvoiceNotice(tr("Issuing an invoice…"), false);
    const quint64 serial = m_serial;
    m_billing.createInvoice(client::BrokerClient::newIdempotencyKey(),
                            this,
                            [this, serial](const protocol::Expected<protocol::Invoice> &result) {
                                m_invoicing = false;
                                m_invoiceNowButton->setEnabled(true);
                                if (serial != m_serial)
                                    return;
                                if (!result) {
                                    const bool nothing = result.error().details.value(u"reason"_s).toString()
                                                         == u"nothing_to_invoice";
                                    showInvoiceNotice(BillingClient::errorText(result.error()), !nothing);
                                    return;
                                }
                                showInvoiceNotice(tr("Invoice %1 was issued.").arg(result->number), false);
                                refresh();
                                openInvoice(result->id);
                            });
}

void InvoicesPanel::exportMonthUsage()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate first(now.date().year(), now.date().month(), 1);
    const QString path = FileExport::askSavePath(
        this, u"usage-%1.csv"_s.arg(first.toString(u"yyyy-MM"_s)), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    showInvoiceNotice(tr("Exporting…"), false);
    m_billing.fetchUsageCsv(
        first.startOfDay(Qt::UTC), now, this, [this, path](const protocol::Expected<QByteArray> &bytes) {
            if (!bytes) {
                showInvoiceNotice(tr("Nothing was saved: %1").arg(BillingClient::errorText(bytes.error())), true);
                return;
            }
            const QString problem = FileExport::write(path, *bytes);
            showInvoiceNotice(problem.isEmpty() ? tr("This month's usage was saved as %1.").arg(path) : problem,
                              !problem.isEmpty());
        });
}

void InvoicesPanel::showInvoiceNotice(const QString &text, bool problem)
{
    setStatusText(m_invoiceNotice, text, problem ? StatusTone::Problem : StatusTone::Neutral);
}

QString InvoicesPanel::noticeText() const
{
    return m_invoiceNotice->isHidden() ? QString() : m_invoiceNotice->text();
}

DocumentDialog *InvoicesPanel::documentDialog() const
{
    return m_documentDialog;
}

} // namespace sc::ui
