#include "ui/BillingPage.h"

#include "client/BrokerClient.h"
#include "ui/LineIconEngine.h"
#include "ui/MessagePanel.h"
#include "ui/NoticeBanner.h"
#include "ui/PageHeader.h"
#include "ui/StatusText.h"
#include "ui/billing/BalanceSummary.h"
#include "ui/billing/InvoicesPanel.h"
#include "ui/billing/SpendChart.h"
#include "ui/billing/ThresholdsDialog.h"
#include "ui/billing/TopUpDialog.h"
#include "ui/billing/TransactionModel.h"
#include "ui/market/MoneyFormat.h"
#include "ui/market/TableStyle.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::BillingClient;
using sc::client::BrokerConnection;

namespace sc::ui {

namespace {
constexpr int kPollIntervalMs = 30'000;

QString untilText(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    const qint64 minutes = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when) / 60);
    const QString clock = local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                               : locale.toString(local, QLocale::ShortFormat);
    if (minutes < 120)
        return BillingPage::tr("%1 (in %n min)", nullptr, int(minutes)).arg(clock);
    return clock;
}
} // namespace

BillingPage::BillingPage(client::BrokerClient &client, BrokerConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_connection(connection)
    , m_billing(client)
    , m_banner(new NoticeBanner)
    , m_summary(new BalanceSummary)
    , m_spend(new SpendChart)
    , m_transactions(new TransactionModel(this))
    , m_transactionProxy(TableStyle::sortedProxy(m_transactions, TransactionModel::SortRole, this))
    , m_transactionTable(new QTableView)
    , m_transactionNote(new QLabel)
    , m_olderButton(new QPushButton(tr("Show Older")))
    , m_invoices(new InvoicesPanel(client))
    , m_addCreditButton(new QPushButton(LineIconEngine::icon(LineIcon::Billing), tr("Add Credit…")))
    , m_tabs(new QTabWidget)
    , m_stack(new QStackedWidget)
    , m_message(new MessagePanel)
    , m_content(new QWidget)
    , m_refreshAction(new QAction(LineIconEngine::icon(LineIcon::Refresh), tr("&Refresh"), this))
    , m_pollTimer(new QTimer(this))
{
    setObjectName(u"billingPage"_s);

    m_refreshAction->setObjectName(u"refreshBillingAction"_s);
    m_refreshAction->setToolTip(tr("Load your balance, transactions and invoices from the broker again"));
    connect(m_refreshAction, &QAction::triggered, this, &BillingPage::refresh);
    auto *refreshButton = new QToolButton;
    refreshButton->setObjectName(u"refreshBillingButton"_s);
    refreshButton->setDefaultAction(m_refreshAction);
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addCreditButton->setObjectName(u"addCreditButton"_s);
    m_addCreditButton->setToolTip(tr("Add prepaid credit with a card"));
    m_addCreditButton->setEnabled(false);
    connect(m_addCreditButton, &QPushButton::clicked, this, &BillingPage::openTopUp);
    auto *header = new PageHeader(
        tr("Billing"), tr("Your prepaid credit, what your instances cost, and your invoices."), this);
    header->addAction(m_addCreditButton);
    header->addAction(refreshButton);

    m_banner->setObjectName(u"fundsBanner"_s);
    connect(m_banner, &NoticeBanner::buttonClicked, this, &BillingPage::openTopUp);

    connect(m_summary, &BalanceSummary::editThresholdsRequested, this, &BillingPage::openThresholds);
    auto *summaryFrame = new QFrame;
    summaryFrame->setFrameShape(QFrame::StyledPanel);
    auto *summaryLayout = new QVBoxLayout(summaryFrame);
    summaryLayout->setContentsMargins(14, 12, 14, 12);
    summaryLayout->addWidget(m_summary);
    summaryFrame->setMinimumWidth(330);
    summaryFrame->setMaximumWidth(420);
    auto *chartSide = new QVBoxLayout;
    chartSide->setContentsMargins(0, 0, 0, 0);
    chartSide->addWidget(TableStyle::sectionTitle(tr("Spent per day over the last %1 days").arg(kSpendDays)));
    chartSide->addWidget(m_spend, 1);
    auto *topRow = new QHBoxLayout;
    topRow->setSpacing(16);
    topRow->addWidget(summaryFrame);
    topRow->addLayout(chartSide, 1);

    m_tabs->setObjectName(u"billingTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createTransactionsTab(), tr("Transactions"));
    m_tabs->addTab(m_invoices, tr("Invoices"));

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(12);
    contentLayout->addLayout(topRow);
    contentLayout->addWidget(m_tabs, 1);

    m_message->setObjectName(u"billingMessage"_s);
    connect(m_message, &MessagePanel::buttonClicked, this, &BillingPage::onMessageButton);
    m_stack->setObjectName(u"billingStack"_s);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    m_banner->hide();

    m_pollTimer->setInterval(kPollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &BillingPage::refresh);

    connect(&m_connection, &BrokerConnection::stateChanged, this, &BillingPage::onConnectionStateChanged);
    connect(&m_connection, &BrokerConnection::userChanged, this, &BillingPage::onUserChanged);
    onConnectionStateChanged(m_connection.state());
}

QWidget *BillingPage::createTransactionsTab()
{
    m_transactionTable->setObjectName(u"transactionTable"_s);
    TableStyle::apply(m_transactionTable, m_transactionProxy, TransactionModel::DescriptionColumn);
    m_transactionTable->setSortingEnabled(false); // newest first, as the pages come
    m_transactionTable->setSelectionMode(QAbstractItemView::NoSelection);
    connect(m_transactionTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_transactionProxy->mapToSource(index);
        if (!source.isValid())
            return;
        if (const auto leaseId = m_transactions->transactions().at(source.row()).leaseId)
            Q_EMIT leaseRequested(*leaseId);
    });
    m_transactionNote->setObjectName(u"transactionNote"_s);
    m_transactionNote->setWordWrap(true);
    m_transactionNote->setForegroundRole(QPalette::PlaceholderText);
    m_olderButton->setObjectName(u"olderTransactionsButton"_s);
    m_olderButton->setToolTip(tr("Load the next %1 older transactions").arg(kTransactionPage));
    connect(m_olderButton, &QPushButton::clicked, this, &BillingPage::loadOlderTransactions);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_transactionNote, 1);
    footer->addWidget(m_olderButton);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_transactionTable, 1);
    layout->addLayout(footer);
    return tab;
}

QString BillingPage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

TopUpDialog *BillingPage::topUpDialog() const
{
    return m_topUpDialog;
}

ThresholdsDialog *BillingPage::thresholdsDialog() const
{
    return m_thresholdsDialog;
}

void BillingPage::setPollInterval(int milliseconds)
{
    m_pollTimer->setInterval(milliseconds);
}

void BillingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_state == State::Loaded)
        refresh();
    if (m_connection.state() == BrokerConnection::State::Connected)
        m_pollTimer->start();
}

void BillingPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_pollTimer->stop();
}

void BillingPage::onConnectionStateChanged(BrokerConnection::State state)
{
    m_refreshAction->setEnabled(state == BrokerConnection::State::Connected);
    ++m_serial;
    m_loading = false;
    m_balance.reset();
    m_summary->clear();
    m_transactions->clear();
    m_invoices->clear();
    m_banner->hide();
    m_addCreditButton->setEnabled(false);
    switch (state) {
    case BrokerConnection::State::Connected:
        onUserChanged();
        if (isVisible())
            m_pollTimer->start();
        return;
    case BrokerConnection::State::Connecting: setState(State::Connecting, m_connection.description()); break;
    case BrokerConnection::State::Failed: setState(State::ConnectionFailed, m_connection.lastError()); break;
    case BrokerConnection::State::Disconnected: setState(State::NotConnected); break;
    }
    m_pollTimer->stop();
}

void BillingPage::onUserChanged()
{
    if (m_connection.state() != BrokerConnection::State::Connected)
        return;
    ++m_serial;
    m_loading = false;
    m_balance.reset();
    m_summary->clear();
    m_transactions->clear();
    m_invoices->clear();
    m_banner->hide();
    const auto user = m_connection.currentUser();
    if (user && user->role == u"seller") {
        setState(State::NotBuyer);
        return;
    }
    setState(State::Loading);
    refresh();
}

void BillingPage::refresh()
{
    if (m_connection.state() != BrokerConnection::State::Connected || m_state == State::NotBuyer || m_loading)
        return;
    m_loading = true;
    if (m_state != State::Loaded)
        setState(State::Loading);
    const quint64 serial = m_serial;
    m_billing.fetchBalance(this, [this, serial](const protocol::Expected<protocol::BillingBalance> &result) {
        if (serial != m_serial)
            return;
        m_loading = false;
        onBalance(result);
    });
}

void BillingPage::onBalance(const protocol::Expected<protocol::BillingBalance> &result)
{
    if (!result) {
        if (result.error().code == protocol::ErrorCode::Forbidden)
            setState(State::NotBuyer, result.error().message);
        else if (m_state != State::Loaded)
            setState(State::Failed, BillingClient::errorText(result.error()));
        Q_EMIT balanceLoaded();
        return;
    }
    m_balance = *result;
    m_summary->setBalance(*result);
    m_transactions->setCurrency(result->currency);
    m_addCreditButton->setEnabled(true);
    updateBanner();
    setState(State::Loaded);
    refreshDetails();
    Q_EMIT balanceLoaded();
}

void BillingPage::updateBanner()
{
    if (!m_balance || (m_balance->fundsState != u"low" && m_balance->fundsState != u"grace")) {
        m_banner->hide();
        return;
    }
    const QString available = MoneyFormat::amount(m_balance->available, m_balance->currency);
    QString text;
    if (m_balance->fundsState == u"grace") {
        text = m_balance->graceEndsAt.isValid()
                   ? tr("Your credit (%1) does not cover the next hour of your running instances. Unless you add "
                        "credit, their leases end at %2.")
                         .arg(available, untilText(m_balance->graceEndsAt))
                   : tr("Your credit (%1) does not cover the next hour of your running instances. Unless you add "
                        "credit, their leases end soon.")
                         .arg(available);
    } else {
        qint64 crossed = 0;
        for (qint64 threshold : m_balance->lowBalanceThresholds) {
            if (m_balance->available < threshold && (crossed == 0 || threshold < crossed))
                crossed = threshold;
        }
        text = crossed > 0 ? tr("Your credit is low: %1, below your alert at %2. Add credit so your instances keep "
                                "running and your bids can match.")
                                 .arg(available, MoneyFormat::amount(crossed, m_balance->currency))
                           : tr("Your credit is low: %1. Add credit so your instances keep running and your bids "
                                "can match.")
                                 .arg(available);
    }
    m_banner->showNotice(LineIcon::Warning, text, tr("Add Credit…"));
}

void BillingPage::refreshDetails()
{
    const quint64 serial = m_serial;
    m_billing.fetchSpend(kSpendDays, this, [this, serial](const protocol::Expected<protocol::SpendSeries> &result) {
        if (serial != m_serial)
            return;
        if (!result)
            m_spend->showMessage(
                tr("The spending could not be loaded:\n%1").arg(BillingClient::errorText(result.error())));
        else
            m_spend->setSeries(*result);
    });
    m_billing.fetchTransactions(
        std::nullopt,
        kTransactionPage,
        this,
        [this, serial](const protocol::Expected<protocol::BillingTransactionPage> &result) {
            if (serial != m_serial)
                return;
            if (!result) {
                m_transactionNote->setText(
                    tr("The transactions could not be loaded: %1").arg(BillingClient::errorText(result.error())));
            } else {
                // The newest page again; older pages shown before are loaded again on demand.
                m_transactions->setTransactions(result->transactions);
                m_nextBefore = result->nextBefore;
            }
            if (result) {
                updateDebtColumn();
                m_olderButton->setVisible(m_nextBefore.has_value());
                m_transactionNote->setText(
                    m_transactions->rowCount() == 0
                        ? tr("No transactions yet. Adding credit, bids that hold money and the hourly usage of your "
                             "instances show here.")
                        : tr("Newest first. Held amounts are reserved for open bids and the next hour of running "
                             "leases, and come back when they are released."));
            }
            Q_EMIT transactionsLoaded();
        });
    m_invoices->refresh();
}

// Debt is rare: its column shows once a transaction moved it.
void BillingPage::updateDebtColumn()
{
    const auto &rows = m_transactions->transactions();
    const bool any = std::any_of(rows.cbegin(), rows.cend(), [](const auto &row) { return row.debtChange != 0; });
    m_transactionTable->setColumnHidden(TransactionModel::DebtColumn, !any);
}

void BillingPage::loadOlderTransactions()
{
    if (!m_nextBefore)
        return;
    const quint64 serial = m_serial;
    m_olderButton->setEnabled(false);
    m_billing.fetchTransactions(
        m_nextBefore,
        kTransactionPage,
        this,
        [this, serial](const protocol::Expected<protocol::BillingTransactionPage> &result) {
            if (serial != m_serial)
                return;
            m_olderButton->setEnabled(true);
            if (!result) {
                m_transactionNote->setText(
                    tr("The older transactions could not be loaded: %1").arg(BillingClient::errorText(result.error())));
                return;
            }
            m_transactions->appendPage(result->transactions);
            updateDebtColumn();
            m_nextBefore = result->nextBefore;
            m_olderButton->setVisible(m_nextBefore.has_value());
            Q_EMIT transactionsLoaded();
        });
}

void BillingPage::openTopUp()
{
    if (m_topUpDialog) {
        m_topUpDialog->raise();
        m_topUpDialog->activateWindow();
        return;
    }
    if (!m_balance)
        return;
    m_topUpDialog = new TopUpDialog(m_client, m_balance->currency, m_balance->minimumTopUp, this);
    m_topUpDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_topUpDialog, &TopUpDialog::toppedUp, this, [this] {
        m_loading = false;
        ++m_serial;
        refresh();
    });
    // A payment still being processed when the dialog closes lands later: look again then.
    connect(
        m_topUpDialog, &QDialog::finished, this, [this] { QTimer::singleShot(2'000, this, &BillingPage::refresh); });
    m_topUpDialog->open();
}

void BillingPage::openThresholds()
{
    if (m_thresholdsDialog || !m_balance)
        return;
    m_thresholdsDialog = new ThresholdsDialog(m_client, m_balance->currency, m_balance->lowBalanceThresholds, this);
    m_thresholdsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_thresholdsDialog, &ThresholdsDialog::saved, this, [this] {
        m_loading = false;
        ++m_serial;
        refresh();
    });
    m_thresholdsDialog->open();
}

void BillingPage::onMessageButton()
{
    switch (m_state) {
    case State::NotConnected:
    case State::ConnectionFailed: Q_EMIT connectRequested(); break;
    case State::Failed: refresh(); break;
    case State::Connecting:
    case State::NotBuyer:
    case State::Loading:
    case State::Loaded: break;
    }
}

void BillingPage::setState(State state, const QString &detail)
{
    switch (state) {
    case State::NotConnected:
        m_message->setMessage(LineIcon::Connect,
                              tr("Not connected"),
                              tr("Connect to a broker to see your credit, what your instances cost and your "
                                 "invoices."),
                              tr("Connect…"));
        break;
    case State::Connecting: m_message->setMessage(LineIcon::Cloud, tr("Connecting to the broker…"), detail); break;
    case State::ConnectionFailed:
        m_message->setMessage(LineIcon::Warning, tr("Could not connect to the broker"), detail, tr("Connect…"));
        break;
    case State::NotBuyer:
        m_message->setMessage(LineIcon::Billing,
                              tr("For buyers"),
                              detail.isEmpty() ? tr("Credit, spending and invoices belong to buyers. Sellers find "
                                                    "their earnings, statements and payouts in the Seller console.")
                                               : detail);
        break;
    case State::Loading: m_message->setMessage(LineIcon::Billing, tr("Loading your balance…"), {}); break;
    case State::Failed:
        m_message->setMessage(LineIcon::Warning, tr("Your balance could not be loaded"), detail, tr("Try again"));
        break;
    case State::Loaded: break;
    }
    m_stack->setCurrentWidget(state == State::Loaded ? m_content : static_cast<QWidget *>(m_message));
    m_addCreditButton->setVisible(state != State::NotBuyer);
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace sc::ui
