#pragma once

#include "client/ConnectionProfile.h"
#include "protocol/AccountDto.h"

#include <QObject>
#include <QString>

#include <optional>

namespace sc::client {

class BrokerClient;
class EmbeddedBroker;

// The app's connection to a broker: starts the embedded broker when the
// profile asks for one, points the BrokerClient at it, checks health, and
// reports one state the UI shows in its status bar.
class BrokerConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerConnection)

public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    // dataRoot: where embedded brokers keep their data (a "demo" and a
    // "local" folder below it). brokerExecutable: empty for the default.
    BrokerConnection(BrokerClient &client, QString dataRoot, QString brokerExecutable = {}, QObject *parent = nullptr);
    ~BrokerConnection() override;

    void connectTo(const ConnectionProfile &profile);
    void disconnectFromBroker();

    State state() const { return m_state; }
    ConnectionProfile profile() const { return m_profile; }
    // "Offline demo (embedded broker on 127.0.0.1:41234)", for people.
    QString description() const;
    QString lastError() const { return m_lastError; }
    // The typed error behind a failed connection to a remote broker, when
    // there is one. ErrorCode::TlsError with a "fingerprint" in its details:
    // the certificate did not verify; show its fingerprint and subject, and
    // if the user trusts it, set ConnectionProfile::trustedCertificateSha256
    // to that fingerprint and connect again.
    std::optional<protocol::ApiError> lastFailure() const { return m_lastFailure; }
    // Output of the embedded broker, shown when it failed to start.
    QString brokerLog() const;

    // Who is logged in; empty until a login (an embedded broker logs in by
    // itself: the demo as its buyer, a local broker as its owner).
    std::optional<protocol::UserInfo> currentUser() const { return m_user; }
    bool isEmbedded() const { return m_embedded != nullptr; }
    // Embedded brokers only: act as another of its accounts ("buyer",
    // "seller", "operator"). The demo switches between buyer and seller.
    void switchAccount(const QString &account);
    // Remote brokers: log in with email and password.
    void login(const QString &email, const QString &password, bool rememberMe);
    // Remote brokers: use a session token kept from an earlier login; the
    // broker is asked who it belongs to, which also checks it is still valid.
    void resumeSession(const QByteArray &token);
    void logout();
    // Ends every session and API key of the user, this one included.
    void logoutEverywhere();

Q_SIGNALS:
    void stateChanged(sc::client::BrokerConnection::State state);
    void userChanged();
    // A login, resumed session or account switch failed; the connection itself stays up.
    void loginFailed(const sc::protocol::ApiError &error);

private:
    void setState(State state);
    void verify();
    void adoptSession(const protocol::Expected<protocol::SessionInfo> &session, bool connecting);
    void endSession();

    BrokerClient &m_client;
    QString m_dataRoot;
    QString m_brokerExecutable;
    EmbeddedBroker *m_embedded = nullptr;
    ConnectionProfile m_profile;
    State m_state = State::Disconnected;
    QString m_lastError;
    std::optional<protocol::ApiError> m_lastFailure;
    std::optional<protocol::UserInfo> m_user;
    QString m_lastBrokerLog; // kept when the embedded broker is gone
};

} // namespace sc::client
