// The buy-back routes' answers parsed from canned JSON of the contract
// (docs/api/openapi.yaml, /seller/buybacks and /buybacks), and their
// statuses and refusals in words.
#include "client/BuybackClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using sc::client::BuybackClient;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

const char *const kBuyerOffers = R"({"offers": [
  {"id": 7, "leaseId": 42, "amount": 1500, "currency": "EUR", "noticeHours": 2, "status": "open",
   "expiresAt": "2026-11-23T10:00:00Z", "leaseEndsAt": "2026-11-24T10:00:00Z", "createdAt": "2026-11-22T10:00:00Z",
   "decidedAt": null, "instanceType": "m.large", "region": "eu-west",
   "provider": {"pseudonym": "Amber", "rating": 4.5}},
  {"id": 6, "leaseId": 41, "amount": 900, "currency": "EUR", "noticeHours": 24, "status": "refused",
   "expiresAt": "2026-11-22T09:00:00Z", "leaseEndsAt": "2026-11-30T00:00:00Z", "createdAt": "2026-11-21T09:00:00Z",
   "decidedAt": "2026-11-21T12:00:00Z", "instanceType": "s.small", "region": "us-east",
   "provider": {"pseudonym": "Birch", "rating": 3}}
]})";

} // namespace

class TestBuybackClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesBuyerOffers()
    {
        const auto offers = BuybackClient::parseOffers(json(kBuyerOffers));
        QVERIFY2(offers.hasValue(), qPrintable(offers ? QString() : offers.error().message));
        QCOMPARE(offers->size(), 2);
        const BuybackClient::Offer &open = offers->at(0);
        QCOMPARE(open.id, 7);
        QCOMPARE(open.leaseId, 42);
        QCOMPARE(open.amount, 1500);
        QCOMPARE(open.currency, u"EUR"_s);
        QCOMPARE(open.noticeHours, 2);
        QVERIFY(open.isOpen());
        QCOMPARE(open.expiresAt, QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
        QCOMPARE(open.leaseEndsAt, QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
        QVERIFY(!open.decidedAt.isValid());
        QCOMPARE(open.providerPseudonym, u"Amber"_s);
        QCOMPARE(open.providerRating, 4.5);
        QCOMPARE(open.instanceType, u"m.large"_s);
        const BuybackClient::Offer &refused = offers->at(1);
        QVERIFY(!refused.isOpen());
        QCOMPARE(refused.decidedAt, QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC));
    }

    void parsesSellerOffersWithoutProvider()
    {
        const auto offers = BuybackClient::parseOffers(
            json(R"({"offers": [{"id": 3, "leaseId": 9, "amount": 250, "currency": "EUR", "noticeHours": 744,
                    "status": "withdrawn", "expiresAt": null, "leaseEndsAt": null, "createdAt": null,
                    "decidedAt": null, "instanceType": "t", "region": "r"}]})"));
        QVERIFY(offers.hasValue());
        QCOMPARE(offers->size(), 1);
        QVERIFY(offers->first().providerPseudonym.isEmpty());
        QCOMPARE(offers->first().noticeHours, 744);
    }

    void refusesMalformedAnswers_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("no offers") << u"{}"_s;
        QTest::newRow("not objects") << uR"({"offers": [1]})"_s;
        QTest::newRow("no id")
            << uR"({"offers": [{"leaseId": 1, "amount": 1, "currency": "EUR", "noticeHours": 1, "status": "open"}]})"_s;
        QTest::newRow("negative amount")
            << uR"({"offers": [{"id": 1, "leaseId": 1, "amount": -5, "currency": "EUR", "noticeHours": 1, "status": "open"}]})"_s;
        QTest::newRow("amount as text")
            << uR"({"offers": [{"id": 1, "leaseId": 1, "amount": "5", "currency": "EUR", "noticeHours": 1, "status": "open"}]})"_s;
    }
    void refusesMalformedAnswers()
    {
        QFETCH(QString, body);
        const auto offers = BuybackClient::parseOffers(QJsonDocument::fromJson(body.toUtf8()).object());
        QVERIFY(!offers.hasValue());
    }

    void parsesRule()
    {
        auto on = BuybackClient::Rule::fromJson(json(R"({"minAmount": 2000, "currency": "EUR"})"));
        QVERIFY(on.hasValue());
        QCOMPARE(on->minAmount, std::optional<qint64>(2000));
        auto off = BuybackClient::Rule::fromJson(json(R"({"minAmount": null, "currency": "EUR"})"));
        QVERIFY(off.hasValue());
        QVERIFY(!off->minAmount.has_value());
        QCOMPARE(off->currency, u"EUR"_s);
    }

    void statusesInWords()
    {
        QCOMPARE(BuybackClient::statusText(u"open"_s), u"Waiting for the buyer"_s);
        QCOMPARE(BuybackClient::statusText(u"accepted"_s), u"Accepted"_s);
        QCOMPARE(BuybackClient::statusText(u"withdrawn"_s), u"Withdrawn"_s);
        QCOMPARE(BuybackClient::statusText(u"expired"_s), u"Expired"_s);
    }

    void refusalsInWords()
    {
        ApiError funds{ErrorCode::Unprocessable, u"x"_s, {{u"reason"_s, u"insufficient_funds"_s}}, {}};
        QVERIFY(BuybackClient::errorText(funds).contains(u"less than this amount"_s));
        ApiError conflict{ErrorCode::Conflict, u"The lease already has an open offer."_s, {}, {}};
        QCOMPARE(BuybackClient::errorText(conflict),
                 u"This cannot be done now: The lease already has an open offer."_s);
        ApiError network{ErrorCode::NetworkError, u"x"_s, {}, {}};
        QVERIFY(BuybackClient::errorText(network).contains(u"cannot be reached"_s));
    }
};

QTEST_GUILESS_MAIN(TestBuybackClient)
#include "tst_buybackclient.moc"
