// Buy-backs in the desktop on canned data: the buyer's panel of open offers
// (rows in words, Accept asks first and says when the lease ends) and the
// seller's offer dialog (refuses an amount above what is payable).
#include "client/BrokerClient.h"
#include "ui/instances/BuybackOffersPanel.h"
#include "ui/instances/BuybackRuleDialog.h"
#include "ui/seller/BuybackOfferDialog.h"
#include "ui/seller/SellerBuybackPanel.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using sc::client::BuybackClient;
using sc::ui::BuybackOfferDialog;
using sc::ui::BuybackOffersPanel;
using sc::ui::SellerBuybackPanel;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

BuybackClient::Offer offer(qint64 id, qint64 leaseId, qint64 amount, int noticeHours, const QString &status,
                           const QString &pseudonym = u"Amber"_s)
{
    BuybackClient::Offer offer;
    offer.id = id;
    offer.leaseId = leaseId;
    offer.amount = amount;
    offer.currency = u"EUR"_s;
    offer.noticeHours = noticeHours;
    offer.status = status;
    offer.expiresAt = kNow.addDays(1);
    offer.leaseEndsAt = kNow.addDays(3);
    offer.createdAt = kNow;
    offer.providerPseudonym = pseudonym;
    offer.instanceType = u"m.large"_s;
    offer.region = u"eu-west"_s;
    if (status != u"open")
        offer.decidedAt = kNow.addSecs(600);
    return offer;
}

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

class TestBuybackPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void buyerRowsListOpenOffersInWords()
    {
        sc::client::BrokerClient client;
        BuybackOffersPanel panel(client);
        panel.setOffers({offer(7, 42, 1500, 2, u"open"_s),
                         offer(6, 41, 900, 24, u"refused"_s, u"Birch"_s),
                         offer(8, 43, 100, 1, u"open"_s, u"Cedar"_s)});
        const QStringList rows = panel.rowTexts();
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(0).startsWith(u"Provider Amber offers €15.00 to end lease 42 after 2 hours' notice."_s),
                 qPrintable(rows.at(0)));
        QVERIFY(rows.at(0).contains(u"The offer expires at %1."_s.arg(timeText(kNow.addDays(1)))));
        QVERIFY2(rows.at(1).startsWith(u"Provider Cedar offers €1.00 to end lease 43 after 1 hour's notice."_s),
                 qPrintable(rows.at(1)));
        QCOMPARE(panel.findChildren<QPushButton *>(u"buybackAccept"_s).size(), 2);
        QCOMPARE(panel.findChildren<QPushButton *>(u"buybackRefuse"_s).size(), 2);
        QCOMPARE(panel.statusText(), u"2 open offers for your leases."_s);

        panel.setOffers({offer(6, 41, 900, 24, u"refused"_s)});
        QVERIFY(panel.rowTexts().isEmpty());
        QVERIFY(panel.findChildren<QPushButton *>(u"buybackAccept"_s).isEmpty());
        QVERIFY(panel.statusText().startsWith(u"No open offers."_s));
    }

    void acceptAsksFirstAndSaysWhenTheLeaseEnds()
    {
        sc::client::BrokerClient client; // never asked: the confirmation is declined
        BuybackOffersPanel panel(client);
        panel.setClock([] { return kNow; });
        panel.setOffers({offer(7, 42, 1500, 2, u"open"_s)});
        QStringList asked;
        panel.setConfirm([&asked](const QString &text) {
            asked.append(text);
            return false;
        });
        QSignalSpy decided(&panel, &BuybackOffersPanel::decided);
        QTest::mouseClick(panel.findChild<QPushButton *>(u"buybackAccept"_s), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(u"The lease will end at %1"_s.arg(timeText(kNow.addSecs(2 * 3600)))),
                 qPrintable(asked.first()));
        QVERIFY(asked.first().contains(u"€15.00"_s));
        QCOMPARE(decided.count(), 0);
        QCOMPARE(panel.rowTexts().size(), 1); // still open
    }

    void acceptShowsAMessageBox()
    {
        sc::client::BrokerClient client;
        BuybackOffersPanel panel(client);
        panel.setClock([] { return kNow; });
        // The notice would run past the lease's end: the lease ends at its own end.
        BuybackClient::Offer late = offer(9, 44, 500, 100, u"open"_s);
        panel.setOffers({late});
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        panel.acceptOffer(9);
        QVERIFY2(shown.contains(u"The lease will end at %1"_s.arg(timeText(late.leaseEndsAt))), qPrintable(shown));
    }

    void ruleDialogOnAndOff()
    {
        sc::ui::BuybackRuleDialog off(std::nullopt, u"EUR"_s);
        QVERIFY(!off.minAmount().has_value());
        sc::ui::BuybackRuleDialog on(2000, u"EUR"_s);
        QCOMPARE(on.minAmount(), std::optional<qint64>(2000));
        on.setMinAmount(std::nullopt);
        QVERIFY(!on.minAmount().has_value());
    }

    void offerAbovePayableIsRefused()
    {
        BuybackOfferDialog dialog(nullptr, 42, u"lease 42 (m.large, eu-west)"_s, u"EUR"_s);
        QSignalSpy offered(&dialog, &BuybackOfferDialog::offered);
        dialog.setAmount(1500);
        dialog.setNoticeHours(2);
        dialog.accept(); // payable not known yet
        QVERIFY(dialog.errorText().startsWith(u"Wait until what is payable"_s));
        dialog.setPayable(1000);
        QCOMPARE(dialog.payableText(), u"Payable to you now: €10.00."_s);
        dialog.accept();
        QCOMPARE(offered.count(), 0);
        QVERIFY2(dialog.errorText().startsWith(u"You can offer at most €10.00, what is payable to you now"_s),
                 qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        dialog.setAmount(1000);
        QVERIFY(dialog.errorText().isEmpty()); // the sentence goes with a new amount
        dialog.accept();
        QCOMPARE(offered.count(), 1);
        const auto sent = offered.first().first().value<BuybackClient::Offer>();
        QCOMPARE(sent.leaseId, 42);
        QCOMPARE(sent.amount, 1000);
        QCOMPARE(sent.noticeHours, 2);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void noticeIsOneTo744Hours()
    {
        BuybackOfferDialog dialog(nullptr, 1, u"lease 1"_s, u"EUR"_s);
        dialog.setNoticeHours(0);
        QCOMPARE(dialog.noticeHours(), 1);
        dialog.setNoticeHours(10'000);
        QCOMPARE(dialog.noticeHours(), 744);
    }

    void sellerListWithdrawsOpenOnly()
    {
        sc::client::BrokerClient client;
        SellerBuybackPanel panel(client);
        QVERIFY(!panel.offerButton()->isEnabled());  // no lease selected
        QVERIFY(panel.withdrawButton()->isHidden()); // no offers
        sc::client::SellerCloudClient::SellerLease lease;
        lease.id = 42;
        lease.status = u"active"_s;
        panel.setSelectedLease(lease);
        QVERIFY(panel.offerButton()->isEnabled());

        panel.setOffers({offer(7, 42, 1500, 2, u"open"_s, {}), offer(6, 41, 900, 24, u"accepted"_s, {})});
        QVERIFY(!panel.withdrawButton()->isHidden());
        QTableWidget *table = panel.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, SellerBuybackPanel::StatusColumn)->text(), u"Waiting for the buyer"_s);
        QCOMPARE(table->item(0, SellerBuybackPanel::AmountColumn)->text(), u"€15.00"_s);
        QCOMPARE(table->item(0, SellerBuybackPanel::LeaseColumn)->text(), u"Lease 42 (m.large, eu-west)"_s);
        QVERIFY(table->item(0, SellerBuybackPanel::DecidedColumn)->text().isEmpty());
        QCOMPARE(table->item(1, SellerBuybackPanel::StatusColumn)->text(), u"Accepted"_s);
        QCOMPARE(table->item(1, SellerBuybackPanel::DecidedColumn)->text(), timeText(kNow.addSecs(600)));
        QVERIFY(!panel.withdrawButton()->isEnabled());
        table->selectRow(1);
        QVERIFY(!panel.withdrawButton()->isEnabled());
        table->selectRow(0);
        QVERIFY(panel.withdrawButton()->isEnabled());
        QCOMPARE(panel.statusText(), u"1 open, waiting for the buyer."_s);
    }
};

QTEST_MAIN(TestBuybackPanel)
#include "tst_buybackpanel.moc"
