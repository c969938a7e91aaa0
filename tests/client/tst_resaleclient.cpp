// Lease resale in the client: the resale routes' answers parsed from canned
// JSON of the contract (/leases/{id}/resale), the requests sent to a loopback
// stub (method, path, Idempotency-Key, body), refusals in words, and the
// gain, loss and hold arithmetic the dialog shows.
#include "StubBroker.h"
#include "client/ResaleClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using sc::client::BrokerClient;
using sc::client::ResaleClient;
using sc::protocol::ApiError;
using sc::protocol::ErrorCode;
using sc::protocol::Expected;
using sc::test::StubBroker;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

const char *const kEligible = R"({"leaseId": 12, "instanceType": "m.large", "region": "eu-central", "currency": "EUR",
  "lockedPricePerHour": 120, "leaseEndsAt": "2026-11-23T10:00:00Z", "remainingHours": 5.5,
  "resaleAllowed": true, "eligible": true, "reason": "", "minimumRemainingHours": 2,
  "leavesBookAt": "2026-11-23T09:00:00Z", "suggestedPricePerHour": 130, "suggestionBasis": "recent_trades",
  "recentTrades": 7, "resaleFeeBasisPoints": 1000, "ask": null})";

const char *const kOffered = R"({"leaseId": 12, "instanceType": "m.large", "region": "eu-central", "currency": "EUR",
  "lockedPricePerHour": 120, "leaseEndsAt": "2026-11-23T10:00:00Z", "remainingHours": 5.5,
  "resaleAllowed": true, "eligible": false, "reason": "already_offered", "minimumRemainingHours": 2,
  "leavesBookAt": "2026-11-23T09:00:00Z", "suggestedPricePerHour": 130, "suggestionBasis": "best_ask",
  "recentTrades": 0, "resaleFeeBasisPoints": 1000,
  "ask": {"id": 44, "status": "open", "pricePerHour": 130, "basePricePerHour": 140,
          "schedule": [{"belowHours": 3, "pricePerHour": 110}], "createdAt": "2026-11-22T10:00:00Z", "heldAmount": 30},
  "trades": [{"id": 1}, {"id": 2}]})";

// Runs one call and waits for its callback.
template<typename T, typename Call>
Expected<T> wait(Call call)
{
    std::optional<Expected<T>> result;
    QObject context;
    call(&context, [&result](const Expected<T> &value) { result = value; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10'000))
        return ApiError{ErrorCode::Timeout, u"no answer"_s, {}, {}};
    return *result;
}

} // namespace

class TestResaleClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEligibleState()
    {
        const auto state = ResaleClient::State::fromJson(json(kEligible));
        QVERIFY2(state.hasValue(), qPrintable(state ? QString() : state.error().message));
        QCOMPARE(state->leaseId, 12);
        QCOMPARE(state->currency, u"EUR"_s);
        QCOMPARE(state->lockedPricePerHour, 120);
        QCOMPARE(state->remainingHours, 5.5);
        QVERIFY(state->resaleAllowed);
        QVERIFY(state->eligible);
        QVERIFY(state->reason.isEmpty());
        QCOMPARE(state->minimumRemainingHours, 2.0);
        QCOMPARE(state->leaseEndsAt, QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
        QCOMPARE(state->leavesBookAt, QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        QCOMPARE(state->suggestedPricePerHour, 130);
        QCOMPARE(state->suggestionBasis, u"recent_trades"_s);
        QCOMPARE(state->recentTrades, 7);
        QCOMPARE(state->resaleFeeBasisPoints, 1000);
        QVERIFY(!state->ask.has_value());
        QCOMPARE(state->tradesAtOnce, 0);
    }

    void parsesOpenAskAndTrades()
    {
        const auto state = ResaleClient::State::fromJson(json(kOffered));
        QVERIFY2(state.hasValue(), qPrintable(state ? QString() : state.error().message));
        QVERIFY(!state->eligible);
        QCOMPARE(state->reason, u"already_offered"_s);
        QVERIFY(state->ask.has_value());
        QCOMPARE(state->ask->id, 44);
        QVERIFY(state->ask->isOpen());
        QCOMPARE(state->ask->pricePerHour, 130);
        QCOMPARE(state->ask->basePricePerHour, 140);
        QCOMPARE(state->ask->schedule, (ResaleClient::Schedule{{3, 110}}));
        QCOMPARE(state->ask->heldAmount, 30);
        QCOMPARE(state->tradesAtOnce, 2);
    }

    void refusesMalformedAnswers_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no lease") << u"leaseId"_s << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no eligible") << u"eligible"_s << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("eligible as text") << u"eligible"_s << QJsonValue(u"yes"_s);
        QTest::newRow("negative hours") << u"remainingHours"_s << QJsonValue(-1);
        QTest::newRow("price as text") << u"lockedPricePerHour"_s << QJsonValue(u"120"_s);
        QTest::newRow("ask not an object") << u"ask"_s << QJsonValue(3);
        QTest::newRow("ask without id") << u"ask"_s
                                        << QJsonValue(QJsonObject{{u"status"_s, u"open"_s}, {u"pricePerHour"_s, 1}});
        QTest::newRow("step of zero hours")
            << u"ask"_s
            << QJsonValue(
                   QJsonObject{{u"id"_s, 1},
                               {u"status"_s, u"open"_s},
                               {u"pricePerHour"_s, 1},
                               {u"schedule"_s, QJsonArray{QJsonObject{{u"belowHours"_s, 0}, {u"pricePerHour"_s, 1}}}}});
    }
    void refusesMalformedAnswers()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject body = json(kEligible);
        if (value.isUndefined())
            body.remove(field);
        else
            body.insert(field, value);
        QVERIFY(!ResaleClient::State::fromJson(body).hasValue());
    }

    void offerBodyCarriesTheScheduleOnlyWhenThereIsOne()
    {
        QCOMPARE(ResaleClient::offerBody(140, {}), QJsonObject({{u"pricePerHour"_s, 140}}));
        const QJsonObject stepped = ResaleClient::offerBody(140, {{3, 110}, {2, 90}});
        QCOMPARE(stepped.value(u"pricePerHour"_s).toInteger(), 140);
        QCOMPARE(stepped.value(u"schedule"_s).toArray(),
                 QJsonArray({QJsonObject{{u"belowHours"_s, 3}, {u"pricePerHour"_s, 110}},
                             QJsonObject{{u"belowHours"_s, 2}, {u"pricePerHour"_s, 90}}}));
    }

    void routesAndKeysOnTheWire()
    {
        StubBroker stub;
        BrokerClient client;
        client.setBaseUrl(stub.url());
        client.setRetryPolicy({1, std::chrono::milliseconds(10), std::chrono::milliseconds(10)});
        ResaleClient resale(client);

        stub.answer(200, kEligible);
        const auto state = wait<ResaleClient::State>(
            [&](QObject *context, auto callback) { resale.fetchState(12, context, callback); });
        QVERIFY2(state.hasValue(), qPrintable(state ? QString() : state.error().message));
        QCOMPARE(state->suggestedPricePerHour, 130);

        stub.answer(201, kOffered);
        const QByteArray key = BrokerClient::newIdempotencyKey();
        const auto offered = wait<ResaleClient::State>([&](QObject *context, auto callback) {
            resale.offer(12, 140, {{3, 110}}, key, context, callback);
        });
        QVERIFY2(offered.hasValue(), qPrintable(offered ? QString() : offered.error().message));
        QCOMPARE(offered->ask->id, 44);

        stub.answer(204);
        const auto withdrawn = wait<ResaleClient::Done>(
            [&](QObject *context, auto callback) { resale.withdraw(12, context, callback); });
        QVERIFY2(withdrawn.hasValue(), qPrintable(withdrawn ? QString() : withdrawn.error().message));

        QCOMPARE(stub.requests.size(), 3);
        QCOMPARE(stub.requests.at(0).method, "GET");
        QCOMPARE(stub.requests.at(0).path, "/api/v1/leases/12/resale");
        QVERIFY(stub.requests.at(0).idempotencyKey.isEmpty());
        QCOMPARE(stub.requests.at(1).method, "POST");
        QCOMPARE(stub.requests.at(1).path, "/api/v1/leases/12/resale");
        QCOMPARE(stub.requests.at(1).idempotencyKey, key);
        QCOMPARE(stub.requests.at(1).body, ResaleClient::offerBody(140, {{3, 110}}));
        QCOMPARE(stub.requests.at(2).method, "DELETE");
        QCOMPARE(stub.requests.at(2).path, "/api/v1/leases/12/resale");
    }

    void refusalsArriveTypedAndInWords()
    {
        StubBroker stub;
        BrokerClient client;
        client.setBaseUrl(stub.url());
        ResaleClient resale(client);
        stub.answer(409,
                    R"({"error": {"code": "conflict", "message": "The lease has an open ask.",
                        "details": {"reason": "already_offered"}}})");
        const auto refused = wait<ResaleClient::State>([&](QObject *context, auto callback) {
            resale.offer(12, 140, {}, BrokerClient::newIdempotencyKey(), context, callback);
        });
        QVERIFY(!refused.hasValue());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(refused.error().details.value(u"reason"_s).toString(), u"already_offered"_s);
        QCOMPARE(ResaleClient::errorText(refused.error()), u"The time left on this lease is already on sale."_s);

        stub.answer(409, R"({"error": {"code": "conflict", "message": "No open ask.", "details": {}}})");
        const auto none = wait<ResaleClient::Done>(
            [&](QObject *context, auto callback) { resale.withdraw(12, context, callback); });
        QVERIFY(!none.hasValue());
        QCOMPARE(ResaleClient::errorText(none.error()), u"This cannot be done now: No open ask."_s);
    }

    void reasonsInWords_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("words");
        QTest::newRow("not_active") << u"not_active"_s << u"not active"_s;
        QTest::newRow("resale_not_allowed") << u"resale_not_allowed"_s << u"does not allow"_s;
        QTest::newRow("too_little_time") << u"too_little_time"_s << u"Too little time"_s;
        QTest::newRow("already_offered") << u"already_offered"_s << u"already on sale"_s;
        QTest::newRow("resold") << u"resold"_s << u"already been sold"_s;
    }
    void reasonsInWords()
    {
        QFETCH(QString, reason);
        QFETCH(QString, words);
        QVERIFY2(ResaleClient::reasonText(reason).contains(words), qPrintable(ResaleClient::reasonText(reason)));
        const ApiError error{ErrorCode::Conflict, u"x"_s, {{u"reason"_s, reason}}, {}};
        QCOMPARE(ResaleClient::errorText(error), ResaleClient::reasonText(reason));
    }

    void validationNamesTheField()
    {
        const ApiError error{ErrorCode::ValidationFailed,
                             u"must be below the hours left"_s,
                             {{u"field"_s, u"schedule[0].belowHours"_s}},
                             {}};
        QCOMPARE(ResaleClient::errorText(error),
                 u"The broker did not accept schedule[0].belowHours: must be below the hours left"_s);
    }

    void gainAfterTheFeeAndLossInFull_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("net");
        QTest::newRow("above") << qint64(130) << qint64(9); // 10 gained, 1 fee
        QTest::newRow("fee rounds up") << qint64(125) << qint64(4);
        QTest::newRow("same") << qint64(120) << qint64(0);
        QTest::newRow("below, no fee") << qint64(100) << qint64(-20);
    }
    void gainAfterTheFeeAndLossInFull()
    {
        QFETCH(qint64, price);
        QFETCH(qint64, net);
        QCOMPARE(ResaleClient::netPerHour(price, 120, 1000), net);
    }

    void holdIsTheWorstCase()
    {
        QCOMPARE(ResaleClient::worstCaseHold(130, {}, 120, 5.5), 0);
        QCOMPARE(ResaleClient::worstCaseHold(100, {}, 120, 5.5), 110); // 20 c for 5.5 h
        // A step below the locked price holds for at most its hours.
        QCOMPARE(ResaleClient::worstCaseHold(140, {{3, 90}}, 120, 5.5), 90);
        // The base price's whole time outweighs a step's few hours.
        QCOMPARE(ResaleClient::worstCaseHold(110, {{1, 100}}, 120, 5.5), 55);
    }
};

QTEST_GUILESS_MAIN(TestResaleClient)
#include "tst_resaleclient.moc"
