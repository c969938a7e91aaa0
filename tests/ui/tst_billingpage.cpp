// The Billing page and the Seller console's Earnings tab against the offline
// demo's real broker (this build tree's sparecloud-broker with its test
// payment gateway), logged in as the demo buyer and then the demo seller:
// the balance, spend and transactions the API gives; top-ups through the
// dialog that raise the shown balance, are declined with the reason in
// words, or need the bank's code; low-balance alerts that turn the banner
// on; an invoice on demand opened in the viewer with the API's number and
// total, exported as a PDF; the seller's figures and a payout button that
// says why it is off below the minimum.
#include "client/BillingClient.h"
#include "client/BrokerClient.h"
#include "client/BrokerConnection.h"
#include "client/ConnectionProfile.h"
#include "documents/BillingDocuments.h"
#include "ui/BillingPage.h"
#include "ui/SellerConsolePage.h"
#include "ui/billing/BalanceSummary.h"
#include "ui/billing/DocumentDialog.h"
#include "ui/billing/FileExport.h"
#include "ui/billing/InvoiceModel.h"
#include "ui/billing/InvoicesPanel.h"
#include "ui/billing/SpendChart.h"
#include "ui/billing/ThresholdsDialog.h"
#include "ui/billing/TopUpDialog.h"
#include "ui/billing/TransactionModel.h"
#include "ui/market/MoneyFormat.h"
#include "ui/seller/EarningsPanel.h"
#include "ui/seller/PayoutModel.h"
#include "ui/seller/StatementModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using sc::client::BillingClient;
using sc::client::BrokerClient;
using sc::client::BrokerConnection;
using sc::client::ConnectionProfile;
using sc::protocol::Expected;
using sc::ui::BillingPage;
using sc::ui::MoneyFormat;
using sc::ui::TopUpDialog;

namespace {

constexpr int kBrokerTimeoutMs = 60'000;
constexpr int kTimeoutMs = 20'000;

template<typename T>
Expected<T> wait(const std::function<void(BrokerClient::Callback<T>)> &call)
{
    auto result = std::make_shared<std::optional<Expected<T>>>();
    call([result](const Expected<T> &value) { *result = value; });
    if (!QTest::qWaitFor([&result] { return result->has_value(); }, kTimeoutMs))
        return sc::protocol::ApiError{sc::protocol::ErrorCode::Timeout, u"no answer"_s, {}, {}};
    return **result;
}

// With SPARECLOUD_SCREENSHOT_DIR set, saves what the widget shows there (for looking at layouts).
void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("SPARECLOUD_SCREENSHOT_DIR");
    if (!folder.isEmpty() && !widget->grab().save(folder + u'/' + name + u".png"_s))
        qWarning("could not save the screenshot %s", qPrintable(name));
}

} // namespace

class tst_BillingPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cardNumbers_data();
    void cardNumbers();
    void chartAndTablesOnCannedData();
    void showsWhatTheApiGives();
    void goodCardRaisesTheShownBalance();
    void declinedCardShowsTheReason();
    void theBanksCodeIsAskedFor();
    void lowBalanceAlertTurnsTheBannerOn();
    void invoiceViewerShowsTheApisInvoice();
    void sellerEarningsShowTheApisFigures();

private:
    sc::protocol::BillingBalance apiBalance();
    TopUpDialog *openTopUp();
    void refreshAndWait();

    QTemporaryDir m_dir;
    std::unique_ptr<BrokerClient> m_client;
    std::unique_ptr<BrokerConnection> m_connection;
    std::unique_ptr<BillingPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_transactionTester;
    std::unique_ptr<QAbstractItemModelTester> m_invoiceTester;
};

void tst_BillingPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SpareCloudTests"_s);
    QCoreApplication::setApplicationName(u"tst_billingpage"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings().clear();
    QVERIFY(m_dir.isValid());

    m_client = std::make_unique<BrokerClient>();
    m_connection = std::make_unique<BrokerConnection>(
        *m_client, m_dir.filePath(u"data"_s), QStringLiteral(SPARECLOUD_BROKER_EXE));
    m_page = std::make_unique<BillingPage>(*m_client, *m_connection);
    m_page->resize(1200, 820);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_transactionTester = std::make_unique<QAbstractItemModelTester>(
        m_page->transactionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_invoiceTester = std::make_unique<QAbstractItemModelTester>(
        m_page->invoices()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_page->state(), BillingPage::State::NotConnected);

    ConnectionProfile demo;
    demo.mode = ConnectionProfile::Mode::OfflineDemo;
    m_connection->connectTo(demo);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->state() == BillingPage::State::Loaded
                                 || m_page->state() == BillingPage::State::Failed
                                 || m_connection->state() == BrokerConnection::State::Failed,
                             kBrokerTimeoutMs);
    QVERIFY2(m_connection->state() == BrokerConnection::State::Connected,
             qPrintable(m_connection->lastError() + u"\n"_s + m_connection->brokerLog()));
    QCOMPARE(m_page->state(), BillingPage::State::Loaded);
}

void tst_BillingPage::cleanupTestCase()
{
    m_invoiceTester.reset();
    m_transactionTester.reset();
    m_page.reset();
    m_connection.reset();
    m_client.reset();
}

sc::protocol::BillingBalance tst_BillingPage::apiBalance()
{
    QObject context;
    const auto balance = wait<sc::protocol::BillingBalance>(
        [&](auto callback) { BillingClient(*m_client).fetchBalance(&context, callback); });
    if (!balance)
        qFatal("no balance: %s", qPrintable(balance.error().message));
    return *balance;
}

void tst_BillingPage::refreshAndWait()
{
    QSignalSpy loaded(m_page.get(), &BillingPage::balanceLoaded);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            m_page->refresh(); // ignored while a refresh is under way
            return !loaded.isEmpty();
        }(),
        kTimeoutMs);
}

TopUpDialog *tst_BillingPage::openTopUp()
{
    m_page->openTopUp();
    TopUpDialog *dialog = m_page->topUpDialog();
    if (!dialog)
        return nullptr;
    BillingClient::FollowPolicy quick;
    quick.initialDelay = std::chrono::milliseconds(100);
    quick.maxDelay = std::chrono::milliseconds(400);
    quick.maxPolls = 80;
    dialog->setFollowPolicy(quick);
    return dialog;
}

void tst_BillingPage::cardNumbers_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("valid");
    QTest::newRow("test card") << u"4242424242424242"_s << u"4242 4242 4242 4242"_s << true;
    QTest::newRow("spaces and dashes") << u"4000-0027 6000-3184"_s << u"4000 0027 6000 3184"_s << true;
    QTest::newRow("one digit off") << u"4242424242424241"_s << u"4242 4242 4242 4241"_s << false;
    QTest::newRow("too short") << u"4242"_s << u"4242"_s << false;
    QTest::newRow("19 digits at most") << u"41111111111111111111111"_s << u"4111 1111 1111 1111 111"_s << false;
    QTest::newRow("empty") << QString() << QString() << false;
}

void tst_BillingPage::cardNumbers()
{
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    QFETCH(bool, valid);
    QCOMPARE(TopUpDialog::formatCardNumber(typed), shown);
    QCOMPARE(TopUpDialog::isValidCardNumber(typed), valid);
}

void tst_BillingPage::chartAndTablesOnCannedData()
{
    sc::ui::SpendChart chart;
    sc::protocol::SpendSeries series;
    series.currency = u"EUR"_s;
    const QDate first(2026, 11, 1);
    for (int day = 0; day < 30; ++day)
        series.days.append({first.addDays(day), day == 29 ? 1'234 : day % 3 == 0 ? 50 : 0});
    chart.setSeries(series);
    QCOMPARE(chart.barCount(), 30);
    QCOMPARE(chart.amountAt(0), 50);
    QCOMPARE(chart.amountAt(1), 0);
    QCOMPARE(chart.amountAt(29), 1'234);
    QVERIFY(chart.message().isEmpty());
    for (auto &day : series.days)
        day.amount = 0;
    chart.setSeries(series);
    QVERIFY2(chart.message().contains(u"Nothing spent"_s), qPrintable(chart.message()));

    sc::ui::TransactionModel transactions;
    QAbstractItemModelTester tester(&transactions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    transactions.setCurrency(u"EUR"_s);
    sc::protocol::BillingTransaction usage;
    usage.id = 9;
    usage.kind = u"capture"_s;
    usage.availableChange = -42;
    usage.leaseId = 14;
    usage.createdAt = QDateTime(first.startOfDay(Qt::UTC));
    sc::protocol::BillingTransaction topUp = usage;
    topUp.id = 8;
    topUp.kind = u"topup"_s;
    topUp.availableChange = 5'000;
    topUp.leaseId.reset();
    transactions.setTransactions({usage});
    transactions.appendPage({usage, topUp}); // an older page overlapping the first
    QCOMPARE(transactions.rowCount(), 2);
    using Column = sc::ui::TransactionModel::Column;
    QCOMPARE(transactions.index(0, Column::KindColumn).data().toString(), u"Usage"_s);
    QCOMPARE(transactions.index(0, Column::CreditColumn).data().toString(), u"−€0.42"_s);
    QCOMPARE(transactions.index(0, Column::LeaseColumn).data().toString(), u"Lease #14"_s);
    QCOMPARE(transactions.index(0, Column::HeldColumn).data().toString(), QString());
    QCOMPARE(transactions.index(1, Column::CreditColumn).data().toString(), u"+€50.00"_s);
    QCOMPARE(transactions.index(1, Column::LeaseColumn).data().toString(), QString());

    QCOMPARE(sc::ui::InvoiceModel::periodText(QDateTime(QDate(2026, 10, 1).startOfDay(Qt::UTC)),
                                              QDateTime(QDate(2026, 11, 1).startOfDay(Qt::UTC))),
             u"1 – 31 Oct 2026"_s);
    QCOMPARE(sc::ui::EarningsPanel::tiersDescription([] {
                 sc::protocol::SellerEarnings earnings;
                 earnings.currency = u"EUR"_s;
                 earnings.tiers = {{1'000'000, 2'000}, {std::nullopt, 1'000}};
                 return earnings;
             }()),
             u"The broker keeps 20 % up to €10,000.00 of sales a month, then 10 %. The rate goes down as your sales "
             "in the month grow; it starts again on the 1st."_s);
}

void tst_BillingPage::showsWhatTheApiGives()
{
    refreshAndWait();
    const auto balance = apiBalance();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->summary()->availableText(), MoneyFormat::amount(apiBalance().available, balance.currency), kTimeoutMs);
    QCOMPARE(m_page->summary()->monthText(), MoneyFormat::amount(balance.monthToDateSpend, balance.currency));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->spendChart()->barCount(), BillingPage::kSpendDays, kTimeoutMs);
    // The demo buyer starts with credit: its top-up is the oldest transaction.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->transactionModel()->rowCount() > 0, kTimeoutMs);
    const auto &rows = m_page->transactionModel()->transactions();
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const auto &row) { return row.kind == u"topup"; }));
    const QModelIndex kind = m_page->transactionModel()->index(int(rows.size()) - 1,
                                                               sc::ui::TransactionModel::KindColumn);
    QCOMPARE(kind.data().toString(), u"Credit added"_s);
    QVERIFY(m_page->bannerText().isEmpty());
    screenshot(m_page.get(), u"billing-page"_s);
}

void tst_BillingPage::goodCardRaisesTheShownBalance()
{
    const auto before = apiBalance();
    TopUpDialog *dialog = openTopUp();
    QVERIFY(dialog);
    dialog->setAmount(4'000);
    dialog->setCardNumber(u"4242424242424242"_s);
    auto *pay = dialog->findChild<QPushButton *>(u"topUpPayButton"_s);
    QVERIFY(pay->isEnabled());
    QTest::mouseClick(pay, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), TopUpDialog::Step::Succeeded, kTimeoutMs);
    QVERIFY2(dialog->statusText().contains(u"€40.00"_s), qPrintable(dialog->statusText()));
    screenshot(dialog, u"topup-succeeded"_s);
    dialog->reject();
    const auto after = apiBalance();
    QCOMPARE(after.available + after.held, before.available + before.held + 4'000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->summary()->availableText(), MoneyFormat::amount(apiBalance().available, after.currency), kTimeoutMs);
}

void tst_BillingPage::declinedCardShowsTheReason()
{
    TopUpDialog *dialog = openTopUp();
    QVERIFY(dialog);
    dialog->setCardNumber(u"4000 0000 0000 9995"_s);
    dialog->pay();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), TopUpDialog::Step::Declined, kTimeoutMs);
    QVERIFY2(dialog->statusText().contains(u"not have enough funds"_s), qPrintable(dialog->statusText()));
    // The person may try another card in the same dialog.
    QVERIFY(dialog->findChild<QWidget *>(u"topUpCard"_s)->isEnabled());
    dialog->setCardNumber(u"4000 0000 0000 0002"_s);
    dialog->pay();
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->step() == TopUpDialog::Step::Declined && dialog->statusText().contains(u"bank declined"_s), kTimeoutMs);
    screenshot(dialog, u"topup-declined"_s);
    dialog->reject();
}

void tst_BillingPage::theBanksCodeIsAskedFor()
{
    const auto before = apiBalance();
    TopUpDialog *dialog = openTopUp();
    QVERIFY(dialog);
    dialog->setAmount(1'500);
    dialog->setCardNumber(u"4000002760003184"_s);
    dialog->pay();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), TopUpDialog::Step::WaitingForCode, kTimeoutMs);
    QVERIFY(dialog->findChild<QWidget *>(u"topUpCode"_s)->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(u"topUpPayButton"_s)->isEnabled()); // no code yet
    screenshot(dialog, u"topup-code"_s);
    dialog->setCode(u"314159"_s);
    dialog->pay();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), TopUpDialog::Step::Succeeded, kTimeoutMs);
    dialog->reject();
    const auto after = apiBalance();
    QCOMPARE(after.available + after.held, before.available + before.held + 1'500);
}

void tst_BillingPage::lowBalanceAlertTurnsTheBannerOn()
{
    refreshAndWait();
    const auto balance = apiBalance();
    m_page->openThresholds();
    auto *dialog = m_page->thresholdsDialog();
    QVERIFY(dialog);
    // An alert above what the buyer holds: the credit is "low" at once.
    const qint64 above = (balance.available / 100 + 1'000) * 100;
    dialog->setThreshold(0, above);
    dialog->setThreshold(1, 0);
    dialog->setThreshold(2, 0);
    QCOMPARE(dialog->thresholds(), QList<qint64>{above});
    QSignalSpy saved(dialog, &sc::ui::ThresholdsDialog::saved);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kTimeoutMs);
    QCOMPARE(apiBalance().lowBalanceThresholds, QList<qint64>{above});
    QTRY_VERIFY_WITH_TIMEOUT(m_page->bannerText().contains(u"credit is low"_s), kTimeoutMs);
    QVERIFY2(m_page->bannerText().contains(MoneyFormat::amount(above, balance.currency)),
             qPrintable(m_page->bannerText()));
    QVERIFY(m_page->summary()->alertsText().contains(MoneyFormat::amount(above, balance.currency)));
    screenshot(m_page.get(), u"billing-low"_s);

    // No alerts: no banner.
    m_page->openThresholds();
    dialog = m_page->thresholdsDialog();
    QVERIFY(dialog);
    dialog->setThreshold(0, 0);
    QSignalSpy cleared(dialog, &sc::ui::ThresholdsDialog::saved);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->bannerText().isEmpty(), kTimeoutMs);
}

void tst_BillingPage::invoiceViewerShowsTheApisInvoice()
{
    m_page->tabs()->setCurrentIndex(1);
    sc::ui::InvoicesPanel *panel = m_page->invoices();
    QSignalSpy opened(panel, &sc::ui::InvoicesPanel::invoiceOpened);
    panel->invoiceNow(); // the top-ups above are on it
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kTimeoutMs);
    sc::ui::DocumentDialog *viewer = panel->documentDialog();
    QVERIFY(viewer);
    QVERIFY2(panel->noticeText().contains(u"was issued"_s), qPrintable(panel->noticeText()));

    QObject context;
    const auto invoices = wait<QList<sc::protocol::Invoice>>(
        [&](auto callback) { BillingClient(*m_client).fetchInvoices(&context, callback); });
    QVERIFY(invoices.hasValue() && !invoices->isEmpty());
    const auto invoice = wait<sc::protocol::Invoice>(
        [&](auto callback) { BillingClient(*m_client).fetchInvoice(invoices->constFirst().id, &context, callback); });
    QVERIFY(invoice.hasValue());
    QVERIFY2(viewer->windowTitle().contains(invoice->number), qPrintable(viewer->windowTitle()));
    const QString text = viewer->plainText();
    QVERIFY2(text.contains(invoice->number), qPrintable(text.left(400)));
    QVERIFY2(text.contains(sc::documents::formatMoney(invoice->usageTotal, invoice->currency)), qPrintable(text));
    QVERIFY2(text.contains(sc::documents::formatMoney(invoice->closingBalance, invoice->currency)), qPrintable(text));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->invoices()->model()->rowOfKey(QString::number(invoice->id)) >= 0, kTimeoutMs);
    screenshot(viewer, u"invoice-viewer"_s);

    const QString pdfPath = m_dir.filePath(u"invoice.pdf"_s);
    sc::ui::FileExport::setNextSavePath(pdfPath);
    QSignalSpy exported(viewer, &sc::ui::DocumentDialog::exported);
    QTest::mouseClick(viewer->exportPdfButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, kTimeoutMs);
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(4) == "%PDF");
    QVERIFY(viewer->statusText().contains(u"invoice.pdf"_s));

    const QString csvPath = m_dir.filePath(u"usage.csv"_s);
    sc::ui::FileExport::setNextSavePath(csvPath);
    auto *csvButton = viewer->findChild<QPushButton *>(u"exportInvoiceUsageButton"_s);
    QVERIFY(csvButton);
    QTest::mouseClick(csvButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, kTimeoutMs);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readLine().contains(','));
    viewer->close();
}

void tst_BillingPage::sellerEarningsShowTheApisFigures()
{
    sc::ui::SellerConsolePage seller(*m_client, *m_connection);
    seller.resize(1200, 820);
    seller.show();
    sc::ui::EarningsPanel *panel = seller.earnings();
    QVERIFY(panel);
    QAbstractItemModelTester statements(panel->statementModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester payouts(panel->payoutModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_connection->switchAccount(u"seller"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->currentUser() && m_connection->currentUser()->role == u"seller",
                             kBrokerTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->state(), BillingPage::State::NotBuyer, kTimeoutMs);

    QSignalSpy loaded(panel, &sc::ui::EarningsPanel::earningsLoaded);
    seller.tabs()->setCurrentWidget(panel);
    QTRY_VERIFY_WITH_TIMEOUT(panel->earnings().has_value(), kTimeoutMs);
    QObject context;
    const auto earnings = wait<sc::protocol::SellerEarnings>(
        [&](auto callback) { BillingClient(*m_client).fetchEarnings(&context, callback); });
    QVERIFY(earnings.hasValue());
    QCOMPARE(panel->payableText(), MoneyFormat::amount(earnings->payable, earnings->currency));
    QCOMPARE(panel->figureText(u"minimumPayout"_s), MoneyFormat::amount(earnings->minimumPayout, earnings->currency));
    QCOMPARE(panel->figureText(u"commissionRate"_s), sc::documents::formatRate(earnings->currentRateBasisPoints));
    QCOMPARE(panel->figureText(u"monthGross"_s), MoneyFormat::amount(earnings->monthToDateGross, earnings->currency));
    QVERIFY2(panel->tiersText().contains(sc::documents::formatRate(earnings->tiers.constFirst().rateBasisPoints)),
             qPrintable(panel->tiersText()));
    screenshot(&seller, u"seller-earnings"_s);
    if (earnings->payable >= earnings->minimumPayout)
        QSKIP("the demo seller has already earned the minimum payout");
    QVERIFY(!panel->payoutButton()->isEnabled());
    QVERIFY2(panel->payoutNote().contains(MoneyFormat::amount(earnings->minimumPayout, earnings->currency))
                 || panel->payoutNote().contains(u"Nothing is payable"_s),
             qPrintable(panel->payoutNote()));

    m_connection->switchAccount(u"buyer"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->state(), BillingPage::State::Loaded, kTimeoutMs);
}

QTEST_MAIN(tst_BillingPage)
#include "tst_billingpage.moc"
