#include "ui/seller/EarningsPanel.h"

#include "ui/StatusText.h"
#include "ui/billing/DocumentDialog.h"
#include "ui/market/MoneyFormat.h"
#include "ui/market/TableStyle.h"
#include "ui/seller/PayoutModel.h"
#include "ui/seller/StatementModel.h"

#include "documents/BillingDocuments.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using sc::client::BillingClient;

namespace sc::ui {

namespace {

QLabel *caption(const QString &text)
{
    auto *label = new QLabel(text);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *figure(const QString &objectName)
{
    auto *label = new QLabel(u"—"_s);
    label->setObjectName(objectName);
    return label;
}

} // namespace

EarningsPanel::EarningsPanel(client::BrokerClient &client, QWidget *parent)
    : QWidget(parent)
    , m_billing(client)
    , m_payable(figure(u"payableEarnings"_s))
    , m_minimum(figure(u"minimumPayout"_s))
    , m_gross(figure(u"monthGross"_s))
    , m_commission(figure(u"monthCommission"_s))
    , m_rate(figure(u"commissionRate"_s))
    , m_paidOut(figure(u"paidOut"_s))
    , m_tiers(new QLabel)
    , m_payoutButton(new QPushButton(tr("Request Payout")))
    , m_payoutNote(new QLabel)
    , m_statements(new StatementModel(this))
    , m_statementProxy(TableStyle::sortedProxy(m_statements, StatementModel::SortRole, this))
    , m_statementTable(new QTableView)
    , m_statementNote(new QLabel)
    , m_payouts(new PayoutModel(this))
    , m_payoutProxy(TableStyle::sortedProxy(m_payouts, PayoutModel::SortRole, this))
    , m_payoutTable(new QTableView)
    , m_payoutListNote(new QLabel)
{
    setObjectName(u"earningsPanel"_s);
    QFont big = m_payable->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setWeight(QFont::DemiBold);
    m_payable->setFont(big);

    auto *figures = new QFrame;
    figures->setFrameShape(QFrame::StyledPanel);
    figures->setMinimumWidth(330);
    figures->setMaximumWidth(420);
    auto *grid = new QGridLayout(figures);
    grid->setContentsMargins(14, 12, 14, 12);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);
    grid->addWidget(caption(tr("Payable now")), 0, 0, 1, 2);
    grid->addWidget(m_payable, 1, 0, 1, 2);
    grid->addWidget(caption(tr("Minimum payout")), 2, 0);
    grid->addWidget(m_minimum, 2, 1, Qt::AlignRight);
    grid->addWidget(caption(tr("Paid out so far")), 3, 0);
    grid->addWidget(m_paidOut, 3, 1, Qt::AlignRight);
    grid->setRowMinimumHeight(4, 8);
    grid->addWidget(caption(tr("Sold this month (gross)")), 5, 0);
    grid->addWidget(m_gross, 5, 1, Qt::AlignRight);
    grid->addWidget(caption(tr("Commission this month")), 6, 0);
    grid->addWidget(m_commission, 6, 1, Qt::AlignRight);
    grid->addWidget(caption(tr("Commission on the next sale")), 7, 0);
    grid->addWidget(m_rate, 7, 1, Qt::AlignRight);
    grid->setRowStretch(8, 1);

    m_tiers->setObjectName(u"commissionTiers"_s);
    m_tiers->setWordWrap(true);
    m_payoutButton->setObjectName(u"requestPayoutButton"_s);
    m_payoutButton->setEnabled(false);
    connect(m_payoutButton, &QPushButton::clicked, this, &EarningsPanel::requestPayout);
    m_payoutNote->setObjectName(u"payoutNote"_s);
    m_payoutNote->setWordWrap(true);
    auto *payoutRow = new QHBoxLayout;
    payoutRow->addWidget(m_payoutButton);
    payoutRow->addWidget(m_payoutNote, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(TableStyle::sectionTitle(tr("Commission")));
    side->addWidget(m_tiers);
    side->addSpacing(8);
    side->addWidget(TableStyle::sectionTitle(tr("Payout")));
    side->addLayout(payoutRow);
    side->addStretch(1);
    auto *topRow = new QHBoxLayout;
    topRow->setSpacing(16);
    topRow->addWidget(figures);
    topRow->addLayout(side, 1);

    m_statementTable->setObjectName(u"statementTable"_s);
    TableStyle::apply(m_statementTable, m_statementProxy, StatementModel::PeriodColumn);
    connect(m_statementTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_statementProxy->mapToSource(index);
        if (source.isValid())
            openStatement(m_statements->rowAt(source.row()).id);
    });
    auto *openButton = new QPushButton(tr("Open…"));
    openButton->setObjectName(u"openStatementButton"_s);
    openButton->setEnabled(false);
    connect(m_statementTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, openButton] {
        openButton->setEnabled(m_statementTable->currentIndex().isValid());
    });
    connect(openButton, &QPushButton::clicked, this, [this] {
        const QModelIndex source = m_statementProxy->mapToSource(m_statementTable->currentIndex());
        if (source.isValid())
            openStatement(m_statements->rowAt(source.row()).id);
    });
    m_statementNote->setObjectName(u"statementNote"_s);
    m_statementNote->setWordWrap(true);
    m_statementNote->setForegroundRole(QPalette::PlaceholderText);
    auto *statementHeader = new QHBoxLayout;
    statementHeader->addWidget(TableStyle::sectionTitle(tr("Monthly statements")), 1);
    statementHeader->addWidget(openButton);
    auto *statementSide = new QVBoxLayout;
    statementSide->addLayout(statementHeader);
    statementSide->addWidget(m_statementNote);
    statementSide->addWidget(m_statementTable, 1);
    statementSide->addStretch();

    m_payoutTable->setObjectName(u"payoutTable"_s);
    TableStyle::apply(m_payoutTable, m_payoutProxy, PayoutModel::ReferenceColumn);
    m_payoutTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_payoutListNote->setObjectName(u"payoutListNote"_s);
    m_payoutListNote->setWordWrap(true);
    m_payoutListNote->setForegroundRole(QPalette::PlaceholderText);
    auto *payoutSide = new QVBoxLayout;
    QLabel *payoutTitle = TableStyle::sectionTitle(tr("Payouts"));
    payoutTitle->setMinimumHeight(openButton->sizeHint().height()); // in line with the statements' title
    payoutSide->addWidget(payoutTitle);
    payoutSide->addWidget(m_payoutListNote);
    payoutSide->addWidget(m_payoutTable, 1);
    payoutSide->addStretch();

    auto *lists = new QHBoxLayout;
    lists->setSpacing(16);
    lists->addLayout(statementSide, 3);
    lists->addLayout(payoutSide, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(topRow);
    layout->addLayout(lists, 1);
    clear();
}

DocumentDialog *EarningsPanel::documentDialog() const
{
    return m_documentDialog;
}

QString EarningsPanel::payoutNote() const
{
    return m_payoutNote->text();
}

QString EarningsPanel::payableText() const
{
    return m_payable->text();
}

QString EarningsPanel::figureText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

QString EarningsPanel::tiersText() const
{
    return m_tiers->text();
}

QString EarningsPanel::tiersDescription(const protocol::SellerEarnings &earnings)
{
    QStringList parts;
    for (qsizetype i = 0; i < earnings.tiers.size(); ++i) {
        const protocol::CommissionTier &tier = earnings.tiers.at(i);
        const QString rate = documents::formatRate(tier.rateBasisPoints);
        if (!tier.upTo)
            parts << (i == 0 ? rate : tr("then %1").arg(rate));
        else if (i == 0)
            parts << tr("%1 up to %2 of sales a month").arg(rate, MoneyFormat::amount(*tier.upTo, earnings.currency));
        else
            parts << tr("%1 up to %2").arg(rate, MoneyFormat::amount(*tier.upTo, earnings.currency));
    }
    if (parts.isEmpty())
        return tr("The broker keeps %1 of each sale.").arg(documents::formatRate(earnings.currentRateBasisPoints));
    return tr("The broker keeps %1. The rate goes down as your sales in the month grow; it starts again on the "
              "1st.")
        .arg(parts.join(u", "_s));
}

void EarningsPanel::clear()
{
    ++m_serial;
    m_earnings.reset();
    m_showingOutcome = false;
    for (QLabel *label : {m_payable, m_minimum, m_gross, m_commission, m_rate, m_paidOut})
        label->setText(u"—"_s);
    m_tiers->clear();
    m_statements->clear();
    m_payouts->clear();
    m_statementNote->clear();
    m_payoutListNote->clear();
    setStatusText(m_payoutNote, QString(), StatusTone::Neutral);
    m_payoutButton->setEnabled(false);
}

void EarningsPanel::refresh()
{
    const quint64 serial = m_serial;
    m_billing.fetchEarnings(this, [this, serial](const protocol::Expected<protocol::SellerEarnings> &result) {
        if (serial == m_serial)
            onEarnings(result);
    });
    m_billing.fetchStatements(this, [this, serial](const protocol::Expected<QList<protocol::SellerStatement>> &result) {
        if (serial != m_serial)
            return;
        if (!result) {
            m_statementNote->setText(
                tr("The statements could not be loaded: %1").arg(BillingClient::errorText(result.error())));
        } else {
            m_statements->setRows(*result);
            m_statementTable->setVisible(!result->isEmpty());
            m_statementNote->setText(result->isEmpty()
                                         ? tr("No statements yet. Each month's statement is issued on the 1st of the "
                                              "next month: what your clouds sold, the commission and what you earned.")
                                         : QString());
            m_statementNote->setVisible(result->isEmpty());
        }
        Q_EMIT statementsLoaded();
    });
    m_billing.fetchPayouts(this, [this, serial](const protocol::Expected<QList<protocol::Payout>> &result) {
        if (serial != m_serial)
            return;
        if (!result) {
            m_payoutListNote->setText(
                tr("The payouts could not be loaded: %1").arg(BillingClient::errorText(result.error())));
        } else {
            m_payouts->setRows(*result);
            m_payoutTable->setVisible(!result->isEmpty());
            m_payoutListNote->setText(result->isEmpty() ? tr("No payouts yet.") : QString());
            m_payoutListNote->setVisible(result->isEmpty());
        }
        Q_EMIT payoutsLoaded();
    });
}

void EarningsPanel::onEarnings(const protocol::Expected<protocol::SellerEarnings> &result)
{
    if (!result) {
        setStatusText(m_payoutNote,
                      tr("Your earnings could not be loaded: %1").arg(BillingClient::errorText(result.error())),
                      StatusTone::Problem);
        Q_EMIT earningsLoaded();
        return;
    }
    m_earnings = *result;
    const QString currency = result->currency;
    m_payable->setText(MoneyFormat::amount(result->payable, currency));
    m_minimum->setText(MoneyFormat::amount(result->minimumPayout, currency));
    m_paidOut->setText(MoneyFormat::amount(result->paidOut, currency));
    m_gross->setText(MoneyFormat::amount(result->monthToDateGross, currency));
    m_commission->setText(MoneyFormat::amount(result->monthToDateCommission, currency));
    m_rate->setText(documents::formatRate(result->currentRateBasisPoints));
    m_tiers->setText(tiersDescription(*result));
    if (!m_requesting)
        updatePayoutButton();
    Q_EMIT earningsLoaded();
}

void EarningsPanel::updatePayoutButton()
{
    if (!m_earnings) {
        m_payoutButton->setEnabled(false);
        return;
    }
    const QString currency = m_earnings->currency;
    if (m_showingOutcome) {
        m_payoutButton->setEnabled(m_earnings->payable > 0 && m_earnings->payable >= m_earnings->minimumPayout);
        return;
    }
    if (m_earnings->payable <= 0) {
        m_payoutButton->setEnabled(false);
        setStatusText(m_payoutNote, tr("Nothing is payable right now."), StatusTone::Neutral);
    } else if (m_earnings->payable < m_earnings->minimumPayout) {
        m_payoutButton->setEnabled(false);
        setStatusText(m_payoutNote,
                      tr("Payouts start at %1; %2 more to go. What you earn is kept until then.")
                          .arg(MoneyFormat::amount(m_earnings->minimumPayout, currency),
                               MoneyFormat::amount(m_earnings->minimumPayout - m_earnings->payable, currency)),
                      StatusTone::Neutral);
    } else {
        m_payoutButton->setEnabled(true);
        setStatusText(
            m_payoutNote,
            tr("%1 can be paid out to your bank account now.").arg(MoneyFormat::amount(m_earnings->payable, currency)),
            StatusTone::Neutral);
    }
}

void EarningsPanel::requestPayout()
{
    if (m_requesting || !m_payoutButton->isEnabled())
        return;
    m_requesting = true;
    m_showingOutcome = false;
    m_payoutButton->setEnabled(false);
    setStatusText(m_payoutNote, tr("Requesting the payout…"), StatusTone::Neutral);
    const quint64 serial = m_serial;
    m_billing.requestPayout(
        client::BrokerClient::newIdempotencyKey(),
        this,
        [this, serial](const protocol::Expected<protocol::Payout> &result) {
            m_requesting = false;
            if (serial != m_serial)
                return;
            if (!result) {
                updatePayoutButton();
                setStatusText(m_payoutNote, BillingClient::errorText(result.error()), StatusTone::Problem);
                return;
            }
            m_showingOutcome = true;
            refresh();
            setStatusText(m_payoutNote,
                          tr("%1 is on its way to your bank account (reference %2).")
                              .arg(MoneyFormat::amount(result->amount, result->currency), result->reference),
                          StatusTone::Success);
        });
}

void EarningsPanel::openStatement(qint64 id)
{
    const quint64 serial = m_serial;
    m_billing.fetchStatement(id, this, [this, serial](const protocol::Expected<protocol::SellerStatement> &result) {
        if (serial != m_serial)
            return;
        if (!result) {
            m_statementNote->setText(
                tr("The statement could not be opened: %1").arg(BillingClient::errorText(result.error())));
            m_statementNote->show();
            return;
        }
        const protocol::SellerStatement statement = *result;
        if (m_documentDialog)
            m_documentDialog->close();
        m_documentDialog = new DocumentDialog(
            tr("Statement %1").arg(statement.number),
            documents::statementHtml(statement),
            [statement] { return documents::statementPdf(statement); },
            statement.number,
            this);
        m_documentDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_documentDialog->show();
        Q_EMIT statementOpened();
    });
}

} // namespace sc::ui
