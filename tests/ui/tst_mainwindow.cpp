#include "client/BrokerClient.h"
#include "client/BrokerConnection.h"
#include "client/ConnectionProfile.h"
#include "client/MemoryCredentialStore.h"
#include "ui/ConnectionDialog.h"
#include "ui/InstanceTypeModel.h"
#include "ui/MainWindow.h"
#include "ui/MarketplacePage.h"

#include "RemoteBroker.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sc::client::BrokerClient;
using sc::client::BrokerConnection;
using sc::client::ConnectionProfile;
using sc::ui::InstanceTypeModel;
using sc::ui::MainWindow;
using sc::ui::MarketplacePage;

namespace {
// Starting the broker takes about a second; QTRY waits twice as long again before it reports a timeout.
constexpr int kBrokerTimeoutMs = 30'000;
const ConnectionProfile kDemo{ConnectionProfile::Mode::OfflineDemo, {}, false, {}};
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsCatalogFromOfflineDemo();
    void brokerFailureIsShownNotHidden();
    void everyPageIsReachable();
    void remembersLastPage();
    void untrustedCertificateIsOfferedAtOnce();

private:
    template<typename T>
    static T *child(const QWidget &parent, const QString &name)
    {
        auto *widget = parent.findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }

    QTemporaryDir m_dataRoot;
    sc::client::MemoryCredentialStore m_credentials;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SpareCloudTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dataRoot.isValid());
}

void tst_MainWindow::init()
{
    QSettings().clear();
}

void tst_MainWindow::showsCatalogFromOfflineDemo()
{
    BrokerClient client;
    BrokerConnection connection(client, m_dataRoot.path(), QStringLiteral(SPARECLOUD_BROKER_EXE));
    MainWindow window(client, connection, m_credentials);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *page = child<MarketplacePage>(window, u"marketplacePage"_s);
    auto *status = child<QLabel>(window, u"connectionStatus"_s);
    auto *types = child<QTableView>(window, u"instanceTypeTable"_s);
    auto *regions = child<QTableView>(window, u"regionTable"_s);
    auto *filter = child<QLineEdit>(window, u"catalogFilter"_s);
    QCOMPARE(page->catalogState(), MarketplacePage::CatalogState::NotConnected);
    QCOMPARE(status->text(), u"Not connected"_s);
    QVERIFY(!page->refreshAction()->isEnabled());

    connection.connectTo(kDemo);
    QTRY_VERIFY_WITH_TIMEOUT(types->model()->rowCount() > 0 || connection.state() == BrokerConnection::State::Failed,
                             kBrokerTimeoutMs);
    QVERIFY2(connection.state() == BrokerConnection::State::Connected,
             qPrintable(connection.lastError() + u"\n"_s + connection.brokerLog()));
    QVERIFY(regions->model()->rowCount() > 0);
    QCOMPARE(page->catalogState(), MarketplacePage::CatalogState::Loaded);
    QVERIFY(types->isVisible());
    QVERIFY2(status->text().startsWith(u"Connected — Offline demo"_s), qPrintable(status->text()));
    QVERIFY(status->text().contains(u"127.0.0.1:"_s));
    QVERIFY(page->refreshAction()->isEnabled());
    QVERIFY(!child<QLabel>(window, u"catalogSummary"_s)->text().isEmpty());

    // Columns sort as numbers: by vCPU, descending, the largest comes first.
    const int allTypes = types->model()->rowCount();
    types->sortByColumn(InstanceTypeModel::VcpuColumn, Qt::DescendingOrder);
    int previous = std::numeric_limits<int>::max();
    for (int row = 0; row < allTypes; ++row) {
        const int vcpus =
            types->model()->index(row, InstanceTypeModel::VcpuColumn).data(InstanceTypeModel::SortRole).toInt();
        QVERIFY(vcpus <= previous);
        previous = vcpus;
    }

    // One filter narrows both tables.
    QTest::keyClicks(filter, u"gpu"_s);
    QVERIFY(types->model()->rowCount() > 0);
    QVERIFY(types->model()->rowCount() < allTypes);
    for (int row = 0; row < types->model()->rowCount(); ++row) {
        QVERIFY(types->model()->index(row, InstanceTypeModel::IdColumn).data().toString().contains(u"gpu"_s)
                || types->model()->index(row, InstanceTypeModel::NameColumn).data().toString().contains(u"GPU"_s));
    }
    QVERIFY(child<QLabel>(window, u"catalogSummary"_s)
                ->text()
                .startsWith(u"Instance types: %1 of %2"_s.arg(types->model()->rowCount()).arg(allTypes)));
    filter->clear();
    QCOMPARE(types->model()->rowCount(), allTypes);

    // Refresh keeps the tables and loads again.
    page->refreshAction()->trigger();
    QVERIFY(!page->refreshAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(page->refreshAction()->isEnabled(), kBrokerTimeoutMs);
    QCOMPARE(types->model()->rowCount(), allTypes);

    // Disconnected: nothing stale stays on screen.
    connection.disconnectFromBroker();
    QCOMPARE(status->text(), u"Not connected"_s);
    QCOMPARE(page->catalogState(), MarketplacePage::CatalogState::NotConnected);
    QCOMPARE(types->model()->rowCount(), 0);
}

void tst_MainWindow::brokerFailureIsShownNotHidden()
{
    BrokerClient client;
    BrokerConnection connection(client, m_dataRoot.path(), m_dataRoot.filePath(u"no-such-broker"_s));
    MainWindow window(client, connection, m_credentials);
    window.show();

    connection.connectTo(kDemo);
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), BrokerConnection::State::Failed, 10'000);
    auto *page = child<MarketplacePage>(window, u"marketplacePage"_s);
    QCOMPARE(page->catalogState(), MarketplacePage::CatalogState::ConnectionFailed);
    const QString status = child<QLabel>(window, u"connectionStatus"_s)->text();
    QVERIFY2(status.startsWith(u"Connection failed — "_s), qPrintable(status));
    QVERIFY(status.contains(connection.lastError()));
    // Every page says so; the Marketplace is the one shown.
    QVERIFY(child<QLabel>(*page, u"messageText"_s)->text().contains(connection.lastError()));
    QVERIFY(child<QWidget>(*page, u"messageButton"_s)->isVisible()); // offers "Connect…"
}

void tst_MainWindow::everyPageIsReachable()
{
    BrokerClient client;
    BrokerConnection connection(client, m_dataRoot.path());
    MainWindow window(client, connection, m_credentials);
    window.show();
    auto *navigation = child<QListWidget>(window, u"navigation"_s);
    auto *pages = child<QStackedWidget>(window, u"pages"_s);
    QCOMPARE(navigation->count(), 5);
    QCOMPARE(pages->count(), 5);
    QCOMPARE(window.currentPage(), MainWindow::Page::Marketplace);

    const QStringList names{u"instancesPage"_s, u"appliancesPage"_s, u"billingPage"_s, u"sellerPage"_s};
    const QStringList placeholders{};
    for (int row = 1; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        const QString name = pages->currentWidget()->objectName();
        QCOMPARE(name, names.at(row - 1));
        // Only the pages not built yet say so.
        QCOMPARE(pages->currentWidget()->findChild<QLabel *>(u"comingSoonBadge"_s) != nullptr,
                 placeholders.contains(name));
    }
    window.showPage(MainWindow::Page::Marketplace);
    QCOMPARE(pages->currentWidget()->objectName(), u"marketplacePage"_s);
    QCOMPARE(navigation->currentRow(), 0);
}

void tst_MainWindow::remembersLastPage()
{
    BrokerClient client;
    BrokerConnection connection(client, m_dataRoot.path());
    {
        MainWindow window(client, connection, m_credentials);
        window.showPage(MainWindow::Page::Billing);
    }
    MainWindow window(client, connection, m_credentials);
    QCOMPARE(window.currentPage(), MainWindow::Page::Billing);
    QCOMPARE(child<QStackedWidget>(window, u"pages"_s)->currentWidget()->objectName(), u"billingPage"_s);
}

void tst_MainWindow::untrustedCertificateIsOfferedAtOnce()
{
    RemoteBroker broker({u"--tls-self-signed"_s});
    QVERIFY2(broker.isRunning(), broker.output().constData());
    BrokerClient client;
    BrokerConnection connection(client, m_dataRoot.path());
    MainWindow window(client, connection, m_credentials);
    window.show();
    QVERIFY(!window.connectionDialog());

    // As on a start with --connect: nobody asked for the dialog, the certificate makes it come.
    ConnectionProfile profile;
    profile.mode = ConnectionProfile::Mode::Remote;
    profile.remoteUrl = broker.url();
    connection.connectTo(profile);
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionDialog() && window.connectionDialog()->isVisible(), kBrokerTimeoutMs);
    QVERIFY(child<QWidget>(*window.connectionDialog(), u"trustCertificatePanel"_s)->isVisible());
    child<QPushButton>(*window.connectionDialog(), u"trustCertificateButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), BrokerConnection::State::Connected, kBrokerTimeoutMs);
    QTRY_VERIFY(!window.connectionDialog());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
