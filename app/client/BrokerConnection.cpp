#include "client/BrokerConnection.h"

#include "client/BrokerClient.h"
#include "client/EmbeddedBroker.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace sc::client {

BrokerConnection::BrokerConnection(BrokerClient &client, QString dataRoot, QString brokerExecutable, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_dataRoot(std::move(dataRoot))
    , m_brokerExecutable(std::move(brokerExecutable))
{
}

BrokerConnection::~BrokerConnection() = default;

void BrokerConnection::connectTo(const ConnectionProfile &profile)
{
    disconnectFromBroker();
    m_profile = profile;
    m_lastError.clear();
    m_lastFailure.reset();
    m_lastBrokerLog.clear();

    if (const QString problem = profile.validationError(); !problem.isEmpty()) {
        m_lastError = problem;
        setState(State::Failed);
        return;
    }
    setState(State::Connecting);

    m_client.setAccessToken({});
    m_client.setBrokerToken({});
    // Embedded brokers speak plain HTTP on loopback: nothing to trust there.
    m_client.setTrustedCertificate(profile.mode == ConnectionProfile::Mode::Remote ? profile.trustedCertificateSha256
                                                                                   : QByteArray());
    if (profile.mode == ConnectionProfile::Mode::Remote) {
        m_client.setBaseUrl(profile.remoteUrl);
        verify();
        return;
    }

    m_embedded = new EmbeddedBroker(this);
    connect(m_embedded, &EmbeddedBroker::started, this, [this](const QUrl &url) {
        m_client.setBaseUrl(url);
        m_client.setBrokerToken(m_embedded->accessToken());
        const QString account = m_profile.mode == ConnectionProfile::Mode::OfflineDemo ? u"buyer"_s : u"operator"_s;
        m_client.embeddedLogin(account, this, [this](const protocol::Expected<protocol::SessionInfo> &session) {
            adoptSession(session, true);
        });
    });
    connect(m_embedded, &EmbeddedBroker::failed, this, [this](const QString &message) {
        m_lastError = message;
        setState(State::Failed);
    });
    EmbeddedBroker::Options options;
    options.executable = m_brokerExecutable;
    options.demo = profile.mode == ConnectionProfile::Mode::OfflineDemo;
    options.dataDir = QDir(m_dataRoot).filePath(options.demo ? u"demo"_s : u"local"_s);
    m_embedded->start(options);
}

void BrokerConnection::adoptSession(const protocol::Expected<protocol::SessionInfo> &session, bool connecting)
{
    if (!session) {
        if (connecting && m_state == State::Connecting) {
            m_lastError = session.error().message;
            setState(State::Failed);
        } else {
            Q_EMIT loginFailed(session.error());
        }
        return;
    }
    m_user = session->user;
    Q_EMIT userChanged();
    if (connecting && m_state == State::Connecting)
        setState(State::Connected);
}

void BrokerConnection::switchAccount(const QString &account)
{
    if (!m_embedded || m_state != State::Connected)
        return;
    m_client.embeddedLogin(account, this, [this](const protocol::Expected<protocol::SessionInfo> &session) {
        adoptSession(session, false);
    });
}

void BrokerConnection::login(const QString &email, const QString &password, bool rememberMe)
{
    m_client.login(email, password, rememberMe, this, [this](const protocol::Expected<protocol::SessionInfo> &session) {
        adoptSession(session, false);
    });
}

void BrokerConnection::resumeSession(const QByteArray &token)
{
    m_client.setAccessToken(token);
    m_client.fetchCurrentUser(this, [this, token](const protocol::Expected<protocol::UserInfo> &user) {
        if (m_client.accessToken() != token)
            return; // another login or a new connection came first
        if (!user) {
            m_client.setAccessToken({});
            Q_EMIT loginFailed(user.error());
            return;
        }
        m_user = *user;
        Q_EMIT userChanged();
    });
}

void BrokerConnection::logout()
{
    if (!m_user)
        return;
    m_client.logout(this, [this](const protocol::Expected<QJsonObject> &) { endSession(); });
}

void BrokerConnection::logoutEverywhere()
{
    if (!m_user)
        return;
    m_client.sendJson("POST", u"/auth/logout-all"_s, {}, this, [this](const protocol::Expected<QJsonObject> &) {
        m_client.setAccessToken({});
        endSession();
    });
}

void BrokerConnection::endSession()
{
    if (!m_user)
        return;
    m_user.reset();
    Q_EMIT userChanged();
}

void BrokerConnection::disconnectFromBroker()
{
    if (m_embedded) {
        m_lastBrokerLog = m_embedded->log();
        m_embedded->disconnect(this);
        m_embedded->stop();
        // The EmbeddedBroker's destructor ends the process if stop() has not yet.
        m_embedded->deleteLater();
        m_embedded = nullptr;
    }
    if (m_user) {
        m_user.reset();
        Q_EMIT userChanged();
    }
    setState(State::Disconnected);
}

QString BrokerConnection::description() const
{
    const QString where = m_client.baseUrl().authority();
    switch (m_profile.mode) {
    case ConnectionProfile::Mode::OfflineDemo:
        return where.isEmpty() ? tr("Offline demo") : tr("Offline demo (embedded broker on %1)").arg(where);
    case ConnectionProfile::Mode::LocalEmbedded:
        return where.isEmpty() ? tr("Local broker") : tr("Local broker (embedded on %1)").arg(where);
    case ConnectionProfile::Mode::Remote: return m_profile.remoteUrl.toDisplayString();
    }
    return {};
}

QString BrokerConnection::brokerLog() const
{
    return m_embedded ? m_embedded->log() : m_lastBrokerLog;
}

void BrokerConnection::verify()
{
    m_client.fetchHealth(this, [this](const protocol::Expected<protocol::HealthStatus> &health) {
        if (m_state != State::Connecting)
            return;
        if (!health) {
            m_lastError = health.error().message;
            m_lastFailure = health.error();
            setState(State::Failed);
            return;
        }
        setState(State::Connected);
    });
}

void BrokerConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace sc::client
