// Watches and notifications on the Marketplace page against a real embedded
// demo broker: a watch made from the offer search, a seller's matching ask
// through the API, the notification arriving over the stream (a banner, the
// unread count, the list), opening its offer, marking read and deleting.
#include "client/BrokerClient.h"
#include "client/BrokerConnection.h"
#include "client/ConnectionProfile.h"
#include "ui/MarketplacePage.h"
#include "ui/NoticeBanner.h"
#include "ui/market/ConfirmationPrompt.h"
#include "ui/market/MarketOverview.h"
#include "ui/market/OfferSearchPanel.h"
#include "ui/market/WatchDialog.h"
#include "ui/market/WatchModel.h"
#include "ui/market/WatchesPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using sc::client::BrokerClient;
using sc::client::BrokerConnection;
using sc::client::ConnectionProfile;
using sc::ui::MarketplacePage;

namespace {

constexpr int kBrokerTimeoutMs = 30'000;
constexpr int kAnswerTimeoutMs = 10'000;
const ConnectionProfile kDemo{ConnectionProfile::Mode::OfflineDemo, {}, false, {}};
// An instrument of the demo catalog that the demo's simulated market does not trade.
const QString kType = u"g1.small"_s;
const QString kRegion = u"eu-de-fra"_s;
const QString kWatchName = u"Cheap Frankfurt"_s;

} // namespace

class tst_Watches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void watchThisSearchCreatesAWatch();
    void emptyNameIsRefusedInTheDialog();
    void matchingAskNotifiesThroughTheStream();
    void markAllReadClearsTheCount();
    void deleteAsksFirst();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        auto *widget = m_page->findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }
    static QJsonObject sendAs(BrokerClient &client, const QByteArray &method, const QString &path,
                              const QJsonObject &body = {});
    void placeAsk(qint64 price);
    sc::ui::WatchDialog *openWatchDialog();

    QTemporaryDir m_dataRoot;
    std::unique_ptr<BrokerClient> m_client;
    std::unique_ptr<BrokerConnection> m_connection;
    std::unique_ptr<MarketplacePage> m_page;
    std::unique_ptr<BrokerClient> m_seller;
    std::unique_ptr<QAbstractItemModelTester> m_watchTester;
    qint64 m_provider = 0;
    QDateTime m_brokerNow;
};

QJsonObject tst_Watches::sendAs(BrokerClient &client, const QByteArray &method, const QString &path,
                                const QJsonObject &body)
{
    std::optional<sc::protocol::Expected<QJsonObject>> answer;
    QObject context;
    client.sendJson(method, path, body, &context, [&answer](const auto &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kAnswerTimeoutMs))
        qFatal("no answer to %s %s", method.constData(), qPrintable(path));
    if (!*answer)
        qFatal("%s %s failed: %s", method.constData(), qPrintable(path), qPrintable(answer->error().message));
    return answer->value();
}

void tst_Watches::placeAsk(qint64 price)
{
    sendAs(*m_seller,
           "POST",
           u"/market/asks"_s,
           {{u"providerId"_s, m_provider},
            {u"instanceType"_s, kType},
            {u"region"_s, kRegion},
            {u"quantity"_s, 2},
            {u"pricePerHour"_s, price},
            {u"availableUntil"_s, m_brokerNow.addDays(5).toString(Qt::ISODateWithMs)},
            {u"minLeaseHours"_s, 1},
            {u"maxLeaseHours"_s, 48}});
}

void tst_Watches::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SpareCloudTests"_s);
    QCoreApplication::setApplicationName(u"tst_watches"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings().clear();
    QVERIFY(m_dataRoot.isValid());

    m_client = std::make_unique<BrokerClient>();
    m_connection = std::make_unique<BrokerConnection>(
        *m_client, m_dataRoot.path(), QStringLiteral(SPARECLOUD_BROKER_EXE));
    m_page = std::make_unique<MarketplacePage>(*m_client, *m_connection);
    m_page->setPollInterval(3'600'000); // what arrives, arrives through the stream
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_watchTester = std::make_unique<QAbstractItemModelTester>(
        child<sc::ui::WatchesPanel>(u"watchesPanel"_s)->watchModel(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);

    m_connection->connectTo(kDemo);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->catalogState() == MarketplacePage::CatalogState::Loaded
                                 || m_connection->state() == BrokerConnection::State::Failed,
                             kBrokerTimeoutMs);
    QVERIFY2(m_connection->state() == BrokerConnection::State::Connected,
             qPrintable(m_connection->lastError() + u"\n"_s + m_connection->brokerLog()));
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->currentUser() && m_connection->currentUser()->role == u"buyer"_s,
                             kAnswerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isLive(), kAnswerTimeoutMs);

    std::optional<QDateTime> now;
    m_client->fetchHealth(this, [&now](const auto &health) { now = health->serverTime; });
    QTRY_VERIFY(now.has_value());
    m_brokerNow = *now;

    // The seller, in a session of its own on the same broker.
    m_seller = std::make_unique<BrokerClient>();
    m_seller->setBaseUrl(m_client->baseUrl());
    m_seller->setBrokerToken(m_client->brokerToken());
    std::optional<bool> loggedIn;
    m_seller->embeddedLogin(u"seller"_s, this, [&loggedIn](const auto &session) { loggedIn = session.hasValue(); });
    QTRY_VERIFY(loggedIn.has_value());
    QVERIFY(*loggedIn);
    m_provider = sendAs(*m_seller, "POST", u"/seller/providers"_s, {{u"name"_s, u"Tst Watches Cloud"_s}})
                     .value(u"id")
                     .toInteger();
    QVERIFY(m_provider > 0);
}

void tst_Watches::cleanupTestCase()
{
    m_watchTester.reset();
    m_page.reset();
    if (m_connection)
        m_connection->disconnectFromBroker();
}

sc::ui::WatchDialog *tst_Watches::openWatchDialog()
{
    m_page->showTab(MarketplacePage::Tab::FindOffers);
    auto *panel = child<sc::ui::OfferSearchPanel>(u"offerSearchPanel"_s);
    panel->setInstanceType(kType);
    for (QAction *action : child<QToolButton>(u"searchCountries"_s)->menu()->actions())
        action->setChecked(action->data().toString() == u"DE"_s);
    auto *watch = child<QPushButton>(u"watchSearchButton"_s);
    if (!QTest::qWaitFor([watch] { return watch->isEnabled(); }, kAnswerTimeoutMs))
        return nullptr;
    QTest::mouseClick(watch, Qt::LeftButton);
    sc::ui::WatchDialog *dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                dialog = m_page->findChild<sc::ui::WatchDialog *>(u"watchDialog"_s);
                return dialog && dialog->isVisible();
            },
            kAnswerTimeoutMs))
        return nullptr;
    return dialog;
}

void tst_Watches::watchThisSearchCreatesAWatch()
{
    sc::ui::WatchDialog *dialog = openWatchDialog();
    QVERIFY(dialog);
    // The dialog offers the search's criteria as the name.
    QCOMPARE(dialog->findChild<QLabel *>(u"watchCriteria"_s)->text(), u"g1.small · Germany"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"watchName"_s)->text(), u"g1.small · Germany"_s);
    dialog->findChild<QLineEdit *>(u"watchName"_s)->setText(kWatchName);
    dialog->findChild<QDoubleSpinBox *>(u"watchMaxPrice"_s)->setValue(0.30);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"watchCreateButton"_s), Qt::LeftButton);
    auto *result = child<QLabel>(u"watchResult"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(result->text().startsWith(u"Watching “Cheap Frankfurt”. Offers that match now: "_s),
                              qPrintable(result->text()),
                              kAnswerTimeoutMs);
    QTRY_VERIFY(m_page->findChild<sc::ui::WatchDialog *>(u"watchDialog"_s) == nullptr); // closed and gone

    m_page->showTab(MarketplacePage::Tab::Watches);
    auto *model = child<sc::ui::WatchesPanel>(u"watchesPanel"_s)->watchModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, kAnswerTimeoutMs);
    QCOMPARE(model->index(0, sc::ui::WatchModel::NameColumn).data().toString(), kWatchName);
    QCOMPARE(model->index(0, sc::ui::WatchModel::CriteriaColumn).data().toString(), u"g1.small · Germany"_s);
    QCOMPARE(model->index(0, sc::ui::WatchModel::PriceColumn).data().toString(), u"€0.30/h"_s);
    QCOMPARE(model->index(0, sc::ui::WatchModel::NotifiedColumn).data().toString(), u"Never"_s);
}

void tst_Watches::emptyNameIsRefusedInTheDialog()
{
    sc::ui::WatchDialog *dialog = openWatchDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"watchName"_s)->clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"watchCreateButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(u"name"_s), qPrintable(dialog->errorText()));
    dialog->reject();
    QTRY_COMPARE(child<sc::ui::WatchesPanel>(u"watchesPanel"_s)->watchModel()->rowCount(), 1);
}

void tst_Watches::matchingAskNotifiesThroughTheStream()
{
    m_page->showTab(MarketplacePage::Tab::Market);
    auto *banner = child<sc::ui::NoticeBanner>(u"notificationBanner"_s);
    QVERIFY(!banner->isVisible());
    // Too dear for the watch: nothing.
    placeAsk(45);
    // Within its price, in Frankfurt: the watch's owner hears of it.
    placeAsk(25);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kAnswerTimeoutMs);
    QVERIFY2(banner->text().contains(kWatchName) && banner->text().contains(u"€0.25/h"_s), qPrintable(banner->text()));
    QVERIFY(QApplication::activeModalWidget() == nullptr); // never a modal dialog
    auto *button = child<QToolButton>(u"notificationsButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(button->text(), u"Unread: 1"_s, kAnswerTimeoutMs);

    auto *panel = child<sc::ui::WatchesPanel>(u"watchesPanel"_s);
    QListWidget *list = panel->notificationList();
    QTRY_VERIFY_WITH_TIMEOUT(list->count() >= 1 && list->item(0)->font().bold(), kAnswerTimeoutMs);
    QVERIFY2(list->item(0)->text().startsWith(
                 u"Cheap Frankfurt: g1.small in Frankfurt at €0.25/h\nNew matching offers: 1 · "_s),
             qPrintable(list->item(0)->text()));
    // The watch says when it last notified.
    QTRY_VERIFY_WITH_TIMEOUT(panel->watchModel()->index(0, sc::ui::WatchModel::NotifiedColumn).data().toString()
                                 != u"Never"_s,
                             kAnswerTimeoutMs);

    // "Show" on the banner opens the offer's instrument.
    m_page->showTab(MarketplacePage::Tab::MyOrders);
    QTest::mouseClick(banner->findChild<QPushButton *>(), Qt::LeftButton);
    QCOMPARE(child<QTabWidget>(u"marketTabs"_s)->currentIndex(), int(MarketplacePage::Tab::Market));
    auto *overview = child<sc::ui::MarketOverview>(u"marketOverview"_s);
    QTRY_VERIFY_WITH_TIMEOUT(overview->isSelected(kType, kRegion), kAnswerTimeoutMs);
    QVERIFY(!banner->isVisible());

    // Clicking the notification in the list opens it too, and reads it.
    m_page->showTab(MarketplacePage::Tab::Watches);
    panel->openNotification(0);
    QCOMPARE(child<QTabWidget>(u"marketTabs"_s)->currentIndex(), int(MarketplacePage::Tab::Market));
    QTRY_COMPARE_WITH_TIMEOUT(panel->unreadCount(), qint64(0), kAnswerTimeoutMs);
    QCOMPARE(button->text(), u"Notifications"_s);
}

void tst_Watches::markAllReadClearsTheCount()
{
    auto *panel = child<sc::ui::WatchesPanel>(u"watchesPanel"_s);
    placeAsk(24); // cheaper still: a new notification, the last one being read
    QTRY_COMPARE_WITH_TIMEOUT(panel->unreadCount(), qint64(1), kAnswerTimeoutMs);
    m_page->showTab(MarketplacePage::Tab::Watches);
    auto *markAll = child<QPushButton>(u"markAllReadButton"_s);
    QVERIFY(markAll->isEnabled());
    QTest::mouseClick(markAll, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel->unreadCount(), qint64(0), kAnswerTimeoutMs);
    QTRY_VERIFY(!panel->notificationList()->item(0)->font().bold());
    QCOMPARE(child<QToolButton>(u"notificationsButton"_s)->text(), u"Notifications"_s);
}

void tst_Watches::deleteAsksFirst()
{
    m_page->showTab(MarketplacePage::Tab::Watches);
    auto *panel = child<sc::ui::WatchesPanel>(u"watchesPanel"_s);
    auto *table = child<QTableView>(u"watchTable"_s);
    table->setCurrentIndex(table->model()->index(0, 0));
    sc::ui::ConfirmationPrompt::setNextAnswer(false);
    QTest::mouseClick(child<QPushButton>(u"deleteWatchButton"_s), Qt::LeftButton);
    QVERIFY(sc::ui::ConfirmationPrompt::lastQuestion().contains(kWatchName));
    QTest::qWait(200); // nothing may happen: there was no request
    QCOMPARE(panel->watchModel()->rowCount(), 1);

    sc::ui::ConfirmationPrompt::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>(u"deleteWatchButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel->watchModel()->rowCount(), 0, kAnswerTimeoutMs);
    QVERIFY2(panel->statusText().contains(u"is deleted"_s), qPrintable(panel->statusText()));
}

QTEST_MAIN(tst_Watches)
#include "tst_watches.moc"
