// "Sell remaining time" on canned data: the dialog pre-filled from the
// broker's resale state, its gain and loss line, the reason that disables
// Offer, the schedule's request as a loopback stub receives it, a refusal
// kept in the dialog; and "On sale" / "Resold" in the instance list and
// detail with the buttons that go with them.
#include "StubBroker.h"
#include "client/BrokerClient.h"
#include "client/ResaleClient.h"
#include "ui/instances/InstanceDetailPanel.h"
#include "ui/instances/InstanceModel.h"
#include "ui/instances/SellRemainingTimeDialog.h"

#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using sc::client::InstanceClient;
using sc::client::ResaleClient;
using sc::test::StubBroker;
using sc::ui::InstanceDetailPanel;
using sc::ui::InstanceModel;
using sc::ui::SellRemainingTimeDialog;

namespace {

ResaleClient::State cannedState()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({"leaseId": 12, "instanceType": "m.large",
        "region": "eu-central", "currency": "EUR", "lockedPricePerHour": 120,
        "leaseEndsAt": "2026-11-23T10:00:00Z", "remainingHours": 5.5, "resaleAllowed": true,
        "eligible": true, "reason": "", "minimumRemainingHours": 2, "leavesBookAt": "2026-11-23T09:00:00Z",
        "suggestedPricePerHour": 130, "suggestionBasis": "recent_trades", "recentTrades": 7,
        "resaleFeeBasisPoints": 1000, "ask": null})")
                                 .object();
    auto state = ResaleClient::State::fromJson(json);
    Q_ASSERT(state.hasValue());
    return *state;
}

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

InstanceClient::Instance runningInstance()
{
    InstanceClient::Instance instance;
    instance.id = 5;
    instance.leaseId = 12;
    instance.state = u"running"_s;
    instance.instanceType = u"m.large"_s;
    instance.region = u"eu-central"_s;
    instance.pricePerHour = 120;
    instance.currency = u"EUR"_s;
    instance.leaseStatus = u"active"_s;
    instance.createdAt = QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);
    instance.leaseStartsAt = instance.createdAt;
    instance.leaseEndsAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    instance.providerPseudonym = u"Amber"_s;
    instance.providerRating = 4.5;
    return instance;
}

} // namespace

class TestSellRemainingTime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void prefilledFromTheBrokersState()
    {
        sc::client::BrokerClient client;
        SellRemainingTimeDialog dialog(client, 12, u"m.large in eu-central"_s);
        QVERIFY(!dialog.offerButton()->isEnabled()); // nothing loaded yet
        const ResaleClient::State state = cannedState();
        dialog.setResaleState(state);
        QCOMPARE(dialog.price(), 130);
        QCOMPARE(dialog.findChild<QDoubleSpinBox *>(u"resalePrice"_s)->prefix(), u"€"_s);
        QCOMPARE(dialog.suggestionText(), u"Suggested: €1.30/h, the median of 7 recent trades."_s);
        QVERIFY2(dialog.timeText().startsWith(u"5 h 30 min (the lease ends %1)."_s.arg(timeText(state.leaseEndsAt))),
                 qPrintable(dialog.timeText()));
        QVERIFY2(dialog.timeText().contains(u"leaves the market at %1"_s.arg(timeText(state.leavesBookAt))),
                 qPrintable(dialog.timeText()));
        QCOMPARE(dialog.lockedText(), u"€1.20/h, the price locked for your lease"_s);
        QVERIFY(dialog.reasonText().isEmpty());
        QVERIFY(dialog.offerButton()->isEnabled());
    }

    void suggestionSaysWhereItComesFrom_data()
    {
        QTest::addColumn<QString>("basis");
        QTest::addColumn<int>("trades");
        QTest::addColumn<QString>("text");
        QTest::newRow("one trade") << u"recent_trades"_s << 1
                                   << u"Suggested: €1.30/h, the price of the one recent trade."_s;
        QTest::newRow("best ask") << u"best_ask"_s << 0 << u"Suggested: €1.30/h, the best ask on the market now."_s;
        QTest::newRow("locked") << u"locked_price"_s << 0
                                << u"Suggested: €1.30/h, your own price (nothing recent to go by)."_s;
    }
    void suggestionSaysWhereItComesFrom()
    {
        QFETCH(QString, basis);
        QFETCH(int, trades);
        QFETCH(QString, text);
        ResaleClient::State state = cannedState();
        state.suggestionBasis = basis;
        state.recentTrades = trades;
        QCOMPARE(SellRemainingTimeDialog::suggestionText(state), text);
    }

    void gainOrLossPerHourFollowsThePrice()
    {
        sc::client::BrokerClient client;
        SellRemainingTimeDialog dialog(client, 12, u"m.large"_s);
        dialog.setResaleState(cannedState());
        auto *price = dialog.findChild<QDoubleSpinBox *>(u"resalePrice"_s);

        price->setValue(1.40);
        QCOMPARE(dialog.outcomeText(),
                 u"Sold at €1.40/h you gain €0.18/h (€0.20/h above the €1.20/h you pay, less the broker's 10 % fee "
                 "on the gain)."_s);
        QVERIFY(dialog.warningText().isEmpty());

        price->setValue(1.20);
        QVERIFY2(dialog.outcomeText().contains(u"no gain and no cost"_s), qPrintable(dialog.outcomeText()));
        QVERIFY(dialog.warningText().isEmpty());

        price->setValue(1.00);
        QCOMPARE(
            dialog.outcomeText(),
            u"Sold at €1.00/h, you still pay €0.20/h of each hour the buyer uses: the difference to your €1.20/h."_s);
        // 20 cents for each of the 5.5 hours left.
        QVERIFY2(dialog.warningText().startsWith(
                     u"Your price is below what you pay: you pay the difference; €1.10 plus VAT is held now"_s),
                 qPrintable(dialog.warningText()));
        QVERIFY(dialog.offerButton()->isEnabled()); // allowed, with the warning

        // Above the locked price, but a step below it: held for the step's hours.
        price->setValue(1.40);
        dialog.addStep(3, 90);
        QVERIFY2(dialog.warningText().startsWith(u"A step of your schedule is below what you pay"_s),
                 qPrintable(dialog.warningText()));
        QVERIFY(dialog.warningText().contains(u"€0.90 plus VAT is held now"_s));
    }

    void ineligibleReasonDisablesOffer_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("words");
        QTest::newRow("seller") << u"resale_not_allowed"_s
                                << u"The seller of this capacity does not allow its leases to be resold."_s;
        QTest::newRow("time") << u"too_little_time"_s << u"Too little time is left on the lease to sell it."_s;
        QTest::newRow("offered") << u"already_offered"_s << u"The time left on this lease is already on sale."_s;
        QTest::newRow("resold") << u"resold"_s << u"The time left on this lease has already been sold."_s;
        QTest::newRow("not active") << u"not_active"_s << u"The lease is not active, so its time cannot be sold."_s;
    }
    void ineligibleReasonDisablesOffer()
    {
        QFETCH(QString, reason);
        QFETCH(QString, words);
        StubBroker stub(201, "{}");
        sc::client::BrokerClient client;
        client.setBaseUrl(stub.url());
        SellRemainingTimeDialog dialog(client, 12, u"m.large"_s);
        ResaleClient::State state = cannedState();
        state.eligible = false;
        state.reason = reason;
        dialog.setResaleState(state);
        QCOMPARE(dialog.reasonText(), words);
        QVERIFY(!dialog.offerButton()->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(u"resaleAddStep"_s)->isEnabled());
        dialog.accept();
        QVERIFY(!dialog.isPending());
        QTest::qWait(50);
        QCOMPARE(stub.requests.size(), 0);
    }

    void scheduleRowsMakeTheRequest()
    {
        sc::client::BrokerClient client;
        SellRemainingTimeDialog dialog(client, 12, u"m.large"_s);
        dialog.setResaleState(cannedState());
        QCOMPARE(dialog.requestBody(), QJsonObject({{u"pricePerHour"_s, 130}})); // no schedule: none sent

        auto *table = dialog.findChild<QTableWidget *>(u"resaleSchedule"_s);
        auto *add = dialog.findChild<QPushButton *>(u"resaleAddStep"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 3);
        // 5.5 hours left: a step starts below at most 5 hours.
        auto *hours0 = qobject_cast<QSpinBox *>(table->cellWidget(0, 0));
        QCOMPARE(hours0->maximum(), 5);
        hours0->setValue(3);
        qobject_cast<QDoubleSpinBox *>(table->cellWidget(0, 1))->setValue(1.10);
        qobject_cast<QSpinBox *>(table->cellWidget(2, 0))->setValue(1);
        qobject_cast<QDoubleSpinBox *>(table->cellWidget(2, 1))->setValue(0.80);
        table->setCurrentCell(1, 0);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"resaleRemoveStep"_s), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);
        dialog.findChild<QDoubleSpinBox *>(u"resalePrice"_s)->setValue(1.40);

        const QJsonObject expected = QJsonDocument::fromJson(R"({"pricePerHour": 140, "schedule": [
            {"belowHours": 3, "pricePerHour": 110}, {"belowHours": 1, "pricePerHour": 80}]})")
                                         .object();
        QCOMPARE(dialog.requestBody(), expected);
    }

    void offerSendsTheScheduleAndCloses()
    {
        StubBroker stub(201, R"({"leaseId": 12, "currency": "EUR", "lockedPricePerHour": 120,
            "remainingHours": 5.5, "eligible": false, "reason": "already_offered",
            "leavesBookAt": "2026-11-23T09:00:00Z",
            "ask": {"id": 44, "status": "open", "pricePerHour": 140, "basePricePerHour": 140,
                    "schedule": [{"belowHours": 3, "pricePerHour": 110}], "heldAmount": 0}, "trades": []})");
        sc::client::BrokerClient client;
        client.setBaseUrl(stub.url());
        SellRemainingTimeDialog dialog(client, 12, u"m.large"_s);
        dialog.setResaleState(cannedState());
        dialog.setPrice(140);
        dialog.addStep(3, 110);
        std::optional<ResaleClient::State> offered;
        connect(&dialog, &SellRemainingTimeDialog::offered, this, [&offered](const ResaleClient::State &state) {
            offered = state;
        });
        dialog.open();
        QTest::mouseClick(dialog.offerButton(), Qt::LeftButton);
        QTRY_VERIFY(offered.has_value());
        QCOMPARE(stub.last().method, "POST");
        QCOMPARE(stub.last().path, "/api/v1/leases/12/resale");
        QVERIFY(!stub.last().idempotencyKey.isEmpty());
        QCOMPARE(stub.last().body, ResaleClient::offerBody(140, {{3, 110}}));
        QCOMPARE(offered->ask->id, 44);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void refusalStaysInTheDialog()
    {
        StubBroker stub(422, R"({"error": {"code": "validation_failed", "message": "Not enough credit.",
            "details": {"reason": "insufficient_funds", "needed": 110, "available": 50}}})");
        sc::client::BrokerClient client;
        client.setBaseUrl(stub.url());
        SellRemainingTimeDialog dialog(client, 12, u"m.large"_s);
        dialog.setResaleState(cannedState());
        dialog.setPrice(100);
        dialog.open();
        QTest::mouseClick(dialog.offerButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.errorText().isEmpty());
        QCOMPARE(stub.requests.size(), 1);
        QVERIFY2(dialog.errorText().contains(u"€1.10 is needed, €0.50 is available"_s), qPrintable(dialog.errorText()));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.offerButton()->isEnabled()); // try again with another price
        dialog.setPrice(130);
        QVERIFY(dialog.errorText().isEmpty());
    }

    void listAndDetailSayOnSaleAndResold()
    {
        QJsonObject json = runningInstance().toJson();
        json.remove(u"onSale"_s);
        json.remove(u"resold"_s);
        const auto plain = InstanceClient::Instance::fromJson(json);
        QVERIFY(plain.hasValue());
        QVERIFY(!plain->onSale && !plain->resold);
        json.insert(u"onSale"_s, true);
        const auto onSale = InstanceClient::Instance::fromJson(json);
        QVERIFY(onSale.hasValue());
        QVERIFY(onSale->onSale);

        InstanceModel model;
        InstanceClient::Instance resold = runningInstance();
        resold.id = 6;
        resold.leaseId = 13;
        resold.state = u"terminated"_s;
        resold.leaseStatus = u"ended"_s;
        resold.resold = true;
        model.setRows({*onSale, resold, runningInstance()});
        QCOMPARE(model.index(0, InstanceModel::StateColumn).data().toString(), u"Running · On sale"_s);
        QCOMPARE(model.index(1, InstanceModel::StateColumn).data().toString(), u"Terminated · Resold"_s);
        QCOMPARE(model.index(2, InstanceModel::StateColumn).data().toString(), u"Running"_s);

        sc::client::BrokerClient client;
        InstanceDetailPanel detail(client);
        detail.show();
        detail.setInstance(runningInstance());
        QVERIFY(detail.sellButton()->isVisibleTo(&detail));
        QVERIFY(!detail.withdrawSaleButton()->isVisibleTo(&detail));
        detail.setInstance(*onSale);
        QVERIFY(!detail.sellButton()->isVisibleTo(&detail));
        QVERIFY(detail.withdrawSaleButton()->isVisibleTo(&detail));
        QCOMPARE(detail.findChild<QLabel *>(u"instanceState"_s)->text(), u"Running · On sale"_s);
        detail.setInstance(resold);
        QVERIFY(!detail.sellButton()->isVisibleTo(&detail));
        QVERIFY(!detail.withdrawSaleButton()->isVisibleTo(&detail));
        InstanceClient::Instance pending = runningInstance();
        pending.state = u"provisioning"_s;
        QVERIFY(!InstanceDetailPanel::canSell(pending));
        InstanceClient::Instance ending = runningInstance();
        ending.leaseStatus = u"ended"_s;
        QVERIFY(!InstanceDetailPanel::canSell(ending));
    }
};

QTEST_MAIN(TestSellRemainingTime)
#include "tst_sellremainingtime.moc"
